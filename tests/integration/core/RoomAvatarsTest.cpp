#include "Account.h"
#include "AvatarService.h"
#include "OccupantsModel.h"
#include "RoomService.h"
#include "RoomsModel.h"
#include "TestAvatars.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestRooms.h"
#include "TestXmppServer.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");

// Joins and requests on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;

QString sha1(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
}

QString roomAvatar(const Account *account, const QString &room)
{
    const RoomsModel *rooms = account->roomList();
    for (int row = 0; row < rooms->rowCount(); ++row) {
        const QModelIndex index = rooms->index(row);
        if (index.data(RoomsModel::JidRole).toString() == room) {
            return index.data(RoomsModel::AvatarHashRole).toString();
        }
    }
    return QString();
}

QString occupantAvatar(const OccupantsModel *occupants, const QString &nick)
{
    for (int row = 0; row < occupants->rowCount(); ++row) {
        const QModelIndex index = occupants->index(row);
        if (index.data(OccupantsModel::NickRole).toString() == nick) {
            return index.data(OccupantsModel::AvatarHashRole).toString();
        }
    }
    return QString();
}

} // namespace

// Avatars of rooms (vCard-temp of the room, Prosody's mod_vcard_muc) and of occupants (XEP-0153
// hashes in their room presence), against Prosody's MUC and a slixmpp peer.
class RoomAvatarsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = chatServerStarted(m_server, {QStringLiteral("bob")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_bob = std::make_unique<TestPeer>(m_server, QStringLiteral("bob"), chatTestPassword(QStringLiteral("bob")));
        QVERIFY2(m_bob->waitOnline(), qPrintable(m_bob->lastError()));
        QVERIFY(m_folder.isValid());
    }

    void cleanupTestCase()
    {
        m_bob.reset();
    }

    void roomAndOccupantAvatarsShownAndCached()
    {
        const QString room = QStringLiteral("gallery@conference.localhost");
        QVERIFY2(joinRoom(*m_bob, room, QStringLiteral("bob"), TimeoutMs).isEmpty(), "bob did not create the room");
        QVERIFY2(configureRoom(*m_bob, room, {{QStringLiteral("muc#roomconfig_persistentroom"), QStringLiteral("1")}}, TimeoutMs).isEmpty(),
                 "bob did not configure the room");
        const QByteArray roomPhoto = pngImage(Qt::darkCyan);
        QVERIFY(setVCardPhoto(m_bob.get(), room, roomPhoto, TimeoutMs));
        const QByteArray bobPhoto = pngImage(Qt::darkMagenta);
        QVERIFY(setVCardPhoto(m_bob.get(), BobJid, bobPhoto, TimeoutMs));
        // Bob announces his photo in the room (XEP-0153); the room passes vCard requests on to his account.
        QVERIFY(m_bob->command({{QStringLiteral("command"), QStringLiteral("stanza")},
                                {QStringLiteral("xml"),
                                 QStringLiteral("<presence xmlns='jabber:client' to='%1/bob'><x xmlns='vcard-temp:x:update'><photo>%2</photo></x></presence>")
                                     .arg(room, sha1(bobPhoto))}}));

        Database database(QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("alice.sqlite")));
        database.open();
        {
            auto alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), QStringLiteral("desk"), &database, TimeoutMs);
            QVERIFY(alice);
            QAbstractItemModelTester roomsTester(alice->roomList(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            alice->rooms()->join(room, QStringLiteral("alice"));
            QTRY_COMPARE_WITH_TIMEOUT(roomAvatar(alice.get(), room), sha1(roomPhoto), TimeoutMs);

            OccupantsModel *occupants = alice->rooms()->occupants(room);
            QVERIFY(occupants);
            QAbstractItemModelTester occupantsTester(occupants, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QTRY_COMPARE_WITH_TIMEOUT(occupantAvatar(occupants, QStringLiteral("bob")), sha1(bobPhoto), TimeoutMs);
            QVERIFY(occupantAvatar(occupants, QStringLiteral("alice")).isEmpty());

            // A new photo shows once its image is cached; a presence without photo removes it.
            const QByteArray newPhoto = pngImage(Qt::darkYellow);
            QVERIFY(setVCardPhoto(m_bob.get(), BobJid, newPhoto, TimeoutMs));
            QVERIFY(m_bob->command({{QStringLiteral("command"), QStringLiteral("stanza")},
                                    {QStringLiteral("xml"),
                                     QStringLiteral("<presence xmlns='jabber:client' to='%1/bob'><x xmlns='vcard-temp:x:update'><photo>%2</photo></x></presence>")
                                         .arg(room, sha1(newPhoto))}}));
            QTRY_COMPARE_WITH_TIMEOUT(occupantAvatar(occupants, QStringLiteral("bob")), sha1(newPhoto), TimeoutMs);
            QVERIFY(m_bob->command({{QStringLiteral("command"), QStringLiteral("stanza")},
                                    {QStringLiteral("xml"),
                                     QStringLiteral("<presence xmlns='jabber:client' to='%1/bob'><x xmlns='vcard-temp:x:update'><photo/></x></presence>").arg(room)}}));
            QTRY_VERIFY_WITH_TIMEOUT(occupantAvatar(occupants, QStringLiteral("bob")).isEmpty(), TimeoutMs);

            // A photo hash that is no SHA-1, and one whose vCard has another photo, show nothing.
            QVERIFY(m_bob->command({{QStringLiteral("command"), QStringLiteral("stanza")},
                                    {QStringLiteral("xml"),
                                     QStringLiteral("<presence xmlns='jabber:client' to='%1/bob'><x xmlns='vcard-temp:x:update'><photo>not-a-hash</photo></x></presence>")
                                         .arg(room)}}));
            const QString wrongHash = sha1("another image");
            QSignalSpy failed(alice->avatars(), &AvatarService::imageFetchFailed);
            QVERIFY(m_bob->command({{QStringLiteral("command"), QStringLiteral("stanza")},
                                    {QStringLiteral("xml"),
                                     QStringLiteral("<presence xmlns='jabber:client' to='%1/bob'><x xmlns='vcard-temp:x:update'><photo>%2</photo><status>x</status></x><status>wrong hash</status></presence>")
                                         .arg(room, wrongHash)}}));
            QTRY_COMPARE_WITH_TIMEOUT(occupants->occupant(QStringLiteral("bob"))->statusText, QStringLiteral("wrong hash"), TimeoutMs);
            // The vCard's photo has another hash, so the fetch for the announced one fails.
            QTRY_VERIFY_WITH_TIMEOUT(std::any_of(failed.cbegin(), failed.cend(), [&wrongHash](const QList<QVariant> &arguments) {
                                         return arguments.at(0).toString() == wrongHash;
                                     }),
                                     TimeoutMs);
            QVERIFY(occupantAvatar(occupants, QStringLiteral("bob")).isEmpty());
        }

        // The room's avatar is remembered: after a restart it shows with the server stopped.
        m_bob.reset();
        m_server.stop();
        Account offline;
        QAbstractItemModelTester roomsTester(offline.roomList(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        offline.setDatabase(&database);
        offline.setConnectionSettings(testConnectionSettings(m_server));
        offline.signIn(AliceJid, chatTestPassword(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(offline.avatars()->avatarHash(room), sha1(roomPhoto), TimeoutMs);
        // The model keeps the avatar of a room that has no row yet, as when the bookmarks arrive later.
        RoomEntry entry;
        entry.jid = room;
        offline.roomList()->setRoom(entry);
        QCOMPARE(roomAvatar(&offline, room), sha1(roomPhoto));
        offline.signOut();
    }

private:
    TestXmppServer m_server;
    std::unique_ptr<TestPeer> m_bob;
    QTemporaryDir m_folder;
};

QTEST_GUILESS_MAIN(RoomAvatarsTest)
#include "RoomAvatarsTest.moc"
