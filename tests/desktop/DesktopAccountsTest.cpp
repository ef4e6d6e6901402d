// Several accounts in one desktop window, the saved account list and the passwords in the
// system keychain, against a throwaway Prosody. Runs under Xvfb (run-under-xvfb.sh). One
// keychain case runs with gnome-keyring on the test's D-Bus session bus (with-test-keychain.sh),
// the other on a session bus without any keychain service.

#include "Account.h"
#include "AccountListModel.h"
#include "AccountSession.h"
#include "AppLauncher.h"
#include "CommandLine.h"
#include "ConversationsModel.h"
#include "DesktopApp.h"
#include "FakeNotificationServer.h"
#include "PasswordKeychain.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "UnreadTrayIcon.h"
#include "WindowTestTools.h"

#include <KStatusNotifierItem>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QImage>
#include <QFile>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

const auto Alice = QStringLiteral("alice");
const auto Bob = QStringLiteral("bob");
const auto Carol = QStringLiteral("carol");
const auto Dave = QStringLiteral("dave");

// Signing in to the local Prosody took well under a second in the desktop tests. The bound leaves room for a loaded machine.
constexpr int SignInTimeoutMs = 15000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

QString currentPageName(DesktopApp *app)
{
    return app->window()->property("currentPageName").toString();
}

QQuickItem *topPage(DesktopApp *app)
{
    QObject *pageStack = app->window()->property("pageStack").value<QObject *>();
    return pageStack ? pageStack->property("currentItem").value<QQuickItem *>() : nullptr;
}

int rowCountIn(const QString &databasePath, const QString &statement, const QString &accountJid)
{
    const QString connection = QUuid::createUuid().toString();
    int count = -1;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(databasePath);
        if (database.open()) {
            QSqlQuery query(database);
            query.prepare(statement);
            query.addBindValue(accountJid);
            if (query.exec() && query.next()) {
                count = query.value(0).toInt();
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return count;
}

} // namespace

class DesktopAccountsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void secondAccountAddedAndSwitched();
    void notificationSwitchesAccount();
    void removeAccountForgetsIt();
    void duplicateAccountRejected();
    void keychainRestartSignsIn();
    void missingKeychainShowsMessage();

private:
    // Starts the app without --jid, as a user starts it, with the account list in m_settingsPath.
    bool launchWithSavedAccounts(QString *error);
    // Types jid and password into the sign-in page on screen and clicks "Sign In".
    void signInThroughPage(const QString &jid, const QString &password);
    // Adds Bob through the account switcher while Alice is signed in, and waits for him to be online.
    void addBob();

    TestXmppServer m_server;
    FakeNotificationServer m_notificationServer;
    QTemporaryDir m_folder;
    QString m_databasePath;
    QString m_settingsPath;
    QString m_keychainService;
    std::unique_ptr<DesktopApp> m_app;
};

void DesktopAccountsTest::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_notificationServer.start());
    for (const QString &user : {Alice, Bob, Carol, Dave}) {
        QVERIFY(m_server.addAccount(user, passwordOf(user)));
    }
    QVERIFY(m_server.setRoster(Alice, {{m_server.jid(Dave), QStringLiteral("Dave Okafor"), {}, QStringLiteral("both")}}));
    QVERIFY(m_server.setRoster(Bob, {{m_server.jid(Carol), QStringLiteral("Carol Nguyen"), {}, QStringLiteral("both")}}));
    QVERIFY(m_folder.isValid());
    m_databasePath = m_folder.filePath(QStringLiteral("cache.sqlite"));
    m_settingsPath = m_folder.filePath(QStringLiteral("salon.conf"));
    // A service name of this run only, so no password of the user's own keychain is read or replaced.
    m_keychainService = QStringLiteral("org.salon.Salon.test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void DesktopAccountsTest::cleanup()
{
    m_app.reset();
}

void DesktopAccountsTest::secondAccountAddedAndSwitched()
{
    QString error;
    m_app = launchSignedIn(m_server, m_server.jid(Alice), passwordOf(Alice), m_databasePath, SignInTimeoutMs, &error);
    QVERIFY2(m_app, qPrintable(error));
    AccountListModel *accounts = m_app->accounts();
    QAbstractItemModelTester tester(accounts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(accounts->rowCount(), 1);
    QCOMPARE(accounts->index(0).data(AccountListModel::JidRole).toString(), m_server.jid(Alice));
    QCOMPARE(accounts->index(0).data(AccountListModel::DisplayNameRole).toString(), Alice);
    QCOMPARE(accounts->index(0).data(AccountListModel::ConnectionStateRole).toInt(), int(Account::State::Online));
    QTRY_COMPARE(currentPageName(m_app.get()), QStringLiteral("contacts"));

    // Alice opens her conversation with Dave; it is back on screen when she returns.
    QVERIFY(QMetaObject::invokeMethod(m_app->window(), "openConversation", Q_ARG(QVariant, m_server.jid(Dave)), Q_ARG(QVariant, QStringLiteral("Dave Okafor"))));
    QTRY_VERIFY(topPage(m_app.get()) && topPage(m_app.get())->objectName() == QLatin1String("conversationPage"));
    AccountSession *alice = m_app->currentSession();

    addBob();
    QCOMPARE(accounts->rowCount(), 2);
    QCOMPARE(m_app->currentIndex(), 1);
    QCOMPARE(accounts->index(1).data(AccountListModel::JidRole).toString(), m_server.jid(Bob));
    QCOMPARE(accounts->index(0).data(AccountListModel::ConnectionStateRole).toInt(), int(Account::State::Online));
    QTRY_COMPARE(visibleItemsNamed(m_app->window()->contentItem(), QStringLiteral("accountButton")).size(), 2);

    // Back to Alice: her conversation with Dave, while Bob stays online.
    QVERIFY(QMetaObject::invokeMethod(m_app->window(), "switchAccount", Q_ARG(QVariant, 0)));
    QCOMPARE(m_app->currentSession(), alice);
    QTRY_VERIFY(topPage(m_app.get()) && topPage(m_app.get())->objectName() == QLatin1String("conversationPage"));
    QCOMPARE(topPage(m_app.get())->property("peer").toString(), m_server.jid(Dave));
    QCOMPARE(m_app->window()->property("account").value<Account *>(), alice->account());

    // Carol writes to Bob while Alice is on screen: Bob's row and badge count it, and so does the tray.
    QCOMPARE(accounts->index(1).data(AccountListModel::UnreadCountRole).toInt(), 0);
    AccountSession *bob = accounts->sessionAt(1);
    const int notificationsBefore = m_notificationServer.notifications().size();
    TestPeer carol(m_server, Carol, passwordOf(Carol));
    QVERIFY2(carol.waitOnline(), qPrintable(carol.lastError()));
    QVERIFY2(carol.command({{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), m_server.jid(Bob)}, {QStringLiteral("body"), QStringLiteral("Lunch at noon?")}}),
             qPrintable(carol.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(accounts->index(1).data(AccountListModel::UnreadCountRole).toInt(), 1, SignInTimeoutMs);
    QCOMPARE(accounts->index(0).data(AccountListModel::UnreadCountRole).toInt(), 0);
    QCOMPARE(accounts->unreadTotal(), 1);
    QCOMPARE(m_app->trayIcon()->item()->toolTipSubTitle(), QStringLiteral("1 unread message"));
    QTRY_COMPARE(visibleItemsNamed(m_app->window()->contentItem(), QStringLiteral("accountUnreadBadge")).size(), 1);
    QCOMPARE(textOf(visibleItemsNamed(m_app->window()->contentItem(), QStringLiteral("accountUnreadBadge")).constFirst()), QStringLiteral("1"));
    const QImage screenshot = m_app->window()->grabWindow();
    QVERIFY(screenshot.save(QDir(QStringLiteral(SALON_DESKTOP_TEST_OUTPUT_DIR)).filePath(QStringLiteral("desktop-accounts-switcher.png")), "PNG"));

    // Alice's tab bar counts only her own unread messages.
    QCOMPARE(alice->account()->conversations()->unreadTotal(), 0);

    // With two accounts the notification names the account it is about, and a click on it
    // shows that account with the conversation.
    QTRY_COMPARE(m_notificationServer.notifications().size(), notificationsBefore + 1);
    const FakeNotificationServer::Notification shown = m_notificationServer.notifications().constLast();
    QCOMPARE(shown.summary, QStringLiteral("Carol Nguyen (%1)").arg(m_server.jid(Bob)));
    m_notificationServer.invokeAction(shown.id, QStringLiteral("default"));
    QTRY_COMPARE(m_app->currentSession(), bob);
    QTRY_VERIFY(topPage(m_app.get()) && topPage(m_app.get())->objectName() == QLatin1String("conversationPage"));
    QCOMPARE(topPage(m_app.get())->property("peer").toString(), m_server.jid(Carol));

    // Alice's conversation with Dave is still open on her pages, but out of view, so his message notifies.
    TestPeer dave(m_server, Dave, passwordOf(Dave));
    QVERIFY2(dave.waitOnline(), qPrintable(dave.lastError()));
    QVERIFY2(dave.command({{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), m_server.jid(Alice)}, {QStringLiteral("body"), QStringLiteral("Are you there?")}}),
             qPrintable(dave.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(m_notificationServer.notifications().size(), notificationsBefore + 2, SignInTimeoutMs);
    QCOMPARE(m_notificationServer.notifications().constLast().summary, QStringLiteral("Dave Okafor (%1)").arg(m_server.jid(Alice)));
    QCOMPARE(accounts->index(0).data(AccountListModel::UnreadCountRole).toInt(), 1);
}

void DesktopAccountsTest::notificationSwitchesAccount()
{
    QString error;
    m_app = launchSignedIn(m_server, m_server.jid(Alice), passwordOf(Alice), m_databasePath, SignInTimeoutMs, &error);
    QVERIFY2(m_app, qPrintable(error));
    addBob();
    AccountSession *bob = m_app->currentSession();
    QVERIFY(QMetaObject::invokeMethod(m_app->window(), "switchAccount", Q_ARG(QVariant, 0)));
    QCOMPARE(m_app->currentIndex(), 0);

    // What a click on a message notification of Bob's does: his account, then the conversation.
    Q_EMIT bob->conversationRequested(m_server.jid(Carol));
    QCOMPARE(m_app->currentSession(), bob);
    QTRY_VERIFY(topPage(m_app.get()) && topPage(m_app.get())->objectName() == QLatin1String("conversationPage"));
    QCOMPARE(topPage(m_app.get())->property("peer").toString(), m_server.jid(Carol));
}

void DesktopAccountsTest::removeAccountForgetsIt()
{
    QString error;
    m_app = launchSignedIn(m_server, m_server.jid(Alice), passwordOf(Alice), m_databasePath, SignInTimeoutMs, &error);
    QVERIFY2(m_app, qPrintable(error));
    addBob();
    QAbstractItemModelTester tester(m_app->accounts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Bob's roster is in the cache once he has been online.
    const QString countRoster = QStringLiteral("SELECT COUNT(*) FROM roster_items WHERE account = ?");
    QTRY_VERIFY_WITH_TIMEOUT(rowCountIn(m_databasePath, countRoster, m_server.jid(Bob)) > 0, SignInTimeoutMs);
    QVERIFY(rowCountIn(m_databasePath, countRoster, m_server.jid(Alice)) > 0);

    // Through the dialog, as the user removes the account on screen, with its cache.
    QObject *removeButton = findObject(m_app->window(), QStringLiteral("removeAccountButton"));
    QVERIFY(removeButton);
    QVERIFY(QMetaObject::invokeMethod(removeButton, "clicked"));
    QObject *dialog = findObject(m_app->window(), QStringLiteral("removeAccountDialog"));
    QTRY_VERIFY(isOpen(dialog));
    QCOMPARE(dialog->property("jid").toString(), m_server.jid(Bob));
    QObject *deleteCache = findObject(m_app->window(), QStringLiteral("deleteAccountCacheBox"));
    QVERIFY(deleteCache);
    deleteCache->setProperty("checked", true);
    QSignalSpy cacheRemoved(m_app.get(), &DesktopApp::accountCacheRemoved);
    QObject *confirm = findObject(dialog, QStringLiteral("removeAccountConfirmAction"));
    QVERIFY(confirm);
    QVERIFY(QMetaObject::invokeMethod(confirm, "trigger"));

    QCOMPARE(m_app->accounts()->rowCount(), 1);
    QCOMPARE(m_app->account()->jid(), m_server.jid(Alice));
    QTRY_COMPARE(cacheRemoved.count(), 1);
    QCOMPARE(cacheRemoved.constFirst().at(0).toString(), m_server.jid(Bob));
    QVERIFY(cacheRemoved.constFirst().at(1).toBool());
    QCOMPARE(rowCountIn(m_databasePath, countRoster, m_server.jid(Bob)), 0);
    QVERIFY(rowCountIn(m_databasePath, countRoster, m_server.jid(Alice)) > 0);
    QTRY_COMPARE(currentPageName(m_app.get()), QStringLiteral("contacts"));
}

void DesktopAccountsTest::duplicateAccountRejected()
{
    QString error;
    m_app = launchSignedIn(m_server, m_server.jid(Alice), passwordOf(Alice), m_databasePath, SignInTimeoutMs, &error);
    QVERIFY2(m_app, qPrintable(error));
    QVERIFY(QMetaObject::invokeMethod(m_app->window(), "addAccount"));
    QCOMPARE(m_app->accounts()->rowCount(), 2);

    // Alice once more: the page shows an error and nothing signs in.
    signInThroughPage(m_server.jid(Alice), passwordOf(Alice));
    QObject *message = findObject(m_app->window(), QStringLiteral("duplicateAccountMessage"));
    QTRY_VERIFY(isShown(message));
    QCOMPARE(message->property("text").toString(),
             QStringLiteral("%1 is already added. Choose it in the account list at the top.").arg(m_server.jid(Alice)));
    QCOMPARE(m_app->account()->state(), Account::State::Offline);
    QCOMPARE(m_app->currentIndex(), 1);

    // The empty account goes again, and Alice is shown.
    QVERIFY(QMetaObject::invokeMethod(m_app->window(), "removeAccount", Q_ARG(QVariant, 1), Q_ARG(QVariant, false)));
    QCOMPARE(m_app->accounts()->rowCount(), 1);
    QCOMPARE(m_app->account()->jid(), m_server.jid(Alice));
    QTRY_COMPARE(currentPageName(m_app.get()), QStringLiteral("contacts"));
}

void DesktopAccountsTest::keychainRestartSignsIn()
{
    QFile::remove(m_settingsPath);
    QString error;
    QVERIFY2(launchWithSavedAccounts(&error), qPrintable(error));
    QSignalSpy probed(m_app->keychain(), &PasswordKeychain::probed);
    QTRY_COMPARE(probed.count(), 1);
    QVERIFY2(probed.constFirst().at(0).toBool(), "no keychain service answers; this case needs gnome-keyring on the session bus");
    QCOMPARE(currentPageName(m_app.get()), QStringLiteral("signIn"));
    QVERIFY(!isShown(findObject(m_app->window(), QStringLiteral("keychainUnavailableMessage"))));

    QSignalSpy written(m_app->keychain(), &PasswordKeychain::passwordWritten);
    signInThroughPage(m_server.jid(Alice), passwordOf(Alice));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE(written.count(), 1);
    QVERIFY(written.constFirst().at(1).toBool());

    // The account list has the JID and nothing of the password.
    QFile settings(m_settingsPath);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settings.readAll();
    QVERIFY2(settingsText.contains(m_server.jid(Alice).toUtf8()), settingsText.constData());
    QVERIFY(!settingsText.contains(passwordOf(Alice).toUtf8()));
    QVERIFY2(settingsText.contains("host=" + m_server.host().toUtf8()), settingsText.constData());
    settings.close();

    // The next start signs in with the stored password. Until the keychain returns it, the
    // sign-in page waits with its fields disabled.
    m_app.reset();
    QVERIFY2(launchWithSavedAccounts(&error), qPrintable(error));
    QVERIFY(m_app->currentSession()->passwordPending() || m_app->account()->state() != Account::State::Offline);
    QCOMPARE(m_app->accounts()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QCOMPARE(m_app->account()->jid(), m_server.jid(Alice));
    QTRY_COMPARE(currentPageName(m_app.get()), QStringLiteral("contacts"));

    // A second account added in the window signs in at the next start too, in its place.
    QSignalSpy bobWritten(m_app->keychain(), &PasswordKeychain::passwordWritten);
    addBob();
    QTRY_COMPARE(bobWritten.count(), 1);
    m_app.reset();
    QVERIFY2(launchWithSavedAccounts(&error), qPrintable(error));
    QCOMPARE(m_app->accounts()->rowCount(), 2);
    AccountSession *savedAlice = m_app->accounts()->sessionAt(0);
    AccountSession *savedBob = m_app->accounts()->sessionAt(1);
    QTRY_COMPARE_WITH_TIMEOUT(savedAlice->account()->state(), Account::State::Online, SignInTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(savedBob->account()->state(), Account::State::Online, SignInTimeoutMs);
    QCOMPARE(savedAlice->account()->jid(), m_server.jid(Alice));
    QCOMPARE(savedBob->account()->jid(), m_server.jid(Bob));
    QCOMPARE(m_app->currentSession(), savedAlice);
    QVERIFY(QMetaObject::invokeMethod(m_app->window(), "removeAccount", Q_ARG(QVariant, 1), Q_ARG(QVariant, false)));
    QCOMPARE(m_app->accounts()->rowCount(), 1);

    // Removing the account deletes its password from the keychain.
    QVERIFY(QMetaObject::invokeMethod(m_app->window(), "removeAccount", Q_ARG(QVariant, 0), Q_ARG(QVariant, false)));
    QTRY_COMPARE(currentPageName(m_app.get()), QStringLiteral("signIn"));
    PasswordKeychain check(m_keychainService);
    QSignalSpy notRead(&check, &PasswordKeychain::passwordNotRead);
    QTest::qWait(500);
    check.readPassword(m_server.jid(Alice));
    QTRY_COMPARE(notRead.count(), 1);
}

void DesktopAccountsTest::missingKeychainShowsMessage()
{
    QFile::remove(m_settingsPath);
    QString error;
    QVERIFY2(launchWithSavedAccounts(&error), qPrintable(error));
    QSignalSpy probed(m_app->keychain(), &PasswordKeychain::probed);
    QTRY_COMPARE(probed.count(), 1);
    QVERIFY2(!probed.constFirst().at(0).toBool(), "a keychain service answers; this case needs a session bus without one");

    QObject *message = findObject(m_app->window(), QStringLiteral("keychainUnavailableMessage"));
    QTRY_VERIFY(isShown(message));
    QCOMPARE(message->property("text").toString(),
             QStringLiteral("Passwords cannot be saved: no keychain service is running. Salon will ask for the password at each start."));
    QObject *remember = findObject(m_app->window(), QStringLiteral("rememberPasswordBox"));
    QVERIFY(remember);
    QVERIFY(!remember->property("enabled").toBool());

    // The typed password still signs in.
    signInThroughPage(m_server.jid(Alice), passwordOf(Alice));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);

    // The next start has the account in its list but no password, so the sign-in page asks for it.
    m_app.reset();
    QVERIFY2(launchWithSavedAccounts(&error), qPrintable(error));
    QCOMPARE(m_app->accounts()->rowCount(), 1);
    QTRY_COMPARE(currentPageName(m_app.get()), QStringLiteral("signIn"));
    QObject *jidField = findObject(m_app->window(), QStringLiteral("jidField"));
    QVERIFY(jidField);
    QTRY_COMPARE(jidField->property("text").toString(), m_server.jid(Alice));
    QTest::qWait(500);
    QCOMPARE(m_app->account()->state(), Account::State::Offline);
    QVERIFY(!m_app->currentSession()->passwordPending());

    // The page takes the password again once the keychain has failed to give it.
    signInThroughPage(m_server.jid(Alice), passwordOf(Alice));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
}

bool DesktopAccountsTest::launchWithSavedAccounts(QString *error)
{
    CommandLine commandLine;
    const QStringList arguments = {
        QStringLiteral("salon"),
        QStringLiteral("--xmpp-host"),
        m_server.host(),
        QStringLiteral("--xmpp-port"),
        QString::number(m_server.clientPort()),
        QStringLiteral("--ca-certificates"),
        m_server.caCertificatePath(),
        QStringLiteral("--database"),
        QStringLiteral("sqlite:") + m_databasePath,
    };
    if (!commandLine.parse(arguments)) {
        *error = commandLine.errorText();
        return false;
    }
    LaunchOptions options = commandLine.options();
    options.settingsPath = m_settingsPath;
    options.keychainService = m_keychainService;
    m_app = std::make_unique<DesktopApp>();
    if (!m_app->start(options, QString())) {
        *error = m_app->errorText();
        return false;
    }
    if (!QTest::qWaitForWindowExposed(m_app->window())) {
        *error = QStringLiteral("the window was not exposed");
        return false;
    }
    return true;
}

void DesktopAccountsTest::signInThroughPage(const QString &jid, const QString &password)
{
    QTRY_COMPARE(currentPageName(m_app.get()), QStringLiteral("signIn"));
    QQuickItem *page = topPage(m_app.get());
    QVERIFY(page);
    QObject *jidField = findObject(page, QStringLiteral("jidField"));
    QObject *passwordField = findObject(page, QStringLiteral("passwordField"));
    QObject *signInButton = findObject(page, QStringLiteral("signInButton"));
    QVERIFY(jidField && passwordField && signInButton);
    jidField->setProperty("text", jid);
    passwordField->setProperty("text", password);
    QTRY_VERIFY(signInButton->property("enabled").toBool());
    clickItem(qobject_cast<QQuickItem *>(signInButton));
}

void DesktopAccountsTest::addBob()
{
    QObject *addButton = findObject(m_app->window(), QStringLiteral("addAccountButton"));
    QVERIFY(addButton);
    QTRY_VERIFY(isShown(addButton));
    clickItem(qobject_cast<QQuickItem *>(addButton));
    QTRY_COMPARE(m_app->accounts()->rowCount(), 2);
    signInThroughPage(m_server.jid(Bob), passwordOf(Bob));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->state(), Account::State::Online, SignInTimeoutMs);
    QCOMPARE(m_app->account()->jid(), m_server.jid(Bob));
    QTRY_COMPARE(currentPageName(m_app.get()), QStringLiteral("contacts"));
}

QTEST_MAIN(DesktopAccountsTest)
#include "DesktopAccountsTest.moc"
