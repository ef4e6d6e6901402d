// The desktop window against a throwaway Prosody, driven through the same
// command line code path as the salon executable and inspected through the
// QML object tree. Runs under Xvfb (run-under-xvfb.sh).

#include "Account.h"
#include "CommandLine.h"
#include "DesktopApp.h"
#include "NotificationBridge.h"
#include "TestPeer.h"
#include "TestXmppServer.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

const auto Alice = QStringLiteral("alice");
const auto AlicePassword = QStringLiteral("alice-secret");
const auto Bob = QStringLiteral("bob");
const auto BobPassword = QStringLiteral("bob-secret");
const auto BobStatus = QStringLiteral("At the office");
// An account with an empty roster.
const auto Frank = QStringLiteral("frank");
const auto FrankPassword = QStringLiteral("frank-secret");

// Signing in to the local Prosody took well under a second in these tests. The bound leaves room for a loaded machine.
constexpr int SignInTimeoutMs = 15000;

// Finds the object named objectName under root, following QObject children
// and, for Qt Quick items, visual children: the delegates of a ListView are
// children of its contentItem only.
QObject *findObject(QObject *root, const QString &objectName, QSet<QObject *> &visited)
{
    if (!root || visited.contains(root)) {
        return nullptr;
    }
    visited.insert(root);
    if (root->objectName() == objectName) {
        return root;
    }

    for (QObject *child : root->children()) {
        if (QObject *found = findObject(child, objectName, visited)) {
            return found;
        }
    }
    if (auto *item = qobject_cast<QQuickItem *>(root)) {
        for (QQuickItem *child : item->childItems()) {
            if (QObject *found = findObject(child, objectName, visited)) {
                return found;
            }
        }
    }
    return nullptr;
}

QObject *findObject(QObject *root, const QString &objectName)
{
    if (!root) {
        return nullptr;
    }
    if (QObject *child = root->findChild<QObject *>(objectName)) {
        return child;
    }
    QSet<QObject *> visited;
    return findObject(root, objectName, visited);
}

// Returns the visible items named objectName under item, top to bottom.
QList<QQuickItem *> visibleItemsNamed(QQuickItem *item, const QString &objectName)
{
    QList<QQuickItem *> items;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        if (child->objectName() == objectName && child->isVisible()) {
            items.append(child);
        }
        items += visibleItemsNamed(child, objectName);
    }
    std::sort(items.begin(), items.end(), [item](QQuickItem *a, QQuickItem *b) {
        return a->mapToItem(item, QPointF()).y() < b->mapToItem(item, QPointF()).y();
    });
    return items;
}

QString textOf(QObject *object)
{
    return object ? object->property("text").toString() : QStringLiteral("<missing>");
}

bool isShown(QObject *object)
{
    auto *item = qobject_cast<QQuickItem *>(object);
    return item && item->isVisible();
}

// Whether a Kirigami.InlineMessage is visible and done with its opening
// animation: it grows from a height of 0 and fades its content in.
bool isFullyShown(QObject *message)
{
    auto *item = qobject_cast<QQuickItem *>(message);
    if (!item || !item->isVisible()) {
        return false;
    }
    auto *content = item->property("contentItem").value<QQuickItem *>();
    return content && content->height() > 0 && qFuzzyCompare(content->opacity(), 1.0) && qFuzzyCompare(item->height(), item->implicitHeight());
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
    void signOutShowsSignInPage();
    void screenshotOptionSavesWindow();

private:
    // Parses the command line that the salon executable would get and starts the app with it.
    bool launch(const QStringList &extraArguments, const QString &user, const QByteArray &standardInput, QString *error);
    bool launch(const QStringList &extraArguments, const QByteArray &standardInput, QString *error);
    QStringList serverArguments(const QString &user) const;
    // Saves the window as fileName in the test's build folder, for a person to look at.
    void saveScreenshot(const QString &fileName) const;
    QObject *findInWindow(const QString &objectName) const;
    QString currentPageName() const;

    TestXmppServer m_server;
    std::unique_ptr<TestPeer> m_bob;
    std::unique_ptr<DesktopApp> m_app;
};

void DesktopWindowTest::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_server.addAccount(Alice, AlicePassword));
    QVERIFY(m_server.addAccount(Bob, BobPassword));
    QVERIFY(m_server.addAccount(Frank, FrankPassword));

    const QList<TestRosterItem> aliceRoster = {
        {m_server.jid(QStringLiteral("dave")), QStringLiteral("Dave Okafor"), {}, QStringLiteral("both")},
        {m_server.jid(QStringLiteral("carol")), QStringLiteral("Carol Nguyen"), {QStringLiteral("Work")}, QStringLiteral("both")},
        {m_server.jid(Bob), QStringLiteral("Bob Martin"), {QStringLiteral("Friends")}, QStringLiteral("both")},
    };
    QVERIFY(m_server.setRoster(Alice, aliceRoster));
    QVERIFY(m_server.setRoster(Bob, {{m_server.jid(Alice), QStringLiteral("Alice"), {}, QStringLiteral("both")}}));

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
    };
}

void DesktopWindowTest::saveScreenshot(const QString &fileName) const
{
    const QImage screenshot = m_app->window()->grabWindow();
    QVERIFY(!screenshot.isNull());
    const QString path = QDir(QStringLiteral(SALON_DESKTOP_TEST_OUTPUT_DIR)).filePath(fileName);
    QVERIFY2(screenshot.save(path, "PNG"), qPrintable(path));
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
