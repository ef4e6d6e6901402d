// The desktop window against a throwaway Prosody, driven through the same
// command line code path as the salon executable and inspected through the
// QML object tree. Runs under Xvfb (run-under-xvfb.sh).

#include "Account.h"
#include "AvatarPublisher.h"
#include "AvatarService.h"
#include "BlockedModel.h"
#include "BlockingService.h"
#include "ChatService.h"
#include "CommandLine.h"
#include "ContactsModel.h"
#include "ConversationsModel.h"
#include "DesktopApp.h"
#include "MessageNotifier.h"
#include "NotificationBridge.h"
#include "ProfileService.h"
#include "ProfilesModel.h"
#include "RosterManager.h"
#include "RosterService.h"
#include "SubscriptionRequestsModel.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "WindowTestTools.h"

#include <QBuffer>
#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QXmppClient.h>

#include <memory>

namespace {

const auto Alice = QStringLiteral("alice");
const auto AlicePassword = QStringLiteral("alice-secret");
const auto Bob = QStringLiteral("bob");
const auto BobPassword = QStringLiteral("bob-secret");
const auto BobStatus = QStringLiteral("At the office");
// In Alice's roster, offline in every test but the ones that check when he was last seen and his unread message.
const auto Dave = QStringLiteral("dave");
// An account with an empty roster.
const auto Frank = QStringLiteral("frank");
const auto FrankPassword = QStringLiteral("frank-secret");
// Accounts with empty rosters for the contact management tests: Heidi gets a request from Ivan,
// Kate adds Leo.
const auto Heidi = QStringLiteral("heidi");
const auto Ivan = QStringLiteral("ivan");
const auto Kate = QStringLiteral("kate");
const auto Leo = QStringLiteral("leo");
// Mia has Nina in the group Friends and Olga in the group Work; the group editing test moves Nina.
const auto Mia = QStringLiteral("mia");

// Signing in to the local Prosody took well under a second in these tests. The bound leaves room for a loaded machine.
constexpr int SignInTimeoutMs = 15000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

// Whether the Kirigami.Avatar avatar shows the image with the SHA-1 hash, loaded by the image provider.
bool showsAvatarImage(QObject *avatar, const QString &hash)
{
    auto *image = findImage(qobject_cast<QQuickItem *>(avatar));
    // QQuickImageBase::Ready is 1.
    return image && image->isVisible() && image->property("status").toInt() == 1
        && image->property("source").toUrl() == QUrl(QStringLiteral("image://avatar/") + hash);
}

QByteArray pngImage(const QSize &size, const QColor &color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

QJsonObject publishCommand(const QString &node, const QString &itemId, const QString &payload)
{
    return {{QStringLiteral("command"), QStringLiteral("publish")},
            {QStringLiteral("node"), node},
            {QStringLiteral("itemId"), itemId},
            {QStringLiteral("payload"), payload}};
}

// Returns the groups of the item of jid in the roster query queryXml (RFC 6121, section 2.1.2), sorted.
QStringList rosterGroups(const QString &queryXml, const QString &jid)
{
    QXmlStreamReader reader(queryXml);
    QStringList groups;
    bool inItem = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement()) {
            continue;
        }
        if (reader.name() == QLatin1String("item")) {
            inItem = reader.attributes().value(QLatin1String("jid")) == jid;
        } else if (inItem && reader.name() == QLatin1String("group")) {
            groups.append(reader.readElementText());
        }
    }
    groups.sort();
    return groups;
}

// Returns the texts of the visible items named objectName in the window, top to bottom.
QStringList visibleTexts(QQuickWindow *window, const QString &objectName)
{
    QStringList texts;
    const QList<QQuickItem *> items = visibleItemsNamed(window->contentItem(), objectName);
    for (QQuickItem *item : items) {
        texts.append(textOf(item));
    }
    return texts;
}

} // namespace

class DesktopWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void windowListsContacts();
    void wrongPasswordShowsError();
    void emptyRosterShowsPlaceholder();
    void connectionLossShowsBanner();
    void offlineStartShowsCachedContacts();
    void signOutShowsSignInPage();
    void screenshotOptionSavesWindow();
    void incomingRequestAccepted();
    void addContactDialogAddsRow();
    void contactMenuRenamesAndRemoves();
    void contactMenuBlocksAndUnblocks();
    void contactMenuEditsGroups();
    void profileSheetShowsContactName();
    void profileSheetShowsLastSeen();
    void contactAvatarShowsInListAndProfile();
    void blockedListShowsCachedAvatar();
    void conversationHeaderShowsAvatar();
    void editProfileDialogPublishes();
    void editProfileDialogChangesAvatar();
    void conversationSendsAndReceives();
    void unreadBadgeOutsideConversation();
    void profileSheetOpensConversation();
    void conversationLoadsOlderPages();
    void viewedConversationFollowsPage();

private:
    // Parses the command line that the salon executable would get and starts the app with it.
    bool launch(const QStringList &extraArguments, const QString &user, const QByteArray &standardInput, QString *error);
    bool launch(const QStringList &extraArguments, const QByteArray &standardInput, QString *error);
    QStringList serverArguments(const QString &user) const;
    // Saves the window as fileName in the test's build folder, for a person to look at.
    void saveScreenshot(const QString &fileName) const;
    QObject *findInWindow(const QString &objectName) const;
    QString currentPageName() const;
    // Returns the color of the window's pixel at the center of item, in a fresh grab of the window.
    QColor colorAtCenter(QQuickItem *item) const;
    // Opens the profile sheet from the menu of the contact row and sets card to its profile card.
    void openProfileCard(QQuickItem *row, QQuickItem **card);
    // Returns the bodies of the messages that the open conversation page shows, oldest first.
    QStringList shownMessageBodies() const;
    // Returns the delegate of the message with body in the open conversation, or nullptr.
    QQuickItem *messageDelegateWithBody(const QString &body) const;
    // Signs Alice in and opens the conversation with Bob from his row in the contact list.
    void openBobConversation();
    // Publishes a red image as Bob's avatar and returns its SHA-1 hash.
    QString publishBobAvatar();

    TestXmppServer m_server;
    QTemporaryDir m_cacheFolder;
    std::unique_ptr<TestPeer> m_bob;
    std::unique_ptr<DesktopApp> m_app;
};

void DesktopWindowTest::openProfileCard(QQuickItem *row, QQuickItem **card)
{
    *card = nullptr;
    QObject *viewProfile = findObject(row, QStringLiteral("viewProfileAction"));
    QVERIFY(viewProfile);
    QVERIFY(QMetaObject::invokeMethod(viewProfile, "trigger"));

    QObject *sheet = findInWindow(QStringLiteral("profileSheet"));
    QTRY_VERIFY(isOpen(sheet));
    QTRY_VERIFY_WITH_TIMEOUT(!visibleItemsNamed(m_app->window()->contentItem(), QStringLiteral("profileCard")).isEmpty(), SignInTimeoutMs);
    *card = visibleItemsNamed(m_app->window()->contentItem(), QStringLiteral("profileCard")).first();
}

void DesktopWindowTest::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_server.addAccount(Alice, AlicePassword));
    QVERIFY(m_server.addAccount(Bob, BobPassword));
    QVERIFY(m_server.addAccount(Frank, FrankPassword));
    QVERIFY(m_server.addAccount(Dave, passwordOf(Dave)));
    for (const QString &user : {Heidi, Ivan, Kate, Leo, Mia}) {
        QVERIFY(m_server.addAccount(user, passwordOf(user)));
    }

    const QList<TestRosterItem> aliceRoster = {
        {m_server.jid(QStringLiteral("dave")), QStringLiteral("Dave Okafor"), {}, QStringLiteral("both")},
        {m_server.jid(QStringLiteral("carol")), QStringLiteral("Carol Nguyen"), {QStringLiteral("Work")}, QStringLiteral("both")},
        {m_server.jid(Bob), QStringLiteral("Bob Martin"), {QStringLiteral("Friends")}, QStringLiteral("both")},
    };
    QVERIFY(m_server.setRoster(Alice, aliceRoster));
    QVERIFY(m_server.setRoster(Bob, {{m_server.jid(Alice), QStringLiteral("Alice"), {}, QStringLiteral("both")}}));
    QVERIFY(m_server.setRoster(Dave, {{m_server.jid(Alice), QStringLiteral("Alice"), {}, QStringLiteral("both")}}));
    QVERIFY(m_server.setRoster(Mia, {
        {m_server.jid(QStringLiteral("nina")), QStringLiteral("Nina Park"), {QStringLiteral("Friends")}, QStringLiteral("both")},
        {m_server.jid(QStringLiteral("olga")), QStringLiteral("Olga"), {QStringLiteral("Work")}, QStringLiteral("both")},
    }));

    // Bob is online with a status text, so one row shows a live presence.
    m_bob = std::make_unique<TestPeer>(m_server, Bob, BobPassword);
    QVERIFY2(m_bob->waitOnline(), qPrintable(m_bob->lastError()));
    QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("presence")}, {QStringLiteral("status"), BobStatus}}), qPrintable(m_bob->lastError()));
}

void DesktopWindowTest::cleanup()
{
    m_app.reset();
}

void DesktopWindowTest::windowListsContacts()
{
    QString error;
    QVERIFY2(launch({}, AlicePassword.toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));

    auto *contactList = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("contactList")));
    QVERIFY(contactList);
    QTRY_COMPARE(contactList->property("count").toInt(), 3);
    QVERIFY(!isShown(findInWindow(QStringLiteral("contactsPlaceholder"))));

    // Sections by first group, contacts in no group last.
    const QStringList expectedNames = {QStringLiteral("Bob Martin"), QStringLiteral("Carol Nguyen"), QStringLiteral("Dave Okafor")};
    const QStringList expectedJids = {m_server.jid(Bob), m_server.jid(QStringLiteral("carol")), m_server.jid(QStringLiteral("dave"))};
    for (int row = 0; row < expectedNames.size(); ++row) {
        QQuickItem *delegate = nullptr;
        QMetaObject::invokeMethod(contactList, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, delegate), Q_ARG(int, row));
        QVERIFY2(delegate, qPrintable(QStringLiteral("no delegate for row %1").arg(row)));
        QCOMPARE(textOf(delegate->findChild<QObject *>(QStringLiteral("contactName"))), expectedNames.at(row));
        QCOMPARE(textOf(delegate->findChild<QObject *>(QStringLiteral("contactJid"))), expectedJids.at(row));
        QVERIFY(delegate->findChild<QObject *>(QStringLiteral("contactAvatar")));
    }

    QQuickItem *bobRow = nullptr;
    QMetaObject::invokeMethod(contactList, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, bobRow), Q_ARG(int, 0));
    QTRY_COMPARE(textOf(bobRow->findChild<QObject *>(QStringLiteral("contactPresence"))), QStringLiteral("Online"));
    QTRY_VERIFY(textOf(bobRow->findChild<QObject *>(QStringLiteral("contactStatus"))).contains(BobStatus));

    QQuickItem *daveRow = nullptr;
    QMetaObject::invokeMethod(contactList, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, daveRow), Q_ARG(int, 2));
    QCOMPARE(textOf(daveRow->findChild<QObject *>(QStringLiteral("contactPresence"))), QStringLiteral("Offline"));
    QVERIFY(!isShown(daveRow->findChild<QObject *>(QStringLiteral("contactStatus"))));

    QStringList sections;
    const QList<QQuickItem *> sectionItems = visibleItemsNamed(contactList, QStringLiteral("contactSection"));
    for (QQuickItem *section : sectionItems) {
        sections.append(textOf(section));
    }
    QCOMPARE(sections, (QStringList{QStringLiteral("Friends"), QStringLiteral("Work"), QStringLiteral("No group")}));

    saveScreenshot(QStringLiteral("desktop-contacts.png"));
}

void DesktopWindowTest::wrongPasswordShowsError()
{
    QString error;
    QVERIFY2(launch({}, QByteArrayLiteral("not-the-password\n"), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->error(), Account::Error::WrongPassword, SignInTimeoutMs);
    QCOMPARE(m_app->account()->state(), Account::State::Offline);
    QCOMPARE(currentPageName(), QStringLiteral("signIn"));

    QObject *message = findInWindow(QStringLiteral("signInError"));
    QVERIFY(message);
    QVERIFY(!m_app->account()->errorMessage().isEmpty());
    QTRY_COMPARE(textOf(message), m_app->account()->errorMessage());
    QTRY_VERIFY(isFullyShown(message));

    QVERIFY(!isShown(findInWindow(QStringLiteral("signInBusyIndicator"))));
    QCOMPARE(textOf(findInWindow(QStringLiteral("jidField"))), m_server.jid(Alice));
    saveScreenshot(QStringLiteral("desktop-sign-in-error.png"));

    // The password came from standard input, so the field is empty: the button waits for a new one.
    QObject *button = findInWindow(QStringLiteral("signInButton"));
    QVERIFY(button);
    QVERIFY(!button->property("enabled").toBool());
    QObject *passwordField = findInWindow(QStringLiteral("passwordField"));
    QVERIFY(passwordField);
    passwordField->setProperty("text", AlicePassword);
    QTRY_VERIFY(button->property("enabled").toBool());

    QVERIFY(QMetaObject::invokeMethod(button, "clicked"));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));
}

void DesktopWindowTest::emptyRosterShowsPlaceholder()
{
    QString error;
    QVERIFY2(launch({}, Frank, FrankPassword.toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));

    QObject *contactList = findInWindow(QStringLiteral("contactList"));
    QVERIFY(contactList);
    QCOMPARE(contactList->property("count").toInt(), 0);
    QObject *placeholder = findInWindow(QStringLiteral("contactsPlaceholder"));
    QVERIFY(placeholder);
    QTRY_VERIFY(isShown(placeholder));
    QVERIFY(!textOf(placeholder).isEmpty());
    saveScreenshot(QStringLiteral("desktop-no-contacts.png"));
}

void DesktopWindowTest::connectionLossShowsBanner()
{
    QString error;
    QVERIFY2(launch({}, AlicePassword.toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));
    QSignalSpy notifications(m_app->notifications(), &NotificationBridge::eventSent);

    QObject *banner = findInWindow(QStringLiteral("connectionBanner"));
    QVERIFY(banner);
    QVERIFY(!isShown(banner));

    m_server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Reconnecting, SignInTimeoutMs);
    QTRY_VERIFY(isShown(banner));
    QCOMPARE(currentPageName(), QStringLiteral("contacts"));
    QObject *bannerMessage = findInWindow(QStringLiteral("connectionBannerMessage"));
    QVERIFY(bannerMessage);
    QVERIFY(!m_app->account()->errorMessage().isEmpty());
    QTRY_COMPARE(textOf(bannerMessage), m_app->account()->errorMessage());
    QTRY_VERIFY(isFullyShown(bannerMessage));
    saveScreenshot(QStringLiteral("desktop-reconnecting.png"));
    QCOMPARE(notifications.count(), 1);
    QCOMPARE(notifications.at(0).at(0).toString(), QStringLiteral("connectionLost"));

    // The test sets the reconnection delays to at most one second, so the account is back soon after the server.
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_VERIFY(!isShown(banner));
    QCOMPARE(notifications.count(), 2);
    QCOMPARE(notifications.at(1).at(0).toString(), QStringLiteral("reconnected"));

    // Bob's peer reconnects by itself; the test only needs the server back for the next tests.
    QVERIFY2(m_bob->waitOnline(SignInTimeoutMs), qPrintable(m_bob->lastError()));
}

void DesktopWindowTest::offlineStartShowsCachedContacts()
{
    // A first run fills the cache with Alice's roster.
    QString error;
    QVERIFY2(launch({}, AlicePassword.toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    RosterManager *rosterManager = m_app->account()->client()->findExtension<RosterManager>();
    QTRY_VERIFY_WITH_TIMEOUT(rosterManager->isRosterReceived(), SignInTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->contacts()->rowCount(), 3, SignInTimeoutMs);
    m_app.reset();
    m_server.stop();

    // A JID that never signed in has no cache, so its unverified password keeps it on the sign-in page.
    QVERIFY2(launch({}, QStringLiteral("mallory"), QByteArrayLiteral("mallory-secret\n"), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Reconnecting, SignInTimeoutMs);
    QVERIFY(!m_app->account()->hasCachedData());
    QCOMPARE(currentPageName(), QStringLiteral("signIn"));
    m_app.reset();

    // Alice's next start cannot reach the server, and the window shows her cached contacts with the banner.
    QVERIFY2(launch({}, AlicePassword.toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("contacts"), SignInTimeoutMs);
    auto *contactList = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("contactList")));
    QVERIFY(contactList);
    QTRY_COMPARE_WITH_TIMEOUT(contactList->property("count").toInt(), 3, SignInTimeoutMs);
    QTRY_COMPARE(textInRow(contactList, 0, QStringLiteral("contactName")), QStringLiteral("Bob Martin"));
    QTRY_COMPARE(textInRow(contactList, 1, QStringLiteral("contactName")), QStringLiteral("Carol Nguyen"));
    QTRY_COMPARE(textInRow(contactList, 2, QStringLiteral("contactName")), QStringLiteral("Dave Okafor"));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Reconnecting, SignInTimeoutMs);
    QCOMPARE(m_app->account()->error(), Account::Error::ServerUnreachable);
    QObject *banner = findInWindow(QStringLiteral("connectionBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(isShown(banner));
    QObject *bannerMessage = findInWindow(QStringLiteral("connectionBannerMessage"));
    QTRY_COMPARE(textOf(bannerMessage), m_app->account()->errorMessage());
    QTRY_VERIFY(isFullyShown(bannerMessage));
    QVERIFY(isShown(findInWindow(QStringLiteral("pageTabBar"))));
    saveScreenshot(QStringLiteral("desktop-offline-start.png"));

    // The account keeps retrying and goes online once the server is back.
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_VERIFY(!isShown(banner));
    QCOMPARE(currentPageName(), QStringLiteral("contacts"));
    QVERIFY2(m_bob->waitOnline(SignInTimeoutMs), qPrintable(m_bob->lastError()));
}

void DesktopWindowTest::signOutShowsSignInPage()
{
    QString error;
    QVERIFY2(launch({}, AlicePassword.toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));

    QObject *signOut = findInWindow(QStringLiteral("signOutAction"));
    QVERIFY(signOut);
    QVERIFY(QMetaObject::invokeMethod(signOut, "trigger"));

    QTRY_COMPARE(m_app->account()->state(), Account::State::Offline);
    QTRY_COMPARE(currentPageName(), QStringLiteral("signIn"));
    QTRY_VERIFY(findInWindow(QStringLiteral("signInPage")));
    QCOMPARE(textOf(findInWindow(QStringLiteral("jidField"))), m_server.jid(Alice));
    QVERIFY(!isShown(findInWindow(QStringLiteral("signInError"))));
}

void DesktopWindowTest::screenshotOptionSavesWindow()
{
    const QString path = QDir(QStringLiteral(SALON_DESKTOP_TEST_OUTPUT_DIR)).filePath(QStringLiteral("desktop-screenshot-option.png"));
    QFile::remove(path);

    QString error;
    QVERIFY2(launch({QStringLiteral("--screenshot"), path}, AlicePassword.toUtf8() + '\n', &error), qPrintable(error));
    QSignalSpy finished(m_app.get(), &DesktopApp::screenshotFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SignInTimeoutMs);
    QCOMPARE(finished.at(0).at(0).toString(), path);
    QVERIFY(finished.at(0).at(1).toBool());

    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_app->window()->size() * m_app->window()->effectiveDevicePixelRatio());
    QCOMPARE(currentPageName(), QStringLiteral("contacts"));
}

void DesktopWindowTest::incomingRequestAccepted()
{
    QString error;
    QVERIFY2(launch({}, Heidi, passwordOf(Heidi).toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));
    QObject *section = findInWindow(QStringLiteral("subscriptionRequestsSection"));
    QVERIFY(section);
    QVERIFY(!isShown(section));

    TestPeer ivan(m_server, Ivan, passwordOf(Ivan));
    QVERIFY2(ivan.waitOnline(), qPrintable(ivan.lastError()));
    QSignalSpy notifications(m_app->notifications(), &NotificationBridge::eventSent);
    QVERIFY2(ivan.command({{QStringLiteral("command"), QStringLiteral("subscribe")}, {QStringLiteral("to"), m_server.jid(Heidi)}}), qPrintable(ivan.lastError()));

    QTRY_VERIFY_WITH_TIMEOUT(isShown(findInWindow(QStringLiteral("subscriptionRequestDelegate"))), SignInTimeoutMs);
    QVERIFY(isShown(section));
    QObject *request = findInWindow(QStringLiteral("subscriptionRequestDelegate"));
    QCOMPARE(textOf(findObject(request, QStringLiteral("requestName"))), m_server.jid(Ivan));
    QCOMPARE(notifications.count(), 1);
    QCOMPARE(notifications.at(0).at(0).toString(), QStringLiteral("subscriptionRequest"));
    // The empty roster's placeholder stays, below the request.
    QVERIFY(isShown(findInWindow(QStringLiteral("contactsPlaceholder"))));
    saveScreenshot(QStringLiteral("desktop-request.png"));

    QObject *accept = findObject(request, QStringLiteral("acceptRequestButton"));
    QVERIFY(accept);
    QVERIFY(QMetaObject::invokeMethod(accept, "clicked"));

    // Ivan may now see Heidi, who requests his presence in return. He is in her contacts and the request is gone.
    const auto fromHeidi = [this](const QJsonObject &event) {
        return event.value(QStringLiteral("from")).toString().startsWith(m_server.jid(Heidi));
    };
    QVERIFY(!ivan.waitForEvent(QStringLiteral("subscribed"), fromHeidi, SignInTimeoutMs).isEmpty());
    QVERIFY(!ivan.waitForEvent(QStringLiteral("subscribe"), fromHeidi, SignInTimeoutMs).isEmpty());
    QTRY_VERIFY(!isShown(section));
    QCOMPARE(m_app->account()->subscriptionRequests()->property("count").toInt(), 0);
    // The request was accepted in the window, so its notification is closed.
    QCOMPARE(m_app->notifications()->requestNotification(m_server.jid(Ivan)), nullptr);
    auto *contactList = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("contactList")));
    QVERIFY(contactList);
    QTRY_COMPARE_WITH_TIMEOUT(contactList->property("count").toInt(), 1, SignInTimeoutMs);
}

void DesktopWindowTest::addContactDialogAddsRow()
{
    QString error;
    QVERIFY2(launch({}, Kate, passwordOf(Kate).toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));
    auto *contactList = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("contactList")));
    QVERIFY(contactList);
    QCOMPARE(contactList->property("count").toInt(), 0);

    QObject *addAction = findInWindow(QStringLiteral("addContactAction"));
    QVERIFY(addAction);
    QVERIFY(QMetaObject::invokeMethod(addAction, "trigger"));
    QObject *dialog = findInWindow(QStringLiteral("addContactDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(isOpen(dialog));
    QObject *jidField = findObject(dialog, QStringLiteral("addContactJidField"));
    QObject *nameField = findObject(dialog, QStringLiteral("addContactNameField"));
    QObject *groupField = findObject(dialog, QStringLiteral("addContactGroupField"));
    QObject *confirm = findObject(dialog, QStringLiteral("addContactConfirmAction"));
    QVERIFY(jidField);
    QVERIFY(nameField);
    QVERIFY(groupField);
    QVERIFY(confirm);
    QVERIFY2(!confirm->property("enabled").toBool(), "the dialog accepts an empty address");

    // The own address is rejected in the dialog, which stays open.
    jidField->setProperty("text", m_server.jid(Kate));
    QTRY_VERIFY(confirm->property("enabled").toBool());
    QVERIFY(QMetaObject::invokeMethod(confirm, "trigger"));
    QObject *dialogError = findObject(dialog, QStringLiteral("addContactError"));
    QVERIFY(dialogError);
    QTRY_VERIFY(isFullyShown(dialogError));
    QVERIFY(textOf(dialogError).contains(m_server.jid(Kate)));
    QVERIFY(isOpen(dialog));
    saveScreenshot(QStringLiteral("desktop-add-contact-error.png"));

    jidField->setProperty("text", m_server.jid(Leo));
    nameField->setProperty("text", QStringLiteral("Leo Quinn"));
    groupField->setProperty("text", QStringLiteral("Climbing"));
    QVERIFY(QMetaObject::invokeMethod(confirm, "trigger"));

    QTRY_VERIFY(!isOpen(dialog));
    QTRY_COMPARE_WITH_TIMEOUT(contactList->property("count").toInt(), 1, SignInTimeoutMs);
    QTRY_COMPARE(textInRow(contactList, 0, QStringLiteral("contactName")), QStringLiteral("Leo Quinn"));
    QCOMPARE(textInRow(contactList, 0, QStringLiteral("contactJid")), m_server.jid(Leo));
    QStringList sections;
    for (QQuickItem *section : visibleItemsNamed(contactList, QStringLiteral("contactSection"))) {
        sections.append(textOf(section));
    }
    QCOMPARE(sections, QStringList{QStringLiteral("Climbing")});
    // Leo has not replied to the request yet.
    QTRY_COMPARE_WITH_TIMEOUT(textInRow(contactList, 0, QStringLiteral("contactPresence")), QStringLiteral("Waiting for approval"), SignInTimeoutMs);
    saveScreenshot(QStringLiteral("desktop-contact-added.png"));

    // Leo accepts, and his presence shows instead.
    TestPeer leo(m_server, Leo, passwordOf(Leo));
    QVERIFY2(leo.waitOnline(), qPrintable(leo.lastError()));
    QVERIFY2(leo.command({{QStringLiteral("command"), QStringLiteral("subscribed")}, {QStringLiteral("to"), m_server.jid(Kate)}}), qPrintable(leo.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(textInRow(contactList, 0, QStringLiteral("contactPresence")), QStringLiteral("Online"), SignInTimeoutMs);
}

void DesktopWindowTest::contactMenuRenamesAndRemoves()
{
    QString error;
    QVERIFY2(launch({}, Kate, passwordOf(Kate).toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));
    auto *contactList = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("contactList")));
    QVERIFY(contactList);
    // Leo is in Kate's roster after addContactDialogAddsRow(); run alone, this test adds him itself.
    RosterManager *rosterManager = m_app->account()->client()->findExtension<RosterManager>();
    QTRY_VERIFY_WITH_TIMEOUT(rosterManager->isRosterReceived(), SignInTimeoutMs);
    if (contactList->property("count").toInt() == 0) {
        m_app->account()->roster()->addContact(m_server.jid(Leo), QStringLiteral("Leo Quinn"), QStringLiteral("Climbing"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(contactList->property("count").toInt(), 1, SignInTimeoutMs);
    // The list creates the delegate of a new row when it next lays itself out.
    QQuickItem *row = nullptr;
    QTRY_VERIFY((row = delegateAt(contactList, 0)) != nullptr);
    QVERIFY(findObject(row, QStringLiteral("contactMenuButton")));

    QObject *renameAction = findObject(row, QStringLiteral("renameContactAction"));
    QVERIFY(renameAction);
    QVERIFY(QMetaObject::invokeMethod(renameAction, "trigger"));
    QObject *renameDialog = findInWindow(QStringLiteral("renameContactDialog"));
    QVERIFY(renameDialog);
    QTRY_VERIFY(isOpen(renameDialog));
    QObject *nameField = findObject(renameDialog, QStringLiteral("renameContactField"));
    QVERIFY(nameField);
    QCOMPARE(textOf(nameField), QStringLiteral("Leo Quinn"));
    nameField->setProperty("text", QStringLiteral("Leo"));
    QObject *renameConfirm = findObject(renameDialog, QStringLiteral("renameContactConfirmAction"));
    QVERIFY(renameConfirm);
    QVERIFY(QMetaObject::invokeMethod(renameConfirm, "trigger"));
    QTRY_VERIFY(!isOpen(renameDialog));
    QTRY_COMPARE_WITH_TIMEOUT(textInRow(contactList, 0, QStringLiteral("contactName")), QStringLiteral("Leo"), SignInTimeoutMs);

    QTRY_VERIFY((row = delegateAt(contactList, 0)) != nullptr);
    QObject *removeAction = findObject(row, QStringLiteral("removeContactAction"));
    QVERIFY(removeAction);
    QVERIFY(QMetaObject::invokeMethod(removeAction, "trigger"));
    QObject *removeDialog = findInWindow(QStringLiteral("removeContactDialog"));
    QVERIFY(removeDialog);
    QTRY_VERIFY(isOpen(removeDialog));
    QVERIFY(textOf(findObject(removeDialog, QStringLiteral("removeContactQuestion"))).contains(m_server.jid(Leo)));
    saveScreenshot(QStringLiteral("desktop-remove-contact.png"));
    QObject *removeConfirm = findObject(removeDialog, QStringLiteral("removeContactConfirmAction"));
    QVERIFY(removeConfirm);
    QVERIFY(QMetaObject::invokeMethod(removeConfirm, "trigger"));

    QTRY_VERIFY(!isOpen(removeDialog));
    QTRY_COMPARE_WITH_TIMEOUT(contactList->property("count").toInt(), 0, SignInTimeoutMs);
    QTRY_VERIFY(isShown(findInWindow(QStringLiteral("contactsPlaceholder"))));
}

void DesktopWindowTest::contactMenuBlocksAndUnblocks()
{
    QString error;
    QVERIFY2(launch({}, AlicePassword.toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->account()->blocking()->isSupported(), SignInTimeoutMs);
    auto *contactList = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("contactList")));
    QVERIFY(contactList);
    QTRY_COMPARE_WITH_TIMEOUT(contactList->property("count").toInt(), 3, SignInTimeoutMs);
    QObject *section = findInWindow(QStringLiteral("blockedContactsSection"));
    QVERIFY(section);
    QVERIFY(!isShown(section));

    // Bob Martin is the first row, in the section Friends, and online.
    QQuickItem *row = nullptr;
    QTRY_VERIFY((row = delegateAt(contactList, 0)) != nullptr);
    QCOMPARE(textOf(findObject(row, QStringLiteral("contactName"))), QStringLiteral("Bob Martin"));
    QTRY_COMPARE_WITH_TIMEOUT(textInRow(contactList, 0, QStringLiteral("contactPresence")), QStringLiteral("Online"), SignInTimeoutMs);
    QObject *blockAction = findObject(row, QStringLiteral("blockContactAction"));
    QVERIFY(blockAction);
    QCOMPARE(textOf(blockAction), QStringLiteral("Block"));
    QVERIFY(QMetaObject::invokeMethod(blockAction, "trigger"));

    QTRY_VERIFY_WITH_TIMEOUT(isShown(section), SignInTimeoutMs);
    QObject *blockedRow = nullptr;
    QTRY_VERIFY((blockedRow = findObject(section, QStringLiteral("blockedContactDelegate"))) != nullptr);
    QCOMPARE(textOf(findObject(blockedRow, QStringLiteral("blockedJid"))), m_server.jid(Bob));
    QTRY_COMPARE(textInRow(contactList, 0, QStringLiteral("contactPresence")), QStringLiteral("Blocked"));
    QVERIFY(!isShown(delegateAt(contactList, 0)->findChild<QObject *>(QStringLiteral("contactStatus"))));
    QCOMPARE(textOf(findObject(delegateAt(contactList, 0), QStringLiteral("blockContactAction"))), QStringLiteral("Unblock"));
    saveScreenshot(QStringLiteral("desktop-blocked.png"));

    // Unblock from the blocked list; Bob's last presence shows again.
    QObject *unblock = findObject(blockedRow, QStringLiteral("unblockButton"));
    QVERIFY(unblock);
    QVERIFY(QMetaObject::invokeMethod(unblock, "clicked"));

    QTRY_VERIFY_WITH_TIMEOUT(!isShown(section), SignInTimeoutMs);
    QCOMPARE(m_app->account()->blockedContacts()->rowCount(), 0);
    QTRY_COMPARE(textInRow(contactList, 0, QStringLiteral("contactPresence")), QStringLiteral("Online"));
    QVERIFY(!isShown(findInWindow(QStringLiteral("contactsFailureMessage"))));
}

void DesktopWindowTest::profileSheetShowsContactName()
{
    // Bob publishes a vCard4 (XEP-0292) to his PEP; Alice shares presence with him, so she may read it.
    const QString vCard = QStringLiteral("<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'><fn><text>Robert Martin</text></fn>"
                                         "<note><text>Plays the cello</text></note></vcard>");
    QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("publish")},
                             {QStringLiteral("node"), QStringLiteral("urn:xmpp:vcard4")},
                             {QStringLiteral("itemId"), QStringLiteral("current")},
                             {QStringLiteral("payload"), vCard}}),
             qPrintable(m_bob->lastError()));

    QString error;
    QVERIFY2(launch({}, AlicePassword.toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));
    auto *contactList = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("contactList")));
    QVERIFY(contactList);
    QTRY_COMPARE_WITH_TIMEOUT(contactList->property("count").toInt(), 3, SignInTimeoutMs);

    // Bob Martin is the first row, in the section Friends.
    QQuickItem *row = nullptr;
    QTRY_VERIFY((row = delegateAt(contactList, 0)) != nullptr);
    QCOMPARE(textOf(findObject(row, QStringLiteral("contactName"))), QStringLiteral("Bob Martin"));
    QQuickItem *card = nullptr;
    openProfileCard(row, &card);
    QVERIFY(card);
    QTRY_COMPARE_WITH_TIMEOUT(textOf(findObject(card, QStringLiteral("profileFullName"))), QStringLiteral("Robert Martin"), SignInTimeoutMs);
    QCOMPARE(textOf(findObject(card, QStringLiteral("profileAbout"))), QStringLiteral("Plays the cello"));
    QCOMPARE(textOf(findObject(card, QStringLiteral("profileJid"))), m_server.jid(Bob));
    // Bob is online, so the sheet shows no last-seen time.
    QVERIFY(!isShown(findObject(card, QStringLiteral("profileLastSeen"))));
    saveScreenshot(QStringLiteral("desktop-profile.png"));
}

void DesktopWindowTest::profileSheetShowsLastSeen()
{
    // Dave signs out with an unavailable presence, which Prosody's mod_lastactivity records.
    TestPeer dave(m_server, Dave, passwordOf(Dave));
    QVERIFY2(dave.waitOnline(), qPrintable(dave.lastError()));
    QVERIFY2(dave.command({{QStringLiteral("command"), QStringLiteral("unavailable")}}), qPrintable(dave.lastError()));
    dave.stop();
    // Prosody counts whole seconds, and its reply of 0 seconds within the first one gives Salon no time.
    QTest::qWait(2000);

    QString error;
    QVERIFY2(launch({}, AlicePassword.toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));
    auto *contactList = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("contactList")));
    QVERIFY(contactList);
    QTRY_COMPARE_WITH_TIMEOUT(contactList->property("count").toInt(), 3, SignInTimeoutMs);

    // Dave Okafor is the last row, in no group.
    QQuickItem *row = nullptr;
    QTRY_VERIFY((row = delegateAt(contactList, 2)) != nullptr);
    QCOMPARE(textOf(findObject(row, QStringLiteral("contactName"))), QStringLiteral("Dave Okafor"));
    QQuickItem *card = nullptr;
    openProfileCard(row, &card);
    QVERIFY(card);
    QObject *lastSeen = findObject(card, QStringLiteral("profileLastSeen"));
    QVERIFY(lastSeen);
    QTRY_VERIFY_WITH_TIMEOUT(isShown(lastSeen), SignInTimeoutMs);
    // Dave left a few seconds ago. A slow run may take over a minute, and then the sheet shows the time of day.
    const QString text = textOf(lastSeen);
    QVERIFY2(text == QStringLiteral("Last seen just now") || text.startsWith(QStringLiteral("Last seen today at ")), qPrintable(text));
    saveScreenshot(QStringLiteral("desktop-profile-last-seen.png"));
}


void DesktopWindowTest::contactAvatarShowsInListAndProfile()
{
    const QString hash = publishBobAvatar();
    QVERIFY(!hash.isEmpty());

    QString error;
    QVERIFY2(launch({}, AlicePassword.toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));
    auto *contactList = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("contactList")));
    QVERIFY(contactList);
    QTRY_COMPARE_WITH_TIMEOUT(contactList->property("count").toInt(), 3, SignInTimeoutMs);

    // Bob Martin is the first row; the image arrives from his PEP after sign-in, or from the cache of an earlier test.
    QQuickItem *row = nullptr;
    QTRY_VERIFY((row = delegateAt(contactList, 0)) != nullptr);
    QCOMPARE(textOf(findObject(row, QStringLiteral("contactName"))), QStringLiteral("Bob Martin"));
    QTRY_COMPARE_WITH_TIMEOUT(delegateAt(contactList, 0)->property("avatarHash").toString(), hash, SignInTimeoutMs);
    row = delegateAt(contactList, 0);
    auto *avatar = qobject_cast<QQuickItem *>(findObject(row, QStringLiteral("contactAvatar")));
    QVERIFY(avatar);
    QTRY_VERIFY_WITH_TIMEOUT(showsAvatarImage(avatar, hash), SignInTimeoutMs);

    // The rendered window shows the red image in the round avatar.
    QTRY_VERIFY(colorAtCenter(avatar).red() > 200 && colorAtCenter(avatar).green() < 60 && colorAtCenter(avatar).blue() < 60);
    saveScreenshot(QStringLiteral("desktop-contact-avatar.png"));

    // Dave has no avatar: his row shows his initials.
    auto *daveAvatar = qobject_cast<QQuickItem *>(findObject(delegateAt(contactList, 2), QStringLiteral("contactAvatar")));
    QVERIFY(daveAvatar);
    QCOMPARE(daveAvatar->property("source").toUrl(), QUrl());
    QVERIFY(!showsAvatarImage(daveAvatar, hash));

    // The profile shows the same image, larger.
    QQuickItem *card = nullptr;
    openProfileCard(row, &card);
    QVERIFY(card);
    auto *profileAvatar = qobject_cast<QQuickItem *>(findObject(card, QStringLiteral("profileAvatar")));
    QVERIFY(profileAvatar);
    QTRY_VERIFY_WITH_TIMEOUT(showsAvatarImage(profileAvatar, hash), SignInTimeoutMs);
    QVERIFY(profileAvatar->width() > avatar->width());
    saveScreenshot(QStringLiteral("desktop-profile-avatar.png"));
}

QString DesktopWindowTest::publishBobAvatar()
{
    // Bob publishes a red avatar to his PEP nodes, the data first (XEP-0084, section 4.1).
    const QByteArray image = pngImage(QSize(48, 48), Qt::red);
    const QString hash = AvatarService::imageHash(image);
    const QString dataXml = QStringLiteral("<data xmlns='urn:xmpp:avatar:data'>%1</data>").arg(QString::fromLatin1(image.toBase64()));
    const QString metadataXml = QStringLiteral("<metadata xmlns='urn:xmpp:avatar:metadata'><info bytes='%1' id='%2' type='image/png' width='48' height='48'/></metadata>")
                                    .arg(image.size())
                                    .arg(hash);
    if (!m_bob->command(publishCommand(AvatarService::DataNode, hash, dataXml)) || !m_bob->command(publishCommand(AvatarService::MetadataNode, hash, metadataXml))) {
        qWarning().noquote() << "Bob could not publish his avatar:" << m_bob->lastError();
        return {};
    }
    return hash;
}

void DesktopWindowTest::blockedListShowsCachedAvatar()
{
    const QString hash = publishBobAvatar();
    QVERIFY(!hash.isEmpty());
    QString error;
    QVERIFY2(launch({}, AlicePassword.toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->account()->blocking()->isSupported(), SignInTimeoutMs);
    auto *contactList = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("contactList")));
    QVERIFY(contactList);
    QTRY_COMPARE_WITH_TIMEOUT(contactList->property("count").toInt(), 3, SignInTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->avatars()->avatarHash(m_server.jid(Bob)), hash, SignInTimeoutMs);

    // Blocked, Bob sends no more avatar updates, and his row in the blocked list shows the cached image.
    m_app->account()->blocking()->block(m_server.jid(Bob));
    QObject *section = findInWindow(QStringLiteral("blockedContactsSection"));
    QVERIFY(section);
    QTRY_VERIFY_WITH_TIMEOUT(isShown(section), SignInTimeoutMs);
    QObject *blockedRow = nullptr;
    QTRY_VERIFY((blockedRow = findObject(section, QStringLiteral("blockedContactDelegate"))) != nullptr);
    QCOMPARE(blockedRow->property("avatarHash").toString(), hash);
    auto *avatar = qobject_cast<QQuickItem *>(findObject(blockedRow, QStringLiteral("blockedAvatar")));
    QVERIFY(avatar);
    QTRY_VERIFY_WITH_TIMEOUT(showsAvatarImage(avatar, hash), SignInTimeoutMs);
    saveScreenshot(QStringLiteral("desktop-blocked-avatar.png"));

    m_app->account()->blocking()->unblock(m_server.jid(Bob));
    QTRY_VERIFY_WITH_TIMEOUT(!isShown(section), SignInTimeoutMs);
}

void DesktopWindowTest::conversationHeaderShowsAvatar()
{
    const QString hash = publishBobAvatar();
    QVERIFY(!hash.isEmpty());
    openBobConversation();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->avatars()->avatarHash(m_server.jid(Bob)), hash, SignInTimeoutMs);

    QObject *page = findInWindow(QStringLiteral("conversationPage"));
    QVERIFY(page);
    QTRY_COMPARE(page->property("peerAvatarHash").toString(), hash);
    QObject *title = nullptr;
    QTRY_VERIFY((title = findInWindow(QStringLiteral("conversationTitle"))) != nullptr && isShown(title));
    QCOMPARE(textOf(title), QStringLiteral("Bob Martin"));
    auto *avatar = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("conversationAvatar")));
    QVERIFY(avatar);
    QTRY_VERIFY_WITH_TIMEOUT(showsAvatarImage(avatar, hash), SignInTimeoutMs);
    // The avatar sits left of the name, in the header.
    QVERIFY(avatar->mapToScene(QPointF()).x() < qobject_cast<QQuickItem *>(title)->mapToScene(QPointF()).x());
    QTRY_VERIFY(colorAtCenter(avatar).red() > 200 && colorAtCenter(avatar).green() < 60);
    saveScreenshot(QStringLiteral("desktop-conversation-avatar.png"));
}

void DesktopWindowTest::contactMenuEditsGroups()
{
    QString error;
    QVERIFY2(launch({}, Mia, passwordOf(Mia).toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));
    auto *contactList = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("contactList")));
    QVERIFY(contactList);
    QTRY_COMPARE_WITH_TIMEOUT(contactList->property("count").toInt(), 2, SignInTimeoutMs);

    // Nina Park is the first row, in the section Friends.
    QQuickItem *row = nullptr;
    QTRY_VERIFY((row = delegateAt(contactList, 0)) != nullptr);
    QCOMPARE(textOf(findObject(row, QStringLiteral("contactName"))), QStringLiteral("Nina Park"));
    QObject *editAction = findObject(row, QStringLiteral("editGroupsAction"));
    QVERIFY(editAction);
    QVERIFY(QMetaObject::invokeMethod(editAction, "trigger"));
    QObject *dialog = findInWindow(QStringLiteral("editGroupsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(isOpen(dialog));
    QTRY_COMPARE(visibleTexts(m_app->window(), QStringLiteral("editGroupsName")), QStringList{QStringLiteral("Friends")});

    // The field offers the other existing group, Work, and takes a new one.
    QObject *field = findObject(dialog, QStringLiteral("editGroupsField"));
    QObject *addButton = findObject(dialog, QStringLiteral("editGroupsAddButton"));
    QVERIFY(field);
    QVERIFY(addButton);
    QCOMPARE(field->property("count").toInt(), 1);
    QString offeredGroup;
    QVERIFY(QMetaObject::invokeMethod(field, "textAt", Q_RETURN_ARG(QString, offeredGroup), Q_ARG(int, 0)));
    QCOMPARE(offeredGroup, QStringLiteral("Work"));
    field->setProperty("editText", QStringLiteral("Climbing"));
    QTRY_VERIFY(addButton->property("enabled").toBool());
    QVERIFY(QMetaObject::invokeMethod(addButton, "clicked"));
    QTRY_COMPARE(visibleTexts(m_app->window(), QStringLiteral("editGroupsName")), (QStringList{QStringLiteral("Friends"), QStringLiteral("Climbing")}));
    field->setProperty("editText", QStringLiteral("Work"));
    QVERIFY(QMetaObject::invokeMethod(addButton, "clicked"));
    QTRY_COMPARE(visibleTexts(m_app->window(), QStringLiteral("editGroupsName")),
                 (QStringList{QStringLiteral("Friends"), QStringLiteral("Climbing"), QStringLiteral("Work")}));

    // Friends goes.
    const QList<QQuickItem *> removeButtons = visibleItemsNamed(m_app->window()->contentItem(), QStringLiteral("editGroupsRemoveButton"));
    QCOMPARE(removeButtons.size(), 3);
    QVERIFY(QMetaObject::invokeMethod(removeButtons.first(), "clicked"));
    QTRY_COMPARE(visibleTexts(m_app->window(), QStringLiteral("editGroupsName")), (QStringList{QStringLiteral("Climbing"), QStringLiteral("Work")}));
    // Friends is offered again, but the field stays empty until the user picks or types a group.
    QTRY_COMPARE(field->property("count").toInt(), 1);
    QCOMPARE(field->property("editText").toString(), QString());
    saveScreenshot(QStringLiteral("desktop-edit-groups.png"));

    QObject *confirm = findObject(dialog, QStringLiteral("editGroupsConfirmAction"));
    QVERIFY(confirm);
    QVERIFY(QMetaObject::invokeMethod(confirm, "trigger"));
    QTRY_VERIFY(!isOpen(dialog));

    // The server's roster push moves Nina: she shows under Climbing and Work, next to Olga.
    const QString ninaJid = m_server.jid(QStringLiteral("nina"));
    const auto ninaGroups = [this, &ninaJid] {
        QStringList groups = m_app->account()->client()->findExtension<RosterManager>()->rosterEntry(ninaJid).groups().values();
        groups.sort();
        return groups;
    };
    QTRY_COMPARE_WITH_TIMEOUT(ninaGroups(), (QStringList{QStringLiteral("Climbing"), QStringLiteral("Work")}), SignInTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(contactList->property("count").toInt(), 3, SignInTimeoutMs);
    QStringList sections;
    for (QQuickItem *section : visibleItemsNamed(contactList, QStringLiteral("contactSection"))) {
        sections.append(textOf(section));
    }
    QCOMPARE(sections, (QStringList{QStringLiteral("Climbing"), QStringLiteral("Work")}));
    QCOMPARE(textInRow(contactList, 0, QStringLiteral("contactName")), QStringLiteral("Nina Park"));
    QCOMPARE(textInRow(contactList, 1, QStringLiteral("contactName")), QStringLiteral("Nina Park"));
    QCOMPARE(textInRow(contactList, 2, QStringLiteral("contactName")), QStringLiteral("Olga"));
    QVERIFY(!isShown(findInWindow(QStringLiteral("contactsFailureMessage"))));

    // Another client of Mia's reads the same groups from the server.
    TestPeer otherClient(m_server, Mia, passwordOf(Mia));
    QVERIFY2(otherClient.waitOnline(), qPrintable(otherClient.lastError()));
    QVERIFY2(otherClient.command({{QStringLiteral("command"), QStringLiteral("iqGet")},
                                  {QStringLiteral("to"), m_server.jid(Mia)},
                                  {QStringLiteral("xml"), QStringLiteral("<query xmlns='jabber:iq:roster'/>")}}),
             qPrintable(otherClient.lastError()));
    const QJsonObject response = otherClient.waitForEvent(QStringLiteral("iqResponse"));
    QCOMPARE(response.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
    const QString rosterXml = response.value(QStringLiteral("xml")).toString();
    QCOMPARE(rosterGroups(rosterXml, ninaJid), (QStringList{QStringLiteral("Climbing"), QStringLiteral("Work")}));
    QCOMPARE(rosterGroups(rosterXml, m_server.jid(QStringLiteral("olga"))), QStringList{QStringLiteral("Work")});
}

void DesktopWindowTest::editProfileDialogPublishes()
{
    QString error;
    QVERIFY2(launch({}, AlicePassword.toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));
    QSignalSpy published(m_app->account()->profiles(), &ProfileService::ownProfilePublished);

    QObject *editAction = findInWindow(QStringLiteral("editProfileAction"));
    QVERIFY(editAction);
    QVERIFY(QMetaObject::invokeMethod(editAction, "trigger"));
    QObject *dialog = findInWindow(QStringLiteral("editProfileDialog"));
    QTRY_VERIFY(isOpen(dialog));
    // Wait for the own profile request, so that the arriving profile does not replace the entries.
    const QString ownJid = m_server.jid(Alice);
    const ProfilesModel *cards = m_app->account()->profileCards();
    const auto ownRowLoaded = [cards, ownJid] {
        const int row = cards->indexOf(ownJid);
        return row >= 0 && !cards->data(cards->index(row), ProfilesModel::LoadingRole).toBool();
    };
    QTRY_VERIFY_WITH_TIMEOUT(ownRowLoaded(), SignInTimeoutMs);

    QObject *fullName = findObject(dialog, QStringLiteral("profileFullNameField"));
    QVERIFY(fullName);
    fullName->setProperty("text", QStringLiteral("Alice Desktop"));
    QObject *location = findObject(dialog, QStringLiteral("profileLocationField"));
    QVERIFY(location);
    location->setProperty("text", QStringLiteral("Lisbon"));
    QObject *save = findObject(dialog, QStringLiteral("saveProfileAction"));
    QVERIFY(save);
    QVERIFY(QMetaObject::invokeMethod(save, "trigger"));

    QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, SignInTimeoutMs);
    const QModelIndex own = cards->index(cards->indexOf(ownJid));
    QCOMPARE(cards->data(own, ProfilesModel::FullNameRole).toString(), QStringLiteral("Alice Desktop"));
    QCOMPARE(cards->data(own, ProfilesModel::LocationRole).toString(), QStringLiteral("Lisbon"));
    QVERIFY(!isOpen(dialog));
}

void DesktopWindowTest::editProfileDialogChangesAvatar()
{
    QString error;
    QVERIFY2(launch({}, AlicePassword.toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));
    AvatarService *avatars = m_app->account()->avatars();
    QSignalSpy published(avatars, &AvatarService::ownAvatarPublished);

    QObject *editAction = findInWindow(QStringLiteral("editProfileAction"));
    QVERIFY(editAction);
    QVERIFY(QMetaObject::invokeMethod(editAction, "trigger"));
    QObject *dialog = findInWindow(QStringLiteral("editProfileDialog"));
    QTRY_VERIFY(isOpen(dialog));
    auto *ownAvatar = qobject_cast<QQuickItem *>(findObject(dialog, QStringLiteral("ownAvatar")));
    QObject *changeButton = findObject(dialog, QStringLiteral("changeAvatarButton"));
    QObject *removeButton = findObject(dialog, QStringLiteral("removeAvatarButton"));
    QObject *busyIndicator = findObject(dialog, QStringLiteral("avatarBusyIndicator"));
    QObject *avatarError = findObject(dialog, QStringLiteral("avatarError"));
    QVERIFY(ownAvatar);
    QVERIFY(changeButton);
    QVERIFY(removeButton);
    QVERIFY(busyIndicator);
    QVERIFY(avatarError);
    QVERIFY(changeButton->property("enabled").toBool());

    // "Change Avatar…" opens the file dialog of Qt.labs.platform, or shows which package is missing.
    QVERIFY(QMetaObject::invokeMethod(changeButton, "clicked"));
    QObject *fileDialogLoader = findObject(dialog, QStringLiteral("avatarFileDialogLoader"));
    QVERIFY(fileDialogLoader);
    QObject *fileDialog = fileDialogLoader->property("item").value<QObject *>();
    if (fileDialog) {
        QTRY_VERIFY(fileDialog->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(fileDialog, "close"));
        QTRY_VERIFY(!fileDialog->property("visible").toBool());
    } else {
        qInfo("The QML module Qt.labs.platform is missing, so the dialog shows why it cannot open a file dialog");
        QTRY_VERIFY(isFullyShown(avatarError));
        QVERIFY(textOf(avatarError).contains(QStringLiteral("qml-module-qt-labs-platform")));
    }

    // The file the user chose: an image that is not square, which the publisher crops.
    QTemporaryDir files;
    QVERIFY(files.isValid());
    const QString imagePath = files.filePath(QStringLiteral("holiday.png"));
    {
        QFile file(imagePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pngImage(QSize(300, 200), Qt::blue));
    }
    QVERIFY(QMetaObject::invokeMethod(dialog, "publishAvatarFile", Q_ARG(QVariant, QUrl::fromLocalFile(imagePath))));
    QVERIFY(dialog->property("avatarBusy").toBool());
    QVERIFY(isShown(busyIndicator));
    QVERIFY(!changeButton->property("enabled").toBool());
    QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, SignInTimeoutMs);
    const QString ownHash = avatars->ownAvatarHash();
    QVERIFY(!ownHash.isEmpty());
    QTRY_VERIFY(!dialog->property("avatarBusy").toBool());
    QVERIFY(!isShown(busyIndicator));
    QTRY_VERIFY_WITH_TIMEOUT(showsAvatarImage(ownAvatar, ownHash), SignInTimeoutMs);
    QTRY_VERIFY(colorAtCenter(ownAvatar).blue() > 200 && colorAtCenter(ownAvatar).red() < 60);
    QVERIFY(!isShown(avatarError));
    saveScreenshot(QStringLiteral("desktop-own-avatar.png"));

    // A file that is no image is rejected with a message in the dialog, which stays open.
    const QString textPath = files.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(textPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are notes, not an image.");
    }
    QVERIFY(QMetaObject::invokeMethod(dialog, "publishAvatarFile", Q_ARG(QVariant, QUrl::fromLocalFile(textPath))));
    QTRY_VERIFY_WITH_TIMEOUT(isFullyShown(avatarError), SignInTimeoutMs);
    QVERIFY(textOf(avatarError).contains(QStringLiteral("notes.txt")));
    QVERIFY(!dialog->property("avatarBusy").toBool());
    QVERIFY(isOpen(dialog));
    QCOMPARE(avatars->ownAvatarHash(), ownHash);
    QVERIFY(!isShown(findInWindow(QStringLiteral("contactsFailureMessage"))));
    saveScreenshot(QStringLiteral("desktop-own-avatar-error.png"));

    // "Remove Avatar" withdraws it, and the initials come back.
    QTRY_VERIFY(removeButton->property("enabled").toBool());
    QVERIFY(QMetaObject::invokeMethod(removeButton, "clicked"));
    QTRY_COMPARE_WITH_TIMEOUT(published.count(), 2, SignInTimeoutMs);
    QTRY_COMPARE(avatars->ownAvatarHash(), QString());
    QTRY_VERIFY(!dialog->property("avatarBusy").toBool());
    QCOMPARE(ownAvatar->property("source").toUrl(), QUrl());
    QVERIFY(!removeButton->property("enabled").toBool());
    QVERIFY(!isShown(avatarError));
}

void DesktopWindowTest::conversationSendsAndReceives()
{
    openBobConversation();
    QObject *page = findInWindow(QStringLiteral("conversationPage"));
    QVERIFY(page);
    QCOMPARE(page->property("title").toString(), QStringLiteral("Bob Martin"));
    QObject *field = findObject(page, QStringLiteral("messageField"));
    QObject *sendButton = findObject(page, QStringLiteral("sendButton"));
    QVERIFY(field);
    QVERIFY(sendButton);
    QVERIFY2(!sendButton->property("enabled").toBool(), "the Send button is enabled for an empty message");
    field->setProperty("text", QStringLiteral("   "));
    QVERIFY2(!sendButton->property("enabled").toBool(), "the Send button is enabled for spaces only");

    // Shift+Enter starts a new line, Enter sends.
    auto *fieldItem = qobject_cast<QQuickItem *>(field);
    QVERIFY(fieldItem);
    field->setProperty("text", QString());
    fieldItem->forceActiveFocus();
    QTRY_VERIFY(fieldItem->hasActiveFocus());
    typeText(m_app->window(), "Hello Bob");
    QTest::keyClick(m_app->window(), Qt::Key_Return, Qt::ShiftModifier);
    typeText(m_app->window(), "second line");
    QCOMPARE(textOf(field), QStringLiteral("Hello Bob\nsecond line"));
    QVERIFY(sendButton->property("enabled").toBool());
    QTest::keyClick(m_app->window(), Qt::Key_Return);

    const QString sentBody = QStringLiteral("Hello Bob\nsecond line");
    // Typing sent chat states (XEP-0085) before, in messages without a body.
    const auto fromAlice = [this](const QJsonObject &event) {
        return event.value(QStringLiteral("from")).toString().startsWith(m_server.jid(Alice)) && !event.value(QStringLiteral("body")).toString().isEmpty();
    };
    const QJsonObject received = m_bob->waitForEvent(QStringLiteral("message"), fromAlice, SignInTimeoutMs);
    QCOMPARE(received.value(QStringLiteral("body")).toString(), sentBody);
    QCOMPARE(textOf(field), QString());
    QVERIFY(!sendButton->property("enabled").toBool());

    // Bob's client sends a receipt, so the message goes from pending to delivered.
    QTRY_VERIFY_WITH_TIMEOUT(messageDelegateWithBody(sentBody) != nullptr, SignInTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(textOf(findObject(messageDelegateWithBody(sentBody), QStringLiteral("messageState"))), QStringLiteral("Delivered"),
                              SignInTimeoutMs);
    // Bob's client shows it and reports that with a displayed marker (XEP-0333).
    const QString displayed = QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat'><displayed xmlns='urn:xmpp:chat-markers:0' id='%2'/></message>")
                                  .arg(m_server.jid(Alice), received.value(QStringLiteral("id")).toString());
    QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), displayed}}), qPrintable(m_bob->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(textOf(findObject(messageDelegateWithBody(sentBody), QStringLiteral("messageState"))), QStringLiteral("Read"),
                              SignInTimeoutMs);

    // Bob's reply shows live, and the open conversation stays read.
    const QString reply = QStringLiteral("Hi Alice, reply %1").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), m_server.jid(Alice)}, {QStringLiteral("body"), reply}}),
             qPrintable(m_bob->lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(messageDelegateWithBody(reply) != nullptr, SignInTimeoutMs);
    QCOMPARE(shownMessageBodies().constLast(), reply);
    QVERIFY(!isShown(findObject(messageDelegateWithBody(reply), QStringLiteral("messageState"))));
    // The reply is the newest message, so it is at the bottom, below the sent one.
    QVERIFY(messageDelegateWithBody(reply)->mapToScene(QPointF()).y() > messageDelegateWithBody(sentBody)->mapToScene(QPointF()).y());
    const ConversationsModel *conversations = m_app->account()->conversations();
    const QModelIndex bobConversation = conversations->index(conversations->indexOf(m_server.jid(Bob)));
    QCOMPARE(bobConversation.data(ConversationsModel::LastMessageRole).toString(), reply);
    QTRY_COMPARE(bobConversation.data(ConversationsModel::UnreadCountRole).toInt(), 0);
    QCOMPARE(conversations->unreadTotal(), 0);
    QVERIFY(!isShown(findObject(page, QStringLiteral("conversationError"))));
    saveScreenshot(QStringLiteral("desktop-conversation.png"));

    // A message longer than the limit is rejected in the page, and its text stays for the user to shorten.
    const QString tooLong(ChatService::MaxBodyLength + 1, QLatin1Char('x'));
    field->setProperty("text", tooLong);
    QVERIFY(QMetaObject::invokeMethod(sendButton, "clicked"));
    QObject *error = findObject(page, QStringLiteral("conversationError"));
    QTRY_VERIFY(isFullyShown(error));
    QVERIFY(textOf(error).contains(QString::number(ChatService::MaxBodyLength)));
    QCOMPARE(textOf(field), tooLong);
}

void DesktopWindowTest::unreadBadgeOutsideConversation()
{
    openBobConversation();
    QObject *chatsTab = findInWindow(QStringLiteral("chatsTabAction"));
    QVERIFY(chatsTab);

    // Dave writes while Alice reads her conversation with Bob.
    TestPeer dave(m_server, Dave, passwordOf(Dave));
    QVERIFY2(dave.waitOnline(), qPrintable(dave.lastError()));
    const QString fromDave = QStringLiteral("Are you there? %1").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(dave.command({{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), m_server.jid(Alice)}, {QStringLiteral("body"), fromDave}}),
             qPrintable(dave.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->conversations()->unreadTotal(), 1, SignInTimeoutMs);
    QTRY_COMPARE(textOf(chatsTab), QStringLiteral("Chats (1)"));
    // The message did not appear in Bob's conversation.
    QVERIFY(!shownMessageBodies().contains(fromDave));

    QVERIFY(QMetaObject::invokeMethod(chatsTab, "trigger"));
    QTRY_COMPARE(currentPageName(), QStringLiteral("chats"));
    auto *list = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("conversationList")));
    QVERIFY(list);
    QTRY_VERIFY(list->property("count").toInt() >= 1);
    QTRY_VERIFY(delegateAt(list, 0) != nullptr);
    // Dave's conversation has the newest message, so it is first.
    QTRY_COMPARE(textInRow(list, 0, QStringLiteral("conversationName")), QStringLiteral("Dave Okafor"));
    QCOMPARE(textInRow(list, 0, QStringLiteral("conversationJid")), m_server.jid(Dave));
    QCOMPARE(textInRow(list, 0, QStringLiteral("conversationPreview")), fromDave);
    QCOMPARE(textInRow(list, 0, QStringLiteral("conversationTime")), QStringLiteral("now"));
    QVERIFY(isShown(findObject(delegateAt(list, 0), QStringLiteral("conversationUnreadBadge"))));
    QCOMPARE(textInRow(list, 0, QStringLiteral("conversationUnreadCount")), QStringLiteral("1"));
    // Bob's conversation, there when conversationSendsAndReceives() ran before, has no unread message.
    int bobRow = -1;
    for (int row = 0; row < list->property("count").toInt(); ++row) {
        if (textInRow(list, row, QStringLiteral("conversationName")) == QStringLiteral("Bob Martin")) {
            bobRow = row;
        }
    }
    if (bobRow >= 0) {
        QVERIFY(!isShown(findObject(delegateAt(list, bobRow), QStringLiteral("conversationUnreadBadge"))));
    }
    // The page slides in, so the screenshot waits until it is at the left edge of the window.
    QTRY_COMPARE(delegateAt(list, 0)->mapToScene(QPointF()).x(), 0.0);
    saveScreenshot(QStringLiteral("desktop-chats.png"));

    // A failure of ChatService shows above the list.
    m_app->account()->chats()->sendMessage(QStringLiteral("not an address"), QStringLiteral("Hello"));
    QObject *failure = findInWindow(QStringLiteral("chatsFailureMessage"));
    QVERIFY(failure);
    QTRY_VERIFY(isFullyShown(failure));
    QVERIFY(textOf(failure).contains(QStringLiteral("not an address")));

    // Opening Dave's conversation reads it.
    QVERIFY(QMetaObject::invokeMethod(delegateAt(list, 0), "clicked"));
    QTRY_VERIFY(findInWindow(QStringLiteral("conversationPage")));
    QTRY_COMPARE(findInWindow(QStringLiteral("conversationPage"))->property("peer").toString(), m_server.jid(Dave));
    QTRY_VERIFY_WITH_TIMEOUT(shownMessageBodies().contains(fromDave), SignInTimeoutMs);
    QTRY_COMPARE(m_app->account()->conversations()->unreadTotal(), 0);
    QTRY_COMPARE(textOf(chatsTab), QStringLiteral("Chats"));
    dave.stop();
}

void DesktopWindowTest::profileSheetOpensConversation()
{
    QString error;
    QVERIFY2(launch({}, AlicePassword.toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));
    auto *contactList = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("contactList")));
    QVERIFY(contactList);
    QTRY_COMPARE_WITH_TIMEOUT(contactList->property("count").toInt(), 3, SignInTimeoutMs);

    // Carol Nguyen is the second row, in the section Work.
    QQuickItem *row = nullptr;
    QTRY_VERIFY((row = delegateAt(contactList, 1)) != nullptr);
    QQuickItem *card = nullptr;
    openProfileCard(row, &card);
    QVERIFY(card);
    QObject *message = findInWindow(QStringLiteral("profileMessageAction"));
    QVERIFY(message);
    QVERIFY(QMetaObject::invokeMethod(message, "trigger"));

    QTRY_VERIFY(!isOpen(findInWindow(QStringLiteral("profileSheet"))));
    QObject *page = nullptr;
    QTRY_VERIFY((page = findInWindow(QStringLiteral("conversationPage"))) != nullptr);
    QCOMPARE(page->property("peer").toString(), m_server.jid(QStringLiteral("carol")));
    QCOMPARE(page->property("title").toString(), QStringLiteral("Carol Nguyen"));
    // Nobody has written yet, so the page invites the first message.
    QTRY_VERIFY(isShown(findObject(page, QStringLiteral("conversationPlaceholder"))));
}

void DesktopWindowTest::conversationLoadsOlderPages()
{
    // More messages than one page of ChatService, from Dave.
    TestPeer dave(m_server, Dave, passwordOf(Dave));
    QVERIFY2(dave.waitOnline(), qPrintable(dave.lastError()));
    const int messageCount = ChatService::PageSize + 12;
    for (int i = 0; i < messageCount; ++i) {
        QVERIFY2(dave.command({{QStringLiteral("command"), QStringLiteral("message")},
                               {QStringLiteral("to"), m_server.jid(Alice)},
                               {QStringLiteral("body"), QStringLiteral("Page test %1").arg(i)}}),
                 qPrintable(dave.lastError()));
    }
    dave.stop();

    QString error;
    QVERIFY2(launch({}, AlicePassword.toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));
    auto *contactList = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("contactList")));
    QVERIFY(contactList);
    QTRY_COMPARE_WITH_TIMEOUT(contactList->property("count").toInt(), 3, SignInTimeoutMs);
    // Dave Okafor is the last row, in no group. The messages arrived while Alice was away, from the server's offline storage.
    QQuickItem *row = nullptr;
    QTRY_VERIFY((row = delegateAt(contactList, 2)) != nullptr);
    const ConversationsModel *conversations = m_app->account()->conversations();
    QTRY_VERIFY_WITH_TIMEOUT(conversations->indexOf(m_server.jid(Dave)) >= 0
                                 && conversations->index(conversations->indexOf(m_server.jid(Dave))).data(ConversationsModel::LastMessageRole).toString()
                                     == QStringLiteral("Page test %1").arg(messageCount - 1),
                             SignInTimeoutMs);
    QVERIFY(QMetaObject::invokeMethod(row, "clicked"));

    QObject *page = nullptr;
    QTRY_VERIFY((page = findInWindow(QStringLiteral("conversationPage"))) != nullptr);
    auto *list = qobject_cast<QQuickItem *>(findObject(page, QStringLiteral("messageList")));
    QVERIFY(list);
    QTRY_VERIFY_WITH_TIMEOUT(shownMessageBodies().contains(QStringLiteral("Page test %1").arg(messageCount - 1)), SignInTimeoutMs);
    // The newest message is at the bottom, and only the newest page is loaded.
    QCOMPARE(shownMessageBodies().constLast(), QStringLiteral("Page test %1").arg(messageCount - 1));
    QVERIFY(list->property("count").toInt() >= ChatService::PageSize);
    QVERIFY(list->property("count").toInt() < messageCount);

    // Scrolling to the top, the end of the bottom-up list, loads the older page.
    QTRY_VERIFY_WITH_TIMEOUT(([list, messageCount] {
                                 QMetaObject::invokeMethod(list, "positionViewAtEnd");
                                 return list->property("count").toInt() >= messageCount;
                             }()),
                             SignInTimeoutMs);
    QTRY_VERIFY(shownMessageBodies().contains(QStringLiteral("Page test 0")));
    QTRY_COMPARE(conversations->unreadTotal(), 0);
}

void DesktopWindowTest::viewedConversationFollowsPage()
{
    openBobConversation();
    MessageNotifier *notifier = m_app->messageNotifier();
    // The conversation counts as viewed only while the window has the focus.
    m_app->window()->requestActivate();
    QTRY_VERIFY(m_app->window()->isActive());
    QTRY_COMPARE(notifier->viewedConversation(), m_server.jid(Bob));

    // Activating a notification opens its conversation.
    Q_EMIT notifier->conversationRequested(m_server.jid(Dave));
    QTRY_COMPARE(findInWindow(QStringLiteral("conversationPage"))->property("peer").toString(), m_server.jid(Dave));
    QTRY_COMPARE(notifier->viewedConversation(), m_server.jid(Dave));

    // The contact list shows no conversation.
    QObject *contactsTab = findInWindow(QStringLiteral("contactsTabAction"));
    QVERIFY(contactsTab);
    QVERIFY(QMetaObject::invokeMethod(contactsTab, "trigger"));
    QTRY_COMPARE(notifier->viewedConversation(), QString());
}

void DesktopWindowTest::openBobConversation()
{
    QString error;
    QVERIFY2(launch({}, AlicePassword.toUtf8() + '\n', &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(currentPageName(), QStringLiteral("contacts"));
    auto *contactList = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("contactList")));
    QVERIFY(contactList);
    QTRY_COMPARE_WITH_TIMEOUT(contactList->property("count").toInt(), 3, SignInTimeoutMs);

    // Bob Martin is the first row, and a click on it opens the conversation.
    QQuickItem *row = nullptr;
    QTRY_VERIFY((row = delegateAt(contactList, 0)) != nullptr);
    QCOMPARE(textOf(findObject(row, QStringLiteral("contactName"))), QStringLiteral("Bob Martin"));
    QVERIFY(QMetaObject::invokeMethod(row, "clicked"));
    QObject *page = nullptr;
    QTRY_VERIFY((page = findInWindow(QStringLiteral("conversationPage"))) != nullptr);
    QCOMPARE(page->property("peer").toString(), m_server.jid(Bob));
    auto *pageItem = qobject_cast<QQuickItem *>(page);
    QTRY_VERIFY(pageItem && pageItem->isVisible() && page->property("inView").toBool());
}

QQuickItem *DesktopWindowTest::messageDelegateWithBody(const QString &body) const
{
    QObject *page = findInWindow(QStringLiteral("conversationPage"));
    auto *list = qobject_cast<QQuickItem *>(findObject(page, QStringLiteral("messageList")));
    if (!list) {
        return nullptr;
    }
    const QList<QQuickItem *> delegates = visibleItemsNamed(list, QStringLiteral("messageDelegate"));
    for (QQuickItem *delegate : delegates) {
        if (delegate->property("body").toString() == body) {
            return delegate;
        }
    }
    return nullptr;
}

QStringList DesktopWindowTest::shownMessageBodies() const
{
    QObject *page = findInWindow(QStringLiteral("conversationPage"));
    auto *list = qobject_cast<QQuickItem *>(findObject(page, QStringLiteral("messageList")));
    QStringList bodies;
    if (!list) {
        return bodies;
    }
    // visibleItemsNamed() sorts top to bottom, and the newest message is at the bottom.
    const QList<QQuickItem *> delegates = visibleItemsNamed(list, QStringLiteral("messageDelegate"));
    for (QQuickItem *delegate : delegates) {
        bodies.append(delegate->property("body").toString());
    }
    return bodies;
}

bool DesktopWindowTest::launch(const QStringList &extraArguments, const QByteArray &standardInput, QString *error)
{
    return launch(extraArguments, Alice, standardInput, error);
}

bool DesktopWindowTest::launch(const QStringList &extraArguments, const QString &user, const QByteArray &standardInput, QString *error)
{
    CommandLine commandLine;
    if (!commandLine.parse(serverArguments(user) + extraArguments)) {
        *error = commandLine.errorText();
        return false;
    }

    QBuffer input;
    input.setData(standardInput);
    input.open(QIODevice::ReadOnly);
    const QString password = CommandLine::readPasswordLine(input);

    LaunchOptions options = commandLine.options();
    options.connection.reconnectInitialDelayMs = 200;
    options.connection.reconnectMaxDelayMs = 1000;

    m_app = std::make_unique<DesktopApp>();
    if (!m_app->start(options, password)) {
        *error = m_app->errorText();
        return false;
    }
    if (!QTest::qWaitForWindowExposed(m_app->window())) {
        *error = QStringLiteral("the window was not exposed");
        return false;
    }
    return true;
}

QStringList DesktopWindowTest::serverArguments(const QString &user) const
{
    return {
        QStringLiteral("salon"),
        QStringLiteral("--jid"),
        m_server.jid(user),
        QStringLiteral("--password-stdin"),
        QStringLiteral("--xmpp-host"),
        m_server.host(),
        QStringLiteral("--xmpp-port"),
        QString::number(m_server.clientPort()),
        QStringLiteral("--ca-certificates"),
        m_server.caCertificatePath(),
        // A cache of this test run only, never the user's own.
        QStringLiteral("--database"),
        QStringLiteral("sqlite:") + m_cacheFolder.filePath(QStringLiteral("cache.sqlite")),
    };
}

void DesktopWindowTest::saveScreenshot(const QString &fileName) const
{
    const QImage screenshot = m_app->window()->grabWindow();
    QVERIFY(!screenshot.isNull());
    const QString path = QDir(QStringLiteral(SALON_DESKTOP_TEST_OUTPUT_DIR)).filePath(fileName);
    QVERIFY2(screenshot.save(path, "PNG"), qPrintable(path));
}

QColor DesktopWindowTest::colorAtCenter(QQuickItem *item) const
{
    const QImage screenshot = m_app->window()->grabWindow();
    const QPointF center = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)) * screenshot.devicePixelRatio();
    return screenshot.pixelColor(center.toPoint());
}

QObject *DesktopWindowTest::findInWindow(const QString &objectName) const
{
    return findObject(m_app->window(), objectName);
}

QString DesktopWindowTest::currentPageName() const
{
    return m_app->window()->property("currentPageName").toString();
}

QTEST_MAIN(DesktopWindowTest)
#include "DesktopWindowTest.moc"
