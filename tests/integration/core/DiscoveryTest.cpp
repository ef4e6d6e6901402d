#include "Account.h"
#include "DiscoveryService.h"
#include "ServerFeatures.h"
#include "TestConnection.h"
#include "TestXmppServer.h"
#include "store/Database.h"
#include "store/DiscoveryStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppPresence.h>

#include <memory>
#include <optional>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto AliceResource = QStringLiteral("desk");

// Signing in and disco#info on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 10000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

int requestsTo(const QSignalSpy &spy, const QString &jid)
{
    int count = 0;
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.at(0).toString() == jid) {
            ++count;
        }
    }
    return count;
}

} // namespace

// Service discovery and entity capabilities through DiscoveryService, against a real Prosody
// and a QXmpp peer whose discovery manager replies to disco#info requests.
class DiscoveryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        const QStringList users = {QStringLiteral("alice"), QStringLiteral("bob")};
        for (const QString &user : users) {
            QVERIFY2(m_server.addAccount(user, passwordOf(user)), qPrintable(m_server.lastError()));
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void init()
    {
        ++m_counter;
        m_database = std::make_unique<Database>(QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("cache-%1.sqlite").arg(m_counter)));
        QSignalSpy openedSpy(m_database.get(), &Database::opened);
        m_database->open();
        QVERIFY(openedSpy.wait(TimeoutMs));
        QVERIFY2(openedSpy.at(0).at(0).toBool(), qPrintable(m_database->lastError()));
    }

    void cleanup()
    {
        m_bob.reset();
        m_database.reset();
    }

    void serverFeaturesReported()
    {
        auto account = newAlice();
        QSignalSpy requests(account->discovery(), &DiscoveryService::infoRequested);
        ServerFeatures *features = account->serverFeatures();
        QVERIFY(!features->isKnown());
        QVERIFY(!features->blocking());

        account->signIn(AliceJid, passwordOf(QStringLiteral("alice")));

        QTRY_VERIFY_WITH_TIMEOUT(features->isKnown(), TimeoutMs);
        QCOMPARE(requestsTo(requests, QStringLiteral("localhost")), 1);
        // The test Prosody loads mod_blocklist and mod_carbons.
        QVERIFY(features->blocking());
        QVERIFY(features->carbons());
    }

    void serverInfoCachedForNextSignIn()
    {
        {
            auto first = newAlice();
            first->signIn(AliceJid, passwordOf(QStringLiteral("alice")));
            QTRY_VERIFY_WITH_TIMEOUT(first->serverFeatures()->isKnown(), TimeoutMs);
            QTRY_VERIFY_WITH_TIMEOUT(cachedServerInfo(), TimeoutMs);
        }

        auto second = newAlice();
        QSignalSpy requests(second->discovery(), &DiscoveryService::infoRequested);
        QSignalSpy changes(second->serverFeatures(), &ServerFeatures::changed);
        second->signIn(AliceJid, passwordOf(QStringLiteral("alice")));

        // The decision to skip the request is taken when the cached result arrives.
        QTRY_VERIFY_WITH_TIMEOUT(second->serverFeatures()->isKnown(), TimeoutMs);
        QVERIFY(second->serverFeatures()->blocking());
        QCOMPARE(changes.count(), 1);
        QCOMPARE(requestsTo(requests, QStringLiteral("localhost")), 0);
    }

    void peerCapabilitiesCached()
    {
        auto account = signedInAlice();
        QVERIFY(account);
        QSignalSpy requests(account->discovery(), &DiscoveryService::infoRequested);
        QSignalSpy known(account->discovery(), &DiscoveryService::capabilitiesKnown);
        QVERIFY(startBob());
        const QString ver = bobVer();

        sendBobPresence(QStringLiteral("sha-1"), ver);

        QTRY_COMPARE_WITH_TIMEOUT(known.count(), 1, TimeoutMs);
        QCOMPARE(known.at(0).at(1).toString(), ver);
        QCOMPARE(requestsTo(requests, bobFullJid()), 1);
        QVERIFY(account->discovery()->hasCapabilities(QStringLiteral("sha-1"), ver));

        QTRY_VERIFY_WITH_TIMEOUT(cachedCapabilities(ver).has_value(), TimeoutMs);
        const DiscoveryInfo cached = *cachedCapabilities(ver);
        QVERIFY(cached.features.contains(QStringLiteral("http://jabber.org/protocol/disco#info")));
        QVERIFY(cached.fetchedAtMs > 0);

        // Another account on the same cache learns the capabilities without a request.
        account.reset();
        auto again = signedInAlice();
        QVERIFY(again);
        QSignalSpy requestsAgain(again->discovery(), &DiscoveryService::infoRequested);
        QSignalSpy knownAgain(again->discovery(), &DiscoveryService::capabilitiesKnown);
        sendBobPresence(QStringLiteral("sha-1"), ver);
        QTRY_COMPARE_WITH_TIMEOUT(knownAgain.count(), 1, TimeoutMs);
        QCOMPARE(requestsTo(requestsAgain, bobFullJid()), 0);
    }

    void forgedCapabilitiesNotCached()
    {
        auto account = signedInAlice();
        QVERIFY(account);
        QSignalSpy requests(account->discovery(), &DiscoveryService::infoRequested);
        QSignalSpy rejected(account->discovery(), &DiscoveryService::capabilitiesRejected);
        QSignalSpy known(account->discovery(), &DiscoveryService::capabilitiesKnown);
        QVERIFY(startBob());
        // A well-formed SHA-1 value that is not the hash of Bob's disco#info result.
        const QString forged = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        QVERIFY(forged != bobVer());

        sendBobPresence(QStringLiteral("sha-1"), forged);

        QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, TimeoutMs);
        QCOMPARE(rejected.at(0).at(0).toString(), bobFullJid());
        QCOMPARE(rejected.at(0).at(1).toString(), forged);
        QCOMPARE(requestsTo(requests, bobFullJid()), 1);
        QCOMPARE(known.count(), 0);
        QVERIFY(!account->discovery()->hasCapabilities(QStringLiteral("sha-1"), forged));
        QVERIFY(!cachedCapabilities(forged).has_value());
    }

private:
    std::unique_ptr<Account> newAlice()
    {
        auto account = std::make_unique<Account>();
        ConnectionSettings settings = testConnectionSettings(m_server);
        settings.resource = AliceResource;
        account->setConnectionSettings(settings);
        account->setDatabase(m_database.get());
        return account;
    }

    std::unique_ptr<Account> signedInAlice()
    {
        auto account = newAlice();
        account->signIn(AliceJid, passwordOf(QStringLiteral("alice")));
        if (!QTest::qWaitFor([&account] { return account->state() == Account::State::Online; }, TimeoutMs)) {
            qWarning("Alice did not sign in: %s", qPrintable(account->errorMessage()));
            return nullptr;
        }
        return account;
    }

    bool startBob()
    {
        m_bob = std::make_unique<QXmppClient>();
        QXmppConfiguration config;
        config.setJid(QStringLiteral("bob@localhost/phone"));
        config.setPassword(passwordOf(QStringLiteral("bob")));
        config.setHost(m_server.host());
        config.setPort(m_server.clientPort());
        config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
        config.setCaCertificates(m_server.caCertificates());
        QSignalSpy connected(m_bob.get(), &QXmppClient::connected);
        m_bob->connectToServer(config);
        return connected.wait(TimeoutMs);
    }

    QString bobFullJid() const
    {
        return QStringLiteral("bob@localhost/phone");
    }

    // QXmpp's discovery manager replies only to requests for its own node.
    QString bobNode() const
    {
        return m_bob->findExtension<QXmppDiscoveryManager>()->clientCapabilitiesNode();
    }

    // The verification string of the result that Bob's discovery manager sends.
    QString bobVer() const
    {
        const QXmppDiscoveryIq info = m_bob->findExtension<QXmppDiscoveryManager>()->capabilities();
        return QString::fromLatin1(info.verificationString().toBase64());
    }

    // A directed presence reaches Alice without a subscription.
    void sendBobPresence(const QString &hashName, const QString &ver)
    {
        QXmppPresence presence;
        presence.setTo(AliceJid + QLatin1Char('/') + AliceResource);
        presence.setCapabilityHash(hashName);
        presence.setCapabilityNode(bobNode());
        // QXmpp 1.4 takes the raw hash and encodes it in base64 itself.
        presence.setCapabilityVer(QByteArray::fromBase64(ver.toLatin1()));
        QVERIFY(m_bob->sendPacket(presence));
    }

    bool cachedServerInfo()
    {
        std::optional<DiscoveryInfo> result;
        bool done = false;
        DiscoveryStore(m_database.get()).loadByJid(QStringLiteral("localhost"), QString(), this, [&](const std::optional<DiscoveryInfo> &info) {
            result = info;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, TimeoutMs)) {
            qWarning("Reading the disco#info cache timed out");
        }
        return result.has_value();
    }

    std::optional<DiscoveryInfo> cachedCapabilities(const QString &ver)
    {
        std::optional<DiscoveryInfo> result;
        bool done = false;
        DiscoveryStore(m_database.get()).loadByVer(QStringLiteral("sha-1"), ver, this, [&](const std::optional<DiscoveryInfo> &info) {
            result = info;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, TimeoutMs)) {
            qWarning("Reading the disco#info cache timed out");
        }
        return result;
    }

    TestXmppServer m_server;
    QTemporaryDir m_folder;
    int m_counter = 0;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QXmppClient> m_bob;
};

QTEST_GUILESS_MAIN(DiscoveryTest)
#include "DiscoveryTest.moc"
