#include "Account.h"
#include "BlockedModel.h"
#include "BlockingService.h"
#include "ContactsModel.h"
#include "SubscriptionRequestsModel.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString nameOf(const ContactsModel *model, const QString &jid)
{
    const int row = model->indexOf(jid);
    return row < 0 ? QString() : model->data(model->index(row), ContactsModel::NameRole).toString();
}

} // namespace

// The contacts, subscription requests and block list cached by one run are shown by the next
// before, or without, any network traffic.
class OfflineFirstTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        QVERIFY2(m_server.addAccount(QStringLiteral("alice"), QStringLiteral("alice-secret")), qPrintable(m_server.lastError()));
        QVERIFY(m_server.setRoster(QStringLiteral("alice"),
                                   {{QStringLiteral("bob@localhost"), QStringLiteral("Bob"), {QStringLiteral("Friends")}},
                                    {QStringLiteral("carol@localhost"), QStringLiteral("Carol"), {}}}));
        QVERIFY(m_server.addAccount(QStringLiteral("bob"), QStringLiteral("bob-secret")));
        QVERIFY(m_server.setRoster(QStringLiteral("bob"), {{QStringLiteral("dave@localhost"), QStringLiteral("Dave"), {}}}));
        QVERIFY(m_server.addAccount(QStringLiteral("erin"), QStringLiteral("erin-secret")));
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void cachedContactsShownWhileServerDown()
    {
        const QString url = QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("cache.sqlite"));
        {
            Database database(url);
            database.open();
            Account account;
            account.setDatabase(&database);
            account.setConnectionSettings(settings());
            account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
            QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);
            QTRY_COMPARE_WITH_TIMEOUT(account.contacts()->rowCount(), 2, 5000);
            account.signOut();
        }

        m_server.stop();

        Database database(url);
        database.open();
        Account account;
        QAbstractItemModelTester tester(account.contacts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        account.setDatabase(&database);
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));

        QTRY_COMPARE_WITH_TIMEOUT(account.contacts()->rowCount(), 2, 5000);
        QCOMPARE(nameOf(account.contacts(), QStringLiteral("bob@localhost")), QStringLiteral("Bob"));
        QCOMPARE(nameOf(account.contacts(), QStringLiteral("carol@localhost")), QStringLiteral("Carol"));
        QVERIFY(account.state() != Account::State::Online);
        QTRY_COMPARE_WITH_TIMEOUT(account.error(), Account::Error::ServerUnreachable, 10000);
    }

    void serverRosterReplacesCache()
    {
        QVERIFY2(m_server.isRunning() || m_server.restart(), qPrintable(m_server.lastError()));
        const QString url = QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("stale.sqlite"));
        Database database(url);
        database.open();
        database.runBlocking([](QSqlDatabase &connection) {
            QSqlQuery query(connection);
            query.exec(QStringLiteral("INSERT INTO roster_items (account, jid, name) VALUES ('alice@localhost', 'gone@localhost', 'Gone')"));
        });

        Account account;
        QAbstractItemModelTester tester(account.contacts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        account.setDatabase(&database);
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);

        QTRY_COMPARE_WITH_TIMEOUT(account.contacts()->rowCount(), 2, 5000);
        QCOMPARE(account.contacts()->indexOf(QStringLiteral("gone@localhost")), -1);
        QVERIFY(account.contacts()->indexOf(QStringLiteral("bob@localhost")) >= 0);

        // The server's roster also replaced the cache itself.
        int cachedRows = -1;
        database.runBlocking([&cachedRows](QSqlDatabase &connection) {
            QSqlQuery query(connection);
            query.exec(QStringLiteral("SELECT COUNT(*) FROM roster_items WHERE account = 'alice@localhost'"));
            query.next();
            cachedRows = query.value(0).toInt();
        });
        QCOMPARE(cachedRows, 2);
    }

    void otherAddressSeesNoPreviousData()
    {
        QVERIFY2(m_server.isRunning() || m_server.restart(), qPrintable(m_server.lastError()));
        Database database(QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("switch.sqlite")));
        database.open();
        Account account;
        QAbstractItemModelTester tester(account.contacts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        account.setDatabase(&database);
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(account.contacts()->rowCount(), 2, 10000);
        account.signOut();

        account.signIn(QStringLiteral("bob@localhost"), QStringLiteral("bob-secret"));

        // Alice's contacts are gone at once, before bob's roster arrives.
        QCOMPARE(account.contacts()->indexOf(QStringLiteral("carol@localhost")), -1);
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(account.contacts()->rowCount(), 1, 5000);
        QCOMPARE(nameOf(account.contacts(), QStringLiteral("dave@localhost")), QStringLiteral("Dave"));

        // Each address keeps its own cached rows.
        QMap<QString, int> rowsPerAccount;
        database.runBlocking([&rowsPerAccount](QSqlDatabase &connection) {
            QSqlQuery query(connection);
            query.exec(QStringLiteral("SELECT account, COUNT(*) FROM roster_items GROUP BY account"));
            while (query.next()) {
                rowsPerAccount.insert(query.value(0).toString(), query.value(1).toInt());
            }
        });
        QCOMPARE(rowsPerAccount.value(QStringLiteral("alice@localhost")), 2);
        QCOMPARE(rowsPerAccount.value(QStringLiteral("bob@localhost")), 1);
    }

    void cachedRequestsAndBlockListShownWhileServerDown()
    {
        QVERIFY2(m_server.isRunning() || m_server.restart(), qPrintable(m_server.lastError()));
        const QString url = QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("requests.sqlite"));
        {
            Database database(url);
            database.open();
            Account account;
            account.setDatabase(&database);
            account.setConnectionSettings(settings());
            account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
            QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);

            TestPeer erin(m_server, QStringLiteral("erin"), QStringLiteral("erin-secret"));
            QVERIFY2(erin.waitOnline(), qPrintable(erin.lastError()));
            QVERIFY2(erin.command({{QStringLiteral("command"), QStringLiteral("subscribe")}, {QStringLiteral("to"), QStringLiteral("alice@localhost")}}),
                     qPrintable(erin.lastError()));
            QTRY_COMPARE_WITH_TIMEOUT(account.subscriptionRequests()->rowCount(), 1, 5000);

            QTRY_VERIFY_WITH_TIMEOUT(account.blocking()->isSupported(), 5000);
            account.blocking()->block(QStringLiteral("spammer@localhost"));
            QTRY_COMPARE_WITH_TIMEOUT(account.blockedContacts()->rowCount(), 1, 5000);
            erin.stop();
            account.signOut();
        }

        m_server.stop();
        Database database(url);
        database.open();

        // Another address on the same database reads none of these rows.
        {
            Account carol;
            carol.setDatabase(&database);
            carol.setConnectionSettings(settings());
            carol.signIn(QStringLiteral("carol@localhost"), QStringLiteral("carol-secret"));
            // The database thread has run the cache reads once this returns, and their results wait
            // as posted events, which sendPostedEvents() delivers.
            database.runBlocking([](QSqlDatabase &) {});
            QCoreApplication::sendPostedEvents();
            QCOMPARE(carol.subscriptionRequests()->rowCount(), 0);
            QCOMPARE(carol.blockedContacts()->rowCount(), 0);
            QCOMPARE(carol.contacts()->rowCount(), 0);
            carol.signOut();
        }

        Account account;
        QAbstractItemModelTester requestsTester(account.subscriptionRequests(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester blockedTester(account.blockedContacts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        account.setDatabase(&database);
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));

        QTRY_COMPARE_WITH_TIMEOUT(account.subscriptionRequests()->rowCount(), 1, 5000);
        const QModelIndex request = account.subscriptionRequests()->index(0);
        QCOMPARE(account.subscriptionRequests()->data(request, SubscriptionRequestsModel::JidRole).toString(), QStringLiteral("erin@localhost"));
        QCOMPARE(account.subscriptionRequests()->data(request, SubscriptionRequestsModel::DisplayNameRole).toString(), QStringLiteral("erin@localhost"));
        QTRY_COMPARE_WITH_TIMEOUT(account.blockedContacts()->rowCount(), 1, 5000);
        QCOMPARE(account.blockedContacts()->jids(), QStringList{QStringLiteral("spammer@localhost")});
        QTRY_COMPARE_WITH_TIMEOUT(account.contacts()->rowCount(), 2, 5000);
        QVERIFY(account.state() != Account::State::Online);
        QTRY_COMPARE_WITH_TIMEOUT(account.error(), Account::Error::ServerUnreachable, 10000);
    }

private:
    ConnectionSettings settings() const
    {
        return testConnectionSettings(m_server);
    }

    QTemporaryDir m_folder;
    TestXmppServer m_server;
};

QTEST_GUILESS_MAIN(OfflineFirstTest)
#include "OfflineFirstTest.moc"
