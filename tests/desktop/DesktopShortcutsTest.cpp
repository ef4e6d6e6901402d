// The keyboard shortcuts of the desktop window against a throwaway Prosody, with a slixmpp peer
// who sends unread messages. Keys are pressed in the real window as a user would, and each is
// checked by its effect. The shortcuts dialog is checked against the Shortcut objects. Runs under Xvfb
// (run-under-xvfb.sh).

#include "Account.h"
#include "AppLauncher.h"
#include "ConversationsModel.h"
#include "DesktopApp.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "WindowTestTools.h"

#include <QDir>
#include <QImage>
#include <QJsonObject>
#include <QQmlListReference>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const auto Alice = QStringLiteral("alice");
const auto Bob = QStringLiteral("bob");

// Signing in and messages on the local Prosody took well under a second in the desktop tests.
// The bound leaves room for a loaded machine.
constexpr int TimeoutMs = 15000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

} // namespace

class DesktopShortcutsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newPostOpensComposer();
    void findFocusesSearch();
    void nextUnreadOpensConversation();
    void tabShortcutsSwitchPages();
    void backClosesPageOnTop();
    void settingsShortcutOpensSettings();
    void helpListsEveryShortcut();
    void pageActionsOpenSettingsAndHelp();

private:
    QObject *currentPage() const;
    void press(const QKeySequence &keys);

    TestXmppServer m_server;
    QTemporaryDir m_folder;
    std::unique_ptr<TestPeer> m_bob;
    std::unique_ptr<DesktopApp> m_app;
};

void DesktopShortcutsTest::initTestCase()
{
    QVERIFY(m_folder.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_folder.filePath(QStringLiteral("config"))));
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    for (const QString &user : {Alice, Bob}) {
        QVERIFY(m_server.addAccount(user, passwordOf(user)));
    }
    QVERIFY(m_server.setRoster(Alice, {{m_server.jid(Bob), QStringLiteral("Bob Martin"), {}, QStringLiteral("both")}}));
    QVERIFY(m_server.setRoster(Bob, {{m_server.jid(Alice), QStringLiteral("Alice"), {}, QStringLiteral("both")}}));
    m_bob = std::make_unique<TestPeer>(m_server, Bob, passwordOf(Bob));
    QVERIFY2(m_bob->waitOnline(), qPrintable(m_bob->lastError()));
}

void DesktopShortcutsTest::init()
{
    QSettings().clear();
    QString error;
    const QString database = m_folder.filePath(QStringLiteral("cache-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_app = launchSignedIn(m_server, m_server.jid(Alice), passwordOf(Alice), database, TimeoutMs, &error);
    QVERIFY2(m_app, qPrintable(error));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("contactsPage"));
}

void DesktopShortcutsTest::cleanup()
{
    m_app.reset();
}

void DesktopShortcutsTest::newPostOpensComposer()
{
    press(QKeySequence::New);

    QTRY_COMPARE(m_app->window()->property("currentPageName").toString(), QStringLiteral("feed"));
    QObject *composer = findObject(m_app->window(), QStringLiteral("postComposer"));
    QTRY_VERIFY(isOpen(composer));
    auto *title = qobject_cast<QQuickItem *>(findObject(composer, QStringLiteral("postTitleField")));
    QVERIFY(title);
    QTRY_VERIFY(title->hasActiveFocus());
}

void DesktopShortcutsTest::findFocusesSearch()
{
    press(QKeySequence::Find);

    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("messageSearchPage"));
    auto *field = qobject_cast<QQuickItem *>(findObject(currentPage(), QStringLiteral("messageSearchField")));
    QVERIFY(field);
    QTRY_VERIFY(field->hasActiveFocus());
}

void DesktopShortcutsTest::nextUnreadOpensConversation()
{
    // Without unread messages the key opens nothing.
    press(QKeySequence(QStringLiteral("Alt+Shift+Down")));
    QTest::qWait(200);
    QCOMPARE(currentPage()->objectName(), QStringLiteral("contactsPage"));

    const QJsonObject message = {
        {QStringLiteral("command"), QStringLiteral("message")},
        {QStringLiteral("to"), m_server.jid(Alice)},
        {QStringLiteral("body"), QStringLiteral("Unread until the shortcut")},
    };
    QVERIFY2(m_bob->command(message), qPrintable(m_bob->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->conversations()->unreadTotal(), 1, TimeoutMs);

    press(QKeySequence(QStringLiteral("Alt+Shift+Down")));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("conversationPage"));
    QCOMPARE(currentPage()->property("peer").toString(), m_server.jid(Bob));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->conversations()->unreadTotal(), 0, TimeoutMs);
}

void DesktopShortcutsTest::tabShortcutsSwitchPages()
{
    const QList<QPair<QString, QString>> tabs = {
        {QStringLiteral("Ctrl+1"), QStringLiteral("chats")},
        {QStringLiteral("Ctrl+2"), QStringLiteral("rooms")},
        {QStringLiteral("Ctrl+3"), QStringLiteral("feed")},
        {QStringLiteral("Ctrl+4"), QStringLiteral("contacts")},
    };
    for (const auto &tab : tabs) {
        press(QKeySequence(tab.first));
        QTRY_COMPARE(m_app->window()->property("currentPageName").toString(), tab.second);
    }
}

void DesktopShortcutsTest::backClosesPageOnTop()
{
    QVERIFY(QMetaObject::invokeMethod(m_app->window(), "openConversation", Q_ARG(QVariant, m_server.jid(Bob)), Q_ARG(QVariant, QVariant())));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("conversationPage"));

    press(QKeySequence::Back);
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("contactsPage"));
}

void DesktopShortcutsTest::settingsShortcutOpensSettings()
{
    press(QKeySequence(QStringLiteral("Ctrl+,")));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("settingsPage"));
}

void DesktopShortcutsTest::helpListsEveryShortcut()
{
    press(QKeySequence::HelpContents);
    QObject *dialog = findObject(m_app->window(), QStringLiteral("shortcutsDialog"));
    QTRY_VERIFY(isOpen(dialog));

    // One row per Shortcut of the window, each with the Shortcut's own description and keys.
    const QVariantList shortcuts = findObject(m_app->window(), QStringLiteral("mainShortcuts"))->property("all").toList();
    QCOMPARE(shortcuts.size(), 12);
    QList<QQuickItem *> rows;
    QTRY_COMPARE((rows = visibleItemsNamed(m_app->window()->contentItem(), QStringLiteral("shortcutRow"))).size(), shortcuts.size());
    for (int index = 0; index < shortcuts.size(); ++index) {
        const QObject *shortcut = shortcuts.at(index).value<QObject *>();
        QVERIFY(shortcut);
        QCOMPARE(textOf(findObject(rows.at(index), QStringLiteral("shortcutDescription"))), shortcut->property("description").toString());
        QCOMPARE(textOf(findObject(rows.at(index), QStringLiteral("shortcutKeys"))), shortcut->property("nativeText").toString());
        QVERIFY2(!shortcut->property("nativeText").toString().isEmpty(), qPrintable(shortcut->objectName()));
    }

    // The keys as the platform names them, from the same sequences that the window uses.
    const QString findKeys = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
    bool listed = false;
    for (QQuickItem *row : qAsConst(rows)) {
        listed = listed || textOf(findObject(row, QStringLiteral("shortcutKeys"))) == findKeys;
    }
    QVERIFY2(listed, qPrintable(findKeys));
    QTRY_VERIFY(qFuzzyCompare(dialog->property("opacity").toReal(), 1.0));
    const QImage screenshot = m_app->window()->grabWindow();
    QVERIFY(screenshot.save(QDir(QStringLiteral(SALON_DESKTOP_TEST_OUTPUT_DIR)).filePath(QStringLiteral("desktop-shortcuts-dialog.png")), "PNG"));

    // Escape, which the list names for closing a dialog, closes this one.
    press(QKeySequence::Cancel);
    QTRY_VERIFY(!isOpen(dialog));
}

void DesktopShortcutsTest::pageActionsOpenSettingsAndHelp()
{
    // The contacts page offers both in its actions menu, next to Sign Out.
    const QQmlListReference actions(currentPage()->property("actions").value<QObject *>(), "contextualActions");
    QVERIFY(actions.isValid());
    QStringList names;
    for (int index = 0; index < actions.count(); ++index) {
        names.append(actions.at(index)->objectName());
    }
    QVERIFY2(names.contains(QStringLiteral("settingsAction")), qPrintable(names.join(QLatin1Char(','))));
    QVERIFY2(names.contains(QStringLiteral("shortcutsAction")), qPrintable(names.join(QLatin1Char(','))));

    QVERIFY(QMetaObject::invokeMethod(findObject(m_app->window(), QStringLiteral("shortcutsAction")), "trigger"));
    QObject *dialog = findObject(m_app->window(), QStringLiteral("shortcutsDialog"));
    QTRY_VERIFY(isOpen(dialog));
    QMetaObject::invokeMethod(dialog, "close");
    QTRY_VERIFY(!isOpen(dialog));

    QVERIFY(QMetaObject::invokeMethod(findObject(m_app->window(), QStringLiteral("settingsAction")), "trigger"));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("settingsPage"));
}

QObject *DesktopShortcutsTest::currentPage() const
{
    auto *pageStack = m_app->window()->property("pageStack").value<QObject *>();
    auto *page = pageStack ? pageStack->property("currentItem").value<QObject *>() : nullptr;
    // An empty object keeps QTRY_COMPARE on objectName() from dereferencing null.
    static QObject none;
    return page ? page : &none;
}

void DesktopShortcutsTest::press(const QKeySequence &keys)
{
    QTest::keySequence(m_app->window(), keys);
}

QTEST_MAIN(DesktopShortcutsTest)
#include "DesktopShortcutsTest.moc"
