#include "Account.h"
#include "ContactsModel.h"
#include "RosterManager.h"
#include "RosterRequestRecorder.h"
#include "RosterService.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Signing in and roster pushes on the local Prosody take well under a second. The bound leaves room for a loaded machine.
constexpr int TimeoutMs = 10000;

QString roleValue(const ContactsModel *model, const QString &jid, ContactsModel::Role role)
{
    const int row = model->indexOf(jid);
    return row < 0 ? QString() : model->data(model->index(row), role).toString();
}

QString cachedVersion(Database &database, const QString &account)
{
    QString version;
    database.runBlocking([&version, &account](QSqlDatabase &connection) {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("SELECT version FROM roster_versions WHERE account = ?"));
        query.addBindValue(account);
        if (query.exec() && query.next()) {
            version = query.value(0).toString();
        }
    });
    return version;
}

// Returns the cached contacts of the account as JID and name.
QMap<QString, QString> cachedNames(Database &database, const QString &account)
{
    QMap<QString, QString> names;
    database.runBlocking([&names, &account](QSqlDatabase &connection) {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("SELECT jid, name FROM roster_items WHERE account = ?"));
        query.addBindValue(account);
        query.exec();
        while (query.next()) {
            names.insert(query.value(0).toString(), query.value(1).toString());
        }
    });
    return names;
}

} // namespace

// Roster versioning (RFC 6121, section 2.6) against Prosody: a sign-in after
// an earlier one requests only the changes since the cached version.
class RosterVersioningTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        // The contacts are no accounts: Prosody 0.12 caches the roster of an offline account that a
        // subscription change touches, and would then ignore a later setRoster() of that account.
        for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("frank")}) {
            QVERIFY2(m_server.addAccount(user, user + QStringLiteral("-secret")), qPrintable(m_server.lastError()));
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void init()
    {
        // Each test seeds its own account's roster while that account is offline, as setRoster() requires.
        m_database = std::make_unique<Database>(QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        m_database->open();
    }

    void cleanup()
    {
        m_database.reset();
    }

    void unchangedRosterKeepsCache()
    {
        const QString jid = QStringLiteral("alice@localhost");
        QVERIFY(m_server.setRoster(QStringLiteral("alice"),
                                   {{QStringLiteral("xavier@localhost"), QStringLiteral("Xavier"), {QStringLiteral("Friends")}},
                                    {QStringLiteral("yara@localhost"), QStringLiteral("Yara"), {}, QStringLiteral("to")}}));

        // The first sign-in has no cached version and starts versioning with an empty one.
        QString firstVersion;
        {
            auto account = signedInAccount(jid);
            QVERIFY(account);
            RosterRequestRecorder *recorder = recorderOf(*account);
            QCOMPARE(recorder->requestCount(), 1);
            QVERIFY(recorder->lastRequest().hasVersion);
            QCOMPARE(recorder->lastRequest().version, QString());
            QVERIFY(recorder->lastRequest().replyHasRoster);
            QCOMPARE(recorder->lastRequest().replyItemCount, 2);
            firstVersion = recorder->lastRequest().replyVersion;
            QVERIFY(!firstVersion.isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(cachedVersion(*m_database, jid), firstVersion, TimeoutMs);
            account->signOut();
        }

        // A new start, as after restarting Salon: the request carries the cached version and the
        // server replies with an empty result, so the cached contacts stay.
        auto account = signedInAccount(jid);
        QVERIFY(account);
        RosterRequestRecorder *recorder = recorderOf(*account);
        QCOMPARE(recorder->requestCount(), 1);
        QVERIFY(recorder->lastRequest().hasVersion);
        QCOMPARE(recorder->lastRequest().version, firstVersion);
        QCOMPARE(recorder->lastRequest().replyType, QStringLiteral("result"));
        QVERIFY(!recorder->lastRequest().replyHasRoster);
        QVERIFY(rosterManagerOf(*account)->isRosterUnchanged());

        const ContactsModel *contacts = account->contacts();
        QCOMPARE(contacts->rowCount(), 2);
        QCOMPARE(roleValue(contacts, QStringLiteral("xavier@localhost"), ContactsModel::NameRole), QStringLiteral("Xavier"));
        QCOMPARE(contacts->data(contacts->index(contacts->indexOf(QStringLiteral("xavier@localhost"))), ContactsModel::GroupsRole).toStringList(),
                 QStringList{QStringLiteral("Friends")});
        QCOMPARE(roleValue(contacts, QStringLiteral("xavier@localhost"), ContactsModel::SubscriptionRole), QStringLiteral("both"));
        QCOMPARE(roleValue(contacts, QStringLiteral("yara@localhost"), ContactsModel::SubscriptionRole), QStringLiteral("to"));
        QCOMPARE(cachedNames(*m_database, jid).size(), 2);
        QCOMPARE(cachedVersion(*m_database, jid), firstVersion);

        // The roster is usable as if the server had sent it: renaming needs the contact in the roster.
        account->roster()->renameContact(QStringLiteral("yara@localhost"), QStringLiteral("Yara Diaz"));
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, QStringLiteral("yara@localhost"), ContactsModel::NameRole), QStringLiteral("Yara Diaz"), TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(cachedNames(*m_database, jid).value(QStringLiteral("yara@localhost")), QStringLiteral("Yara Diaz"), TimeoutMs);
        QVERIFY(cachedVersion(*m_database, jid) != firstVersion);
        account->signOut();
    }

    void changedRosterReplacesCache()
    {
        const QString jid = QStringLiteral("bob@localhost");
        QVERIFY(m_server.setRoster(QStringLiteral("bob"),
                                   {{QStringLiteral("walt@localhost"), QStringLiteral("Walt"), {}},
                                    {QStringLiteral("zoe@localhost"), QStringLiteral("Zoe"), {QStringLiteral("Work")}}}));
        QString firstVersion;
        {
            auto account = signedInAccount(jid);
            QVERIFY(account);
            firstVersion = recorderOf(*account)->lastRequest().replyVersion;
            QTRY_COMPARE_WITH_TIMEOUT(cachedVersion(*m_database, jid), firstVersion, TimeoutMs);
            account->signOut();
        }

        // While Salon is signed out, another client of the account changes the roster.
        TestPeer otherDevice(m_server, QStringLiteral("bob"), QStringLiteral("bob-secret"));
        otherDevice.setResource(QStringLiteral("other-device"));
        QVERIFY2(otherDevice.waitOnline(), qPrintable(otherDevice.lastError()));
        QVERIFY2(otherDevice.command({{QStringLiteral("command"), QStringLiteral("rosterSet")},
                                      {QStringLiteral("jid"), QStringLiteral("quinn@localhost")},
                                      {QStringLiteral("name"), QStringLiteral("Quinn")},
                                      {QStringLiteral("groups"), QJsonArray({QStringLiteral("Climbing")})}}),
                 qPrintable(otherDevice.lastError()));
        QVERIFY2(otherDevice.command({{QStringLiteral("command"), QStringLiteral("rosterSet")},
                                      {QStringLiteral("jid"), QStringLiteral("walt@localhost")},
                                      {QStringLiteral("name"), QStringLiteral("Walt Martin")},
                                      {QStringLiteral("groups"), QJsonArray()}}),
                 qPrintable(otherDevice.lastError()));
        QVERIFY2(otherDevice.command({{QStringLiteral("command"), QStringLiteral("rosterRemove")}, {QStringLiteral("jid"), QStringLiteral("zoe@localhost")}}),
                 qPrintable(otherDevice.lastError()));
        otherDevice.stop();

        // The request carries the cached version. Prosody replies to an outdated version with the whole roster.
        auto account = signedInAccount(jid);
        QVERIFY(account);
        RosterRequestRecorder *recorder = recorderOf(*account);
        QCOMPARE(recorder->requestCount(), 1);
        QVERIFY(recorder->lastRequest().hasVersion);
        QCOMPARE(recorder->lastRequest().version, firstVersion);
        QVERIFY(recorder->lastRequest().replyHasRoster);
        const QString newVersion = recorder->lastRequest().replyVersion;
        QVERIFY(!newVersion.isEmpty());
        QVERIFY(newVersion != firstVersion);
        QVERIFY(!rosterManagerOf(*account)->isRosterUnchanged());

        const ContactsModel *contacts = account->contacts();
        QTRY_COMPARE_WITH_TIMEOUT(contacts->rowCount(), 2, TimeoutMs);
        QCOMPARE(contacts->indexOf(QStringLiteral("zoe@localhost")), -1);
        QCOMPARE(roleValue(contacts, QStringLiteral("walt@localhost"), ContactsModel::NameRole), QStringLiteral("Walt Martin"));
        QCOMPARE(roleValue(contacts, QStringLiteral("quinn@localhost"), ContactsModel::NameRole), QStringLiteral("Quinn"));

        const QMap<QString, QString> expected{{QStringLiteral("walt@localhost"), QStringLiteral("Walt Martin")},
                                              {QStringLiteral("quinn@localhost"), QStringLiteral("Quinn")}};
        QTRY_COMPARE_WITH_TIMEOUT(cachedNames(*m_database, jid), expected, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(cachedVersion(*m_database, jid), newVersion, TimeoutMs);
        account->signOut();
    }

    void pushesUpdateCacheAndVersion()
    {
        const QString jid = QStringLiteral("carol@localhost");
        QVERIFY(m_server.setRoster(QStringLiteral("carol"), {{QStringLiteral("uma@localhost"), QStringLiteral("Uma"), {}}}));
        auto account = signedInAccount(jid);
        QVERIFY(account);
        const QString firstVersion = recorderOf(*account)->lastRequest().replyVersion;

        // Another client changes the roster while Salon is online; the server pushes the change with a new version.
        TestPeer otherDevice(m_server, QStringLiteral("carol"), QStringLiteral("carol-secret"));
        otherDevice.setResource(QStringLiteral("other-device"));
        QVERIFY2(otherDevice.waitOnline(), qPrintable(otherDevice.lastError()));
        QVERIFY2(otherDevice.command({{QStringLiteral("command"), QStringLiteral("rosterSet")},
                                      {QStringLiteral("jid"), QStringLiteral("vera@localhost")},
                                      {QStringLiteral("name"), QStringLiteral("Vera")},
                                      {QStringLiteral("groups"), QJsonArray()}}),
                 qPrintable(otherDevice.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(account->contacts(), QStringLiteral("vera@localhost"), ContactsModel::NameRole), QStringLiteral("Vera"), TimeoutMs);
        const QString pushedVersion = rosterManagerOf(*account)->rosterVersion();
        QVERIFY(!pushedVersion.isEmpty());
        QVERIFY(pushedVersion != firstVersion);
        QTRY_COMPARE_WITH_TIMEOUT(cachedVersion(*m_database, jid), pushedVersion, TimeoutMs);
        QCOMPARE(cachedNames(*m_database, jid).value(QStringLiteral("vera@localhost")), QStringLiteral("Vera"));
        otherDevice.stop();
        account->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(account->state(), Account::State::Offline, TimeoutMs);

        // The same account object signs in again: the request carries the version of the last push.
        RosterRequestRecorder *recorder = recorderOf(*account);
        const int requestsBefore = recorder->requestCount();
        account->signIn(jid, QStringLiteral("carol-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(account->state(), Account::State::Online, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(rosterManagerOf(*account)->isRosterReceived(), TimeoutMs);
        QCOMPARE(recorder->requestCount(), requestsBefore + 1);
        QCOMPARE(recorder->lastRequest().version, pushedVersion);
        QVERIFY(!recorder->lastRequest().replyHasRoster);
        QCOMPARE(account->contacts()->rowCount(), 2);
        QCOMPARE(roleValue(account->contacts(), QStringLiteral("vera@localhost"), ContactsModel::NameRole), QStringLiteral("Vera"));
        account->signOut();
    }

    void noVersionWithoutCache()
    {
        // Without a database there is no cached version, and every sign-in starts versioning anew.
        const QString jid = QStringLiteral("frank@localhost");
        QVERIFY(m_server.setRoster(QStringLiteral("frank"), {{QStringLiteral("uma@localhost"), QStringLiteral("Uma"), {}}}));
        auto account = signedInAccount(jid, nullptr);
        QVERIFY(account);
        QCOMPARE(recorderOf(*account)->lastRequest().version, QString());
        QVERIFY(recorderOf(*account)->lastRequest().replyHasRoster);
        QCOMPARE(account->contacts()->rowCount(), 1);
        account->signOut();
    }

private:
    // Signs in as jid (password: user name and "-secret") with the test's database and waits for the roster.
    std::unique_ptr<Account> signedInAccount(const QString &jid)
    {
        return signedInAccount(jid, m_database.get());
    }

    std::unique_ptr<Account> signedInAccount(const QString &jid, Database *database)
    {
        auto account = std::make_unique<Account>();
        new QAbstractItemModelTester(account->contacts(), QAbstractItemModelTester::FailureReportingMode::QtTest, account.get());
        if (database) {
            account->setDatabase(database);
        }
        account->setConnectionSettings(testConnectionSettings(m_server));
        new RosterRequestRecorder(account->client());
        account->signIn(jid, jid.section(QLatin1Char('@'), 0, 0) + QStringLiteral("-secret"));

        RosterManager *roster = rosterManagerOf(*account);
        if (!QTest::qWaitFor([&account] { return account->state() == Account::State::Online; }, TimeoutMs)
            || !QTest::qWaitFor([roster] { return roster->isRosterReceived(); }, TimeoutMs)) {
            qWarning("%s did not sign in or receive the roster", qPrintable(jid));
            return nullptr;
        }
        return account;
    }

    static RosterRequestRecorder *recorderOf(Account &account)
    {
        const QList<QXmppClientExtension *> extensions = account.client()->extensions();
        for (QXmppClientExtension *extension : extensions) {
            if (auto *recorder = dynamic_cast<RosterRequestRecorder *>(extension)) {
                return recorder;
            }
        }
        return nullptr;
    }

    static RosterManager *rosterManagerOf(Account &account)
    {
        return account.client()->findExtension<RosterManager>();
    }

    QTemporaryDir m_folder;
    TestXmppServer m_server;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(RosterVersioningTest)
#include "RosterVersioningTest.moc"
