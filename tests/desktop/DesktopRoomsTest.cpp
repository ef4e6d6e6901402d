// The group chat rooms of the desktop window against a throwaway Prosody and its MUC component,
// with a slixmpp peer as the other occupant. The test joins from the public room list, reads the
// occupant list, sends messages both ways and fills in a room's configuration form through the
// QML items, as a user would. Runs under Xvfb (run-under-xvfb.sh).

#include "Account.h"
#include "CommandLine.h"
#include "DesktopApp.h"
#include "RoomInvitationsModel.h"
#include "RoomService.h"
#include "RoomsModel.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "AppLauncher.h"
#include "BookmarksService.h"
#include "RoomDirectory.h"
#include "WindowTestTools.h"

#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const auto Alice = QStringLiteral("alice");
const auto Bob = QStringLiteral("bob");
const auto Room = QStringLiteral("lounge@conference.localhost");

// Joins and messages on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

QJsonObject stanzaCommand(const QString &xml)
{
    return {{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), xml}};
}

TestPeer::EventFilter presenceFrom(const QString &from, int code)
{
    return [from, code](const QJsonObject &event) {
        return event.value(QStringLiteral("from")).toString() == from
            && event.value(QStringLiteral("mucCodes")).toArray().contains(QJsonValue(code));
    };
}

} // namespace

class DesktopRoomsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void joinFromPublicListAndTalk();
    void invitationAcceptJoinsRoom();
    void joinDialogShowsMissingRoom();
    void moderatorKicksOccupant();
    void configuredRoomGetsName();
    void moderatorRemovesMessage();
    void ownerInvitesPromotesAndDestroys();

private:
    // Bob creates Room and makes it public: Prosody 0.12 hides new rooms from the room list.
    void bobCreatesPublicRoom();
    bool launch(QString *error);
    QObject *findInWindow(const QString &objectName) const;
    // Opens the menu of the occupant row \a row, waits for it to settle and clicks its item \a itemName.
    void clickOccupantMenuItem(QQuickItem *row, const QString &itemName);
    // Clicks the occupant row \a row and returns its menu, open unless the clicks failed.
    QObject *openOccupantMenu(QQuickItem *row);
    // Returns the page on top of the window's page stack.
    QObject *currentPage() const;
    // Returns the visible delegate named delegateName under the item named listName whose
    // property has value, or nullptr.
    QQuickItem *rowWith(const QString &listName, const QString &delegateName, const char *property, const QString &value) const;
    void trigger(const QString &actionName);
    // Triggers the action named actionName under root, such as a dialog's footer action.
    void triggerIn(QObject *root, const QString &actionName);
    void saveScreenshot(const QString &fileName) const;

    TestXmppServer m_server;
    QTemporaryDir m_folder;
    std::unique_ptr<TestPeer> m_bob;
    std::unique_ptr<DesktopApp> m_app;
};

void DesktopRoomsTest::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    for (const QString &user : {Alice, Bob}) {
        QVERIFY(m_server.addAccount(user, passwordOf(user)));
    }
    m_bob = std::make_unique<TestPeer>(m_server, Bob, passwordOf(Bob));
    QVERIFY2(m_bob->waitOnline(), qPrintable(m_bob->lastError()));
    bobCreatesPublicRoom();
}

void DesktopRoomsTest::cleanup()
{
    m_app.reset();
}

void DesktopRoomsTest::joinFromPublicListAndTalk()
{
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));

    // The Rooms tab, then Browse Public Rooms, lists the room of the server's MUC service.
    trigger(QStringLiteral("roomsTabAction"));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomsPage"));
    trigger(QStringLiteral("browseRoomsAction"));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("publicRoomsPage"));
    // The page slides in; clicks land where the items are once it is at the left edge.
    QTRY_COMPARE(qobject_cast<QQuickItem *>(currentPage())->mapToScene(QPointF()).x(), 0.0);
    QQuickItem *listed = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((listed = rowWith(QStringLiteral("publicRoomList"), QStringLiteral("publicRoomDelegate"), "jid", Room)) != nullptr, TimeoutMs);
    saveScreenshot(QStringLiteral("desktop-rooms-public.png"));
    clickItem(listed);

    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomPage"));
    QCOMPARE(currentPage()->property("roomJid").toString(), Room);
    QTRY_VERIFY_WITH_TIMEOUT(currentPage()->property("joined").toBool(), TimeoutMs);
    QTRY_COMPARE(qobject_cast<QQuickItem *>(currentPage())->mapToScene(QPointF()).x(), 0.0);

    // Bob's nickname is in the occupant list.
    auto *showOccupants = findInWindow(QStringLiteral("showOccupantsAction"));
    QVERIFY(showOccupants);
    if (!showOccupants->property("checked").toBool()) {
        trigger(QStringLiteral("showOccupantsAction"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(QStringLiteral("occupantList"), QStringLiteral("occupantDelegate"), "nick", Bob) != nullptr, TimeoutMs);
    // Bob owns the room, so Alice is offered no configuration.
    QTRY_COMPARE(currentPage()->property("selfAffiliation").toString(), QStringLiteral("none"));
    QVERIFY(!findInWindow(QStringLiteral("configureRoomAction"))->property("visible").toBool());

    // Alice's message reaches Bob from her occupant JID.
    const QString aliceBody = QStringLiteral("Hello room ") + QString::number(QDateTime::currentMSecsSinceEpoch());
    auto *field = qobject_cast<QQuickItem *>(findObject(currentPage(), QStringLiteral("messageField")));
    QVERIFY(field);
    field->forceActiveFocus();
    QTRY_VERIFY(field->hasActiveFocus());
    typeText(m_app->window(), aliceBody.toLatin1().constData());
    QTest::keyClick(m_app->window(), Qt::Key_Return);
    const QJsonObject received = m_bob->waitForEvent(QStringLiteral("message"), [&aliceBody](const QJsonObject &event) {
        return event.value(QStringLiteral("body")).toString() == aliceBody;
    }, TimeoutMs);
    QCOMPARE(received.value(QStringLiteral("from")).toString(), Room + QStringLiteral("/alice"));
    QCOMPARE(received.value(QStringLiteral("type")).toString(), QStringLiteral("groupchat"));

    // Bob's message shows with his nickname, and one that names Alice is outlined as a mention.
    const QString bobBody = QStringLiteral("alice: welcome ") + QString::number(QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("message")},
                             {QStringLiteral("to"), Room},
                             {QStringLiteral("type"), QStringLiteral("groupchat")},
                             {QStringLiteral("body"), bobBody}}),
             qPrintable(m_bob->lastError()));
    QQuickItem *message = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((message = rowWith(QStringLiteral("messageList"), QStringLiteral("messageDelegate"), "body", bobBody)) != nullptr, TimeoutMs);
    // The occupant list beside the messages leaves them room.
    QVERIFY2(message->width() > m_app->window()->width() / 2, qPrintable(QString::number(message->width())));
    QCOMPARE(textOf(findObject(message, QStringLiteral("messageSender"))), Bob);
    QVERIFY(isShown(findObject(message, QStringLiteral("messageSender"))));
    QVERIFY(message->property("mentionsMe").toBool());
    // The page is in view, so the room stays read.
    const auto unreadCount = [this] {
        const std::optional<RoomEntry> entry = m_app->account()->roomList()->room(Room);
        return entry ? entry->unreadCount : -1;
    };
    QTRY_COMPARE(unreadCount(), 0);
    saveScreenshot(QStringLiteral("desktop-rooms-room.png"));

    // The message search finds the room's messages and opens the room at the one chosen.
    const qint64 bobMessageId = message->property("messageId").toLongLong();
    QTest::keyClick(m_app->window(), Qt::Key_F, Qt::ControlModifier);
    QObject *searchPage = nullptr;
    QTRY_VERIFY((searchPage = findInWindow(QStringLiteral("messageSearchPage"))) != nullptr);
    auto *searchField = qobject_cast<QQuickItem *>(findObject(searchPage, QStringLiteral("messageSearchField")));
    QVERIFY(searchField);
    QTRY_VERIFY(searchField->hasActiveFocus());
    typeText(m_app->window(), "welcome");
    QQuickItem *result = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((result = rowWith(QStringLiteral("searchResultList"), QStringLiteral("searchResultDelegate"), "messageId", QString::number(bobMessageId))) != nullptr,
                             TimeoutMs);
    QCOMPARE(textOf(findObject(result, QStringLiteral("searchResultName"))), m_app->account()->roomList()->displayName(Room));
    QVERIFY2(textOf(findObject(result, QStringLiteral("searchResultBody"))).startsWith(Bob + QStringLiteral(": ")),
             qPrintable(textOf(findObject(result, QStringLiteral("searchResultBody")))));
    QTRY_COMPARE(qobject_cast<QQuickItem *>(searchPage)->mapToScene(QPointF()).x(), 0.0);
    clickItem(result);
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomPage"));
    QCOMPARE(currentPage()->property("roomJid").toString(), Room);
    QTRY_COMPARE_WITH_TIMEOUT(findObject(currentPage(), QStringLiteral("messageList"))->property("highlightedMessageId").toLongLong(), bobMessageId, TimeoutMs);
    QTRY_COMPARE(qobject_cast<QQuickItem *>(currentPage())->mapToScene(QPointF()).x(), 0.0);

    // Leaving closes the room's page and returns to the room list.
    trigger(QStringLiteral("leaveRoomAction"));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomsPage"));
    QTRY_COMPARE(qobject_cast<QQuickItem *>(currentPage())->mapToScene(QPointF()).x(), 0.0);
    saveScreenshot(QStringLiteral("desktop-rooms-list.png"));
    QVERIFY(!m_bob->waitForEvent(QStringLiteral("presence"), [](const QJsonObject &event) {
        return event.value(QStringLiteral("from")).toString() == Room + QStringLiteral("/alice")
            && event.value(QStringLiteral("type")).toString() == QLatin1String("unavailable");
    }, TimeoutMs).isEmpty());
}

void DesktopRoomsTest::invitationAcceptJoinsRoom()
{
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    trigger(QStringLiteral("roomsTabAction"));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomsPage"));

    // A direct invitation (XEP-0249) from Bob shows above the rooms with Accept and Decline.
    QVERIFY(m_bob->command(stanzaCommand(QStringLiteral("<message xmlns='jabber:client' to='%1'><x xmlns='jabber:x:conference' jid='%2' reason='Join us'/></message>")
                                             .arg(m_server.jid(Alice), Room))));
    QQuickItem *invitation = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((invitation = qobject_cast<QQuickItem *>(findObject(currentPage(), QStringLiteral("roomInvitationDelegate")))) != nullptr
                                 && isShown(invitation),
                             TimeoutMs);
    QCOMPARE(invitation->property("roomJid").toString(), Room);
    QCOMPARE(textOf(findObject(invitation, QStringLiteral("invitationText"))), QStringLiteral("%1 invites you to %2: Join us").arg(m_server.jid(Bob), Room));
    QTRY_COMPARE(qobject_cast<QQuickItem *>(currentPage())->mapToScene(QPointF()).x(), 0.0);
    // Reading the bookmarks and finding the group chat service change the page above the
    // invitation, so the click waits for both.
    QTRY_VERIFY_WITH_TIMEOUT(m_app->account()->bookmarks()->protocol() != BookmarksService::Protocol::Unknown, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->account()->roomDirectory()->mucServices().isEmpty(), TimeoutMs);
    auto *accept = qobject_cast<QQuickItem *>(findObject(invitation, QStringLiteral("acceptInvitationButton")));
    QVERIFY(accept);
    clickItem(accept);

    // Accepting joins the room and opens its page.
    QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), QStringLiteral("roomPage"), TimeoutMs);
    QCOMPARE(currentPage()->property("roomJid").toString(), Room);
    QTRY_VERIFY_WITH_TIMEOUT(currentPage()->property("joined").toBool(), TimeoutMs);
    QVERIFY(currentPage()->property("messages").value<QObject *>());
    QCOMPARE(m_app->account()->roomInvitations()->rowCount(), 0);

    // Back on the room list, a mention from Bob shows on the room's row and on the Rooms tab.
    trigger(QStringLiteral("roomsTabAction"));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomsPage"));
    QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("message")},
                             {QStringLiteral("to"), Room},
                             {QStringLiteral("type"), QStringLiteral("groupchat")},
                             {QStringLiteral("body"), QStringLiteral("alice: are you back?")}}),
             qPrintable(m_bob->lastError()));
    QObject *roomsTab = findInWindow(QStringLiteral("roomsTabAction"));
    QTRY_COMPARE_WITH_TIMEOUT(textOf(roomsTab), QStringLiteral("Rooms (@1)"), TimeoutMs);
    QQuickItem *row = nullptr;
    QTRY_VERIFY((row = rowWith(QStringLiteral("roomList"), QStringLiteral("roomDelegate"), "jid", Room)) != nullptr);
    QObject *mentionBadge = findObject(row, QStringLiteral("roomMentionBadge"));
    QTRY_VERIFY(isShown(mentionBadge));
    QCOMPARE(textOf(mentionBadge), QStringLiteral("@1"));
    QCOMPARE(textOf(findObject(row, QStringLiteral("roomUnreadBadge"))), QStringLiteral("1"));

    // Opening the room reads it.
    QTRY_COMPARE(qobject_cast<QQuickItem *>(currentPage())->mapToScene(QPointF()).x(), 0.0);
    QTRY_COMPARE(qobject_cast<QQuickItem *>(currentPage())->width(), qreal(m_app->window()->width()));
    saveScreenshot(QStringLiteral("desktop-rooms-badges.png"));
    clickItem(row);
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomPage"));
    QTRY_COMPARE(textOf(roomsTab), QStringLiteral("Rooms"));
}

void DesktopRoomsTest::joinDialogShowsMissingRoom()
{
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    trigger(QStringLiteral("roomsTabAction"));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomsPage"));
    // A bare room name gets the server's MUC service appended once it is known.
    QTRY_COMPARE_WITH_TIMEOUT(currentPage()->property("mucService").toString(), QStringLiteral("conference.localhost"), TimeoutMs);

    trigger(QStringLiteral("joinRoomAction"));
    QObject *dialog = findObject(currentPage(), QStringLiteral("roomFormDialog"));
    QTRY_VERIFY(isOpen(dialog));
    auto *address = qobject_cast<QQuickItem *>(findObject(dialog, QStringLiteral("roomAddressField")));
    QVERIFY(address);
    QTRY_VERIFY(address->hasActiveFocus());
    typeText(m_app->window(), "nosuchroom");
    QTest::keyClick(m_app->window(), Qt::Key_Return);

    // Prosody would create the room on a join, but the client requests its disco#info first and stops there.
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomPage"));
    QCOMPARE(currentPage()->property("roomJid").toString(), QStringLiteral("nosuchroom@conference.localhost"));
    QObject *stateMessage = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((stateMessage = findObject(currentPage(), QStringLiteral("roomStateMessage"))) != nullptr && isShown(stateMessage), TimeoutMs);
    QCOMPARE(textOf(stateMessage), QStringLiteral("This room does not exist."));
    QVERIFY(!currentPage()->property("joined").toBool());
}

void DesktopRoomsTest::moderatorKicksOccupant()
{
    const QString council = QStringLiteral("council@conference.localhost");
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    trigger(QStringLiteral("roomsTabAction"));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomsPage"));

    // Alice creates the room, which makes her its owner and a moderator.
    trigger(QStringLiteral("createRoomAction"));
    QObject *dialog = findObject(currentPage(), QStringLiteral("roomFormDialog"));
    QTRY_VERIFY(isOpen(dialog));
    QTRY_VERIFY(qobject_cast<QQuickItem *>(findObject(dialog, QStringLiteral("roomAddressField")))->hasActiveFocus());
    typeText(m_app->window(), council.toLatin1().constData());
    QTest::keyClick(m_app->window(), Qt::Key_Return);
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomPage"));
    QTRY_VERIFY_WITH_TIMEOUT(currentPage()->property("joined").toBool(), TimeoutMs);
    QTRY_COMPARE(qobject_cast<QQuickItem *>(currentPage())->mapToScene(QPointF()).x(), 0.0);

    QVERIFY(m_bob->command(stanzaCommand(
        QStringLiteral("<presence xmlns='jabber:client' to='%1/bob'><x xmlns='http://jabber.org/protocol/muc'/></presence>").arg(council))));
    QVERIFY(!m_bob->waitForEvent(QStringLiteral("presence"), presenceFrom(council + QStringLiteral("/bob"), 110), TimeoutMs).isEmpty());

    if (!findInWindow(QStringLiteral("showOccupantsAction"))->property("checked").toBool()) {
        trigger(QStringLiteral("showOccupantsAction"));
    }
    QObject *panel = findObject(currentPage(), QStringLiteral("occupantsPanel"));
    QVERIFY(panel);
    QTRY_COMPARE_WITH_TIMEOUT(panel->property("selfRole").toString(), QStringLiteral("moderator"), TimeoutMs);
    QQuickItem *bobRow = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((bobRow = rowWith(QStringLiteral("occupantList"), QStringLiteral("occupantDelegate"), "nick", Bob)) != nullptr, TimeoutMs);

    // A click on Bob's row offers Kick, which requests a reason first.
    QObject *menu = openOccupantMenu(bobRow);
    QVERIFY(isOpen(menu));
    // The menu grows in; clicks land on its items once it is done.
    QTRY_VERIFY(qFuzzyCompare(menu->property("opacity").toReal(), 1.0) && qFuzzyCompare(menu->property("scale").toReal(), 1.0));
    auto *kick = qobject_cast<QQuickItem *>(findObject(menu, QStringLiteral("kickOccupantItem")));
    QVERIFY(kick);
    clickItem(kick);
    QObject *reasonDialog = findInWindow(QStringLiteral("occupantReasonDialog"));
    QVERIFY(reasonDialog);
    QTRY_VERIFY(isOpen(reasonDialog));
    typeText(m_app->window(), "Off topic");
    QTest::keyClick(m_app->window(), Qt::Key_Return);

    // Status code 307 marks the removal of a kicked occupant (XEP-0045, section 9.1).
    QVERIFY(!m_bob->waitForEvent(QStringLiteral("presence"), presenceFrom(council + QStringLiteral("/bob"), 307), TimeoutMs).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(QStringLiteral("occupantList"), QStringLiteral("occupantDelegate"), "nick", Bob) == nullptr, TimeoutMs);
}

void DesktopRoomsTest::configuredRoomGetsName()
{
    const QString club = QStringLiteral("club@conference.localhost");
    const QString nameField = QStringLiteral("roomConfigurationText_muc#roomconfig_roomname");
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    trigger(QStringLiteral("roomsTabAction"));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomsPage"));
    QObject *roomsPage = currentPage();

    // Create Room with "Configure before opening" checked opens the new room's form.
    trigger(QStringLiteral("createRoomAction"));
    QObject *dialog = findObject(roomsPage, QStringLiteral("roomFormDialog"));
    QTRY_VERIFY(isOpen(dialog));
    QTRY_VERIFY(qobject_cast<QQuickItem *>(findObject(dialog, QStringLiteral("roomAddressField")))->hasActiveFocus());
    typeText(m_app->window(), club.toLatin1().constData());
    auto *configureCheck = qobject_cast<QQuickItem *>(findObject(dialog, QStringLiteral("roomConfigureCheck")));
    QVERIFY(configureCheck);
    QTRY_VERIFY(isShown(configureCheck));
    clickItem(configureCheck);
    QTRY_VERIFY(configureCheck->property("checked").toBool());
    triggerIn(dialog, QStringLiteral("roomFormConfirmAction"));

    QObject *configuration = findObject(roomsPage, QStringLiteral("roomConfigurationDialog"));
    QVERIFY(configuration);
    QTRY_VERIFY_WITH_TIMEOUT(isOpen(configuration), TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(configuration->property("status").toString(), QStringLiteral("ready"), TimeoutMs);
    QVERIFY(m_app->account()->rooms()->isAwaitingConfiguration(club));
    // The form's switches and password field come from the room's form.
    QVERIFY(findObject(configuration, QStringLiteral("roomConfigurationSwitch_muc#roomconfig_publicroom")));
    QVERIFY(findObject(configuration, QStringLiteral("roomConfigurationText_muc#roomconfig_roomsecret")));
    auto *name = qobject_cast<QQuickItem *>(findObject(configuration, nameField));
    QVERIFY(name);
    QTRY_VERIFY(isShown(name));
    name->forceActiveFocus();
    QTRY_VERIFY(name->hasActiveFocus());
    typeText(m_app->window(), "Club house");
    QTRY_COMPARE(name->property("text").toString(), QStringLiteral("Club house"));
    saveScreenshot(QStringLiteral("desktop-rooms-configuration.png"));
    triggerIn(configuration, QStringLiteral("roomConfigurationSaveAction"));
    QTRY_VERIFY_WITH_TIMEOUT(!isOpen(configuration), TimeoutMs);
    QVERIFY(!m_app->account()->rooms()->isAwaitingConfiguration(club));

    // The room's page offers Configure Room, whose form shows the saved name from the server.
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomPage"));
    QCOMPARE(currentPage()->property("roomJid").toString(), club);
    QTRY_VERIFY_WITH_TIMEOUT(currentPage()->property("joined").toBool(), TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage()->property("selfAffiliation").toString(), QStringLiteral("owner"), TimeoutMs);
    QVERIFY(findInWindow(QStringLiteral("configureRoomAction"))->property("visible").toBool());
    trigger(QStringLiteral("configureRoomAction"));
    QObject *again = findObject(currentPage(), QStringLiteral("roomConfigurationDialog"));
    QVERIFY(again);
    QTRY_VERIFY(isOpen(again));
    QTRY_COMPARE_WITH_TIMEOUT(again->property("status").toString(), QStringLiteral("ready"), TimeoutMs);
    QObject *savedName = nullptr;
    QTRY_VERIFY((savedName = findObject(again, nameField)) != nullptr);
    QCOMPARE(savedName->property("text").toString(), QStringLiteral("Club house"));
    triggerIn(again, QStringLiteral("roomConfigurationCancelAction"));
    QTRY_VERIFY(!isOpen(again));
    QCOMPARE(m_app->account()->roomList()->room(club)->state, RoomEntry::State::Joined);
}

void DesktopRoomsTest::moderatorRemovesMessage()
{
    const QString bazaar = QStringLiteral("bazaar@conference.localhost");
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    trigger(QStringLiteral("roomsTabAction"));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomsPage"));

    // Alice creates the room, which makes her its owner and a moderator.
    trigger(QStringLiteral("createRoomAction"));
    QObject *dialog = findObject(currentPage(), QStringLiteral("roomFormDialog"));
    QTRY_VERIFY(isOpen(dialog));
    QTRY_VERIFY(qobject_cast<QQuickItem *>(findObject(dialog, QStringLiteral("roomAddressField")))->hasActiveFocus());
    typeText(m_app->window(), bazaar.toLatin1().constData());
    QTest::keyClick(m_app->window(), Qt::Key_Return);
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomPage"));
    QTRY_VERIFY_WITH_TIMEOUT(currentPage()->property("joined").toBool(), TimeoutMs);
    QTRY_COMPARE(qobject_cast<QQuickItem *>(currentPage())->mapToScene(QPointF()).x(), 0.0);

    QVERIFY(m_bob->command(stanzaCommand(
        QStringLiteral("<presence xmlns='jabber:client' to='%1/bob'><x xmlns='http://jabber.org/protocol/muc'/></presence>").arg(bazaar))));
    QVERIFY(!m_bob->waitForEvent(QStringLiteral("presence"), presenceFrom(bazaar + QStringLiteral("/bob"), 110), TimeoutMs).isEmpty());
    const QString spam = QStringLiteral("Cheap watches, visit now");
    QVERIFY(m_bob->command(stanzaCommand(
        QStringLiteral("<message xmlns='jabber:client' type='groupchat' to='%1' id='bob-spam'><body>%2</body></message>").arg(bazaar, spam))));
    const QString stanzaId = m_bob->waitForEvent(QStringLiteral("message"), [&spam](const QJsonObject &event) {
                                      return event.value(QStringLiteral("body")).toString() == spam;
                                  }, TimeoutMs).value(QStringLiteral("stanzaId")).toString();
    QVERIFY(!stanzaId.isEmpty());
    QQuickItem *message = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((message = rowWith(QStringLiteral("messageList"), QStringLiteral("messageDelegate"), "body", spam)) != nullptr, TimeoutMs);
    const QString messageId = message->property("messageId").toString();

    // The button that shows while the pointer is over the message opens its actions. They offer
    // a moderator Remove Message, which requests a reason first.
    auto *bubble = qobject_cast<QQuickItem *>(findObject(message, QStringLiteral("messageBubble")));
    QVERIFY(bubble);
    QTest::mouseMove(m_app->window(), message->mapToScene(QPointF(message->width() - 10, message->height() / 2)).toPoint());
    hoverItem(bubble);
    auto *actionsButton = qobject_cast<QQuickItem *>(findObject(message, QStringLiteral("messageActionsButton")));
    QVERIFY(actionsButton);
    QTRY_VERIFY(actionsButton->isVisible());
    clickItem(actionsButton);
    QObject *menu = findInWindow(QStringLiteral("messageActionsMenu"));
    QTRY_VERIFY(isOpen(menu));
    QTRY_VERIFY(qFuzzyCompare(menu->property("opacity").toReal(), 1.0) && qFuzzyCompare(menu->property("scale").toReal(), 1.0));
    QVERIFY2(!isShown(findInWindow(QStringLiteral("deleteMenuItem"))), "Bob's message offers Delete for Everyone");
    auto *remove = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("removeMenuItem")));
    QVERIFY(remove);
    QVERIFY(isShown(remove));
    clickItem(remove);
    QObject *reasonDialog = findInWindow(QStringLiteral("removeMessageDialog"));
    QVERIFY(reasonDialog);
    QTRY_VERIFY(isOpen(reasonDialog));
    typeText(m_app->window(), "Spam");
    QTest::keyClick(m_app->window(), Qt::Key_Return);

    // The room announces the removal to every occupant; the message shows the moderator's reason.
    const QJsonObject announced = m_bob->waitForEvent(QStringLiteral("message"), [&stanzaId](const QJsonObject &event) {
        return event.value(QStringLiteral("moderatedId")).toString() == stanzaId;
    }, TimeoutMs);
    QVERIFY(!announced.isEmpty());
    QCOMPARE(announced.value(QStringLiteral("moderationReason")).toString(), QStringLiteral("Spam"));
    QTRY_VERIFY_WITH_TIMEOUT((message = rowWith(QStringLiteral("messageList"), QStringLiteral("messageDelegate"), "messageId", messageId)) != nullptr
                                 && message->property("moderated").toBool(),
                             TimeoutMs);
    QCOMPARE(textOf(findObject(message, QStringLiteral("messageBody"))), QStringLiteral("Removed by a moderator: Spam"));
    QTRY_VERIFY(!isOpen(reasonDialog));
    saveScreenshot(QStringLiteral("desktop-room-message-removed.png"));
}

void DesktopRoomsTest::ownerInvitesPromotesAndDestroys()
{
    const QString board = QStringLiteral("board@conference.localhost");
    const auto bobInRoom = [board](const char *key, const QString &value) -> TestPeer::EventFilter {
        return [board, key, value](const QJsonObject &event) {
            return event.value(QStringLiteral("from")).toString() == board + QStringLiteral("/bob") && event.value(QLatin1String(key)).toString() == value;
        };
    };
    // Bob and Carol are Alice's contacts, which the invite dialog lists.
    QVERIFY(m_server.setRoster(Alice, {{m_server.jid(Bob), QStringLiteral("Bob"), {}}, {QStringLiteral("carol@localhost"), QStringLiteral("Carol"), {}}}));
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    trigger(QStringLiteral("roomsTabAction"));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomsPage"));

    // Alice creates the room, which makes her its owner.
    trigger(QStringLiteral("createRoomAction"));
    QObject *createDialog = findObject(currentPage(), QStringLiteral("roomFormDialog"));
    QTRY_VERIFY(isOpen(createDialog));
    QTRY_VERIFY(qobject_cast<QQuickItem *>(findObject(createDialog, QStringLiteral("roomAddressField")))->hasActiveFocus());
    typeText(m_app->window(), board.toLatin1().constData());
    QTest::keyClick(m_app->window(), Qt::Key_Return);
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomPage"));
    QTRY_VERIFY_WITH_TIMEOUT(currentPage()->property("joined").toBool(), TimeoutMs);
    QTRY_COMPARE(qobject_cast<QQuickItem *>(currentPage())->mapToScene(QPointF()).x(), 0.0);

    // Invite…: typing filters the contacts, a click on one fills in its address, and the reason
    // confirmed with Return sends Bob a direct invitation.
    trigger(QStringLiteral("inviteAction"));
    QObject *inviteDialog = findInWindow(QStringLiteral("inviteDialog"));
    QVERIFY(inviteDialog);
    QTRY_VERIFY(isOpen(inviteDialog));
    QTRY_VERIFY(qobject_cast<QQuickItem *>(findObject(inviteDialog, QStringLiteral("inviteAddressField")))->hasActiveFocus());
    auto *contactList = qobject_cast<QQuickItem *>(findObject(inviteDialog, QStringLiteral("inviteContactList")));
    QVERIFY(contactList);
    QTRY_COMPARE_WITH_TIMEOUT(visibleItemsNamed(contactList, QStringLiteral("inviteContactDelegate")).size(), 2, TimeoutMs);
    typeText(m_app->window(), "bo");
    QTRY_COMPARE(visibleItemsNamed(contactList, QStringLiteral("inviteContactDelegate")).size(), 1);
    QQuickItem *bobContact = visibleItemsNamed(contactList, QStringLiteral("inviteContactDelegate")).constFirst();
    QCOMPARE(bobContact->property("jid").toString(), m_server.jid(Bob));
    // The dialog opens with a transition; the click waits until it is done.
    QTRY_VERIFY(qFuzzyCompare(inviteDialog->property("opacity").toReal(), 1.0));
    clickItem(bobContact);
    QCOMPARE(textOf(findObject(inviteDialog, QStringLiteral("inviteAddressField"))), m_server.jid(Bob));
    QTRY_VERIFY(qobject_cast<QQuickItem *>(findObject(inviteDialog, QStringLiteral("inviteReasonField")))->hasActiveFocus());
    typeText(m_app->window(), "Board meeting");
    QTest::keyClick(m_app->window(), Qt::Key_Return);
    const QJsonObject invitation = m_bob->waitForEvent(QStringLiteral("message"), [board](const QJsonObject &event) {
        return event.value(QStringLiteral("inviteRoom")).toString() == board;
    }, TimeoutMs);
    QCOMPARE(invitation.value(QStringLiteral("inviteReason")).toString(), QStringLiteral("Board meeting"));
    QTRY_VERIFY_WITH_TIMEOUT(isShown(findObject(currentPage(), QStringLiteral("roomNotice"))), TimeoutMs);
    QTRY_VERIFY(!isOpen(inviteDialog));

    QVERIFY(m_bob->command(stanzaCommand(
        QStringLiteral("<presence xmlns='jabber:client' to='%1/bob'><x xmlns='http://jabber.org/protocol/muc'/></presence>").arg(board))));
    QVERIFY(!m_bob->waitForEvent(QStringLiteral("presence"), presenceFrom(board + QStringLiteral("/bob"), 110), TimeoutMs).isEmpty());
    if (!findInWindow(QStringLiteral("showOccupantsAction"))->property("checked").toBool()) {
        trigger(QStringLiteral("showOccupantsAction"));
    }
    QObject *panel = findObject(currentPage(), QStringLiteral("occupantsPanel"));
    QVERIFY(panel);
    QTRY_COMPARE_WITH_TIMEOUT(panel->property("selfAffiliation").toString(), QStringLiteral("owner"), TimeoutMs);

    // Revoke Voice makes Bob a visitor. A change of role or affiliation may move Bob's row, which
    // gets a new delegate, so the row is looked up each time.
    const auto bobsRole = [this](const char *property) {
        QQuickItem *row = rowWith(QStringLiteral("occupantList"), QStringLiteral("occupantDelegate"), "nick", Bob);
        return row ? row->property(property).toString() : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(bobsRole("realJid"), m_server.jid(Bob), TimeoutMs);
    clickOccupantMenuItem(rowWith(QStringLiteral("occupantList"), QStringLiteral("occupantDelegate"), "nick", Bob), QStringLiteral("revokeVoiceItem"));
    QVERIFY(!m_bob->waitForEvent(QStringLiteral("presence"), bobInRoom("mucRole", QStringLiteral("visitor")), TimeoutMs).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(bobsRole("role"), QStringLiteral("visitor"), TimeoutMs);

    // Make Admin needs a confirmation first.
    clickOccupantMenuItem(rowWith(QStringLiteral("occupantList"), QStringLiteral("occupantDelegate"), "nick", Bob), QStringLiteral("makeAdminItem"));
    QObject *confirm = findInWindow(QStringLiteral("affiliationConfirmDialog"));
    QVERIFY(confirm);
    QTRY_VERIFY(isOpen(confirm));
    trigger(QStringLiteral("affiliationConfirmAction"));
    QVERIFY(!m_bob->waitForEvent(QStringLiteral("presence"), bobInRoom("mucAffiliation", QStringLiteral("admin")), TimeoutMs).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(bobsRole("affiliation"), QStringLiteral("admin"), TimeoutMs);
    saveScreenshot(QStringLiteral("desktop-rooms-owner.png"));

    // Destroy Room… with a reason removes Bob and closes the page, and the room's row goes away.
    trigger(QStringLiteral("destroyRoomAction"));
    QObject *destroyDialog = findInWindow(QStringLiteral("destroyRoomDialog"));
    QVERIFY(destroyDialog);
    QTRY_VERIFY(isOpen(destroyDialog));
    QTRY_VERIFY(qobject_cast<QQuickItem *>(findObject(destroyDialog, QStringLiteral("destroyReasonField")))->hasActiveFocus());
    typeText(m_app->window(), "Done here");
    QTest::keyClick(m_app->window(), Qt::Key_Return);
    QTest::keyClick(m_app->window(), Qt::Key_Return);
    QVERIFY(!m_bob->waitForEvent(QStringLiteral("presence"), bobInRoom("type", QStringLiteral("unavailable")), TimeoutMs).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), QStringLiteral("roomsPage"), TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->account()->roomList()->room(board).has_value(), TimeoutMs);
}

void DesktopRoomsTest::bobCreatesPublicRoom()
{
    QVERIFY(m_bob->command(stanzaCommand(
        QStringLiteral("<presence xmlns='jabber:client' to='%1/bob'><x xmlns='http://jabber.org/protocol/muc'/></presence>").arg(Room))));
    // Status code 110 marks the presence that the room sends for Bob's own join.
    QVERIFY(!m_bob->waitForEvent(QStringLiteral("presence"), presenceFrom(Room + QStringLiteral("/bob"), 110), TimeoutMs).isEmpty());

    const QString form = QStringLiteral(
        "<x xmlns='jabber:x:data' type='submit'>"
        "<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"
        "<field var='muc#roomconfig_roomname'><value>Lounge</value></field>"
        "<field var='muc#roomconfig_publicroom'><value>1</value></field>"
        "</x>");
    QVERIFY(m_bob->command({{QStringLiteral("command"), QStringLiteral("iqSet")},
                            {QStringLiteral("to"), Room},
                            {QStringLiteral("xml"), QStringLiteral("<query xmlns='http://jabber.org/protocol/muc#owner'>%1</query>").arg(form)}}));
    const QJsonObject response = m_bob->waitForEvent(QStringLiteral("iqResponse"), {}, TimeoutMs);
    QCOMPARE(response.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
}

void DesktopRoomsTest::clickOccupantMenuItem(QQuickItem *row, const QString &itemName)
{
    QVERIFY(row);
    // Messages above the list slide in and move the row, so the click waits until it stays put
    // between two polls of QTRY_VERIFY.
    QPointF lastPosition(-1, -1);
    const auto settled = [row, &lastPosition] {
        const QPointF position = row->mapToScene(QPointF());
        const bool same = position == lastPosition;
        lastPosition = position;
        return same;
    };
    QTRY_VERIFY(settled());
    QObject *menu = openOccupantMenu(row);
    QVERIFY(isOpen(menu));
    // The menu grows in; clicks land on its items once it is done.
    QTRY_VERIFY(qFuzzyCompare(menu->property("opacity").toReal(), 1.0) && qFuzzyCompare(menu->property("scale").toReal(), 1.0));
    auto *item = qobject_cast<QQuickItem *>(findObject(menu, itemName));
    QVERIFY2(item, qPrintable(itemName));
    QVERIFY2(item->isVisible(), qPrintable(itemName));
    clickItem(item);
    QTRY_VERIFY(!isOpen(menu));
}

QObject *DesktopRoomsTest::openOccupantMenu(QQuickItem *row)
{
    QObject *menu = findObject(row, QStringLiteral("occupantMenu"));
    if (!menu) {
        return nullptr;
    }
    // On a loaded machine the first click sometimes opens no menu. The cause is not known; a popup
    // that is still closing may take the press. One more click follows then.
    clickItem(row);
    if (QTest::qWaitFor([menu] { return isOpen(menu); }, 3000)) {
        return menu;
    }
    clickItem(row);
    if (!QTest::qWaitFor([menu] { return isOpen(menu); }, TimeoutMs)) {
        qWarning() << "the occupant menu did not open after two clicks";
    }
    return menu;
}

bool DesktopRoomsTest::launch(QString *error)
{
    m_app = launchSignedIn(m_server, m_server.jid(Alice), passwordOf(Alice), m_folder.filePath(QStringLiteral("cache.sqlite")), TimeoutMs, error);
    return m_app != nullptr;
}

QObject *DesktopRoomsTest::findInWindow(const QString &objectName) const
{
    return findObject(m_app->window(), objectName);
}

QObject *DesktopRoomsTest::currentPage() const
{
    auto *pageStack = m_app->window()->property("pageStack").value<QObject *>();
    auto *page = pageStack ? pageStack->property("currentItem").value<QObject *>() : nullptr;
    // An empty object keeps QTRY_COMPARE on objectName() from dereferencing null.
    static QObject none;
    return page ? page : &none;
}

QQuickItem *DesktopRoomsTest::rowWith(const QString &listName, const QString &delegateName, const char *property, const QString &value) const
{
    auto *list = qobject_cast<QQuickItem *>(findObject(currentPage(), listName));
    if (!list) {
        return nullptr;
    }
    const QList<QQuickItem *> delegates = visibleItemsNamed(list, delegateName);
    for (QQuickItem *delegate : delegates) {
        if (delegate->property(property).toString() == value) {
            return delegate;
        }
    }
    return nullptr;
}

void DesktopRoomsTest::trigger(const QString &actionName)
{
    QObject *action = findInWindow(actionName);
    QVERIFY2(action, qPrintable(actionName));
    QVERIFY(QMetaObject::invokeMethod(action, "trigger"));
}

void DesktopRoomsTest::triggerIn(QObject *root, const QString &actionName)
{
    QObject *action = findObject(root, actionName);
    QVERIFY2(action, qPrintable(actionName));
    QVERIFY(QMetaObject::invokeMethod(action, "trigger"));
}

void DesktopRoomsTest::saveScreenshot(const QString &fileName) const
{
    const QImage screenshot = m_app->window()->grabWindow();
    QVERIFY(!screenshot.isNull());
    const QString path = QDir(QStringLiteral(SALON_DESKTOP_TEST_OUTPUT_DIR)).filePath(fileName);
    QVERIFY2(screenshot.save(path, "PNG"), qPrintable(path));
}

QTEST_MAIN(DesktopRoomsTest)
#include "DesktopRoomsTest.moc"
