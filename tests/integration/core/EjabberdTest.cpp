#include "Account.h"
#include "ArchiveService.h"
#include "AvatarService.h"
#include "ChatService.h"
#include "CommentsModel.h"
#include "CommentsService.h"
#include "ContactsModel.h"
#include "MessagesModel.h"
#include "MicroblogEntry.h"
#include "MicroblogService.h"
#include "OccupantsModel.h"
#include "RoomMessageService.h"
#include "RoomService.h"
#include "RoomsModel.h"
#include "TestAvatars.h"
#include "RosterManager.h"
#include "RosterRequestRecorder.h"
#include "ProfileService.h"
#include "ProfileLogRecorder.h"
#include "ProfilesModel.h"
#include "PubSubClient.h"
#include "TestEjabberdServer.h"
#include "TestPeer.h"
#include "XmppUri.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>

#include <algorithm>
#include <optional>

namespace {

QString roleValue(const ContactsModel *model, const QString &jid, ContactsModel::Role role)
{
    const int row = model->indexOf(jid);
    return row < 0 ? QString() : model->data(model->index(row), role).toString();
}

// Returns the cached roster version of account, and its cached contacts as JID and name.
QPair<QString, QMap<QString, QString>> cachedRoster(Database &database, const QString &account)
{
    QPair<QString, QMap<QString, QString>> cached;
    database.runBlocking([&cached, &account](QSqlDatabase &connection) {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("SELECT version FROM roster_versions WHERE account = ?"));
        query.addBindValue(account);
        if (query.exec() && query.next()) {
            cached.first = query.value(0).toString();
        }
        query.prepare(QStringLiteral("SELECT jid, name FROM roster_items WHERE account = ?"));
        query.addBindValue(account);
        query.exec();
        while (query.next()) {
            cached.second.insert(query.value(0).toString(), query.value(1).toString());
        }
    });
    return cached;
}

QVariant profileValue(const ProfilesModel *model, const QString &jid, ProfilesModel::Role role)
{
    const int row = model->indexOf(jid);
    return row < 0 ? QVariant() : model->data(model->index(row), role);
}

} // namespace

// Sign-in, the roster and presences against ejabberd 23.01, a second server
// implementation next to the Prosody of the other integration tests.
class EjabberdTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY2(m_server.addAccount(QStringLiteral("alice"), QStringLiteral("alice-secret")), qPrintable(m_server.lastError()));
        QVERIFY2(m_server.addAccount(QStringLiteral("bob"), QStringLiteral("bob-secret")), qPrintable(m_server.lastError()));
        QVERIFY2(m_server.addAccount(QStringLiteral("carol"), QStringLiteral("carol-secret")), qPrintable(m_server.lastError()));
        QVERIFY2(m_server.addAccount(QStringLiteral("dave"), QStringLiteral("dave-secret")), qPrintable(m_server.lastError()));
        QVERIFY2(m_server.addRosterItems(QStringLiteral("alice"),
                                         {{QStringLiteral("bob@localhost"), QStringLiteral("Bob"), {QStringLiteral("Friends")}},
                                          {QStringLiteral("carol@localhost"), QStringLiteral("Carol"), {QStringLiteral("Work"), QStringLiteral("Friends")}}}),
                 qPrintable(m_server.lastError()));
        QVERIFY2(m_server.addRosterItems(QStringLiteral("bob"), {{QStringLiteral("alice@localhost"), QStringLiteral("Alice"), {}}}),
                 qPrintable(m_server.lastError()));
        QVERIFY2(m_server.addRosterItems(QStringLiteral("carol"), {{QStringLiteral("alice@localhost"), QStringLiteral("Alice"), {}}}),
                 qPrintable(m_server.lastError()));
        installProfileLogRecorder();
    }

    void cleanupTestCase()
    {
        removeProfileLogRecorder();
    }

    void signInSucceeds()
    {
        Account account;
        account.setConnectionSettings(settings());

        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));

        QCOMPARE(account.state(), Account::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);
        QCOMPARE(account.error(), Account::Error::NoError);
        QCOMPARE(account.jid(), QStringLiteral("alice@localhost"));

        account.signOut();
        QCOMPARE(account.state(), Account::State::Offline);
    }

    void archiveCatchUpAfterOffline()
    {
        // Alice's preferences (XEP-0313) ask ejabberd to archive every message, whatever its mod_mam default.
        {
            TestPeer alice(m_server.jid(QStringLiteral("alice")), QStringLiteral("alice-secret"), m_server.host(), m_server.clientPort(), m_server.caCertificatePath());
            QVERIFY2(alice.waitOnline(), qPrintable(alice.lastError()));
            QVERIFY2(alice.command({{QStringLiteral("command"), QStringLiteral("iqSet")},
                                    {QStringLiteral("to"), QStringLiteral("alice@localhost")},
                                    {QStringLiteral("xml"), QStringLiteral("<prefs xmlns='urn:xmpp:mam:2' default='always'/>")}}),
                     qPrintable(alice.lastError()));
            QCOMPARE(alice.waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
            alice.stop();
        }
        TestPeer bob(m_server.jid(QStringLiteral("bob")), QStringLiteral("bob-secret"), m_server.host(), m_server.clientPort(), m_server.caCertificatePath());
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        Database database(QStringLiteral("sqlite::memory:"));
        database.open();

        // The first start requests the newest page of the archive.
        {
            Account account;
            account.setDatabase(&database);
            account.setConnectionSettings(settings());
            QSignalSpy caughtUp(account.chats()->archive(), &ArchiveService::catchUpFinished);
            account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
            QTRY_COMPARE_WITH_TIMEOUT(caughtUp.count(), 1, 10000);
        }

        const QStringList sent = {QStringLiteral("Archived 1"), QStringLiteral("Archived 2"), QStringLiteral("Archived 3")};
        for (const QString &body : sent) {
            QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), QStringLiteral("alice@localhost")}, {QStringLiteral("body"), body}}),
                     qPrintable(bob.lastError()));
        }
        // Once the response is in, ejabberd has handled and archived the messages before it.
        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("iqSet")},
                              {QStringLiteral("to"), QStringLiteral("localhost")},
                              {QStringLiteral("xml"), QStringLiteral("<ping xmlns='urn:xmpp:ping'/>")}}),
                 qPrintable(bob.lastError()));

        Account account;
        account.setDatabase(&database);
        account.setConnectionSettings(settings());
        QSignalSpy caughtUp(account.chats()->archive(), &ArchiveService::catchUpFinished);
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(caughtUp.count(), 1, 10000);
        QCOMPARE(caughtUp.first().at(0).toInt(), sent.size());

        MessagesModel *conversation = account.chats()->openConversation(QStringLiteral("bob@localhost"));
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(conversation->rowCount(), sent.size(), 10000);
        for (int row = 0; row < sent.size(); ++row) {
            QCOMPARE(conversation->data(conversation->index(row), MessagesModel::BodyRole).toString(), sent.at(row));
        }
    }

    void roomJoinAndTalk()
    {
        const QString room = QStringLiteral("talk@conference.localhost");
        const auto joinedRoom = [&room](Account *account) {
            const std::optional<RoomEntry> entry = account->roomList()->room(room);
            return entry && entry->state == RoomEntry::State::Joined;
        };
        Account alice;
        alice.setConnectionSettings(settings());
        alice.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(alice.state(), Account::State::Online, 10000);
        alice.rooms()->createRoom(room, QStringLiteral("alice"));
        QTRY_VERIFY_WITH_TIMEOUT(joinedRoom(&alice), 10000);

        Account bob;
        bob.setConnectionSettings(settings());
        bob.signIn(QStringLiteral("bob@localhost"), QStringLiteral("bob-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(bob.state(), Account::State::Online, 10000);
        bob.rooms()->join(room, QStringLiteral("bob"));
        QTRY_VERIFY_WITH_TIMEOUT(joinedRoom(&bob), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(alice.rooms()->occupants(room)->rowCount(), 2, 10000);
        QCOMPARE(bob.rooms()->occupants(room)->occupant(QStringLiteral("alice"))->affiliation, QStringLiteral("owner"));

        MessagesModel *aliceMessages = alice.roomMessages()->openRoom(room);
        MessagesModel *bobMessages = bob.roomMessages()->openRoom(room);
        QAbstractItemModelTester tester(aliceMessages, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bob.roomMessages()->sendMessage(room, QStringLiteral("Hello from Bob"));
        QTRY_COMPARE_WITH_TIMEOUT(aliceMessages->rowCount(), 1, 10000);
        QCOMPARE(aliceMessages->data(aliceMessages->index(0, 0), MessagesModel::SenderNickRole).toString(), QStringLiteral("bob"));
        QTRY_COMPARE_WITH_TIMEOUT(bobMessages->data(bobMessages->index(0, 0), MessagesModel::StateRole).toString(), QStringLiteral("delivered"), 10000);

        alice.roomMessages()->sendMessage(room, QStringLiteral("Hi Bob"));
        QTRY_COMPARE_WITH_TIMEOUT(bobMessages->rowCount(), 2, 10000);
        QCOMPARE(bobMessages->data(bobMessages->index(1, 0), MessagesModel::BodyRole).toString(), QStringLiteral("Hi Bob"));
        QTRY_COMPARE_WITH_TIMEOUT(aliceMessages->data(aliceMessages->index(1, 0), MessagesModel::StateRole).toString(), QStringLiteral("delivered"), 10000);
        QCOMPARE(aliceMessages->rowCount(), 2);
    }

    void wrongPasswordStopsWithoutRetry()
    {
        Account account;
        ConnectionSettings connection = settings();
        connection.reconnectInitialDelayMs = 50;
        account.setConnectionSettings(connection);
        QSignalSpy stateSpy(&account, &Account::stateChanged);

        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("not-the-password"));

        QTRY_COMPARE_WITH_TIMEOUT(account.error(), Account::Error::WrongPassword, 10000);
        QCOMPARE(account.state(), Account::State::Offline);
        QVERIFY(!account.errorMessage().isEmpty());

        // A retry would start within 50 ms, so the account must stay offline.
        const int stateChanges = stateSpy.count();
        QTest::qWait(1500);
        QCOMPARE(stateSpy.count(), stateChanges);
        QCOMPARE(account.state(), Account::State::Offline);
        QCOMPARE(account.error(), Account::Error::WrongPassword);
    }

    void rosterFillsModel()
    {
        Account account;
        QAbstractItemModelTester tester(account.contacts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);

        const ContactsModel *contacts = account.contacts();
        QTRY_COMPARE_WITH_TIMEOUT(contacts->rowCount(), 2, 5000);
        QCOMPARE(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::NameRole), QStringLiteral("Bob"));
        QCOMPARE(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::SubscriptionRole), QStringLiteral("both"));
        QCOMPARE(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::PresenceRole), QStringLiteral("offline"));
        const int carolRow = contacts->indexOf(QStringLiteral("carol@localhost"));
        QVERIFY(carolRow >= 0);
        QCOMPARE(contacts->data(contacts->index(carolRow), ContactsModel::GroupsRole).toStringList(),
                 QStringList({QStringLiteral("Friends"), QStringLiteral("Work")}));
    }

    void rosterPushAddsContact()
    {
        Account account;
        QAbstractItemModelTester tester(account.contacts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("dave@localhost"), QStringLiteral("dave-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);
        const ContactsModel *contacts = account.contacts();
        QCOMPARE(contacts->rowCount(), 0);

        // ejabberd pushes a roster item added by ejabberdctl to connected sessions.
        QVERIFY2(m_server.addRosterItems(QStringLiteral("dave"), {{QStringLiteral("bob@localhost"), QStringLiteral("Bob Martin"), {QStringLiteral("Work")}}}),
                 qPrintable(m_server.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(contacts->rowCount(), 1, 5000);
        QCOMPARE(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::NameRole), QStringLiteral("Bob Martin"));
        QCOMPARE(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::SubscriptionRole), QStringLiteral("both"));
        QCOMPARE(contacts->data(contacts->index(0), ContactsModel::GroupsRole).toStringList(), QStringList{QStringLiteral("Work")});
        account.signOut();
    }

    void signOutShowsOfflineToContacts()
    {
        TestPeer bob(m_server.jid(QStringLiteral("bob")), QStringLiteral("bob-secret"), m_server.host(), m_server.clientPort(), m_server.caCertificatePath());
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        bob.clearEvents();

        Account account;
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);
        // Only this session's resource counts: the session of an earlier test case may still send presence.
        const QString fullJid = QStringLiteral("alice@localhost/") + account.client()->configuration().resource();
        const auto presenceOfSession = [fullJid](const QString &type) {
            return [fullJid, type](const QJsonObject &event) {
                return event.value(QStringLiteral("from")).toString() == fullJid && event.value(QStringLiteral("type")).toString() == type;
            };
        };
        // Lists the presences Bob received, so that a failure shows what arrived instead.
        const auto receivedPresences = [&bob] {
            QStringList presences;
            const QList<QJsonObject> events = bob.events();
            for (const QJsonObject &event : events) {
                if (event.value(QStringLiteral("event")).toString() == QLatin1String("presence")) {
                    presences.append(event.value(QStringLiteral("from")).toString() + QLatin1Char(' ') + event.value(QStringLiteral("type")).toString());
                }
            }
            return presences.join(QStringLiteral(", "));
        };
        const QJsonObject available = bob.waitForEvent(QStringLiteral("presence"), presenceOfSession(QStringLiteral("available")), 10000);
        QVERIFY2(!available.isEmpty(), qPrintable(QStringLiteral("No available presence from %1; received: %2").arg(fullJid, receivedPresences())));

        account.signOut();

        const QJsonObject unavailable = bob.waitForEvent(QStringLiteral("presence"), presenceOfSession(QStringLiteral("unavailable")), 10000);
        QVERIFY2(!unavailable.isEmpty(), qPrintable(QStringLiteral("No unavailable presence from %1; received: %2").arg(fullJid, receivedPresences())));
    }

    void peerPresenceUpdatesModel()
    {
        Account account;
        QAbstractItemModelTester tester(account.contacts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);
        const ContactsModel *contacts = account.contacts();
        QTRY_COMPARE_WITH_TIMEOUT(contacts->rowCount(), 2, 5000);

        TestPeer bob(m_server.jid(QStringLiteral("bob")), QStringLiteral("bob-secret"), m_server.host(), m_server.clientPort(), m_server.caCertificatePath());
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::PresenceRole), QStringLiteral("online"), 5000);

        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("presence")},
                              {QStringLiteral("show"), QStringLiteral("away")},
                              {QStringLiteral("status"), QStringLiteral("Lunch")}}),
                 qPrintable(bob.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::PresenceRole), QStringLiteral("away"), 5000);
        QCOMPARE(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::StatusTextRole), QStringLiteral("Lunch"));
        QCOMPARE(roleValue(contacts, QStringLiteral("carol@localhost"), ContactsModel::PresenceRole), QStringLiteral("offline"));

        bob.stop();
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::PresenceRole), QStringLiteral("offline"), 5000);
        QCOMPARE(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::StatusTextRole), QString());
    }

    void peerPepAvatarShown()
    {
        TestPeer bob(m_server.jid(QStringLiteral("bob")), QStringLiteral("bob-secret"), m_server.host(), m_server.clientPort(), m_server.caCertificatePath());
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        const QByteArray image = pngImage(Qt::darkGreen);
        QVERIFY2(bob.publishAvatar(image), qPrintable(bob.lastError()));

        Database database(QStringLiteral("sqlite::memory:"));
        database.open();
        Account account;
        QAbstractItemModelTester tester(account.contacts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        account.setDatabase(&database);
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));

        QTRY_COMPARE_WITH_TIMEOUT(avatarOf(account.contacts(), QStringLiteral("bob@localhost")), AvatarService::imageHash(image), 10000);

        // A change arrives live.
        const QByteArray changed = pngImage(Qt::darkBlue);
        QVERIFY2(bob.publishAvatar(changed), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(avatarOf(account.contacts(), QStringLiteral("bob@localhost")), AvatarService::imageHash(changed), 10000);
    }

    void peerVCardPhotoShown()
    {
        // Carol sets only a vCard-temp photo; ejabberd's mod_vcard_xupdate announces its hash in her presence.
        TestPeer carol(m_server.jid(QStringLiteral("carol")), QStringLiteral("carol-secret"), m_server.host(), m_server.clientPort(), m_server.caCertificatePath());
        QVERIFY2(carol.waitOnline(), qPrintable(carol.lastError()));
        const QByteArray photo = pngImage(Qt::darkYellow);
        QVERIFY2(setVCardPhoto(&carol, QStringLiteral("carol@localhost"), photo, 10000), qPrintable(carol.lastError()));

        Database database(QStringLiteral("sqlite::memory:"));
        database.open();
        Account account;
        account.setDatabase(&database);
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);
        // A fresh presence, so that the hash reaches Alice whatever the order of sign-ins.
        QVERIFY2(carol.command({{QStringLiteral("command"), QStringLiteral("presence")}, {QStringLiteral("show"), QStringLiteral("chat")}}),
                 qPrintable(carol.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(avatarOf(account.contacts(), QStringLiteral("carol@localhost")), AvatarService::imageHash(photo), 10000);
    }

    void ownAvatarPublished()
    {
        Database database(QStringLiteral("sqlite::memory:"));
        database.open();
        Account account;
        account.setDatabase(&database);
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("dave@localhost"), QStringLiteral("dave-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);
        QSignalSpy published(account.avatars(), &AvatarService::ownAvatarPublished);
        QSignalSpy failures(account.avatars(), &AvatarService::actionFailed);

        const QByteArray image = pngImage(Qt::darkRed, 96);
        account.avatars()->publishOwnAvatar(AvatarImage{QStringLiteral("image/png"), image}, 96, 96);

        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, 10000);
        QCOMPARE(failures.count(), 0);
        QCOMPARE(account.avatars()->ownAvatarHash(), AvatarService::imageHash(image));
    }

    // Roster versioning (RFC 6121, section 2.6) with the versioning that the test configuration enables in mod_roster.
    void rosterVersioningUsesCache()
    {
        const QString jid = QStringLiteral("erin@localhost");
        QVERIFY2(m_server.addAccount(QStringLiteral("erin"), QStringLiteral("erin-secret")), qPrintable(m_server.lastError()));
        QVERIFY2(m_server.addRosterItems(QStringLiteral("erin"), {{QStringLiteral("bob@localhost"), QStringLiteral("Bob"), {QStringLiteral("Climbing")}}}),
                 qPrintable(m_server.lastError()));
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        Database database(QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("cache.sqlite")));
        database.open();

        // The first sign-in starts versioning with an empty version.
        QString firstVersion;
        {
            Account account;
            RosterRequestRecorder *recorder = signInWithCache(account, database, jid);
            QVERIFY(recorder);
            QVERIFY(recorder->lastRequest().hasVersion);
            QCOMPARE(recorder->lastRequest().version, QString());
            QVERIFY(recorder->lastRequest().replyHasRoster);
            firstVersion = recorder->lastRequest().replyVersion;
            QVERIFY(!firstVersion.isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(cachedRoster(database, jid).first, firstVersion, 5000);
            account.signOut();
        }

        // Unchanged: the request carries the cached version, the result is empty and the cached contact stays.
        {
            Account account;
            RosterRequestRecorder *recorder = signInWithCache(account, database, jid);
            QVERIFY(recorder);
            QCOMPARE(recorder->requestCount(), 1);
            QCOMPARE(recorder->lastRequest().version, firstVersion);
            QCOMPARE(recorder->lastRequest().replyType, QStringLiteral("result"));
            QVERIFY(!recorder->lastRequest().replyHasRoster);
            QCOMPARE(account.contacts()->rowCount(), 1);
            QCOMPARE(roleValue(account.contacts(), QStringLiteral("bob@localhost"), ContactsModel::NameRole), QStringLiteral("Bob"));
            QCOMPARE(account.contacts()->data(account.contacts()->index(0), ContactsModel::GroupsRole).toStringList(), QStringList{QStringLiteral("Climbing")});
            QCOMPARE(cachedRoster(database, jid).first, firstVersion);
            account.signOut();
        }

        // Changed while signed out: the request carries the cached version, and the server sends the changes.
        QVERIFY2(m_server.addRosterItems(QStringLiteral("erin"), {{QStringLiteral("carol@localhost"), QStringLiteral("Carol"), {}}}),
                 qPrintable(m_server.lastError()));
        Account account;
        RosterRequestRecorder *recorder = signInWithCache(account, database, jid);
        QVERIFY(recorder);
        QCOMPARE(recorder->lastRequest().version, firstVersion);
        QTRY_COMPARE_WITH_TIMEOUT(account.contacts()->rowCount(), 2, 5000);
        QCOMPARE(roleValue(account.contacts(), QStringLiteral("carol@localhost"), ContactsModel::NameRole), QStringLiteral("Carol"));
        const QString newVersion = account.client()->findExtension<RosterManager>()->rosterVersion();
        QVERIFY(!newVersion.isEmpty());
        QVERIFY(newVersion != firstVersion);
        const QMap<QString, QString> expected{{QStringLiteral("bob@localhost"), QStringLiteral("Bob")}, {QStringLiteral("carol@localhost"), QStringLiteral("Carol")}};
        QTRY_COMPARE_WITH_TIMEOUT(cachedRoster(database, jid).second, expected, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(cachedRoster(database, jid).first, newVersion, 5000);
        account.signOut();
    }

    void lastSeenFromModLast()
    {
        TestPeer bob(m_server.jid(QStringLiteral("bob")), QStringLiteral("bob-secret"), m_server.host(), m_server.clientPort(), m_server.caCertificatePath());
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        const QDateTime beforeOffline = QDateTime::currentDateTimeUtc();
        // mod_last records the end of the session, so no unavailable presence is needed.
        bob.stop();
        const QDateTime afterOffline = QDateTime::currentDateTimeUtc();
        QTest::qWait(3000);

        Account account;
        QAbstractItemModelTester tester(account.profileCards(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(account.contacts()->rowCount() >= 2, 5000);
        QSignalSpy failures(account.profiles(), &ProfileService::actionFailed);

        account.profiles()->requestProfile(QStringLiteral("bob@localhost"));

        const ProfilesModel *cards = account.profileCards();
        QTRY_VERIFY_WITH_TIMEOUT(profileValue(cards, QStringLiteral("bob@localhost"), ProfilesModel::LastSeenRole).isValid(), 10000);
        const QDateTime lastSeen = profileValue(cards, QStringLiteral("bob@localhost"), ProfilesModel::LastSeenRole).toDateTime();
        // Both ejabberd and Salon count in whole seconds.
        QVERIFY2(lastSeen >= beforeOffline.addSecs(-2) && lastSeen <= afterOffline.addSecs(2),
                 qPrintable(QStringLiteral("last seen %1, expected between %2 and %3")
                                .arg(lastSeen.toString(Qt::ISODateWithMs), beforeOffline.toString(Qt::ISODateWithMs), afterOffline.toString(Qt::ISODateWithMs))));
        QCOMPARE(failures.count(), 0);
    }

    void rejectedLastActivityStaysUnknown()
    {
        // Dave's roster does not list Alice, so ejabberd rejects her query (subscription-required)
        // although her roster lists Dave.
        QVERIFY2(m_server.addRosterItems(QStringLiteral("alice"), {{QStringLiteral("dave@localhost"), QStringLiteral("Dave"), {}}}), qPrintable(m_server.lastError()));
        Account account;
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(account.contacts()->indexOf(QStringLiteral("dave@localhost")) >= 0, 5000);
        QSignalSpy failures(account.profiles(), &ProfileService::actionFailed);
        profileLog().clear();

        account.profiles()->requestProfile(QStringLiteral("dave@localhost"));

        QTRY_VERIFY_WITH_TIMEOUT(profileLogContains(QStringLiteral("last activity of dave@localhost unknown: status")), 10000);
        const ProfilesModel *cards = account.profileCards();
        QVERIFY(!profileValue(cards, QStringLiteral("dave@localhost"), ProfilesModel::LastSeenRole).isValid());
        QTRY_VERIFY_WITH_TIMEOUT(!profileValue(cards, QStringLiteral("dave@localhost"), ProfilesModel::LoadingRole).toBool(), 10000);
        QCOMPARE(failures.count(), 0);
    }

    // XEP-0277 on ejabberd's PEP: Alice publishes a post, Bob reads it back, comments and likes
    // it, and each open model receives the other's comment live.
    void microblogPostAndComments()
    {
        Account alice;
        alice.setConnectionSettings(settings());
        QSignalSpy published(alice.microblog(), &MicroblogService::postPublished);
        QSignalSpy failed(alice.microblog(), &MicroblogService::actionFailed);
        QSignalSpy received(alice.comments(), &CommentsService::commentReceived);
        alice.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(alice.state(), Account::State::Online, 10000);
        Account bob;
        bob.setConnectionSettings(settings());
        bob.signIn(QStringLiteral("bob@localhost"), QStringLiteral("bob-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(bob.state(), Account::State::Online, 10000);

        const QString postId = alice.microblog()->publishPost(QStringLiteral("Hello ejabberd"), QStringLiteral("Some *text*"), {}, QStringLiteral("public"));
        QVERIFY(!postId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(published.count() + failed.count(), 1, 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));

        std::optional<PubSubItemsPage> page;
        QObject scope;
        PubSubClient::ItemsQuery query;
        query.itemIds = QStringList{postId};
        bob.pubsub()->requestItems(QStringLiteral("alice@localhost"), MicroblogService::node(), query, &scope, [&page](const PubSubItemsPage &result) {
            page = result;
        });
        QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 20000);
        QVERIFY2(page->result.isOk(), qPrintable(page->result.code()));
        QCOMPARE(page->items.size(), 1);
        const std::optional<MicroblogEntry> entry = MicroblogEntry::fromAtom(page->items.first().payload);
        QVERIFY(entry);
        QCOMPARE(entry->title.value, QStringLiteral("Hello ejabberd"));
        const QString commentsUri = entry->commentsUri();
        QCOMPARE(commentsUri, XmppUri::build(QStringLiteral("alice@localhost"), QString(), {{QStringLiteral("node"), MicroblogService::commentsNode(postId)}}));

        CommentsModel *aliceModel = alice.comments()->open(commentsUri);
        QVERIFY(aliceModel);
        QAbstractItemModelTester aliceTester(aliceModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!aliceModel->isLoading(), 20000);
        QCOMPARE(aliceModel->error(), QString());

        CommentsModel *bobModel = bob.comments()->open(commentsUri);
        QVERIFY(bobModel);
        QAbstractItemModelTester bobTester(bobModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy commented(bob.comments(), &CommentsService::commentPublished);
        QSignalSpy commentFailed(bob.comments(), &CommentsService::actionFailed);
        const QString commentId = bob.comments()->addComment(commentsUri, QStringLiteral("Nice one"));
        bob.comments()->like(commentsUri);
        QTRY_COMPARE_WITH_TIMEOUT(commented.count() + commentFailed.count(), 2, 20000);
        QVERIFY2(commentFailed.isEmpty(), commentFailed.isEmpty() ? "" : qPrintable(commentFailed.first().at(2).toString()));

        QTRY_COMPARE_WITH_TIMEOUT(aliceModel->rowCount(), 1, 20000);
        QCOMPARE(aliceModel->data(aliceModel->index(0), CommentsModel::ItemIdRole).toString(), commentId);
        QCOMPARE(aliceModel->data(aliceModel->index(0), CommentsModel::AuthorJidRole).toString(), QStringLiteral("bob@localhost"));
        QTRY_COMPARE_WITH_TIMEOUT(aliceModel->likeCount(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 2, 20000);
        QCOMPARE(received.first().at(2).toString(), postId);

        // Bob's subscription while his model is open brings Alice's reply at once.
        const QString replyId = alice.comments()->addComment(commentsUri, QStringLiteral("Thanks"));
        QVERIFY(!replyId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(bobModel->indexOf(replyId) >= 0, 20000);
        QCOMPARE(bobModel->data(bobModel->index(bobModel->indexOf(replyId)), CommentsModel::OwnRole).toBool(), false);

        alice.comments()->close(commentsUri);
        bob.comments()->close(commentsUri);
    }

private:
    // Signs in with database as the cache and waits for the roster; returns the recorder of the roster requests, or null.
    RosterRequestRecorder *signInWithCache(Account &account, Database &database, const QString &jid)
    {
        new QAbstractItemModelTester(account.contacts(), QAbstractItemModelTester::FailureReportingMode::QtTest, &account);
        account.setDatabase(&database);
        account.setConnectionSettings(settings());
        auto *recorder = new RosterRequestRecorder(account.client());
        account.signIn(jid, jid.section(QLatin1Char('@'), 0, 0) + QStringLiteral("-secret"));
        RosterManager *roster = account.client()->findExtension<RosterManager>();
        if (!QTest::qWaitFor([&account, roster] { return account.state() == Account::State::Online && roster->isRosterReceived(); }, 10000)) {
            qWarning("%s did not sign in or receive the roster", qPrintable(jid));
            return nullptr;
        }
        return recorder;
    }

    ConnectionSettings settings() const
    {
        ConnectionSettings connection;
        connection.host = m_server.host();
        connection.port = m_server.clientPort();
        connection.extraCaCertificates = m_server.caCertificates();
        connection.reconnectInitialDelayMs = 200;
        connection.reconnectMaxDelayMs = 1000;
        return connection;
    }

    TestEjabberdServer m_server;
};

QTEST_GUILESS_MAIN(EjabberdTest)
#include "EjabberdTest.moc"
