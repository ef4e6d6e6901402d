#include "Account.h"
#include "ContactsModel.h"
#include "ProfileService.h"
#include "ProfileLogRecorder.h"
#include "ProfilesModel.h"
#include "TestPeer.h"
#include "TestXmppServer.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");
// Shares presence with Alice but never signs in, so Prosody has no time for her.
const auto CarolJid = QStringLiteral("carol@localhost");
// In nobody's roster.
const auto ErinJid = QStringLiteral("erin@localhost");

// Requests and presence on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 10000;
// Prosody and Salon count last activity in whole seconds, and each rounds down once.
constexpr int RoundingMarginS = 2;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

QVariant roleValue(const ProfilesModel *model, const QString &jid, ProfilesModel::Role role)
{
    const int row = model->indexOf(jid);
    return row < 0 ? QVariant() : model->data(model->index(row), role);
}

QString presenceOf(const ContactsModel *model, const QString &jid)
{
    const int row = model->indexOf(jid);
    return row < 0 ? QString() : model->data(model->index(row), ContactsModel::PresenceRole).toString();
}

} // namespace

// The last-seen time of profiles (XEP-0012, Last Activity) against a real Prosody with
// mod_lastactivity and slixmpp peers that go offline. EjabberdTest checks the error
// replies, because Prosody 0.12 decides from the online requester's own roster and so
// never rejects a query that Salon sends.
class LastSeenTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        installProfileLogRecorder();
        // The debug lines report whether a query was sent.
        QLoggingCategory::setFilterRules(QStringLiteral("salon.core.profiles.debug=true"));

        const QStringList users = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("erin")};
        for (const QString &user : users) {
            QVERIFY2(m_server.addAccount(user, passwordOf(user)), qPrintable(m_server.lastError()));
        }
        QVERIFY(m_server.setRoster(QStringLiteral("alice"), {{BobJid, QStringLiteral("Bob"), {}, QStringLiteral("both")},
                                                             {CarolJid, QStringLiteral("Carol"), {}, QStringLiteral("both")}}));
        QVERIFY(m_server.setRoster(QStringLiteral("bob"), {{AliceJid, QStringLiteral("Alice"), {}, QStringLiteral("both")}}));
        QVERIFY(m_server.setRoster(QStringLiteral("carol"), {{AliceJid, QStringLiteral("Alice"), {}, QStringLiteral("both")}}));
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void cleanupTestCase()
    {
        removeProfileLogRecorder();
    }

    void cleanup()
    {
        m_tester.reset();
        m_account.reset();
        profileLog().clear();
    }

    void offlineContactGetsServerTime()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        const QDateTime beforeOffline = QDateTime::currentDateTimeUtc();
        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("unavailable")}}), qPrintable(bob.lastError()));
        bob.stop();
        const QDateTime afterOffline = QDateTime::currentDateTimeUtc();
        // A query some seconds later must still give the time Bob left, not the time of the reply.
        QTest::qWait(3000);

        signInAlice();
        QVERIFY(m_account);
        QSignalSpy failures(m_account->profiles(), &ProfileService::actionFailed);
        m_account->profiles()->requestProfile(BobJid);

        const ProfilesModel *cards = m_account->profileCards();
        QTRY_VERIFY_WITH_TIMEOUT(roleValue(cards, BobJid, ProfilesModel::LastSeenRole).isValid(), TimeoutMs);
        const QDateTime lastSeen = roleValue(cards, BobJid, ProfilesModel::LastSeenRole).toDateTime();
        QCOMPARE(lastSeen.timeSpec(), Qt::UTC);
        QVERIFY2(lastSeen >= beforeOffline.addSecs(-RoundingMarginS) && lastSeen <= afterOffline.addSecs(RoundingMarginS),
                 qPrintable(QStringLiteral("last seen %1, expected between %2 and %3")
                                .arg(lastSeen.toString(Qt::ISODateWithMs), beforeOffline.toString(Qt::ISODateWithMs), afterOffline.toString(Qt::ISODateWithMs))));
        QTRY_VERIFY_WITH_TIMEOUT(!roleValue(cards, BobJid, ProfilesModel::LoadingRole).toBool(), TimeoutMs);
        QCOMPARE(failures.count(), 0);
    }

    void onlineContactHasNoTime()
    {
        signInAlice();
        QVERIFY(m_account);
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(presenceOf(m_account->contacts(), BobJid), QStringLiteral("online"), TimeoutMs);

        m_account->profiles()->requestProfile(BobJid);
        const ProfilesModel *cards = m_account->profileCards();
        QTRY_VERIFY_WITH_TIMEOUT(!roleValue(cards, BobJid, ProfilesModel::LoadingRole).toBool(), TimeoutMs);
        QVERIFY(!roleValue(cards, BobJid, ProfilesModel::LastSeenRole).isValid());
        QVERIFY2(!profileLogContains(QStringLiteral("querying the last activity of ") + BobJid), "a query was sent for an online contact");

        // Bob leaves while his profile is shown: the row gets the time his unavailable presence arrived.
        const QDateTime beforeOffline = QDateTime::currentDateTimeUtc();
        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("unavailable")}}), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(roleValue(cards, BobJid, ProfilesModel::LastSeenRole).isValid(), TimeoutMs);
        const QDateTime afterOffline = QDateTime::currentDateTimeUtc();
        const QDateTime lastSeen = roleValue(cards, BobJid, ProfilesModel::LastSeenRole).toDateTime();
        QVERIFY(lastSeen >= beforeOffline && lastSeen <= afterOffline);

        // Opening the profile again queries the server. Prosody replies 0 seconds, which gives no
        // time, or a second or two, and either way the row keeps a time of when Bob left.
        profileLog().clear();
        m_account->profiles()->requestProfile(BobJid);
        QTRY_VERIFY_WITH_TIMEOUT(profileLogContains(BobJid + QStringLiteral(" was last online")) || profileLogContains(QStringLiteral("last activity of %1 unknown").arg(BobJid)),
                                 TimeoutMs);
        const QDateTime queriedLastSeen = roleValue(cards, BobJid, ProfilesModel::LastSeenRole).toDateTime();
        QVERIFY2(queriedLastSeen >= beforeOffline.addSecs(-RoundingMarginS) && queriedLastSeen <= QDateTime::currentDateTimeUtc(),
                 qPrintable(queriedLastSeen.toString(Qt::ISODateWithMs)));

        // He comes back: an online contact shows no time.
        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("presence")}}), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(!roleValue(cards, BobJid, ProfilesModel::LastSeenRole).isValid(), TimeoutMs);
        bob.stop();
    }

    void serverWithoutTimeLeavesUnknown()
    {
        signInAlice();
        QVERIFY(m_account);
        QSignalSpy failures(m_account->profiles(), &ProfileService::actionFailed);

        m_account->profiles()->requestProfile(CarolJid);

        // Prosody 0.12 replies 0 seconds for an account that did not go offline since it started.
        QTRY_VERIFY_WITH_TIMEOUT(profileLogContains(QStringLiteral("last activity of %1 unknown").arg(CarolJid)), TimeoutMs);
        QVERIFY(!roleValue(m_account->profileCards(), CarolJid, ProfilesModel::LastSeenRole).isValid());
        QCOMPARE(failures.count(), 0);
    }

    void strangerIsNotQueried()
    {
        signInAlice();
        QVERIFY(m_account);

        m_account->profiles()->requestProfile(ErinJid);

        QTRY_VERIFY_WITH_TIMEOUT(profileLogContains(QStringLiteral("no last activity query for ") + ErinJid), TimeoutMs);
        QVERIFY(!profileLogContains(QStringLiteral("querying the last activity of ") + ErinJid));
        QVERIFY(!roleValue(m_account->profileCards(), ErinJid, ProfilesModel::LastSeenRole).isValid());
    }

private:
    void signInAlice()
    {
        auto account = std::make_unique<Account>();
        ConnectionSettings connection;
        connection.host = m_server.host();
        connection.port = m_server.clientPort();
        connection.extraCaCertificates = m_server.caCertificates();
        account->setConnectionSettings(connection);
        account->signIn(AliceJid, passwordOf(QStringLiteral("alice")));

        QElapsedTimer timer;
        timer.start();
        while (account->state() != Account::State::Online && timer.elapsed() < TimeoutMs) {
            QTest::qWait(20);
        }
        if (account->state() != Account::State::Online) {
            qWarning() << "Alice did not come online:" << account->errorCode();
            return;
        }
        // The roster decides whether a contact shares its presence, so the tests start once it is in.
        while (account->contacts()->rowCount() < 2 && timer.elapsed() < TimeoutMs) {
            QTest::qWait(20);
        }
        m_account = std::move(account);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_account->profileCards(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    TestXmppServer m_server;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(LastSeenTest)
#include "LastSeenTest.moc"
