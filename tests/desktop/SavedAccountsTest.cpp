// SavedAccounts against a real settings file in a temporary folder.

#include "SavedAccounts.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class SavedAccountsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_folder.isValid());
        m_path = m_folder.filePath(QStringLiteral("salon-%1.conf").arg(++m_run));
    }

    void emptyFileHasNoAccounts()
    {
        QVERIFY(SavedAccounts(m_path).load().isEmpty());
    }

    void saveThenLoadKeepsOrder()
    {
        SavedAccounts accounts(m_path);
        accounts.save({QStringLiteral("alice@example.org"), QString(), 0});
        accounts.save({QStringLiteral("bob@example.net"), QStringLiteral("127.0.0.1"), 5223});

        const QList<SavedAccount> loaded = SavedAccounts(m_path).load();
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).jid, QStringLiteral("alice@example.org"));
        QCOMPARE(loaded.at(0).host, QString());
        QCOMPARE(loaded.at(0).port, quint16(0));
        QCOMPARE(loaded.at(1).jid, QStringLiteral("bob@example.net"));
        QCOMPARE(loaded.at(1).host, QStringLiteral("127.0.0.1"));
        QCOMPARE(loaded.at(1).port, quint16(5223));
    }

    void saveReplacesSameJid()
    {
        SavedAccounts accounts(m_path);
        accounts.save({QStringLiteral("alice@example.org"), QString(), 0});
        accounts.save({QStringLiteral("alice@example.org"), QStringLiteral("xmpp.example.org"), 5222});

        const QList<SavedAccount> loaded = accounts.load();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).host, QStringLiteral("xmpp.example.org"));
    }

    void removeDropsOnlyThatJid()
    {
        SavedAccounts accounts(m_path);
        accounts.save({QStringLiteral("alice@example.org"), QString(), 0});
        accounts.save({QStringLiteral("bob@example.net"), QString(), 0});
        accounts.remove(QStringLiteral("alice@example.org"));
        accounts.remove(QStringLiteral("nobody@example.org"));

        const QList<SavedAccount> loaded = accounts.load();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).jid, QStringLiteral("bob@example.net"));
    }

    void invalidEntriesSkipped()
    {
        // Written by hand or by another version: an entry without JID and a port out of range.
        {
            QSettings settings(m_path, QSettings::IniFormat);
            settings.beginWriteArray(QStringLiteral("accounts"), 2);
            settings.setArrayIndex(0);
            settings.setValue(QStringLiteral("host"), QStringLiteral("example.org"));
            settings.setArrayIndex(1);
            settings.setValue(QStringLiteral("jid"), QStringLiteral("carol@example.org"));
            settings.setValue(QStringLiteral("port"), 70000);
            settings.endArray();
        }

        const QList<SavedAccount> loaded = SavedAccounts(m_path).load();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).jid, QStringLiteral("carol@example.org"));
        QCOMPARE(loaded.at(0).port, quint16(0));
    }

private:
    QTemporaryDir m_folder;
    QString m_path;
    int m_run = 0;
};

QTEST_GUILESS_MAIN(SavedAccountsTest)
#include "SavedAccountsTest.moc"
