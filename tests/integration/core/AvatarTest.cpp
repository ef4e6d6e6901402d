#include "Account.h"
#include "AvatarService.h"
#include "ContactsModel.h"
#include "ProfileService.h"
#include "ProfilesModel.h"
#include "TestAvatars.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "store/AvatarStore.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");
const auto CarolJid = QStringLiteral("carol@localhost");
const auto DaveJid = QStringLiteral("dave@localhost");

// PEP notifications and requests on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 10000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

std::optional<AvatarImage> cachedImage(Database *database, const QString &hash)
{
    std::optional<AvatarImage> result;
    bool done = false;
    QObject context;
    AvatarStore::loadImage(database, hash, &context, [&](const std::optional<AvatarImage> &image) {
        result = image;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, TimeoutMs)) {
        return std::nullopt;
    }
    return result;
}

} // namespace

// Avatars through AvatarService (XEP-0084 with XEP-0153 as fallback) against real Prosody
// servers and slixmpp peers. Bob publishes PEP avatars. Carol, on a second server without
// mod_vcard_legacy, has only a vCard-temp photo.
class AvatarTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_legacyServer.setVCardLegacyEnabled(false);
        for (TestXmppServer *server : {&m_server, &m_legacyServer}) {
            for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")}) {
                QVERIFY2(server->addAccount(user, passwordOf(user)), qPrintable(server->lastError()));
            }
            // Mutual subscriptions: a server sends PEP notifications only to contacts that share presence.
            QVERIFY(server->setRoster(QStringLiteral("alice"), {{BobJid, QStringLiteral("Bob"), {}}, {CarolJid, QStringLiteral("Carol"), {}}}));
            QVERIFY(server->setRoster(QStringLiteral("bob"), {{AliceJid, QStringLiteral("Alice"), {}}}));
            QVERIFY(server->setRoster(QStringLiteral("carol"), {{AliceJid, QStringLiteral("Alice"), {}}}));
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY2(m_legacyServer.start(), qPrintable(m_legacyServer.lastError()));
    }

    void init()
    {
        m_databasePath = m_folder.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_database = std::make_unique<Database>(QStringLiteral("sqlite:") + m_databasePath);
        m_database->open();
    }

    void cleanup()
    {
        m_database.reset();
    }

    void contactPepAvatarShownAndCached()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        const QByteArray image = pngImage(Qt::red);
        const QString hash = AvatarService::imageHash(image);
        QVERIFY2(bob.publishAvatar(image), qPrintable(bob.lastError()));

        {
            auto alice = signedIn(m_server, AliceJid, m_database.get());
            QVERIFY(alice);
            QAbstractItemModelTester tester(alice->contacts(), QAbstractItemModelTester::FailureReportingMode::QtTest);

            // The server sends the last metadata item when Alice's presence announces +notify.
            QTRY_COMPARE_WITH_TIMEOUT(avatarOf(alice->contacts(), BobJid), hash, TimeoutMs);
            const std::optional<AvatarImage> cached = cachedImage(m_database.get(), hash);
            QVERIFY(cached);
            QCOMPARE(cached->mimeType, QStringLiteral("image/png"));
            QCOMPARE(cached->data, image);

            // requestImage() serves the front ends from the same cache.
            QSignalSpy loaded(alice->avatars(), &AvatarService::imageLoaded);
            alice->avatars()->requestImage(hash);
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, TimeoutMs);
            QCOMPARE(loaded.first().at(0).toString(), hash);
            QCOMPARE(loaded.first().at(2).toByteArray(), image);
        }

        // Offline first: with the server stopped, the cached avatar shows at once.
        m_server.stop();
        Account offline;
        offline.setDatabase(m_database.get());
        offline.setConnectionSettings(testConnectionSettings(m_server));
        offline.signIn(AliceJid, passwordOf(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(avatarOf(offline.contacts(), BobJid), hash, TimeoutMs);
        offline.signOut();
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void contactAvatarChangesLive()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        const QByteArray first = pngImage(Qt::green);
        QVERIFY2(bob.publishAvatar(first), qPrintable(bob.lastError()));
        auto alice = signedIn(m_server, AliceJid, m_database.get());
        QVERIFY(alice);
        QTRY_COMPARE_WITH_TIMEOUT(avatarOf(alice->contacts(), BobJid), AvatarService::imageHash(first), TimeoutMs);

        const QByteArray second = pngImage(Qt::blue);
        QVERIFY2(bob.publishAvatar(second), qPrintable(bob.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(avatarOf(alice->contacts(), BobJid), AvatarService::imageHash(second), TimeoutMs);
        QCOMPARE(cachedImage(m_database.get(), AvatarService::imageHash(second))->data, second);

        // Empty metadata withdraws the avatar (XEP-0084, section 4.5).
        QVERIFY2(bob.command(publish(AvatarService::MetadataNode, QStringLiteral("none"), QStringLiteral("<metadata xmlns='urn:xmpp:avatar:metadata'/>"))),
                 qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(avatarOf(alice->contacts(), BobJid), QString(), TimeoutMs);
    }

    void invalidAvatarsIgnored()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        const QByteArray valid = pngImage(Qt::yellow);
        QVERIFY2(bob.publishAvatar(valid), qPrintable(bob.lastError()));
        auto alice = signedIn(m_server, AliceJid, m_database.get());
        QVERIFY(alice);
        const QString validHash = AvatarService::imageHash(valid);
        QTRY_COMPARE_WITH_TIMEOUT(avatarOf(alice->contacts(), BobJid), validHash, TimeoutMs);
        QSignalSpy changes(alice->avatars(), &AvatarService::avatarChanged);

        // Data whose SHA-1 is not the announced id.
        const QByteArray other = pngImage(Qt::cyan);
        QVERIFY2(bob.publishAvatar(other, AvatarService::imageHash(pngImage(Qt::magenta))), qPrintable(bob.lastError()));
        // Text, with the right SHA-1, that is not an image.
        const QByteArray text = QByteArrayLiteral("<script>alert(1)</script> not an image");
        QVERIFY2(bob.publishAvatar(text), qPrintable(bob.lastError()));
        // An image announced as larger than Salon accepts.
        const QByteArray huge = pngImage(Qt::darkRed);
        QVERIFY2(bob.publishAvatar(huge, AvatarService::imageHash(huge), AvatarService::MaxImageBytes + 1), qPrintable(bob.lastError()));
        // An id that is not a SHA-1, and base64 that does not decode.
        QVERIFY2(bob.command(publish(AvatarService::MetadataNode, QStringLiteral("bad-id"), metadataXml(QStringLiteral("../../etc/passwd"), 10))),
                 qPrintable(bob.lastError()));
        const QString brokenHash = AvatarService::imageHash(QByteArrayLiteral("broken"));
        QVERIFY2(bob.command(publish(AvatarService::DataNode, brokenHash, QStringLiteral("<data xmlns='urn:xmpp:avatar:data'>!!not base64!!</data>"))),
                 qPrintable(bob.lastError()));
        QVERIFY2(bob.command(publish(AvatarService::MetadataNode, brokenHash, metadataXml(brokenHash, 6))), qPrintable(bob.lastError()));
        // Then a valid one: once it shows, every earlier notification has been handled.
        const QByteArray last = pngImage(Qt::darkGreen);
        QVERIFY2(bob.publishAvatar(last), qPrintable(bob.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(avatarOf(alice->contacts(), BobJid), AvatarService::imageHash(last), TimeoutMs);
        QCOMPARE(changes.count(), 1);
        QVERIFY(!cachedImage(m_database.get(), AvatarService::imageHash(text)));
        QVERIFY(!cachedImage(m_database.get(), AvatarService::imageHash(huge)));
        QVERIFY(!cachedImage(m_database.get(), AvatarService::imageHash(pngImage(Qt::magenta))));
        QVERIFY(alice->client()->isConnected());
    }

    void ownAvatarPublishedToContact()
    {
        auto alice = signedIn(m_server, AliceJid, m_database.get());
        QVERIFY(alice);
        Database bobDatabase(QStringLiteral("sqlite::memory:"));
        bobDatabase.open();
        auto bob = signedIn(m_server, BobJid, &bobDatabase);
        QVERIFY(bob);
        QSignalSpy published(alice->avatars(), &AvatarService::ownAvatarPublished);
        QSignalSpy failures(alice->avatars(), &AvatarService::actionFailed);
        QSignalSpy ownChanges(alice->avatars(), &AvatarService::ownAvatarHashChanged);

        const QByteArray image = pngImage(Qt::darkBlue, 96);
        const QString hash = AvatarService::imageHash(image);
        alice->avatars()->publishOwnAvatar(AvatarImage{QStringLiteral("image/png"), image}, 96, 96);

        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        QCOMPARE(failures.count(), 0);
        QCOMPARE(alice->avatars()->ownAvatarHash(), hash);
        QVERIFY(ownChanges.count() >= 1);
        // Bob's Salon fetches the image from Alice's PEP node.
        QTRY_COMPARE_WITH_TIMEOUT(avatarOf(bob->contacts(), AliceJid), hash, TimeoutMs);
        QCOMPARE(cachedImage(&bobDatabase, hash)->data, image);

        alice->avatars()->removeOwnAvatar();
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 2, TimeoutMs);
        QCOMPARE(alice->avatars()->ownAvatarHash(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(avatarOf(bob->contacts(), AliceJid), QString(), TimeoutMs);
    }

    void invalidOwnAvatarRejected()
    {
        auto alice = signedIn(m_server, AliceJid, m_database.get());
        QVERIFY(alice);
        QSignalSpy failures(alice->avatars(), &AvatarService::actionFailed);
        QSignalSpy published(alice->avatars(), &AvatarService::ownAvatarPublished);

        alice->avatars()->publishOwnAvatar(AvatarImage{QStringLiteral("image/png"), QByteArrayLiteral("not an image")}, 10, 10);
        alice->avatars()->publishOwnAvatar(AvatarImage{QStringLiteral("image/png"), QByteArray(AvatarService::MaxPublishedBytes + 1, 'x')}, 10, 10);
        // JPEG data announced as PNG.
        alice->avatars()->publishOwnAvatar(AvatarImage{QStringLiteral("image/png"), QByteArrayLiteral("\xff\xd8\xff\xe0 jpeg")}, 10, 10);

        QCOMPARE(failures.count(), 3);
        for (const QList<QVariant> &failure : qAsConst(failures)) {
            QCOMPARE(failure.at(0).toString(), AliceJid);
            QVERIFY(!failure.at(1).toString().isEmpty());
        }
        QCOMPARE(published.count(), 0);
    }

    void vCardPhotoFallback()
    {
        // Carol's server has no vCard4 mirror: her photo exists only in her vCard-temp.
        TestPeer carol(m_legacyServer, QStringLiteral("carol"), passwordOf(QStringLiteral("carol")));
        QVERIFY2(carol.waitOnline(), qPrintable(carol.lastError()));
        const QByteArray photo = pngImage(Qt::darkMagenta);
        const QString hash = AvatarService::imageHash(photo);
        QVERIFY2(setVCardPhoto(&carol, CarolJid, photo, TimeoutMs), qPrintable(carol.lastError()));

        auto alice = signedIn(m_legacyServer, AliceJid, m_database.get());
        QVERIFY(alice);
        QVERIFY2(carol.command({{QStringLiteral("command"), QStringLiteral("presence")}, {QStringLiteral("photoHash"), hash}}), qPrintable(carol.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(avatarOf(alice->contacts(), CarolJid), hash, TimeoutMs);
        QCOMPARE(cachedImage(m_database.get(), hash)->data, photo);

        // An empty photo element announces that the vCard has no photo any more.
        QVERIFY2(carol.command({{QStringLiteral("command"), QStringLiteral("presence")}, {QStringLiteral("photoHash"), QString()}}), qPrintable(carol.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(avatarOf(alice->contacts(), CarolJid), QString(), TimeoutMs);
    }

    void nonContactAvatarRequested()
    {
        // Dave is not Alice's contact and has only a vCard photo. A profile view requests his avatar.
        TestPeer dave(m_legacyServer, QStringLiteral("dave"), passwordOf(QStringLiteral("dave")));
        QVERIFY2(dave.waitOnline(), qPrintable(dave.lastError()));
        const QByteArray photo = pngImage(Qt::gray);
        QVERIFY2(setVCardPhoto(&dave, DaveJid, photo, TimeoutMs), qPrintable(dave.lastError()));

        auto alice = signedIn(m_legacyServer, AliceJid, m_database.get());
        QVERIFY(alice);
        QAbstractItemModelTester tester(alice->profileCards(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changes(alice->avatars(), &AvatarService::avatarChanged);
        alice->profiles()->requestProfile(DaveJid);
        alice->avatars()->requestAvatar(QStringLiteral(" Dave@LOCALHOST "));

        const QString hash = AvatarService::imageHash(photo);
        QTRY_COMPARE_WITH_TIMEOUT(alice->avatars()->avatarHash(DaveJid), hash, TimeoutMs);
        const auto daveChanges = std::count_if(changes.cbegin(), changes.cend(), [](const QList<QVariant> &change) {
            return change.at(0).toString() == DaveJid;
        });
        QCOMPARE(daveChanges, 1);
        const ProfilesModel *cards = alice->profileCards();
        QTRY_VERIFY_WITH_TIMEOUT(cards->indexOf(DaveJid) >= 0, TimeoutMs);
        QCOMPARE(cards->data(cards->index(cards->indexOf(DaveJid)), ProfilesModel::AvatarHashRole).toString(), hash);
        // Without mod_vcard_legacy there is no vCard4, so the profile comes from the vCard-temp.
        QTRY_COMPARE_WITH_TIMEOUT(cards->data(cards->index(cards->indexOf(DaveJid)), ProfilesModel::SourceRole).toString(), QStringLiteral("vcard-temp"),
                                  TimeoutMs);
        QCOMPARE(cards->data(cards->index(cards->indexOf(DaveJid)), ProfilesModel::FullNameRole).toString(), QStringLiteral("Photo owner"));
    }

    void accountSwitchForgetsAvatars()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        QVERIFY2(bob.publishAvatar(pngImage(Qt::darkCyan)), qPrintable(bob.lastError()));
        auto account = signedIn(m_server, AliceJid, m_database.get());
        QVERIFY(account);
        QTRY_VERIFY_WITH_TIMEOUT(!account->avatars()->avatarHash(BobJid).isEmpty(), TimeoutMs);
        account->signOut();

        // Dave has no contacts, so none of Alice's avatars may remain.
        QSignalSpy changes(account->avatars(), &AvatarService::avatarChanged);
        account->signIn(DaveJid, passwordOf(QStringLiteral("dave")));
        QTRY_COMPARE_WITH_TIMEOUT(account->state(), Account::State::Online, TimeoutMs);
        QCOMPARE(account->avatars()->avatarHash(BobJid), QString());
        QVERIFY(changes.count() >= 1);
        QCOMPARE(changes.first().at(1).toString(), QString());
    }

private:
    std::unique_ptr<Account> signedIn(const TestXmppServer &server, const QString &jid, Database *database)
    {
        auto account = std::make_unique<Account>();
        account->setDatabase(database);
        account->setConnectionSettings(testConnectionSettings(server));
        account->signIn(jid, passwordOf(jid.section(QLatin1Char('@'), 0, 0)));
        if (!QTest::qWaitFor([&account] { return account->state() == Account::State::Online; }, TimeoutMs)) {
            qWarning() << jid << "did not come online:" << account->errorCode();
            return nullptr;
        }
        return account;
    }

    QTemporaryDir m_folder;
    TestXmppServer m_server;
    TestXmppServer m_legacyServer;
    QString m_databasePath;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(AvatarTest)
#include "AvatarTest.moc"
