// xmpp: URIs in the desktop window against a throwaway Prosody: a URI on the command line, and
// URIs for rooms and contacts. The real salon program, started a second time, hands its URI to
// the window of this test over the private D-Bus session bus. Runs under Xvfb
// (run-under-xvfb.sh).

#include "Account.h"
#include "RoomService.h"
#include "RoomsModel.h"
#include "AppLauncher.h"
#include "DesktopApp.h"
#include "SingleInstance.h"
#include "TestXmppServer.h"
#include "WindowTestTools.h"
#include "XmppLink.h"
#include "XmppLinkHandler.h"

#include <QProcess>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const auto Alice = QStringLiteral("alice");
const auto Bob = QStringLiteral("bob");

// Signing in on the local Prosody took well under a second in the desktop tests. The bound
// leaves room for a loaded machine.
constexpr int TimeoutMs = 15000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

} // namespace

class DesktopUriTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void startupUriOpensConversation();
    void joinUriOpensJoinedRoom();
    void rosterUriFillsAddContactDialog();
    void secondInstanceHandsOverUri();
    void secondInstanceRejectsInvalidUri();
    void secondInstanceWithoutUriShowsWindow();
    void invalidUriOverDbusOpensNothing();

private:
    bool launch(QString *error, const QStringList &extraArguments = {});
    // Runs the salon program with arguments until it exits; returns its exit code, or -1 when it did not exit.
    int runSecondInstance(const QStringList &arguments, QString *errorOutput);
    QObject *currentPage() const;

    TestXmppServer m_server;
    QTemporaryDir m_folder;
    std::unique_ptr<DesktopApp> m_app;
};

void DesktopUriTest::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    for (const QString &user : {Alice, Bob}) {
        QVERIFY(m_server.addAccount(user, passwordOf(user)));
    }
    QVERIFY(m_server.setRoster(Alice, {{m_server.jid(Bob), QStringLiteral("Bob Martin"), {}, QStringLiteral("both")}}));
}

void DesktopUriTest::cleanup()
{
    m_app.reset();
}

void DesktopUriTest::startupUriOpensConversation()
{
    // The URI waits on the sign-in page of a first start and opens once the account is online.
    // The body waits in the composer, unsent.
    const QString uri = QStringLiteral("xmpp:%1?message;body=See%20you%20at%208%3B%20ok%3F").arg(m_server.jid(Bob));
    QString error;
    QVERIFY2(launch(&error, {uri}), qPrintable(error));

    QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), QStringLiteral("conversationPage"), TimeoutMs);
    QCOMPARE(currentPage()->property("peer").toString(), m_server.jid(Bob));
    QCOMPARE(textOf(findObject(currentPage(), QStringLiteral("messageField"))), QStringLiteral("See you at 8; ok?"));
    QCOMPARE(m_app->window()->property("currentPageName").toString(), QStringLiteral("contacts"));
}

void DesktopUriTest::joinUriOpensJoinedRoom()
{
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("contactsPage"));

    // ?join joins an existing room, so Bob creates it first.
    const QString room = QStringLiteral("uri-room@") + m_server.mucDomain();
    Account bob;
    ConnectionSettings connection;
    connection.host = m_server.host();
    connection.port = m_server.clientPort();
    connection.extraCaCertificates = m_server.caCertificates();
    bob.setConnectionSettings(connection);
    bob.signIn(m_server.jid(Bob), passwordOf(Bob));
    QTRY_COMPARE_WITH_TIMEOUT(bob.state(), Account::State::Online, TimeoutMs);
    bob.rooms()->createRoom(room);
    const auto bobJoined = [&bob, &room] {
        const std::optional<RoomEntry> entry = bob.roomList()->room(room);
        return entry && entry->state == RoomEntry::State::Joined;
    };
    QTRY_VERIFY_WITH_TIMEOUT(bobJoined(), TimeoutMs);

    QSignalSpy opened(m_app->uriHandler(), &XmppLinkHandler::uriOpened);
    m_app->uriHandler()->open(XmppLink::parse(QStringLiteral("xmpp:%1?join").arg(room)));

    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roomPage"));
    QCOMPARE(currentPage()->property("roomJid").toString(), room);
    QTRY_VERIFY_WITH_TIMEOUT(currentPage()->property("joined").toBool(), TimeoutMs);
    QCOMPARE(opened.count(), 1);
}

void DesktopUriTest::rosterUriFillsAddContactDialog()
{
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    // A conversation on top goes: the dialog belongs to the contact list.
    m_app->uriHandler()->open(XmppLink::parse(QStringLiteral("xmpp:%1").arg(m_server.jid(Bob))));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("conversationPage"));

    m_app->uriHandler()->open(XmppLink::parse(QStringLiteral("xmpp:carol@localhost?roster;name=Carol%20Smith;group=Work%20%26%20Sport")));

    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("contactsPage"));
    QObject *dialog = findObject(m_app->window(), QStringLiteral("addContactDialog"));
    QTRY_VERIFY(isOpen(dialog));
    QCOMPARE(textOf(findObject(dialog, QStringLiteral("addContactJidField"))), QStringLiteral("carol@localhost"));
    QCOMPARE(textOf(findObject(dialog, QStringLiteral("addContactNameField"))), QStringLiteral("Carol Smith"));
    QCOMPARE(textOf(findObject(dialog, QStringLiteral("addContactGroupField"))), QStringLiteral("Work & Sport"));
    QMetaObject::invokeMethod(dialog, "close");
    QTRY_VERIFY(!isOpen(dialog));

    // ?subscribe opens the same dialog without a name.
    m_app->uriHandler()->open(XmppLink::parse(QStringLiteral("xmpp:dave@localhost?subscribe")));
    QTRY_VERIFY(isOpen(dialog));
    QCOMPARE(textOf(findObject(dialog, QStringLiteral("addContactJidField"))), QStringLiteral("dave@localhost"));
    QCOMPARE(textOf(findObject(dialog, QStringLiteral("addContactNameField"))), QString());
}

void DesktopUriTest::secondInstanceHandsOverUri()
{
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("contactsPage"));

    // This test process plays the running app, as main() wires it.
    SingleInstance instance;
    QCOMPARE(instance.claim(), SingleInstance::Role::First);
    connect(&instance, &SingleInstance::openRequested, m_app->uriHandler(), &XmppLinkHandler::openUris);
    QSignalSpy openRequests(&instance, &SingleInstance::openRequested);

    QString errorOutput;
    const QString uri = QStringLiteral("xmpp:%1").arg(m_server.jid(Bob));
    QCOMPARE(runSecondInstance({uri}, &errorOutput), 0);
    QVERIFY2(errorOutput.contains(QStringLiteral("already running")), qPrintable(errorOutput));
    QCOMPARE(openRequests.count(), 1);
    QCOMPARE(openRequests.constFirst().constFirst().toStringList(), QStringList{uri});

    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("conversationPage"));
    QCOMPARE(currentPage()->property("peer").toString(), m_server.jid(Bob));
}

void DesktopUriTest::secondInstanceRejectsInvalidUri()
{
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("contactsPage"));
    SingleInstance instance;
    QCOMPARE(instance.claim(), SingleInstance::Role::First);
    QSignalSpy openRequests(&instance, &SingleInstance::openRequested);

    // The program checks the URI before it looks for a running app.
    QString errorOutput;
    QCOMPARE(runSecondInstance({QStringLiteral("xmpp:bob@local..host?message")}, &errorOutput), 1);
    QVERIFY2(errorOutput.contains(QStringLiteral("invalid address")), qPrintable(errorOutput));
    QCOMPARE(openRequests.count(), 0);
    QCOMPARE(currentPage()->objectName(), QStringLiteral("contactsPage"));
}

void DesktopUriTest::secondInstanceWithoutUriShowsWindow()
{
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    SingleInstance instance;
    QCOMPARE(instance.claim(), SingleInstance::Role::First);
    connect(&instance, &SingleInstance::activationRequested, m_app->uriHandler(), &XmppLinkHandler::activateWindow);
    // As in the tray: the window is hidden, and the app runs on.
    m_app->window()->hide();
    QTRY_VERIFY(!m_app->window()->isVisible());

    QString errorOutput;
    QCOMPARE(runSecondInstance({}, &errorOutput), 0);
    QVERIFY2(errorOutput.contains(QStringLiteral("brought to the front")), qPrintable(errorOutput));
    QTRY_VERIFY(m_app->window()->isVisible());
}

void DesktopUriTest::invalidUriOverDbusOpensNothing()
{
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("contactsPage"));
    QSignalSpy opened(m_app->uriHandler(), &XmppLinkHandler::uriOpened);

    // Other programs may call Open with anything; only the valid URI opens.
    m_app->uriHandler()->openUris({QStringLiteral("xmpp:@localhost?message"), QStringLiteral("https://example.org/")});
    QTest::qWait(200);
    QCOMPARE(opened.count(), 0);
    QCOMPARE(currentPage()->objectName(), QStringLiteral("contactsPage"));

    m_app->uriHandler()->openUris({QStringLiteral("xmpp:bob%"), QStringLiteral("xmpp:%1?message").arg(m_server.jid(Bob))});
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("conversationPage"));
    QCOMPARE(opened.count(), 1);
}

bool DesktopUriTest::launch(QString *error, const QStringList &extraArguments)
{
    const QString database = m_folder.filePath(QStringLiteral("cache-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_app = launchSignedIn(m_server, m_server.jid(Alice), passwordOf(Alice), database, TimeoutMs, error, extraArguments);
    return m_app != nullptr;
}

int DesktopUriTest::runSecondInstance(const QStringList &arguments, QString *errorOutput)
{
    // The second program shares this test's display and session bus, and none of the user's folders.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_folder.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_folder.filePath(QStringLiteral("home/config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_folder.filePath(QStringLiteral("home/data")));
    QProcess salon;
    salon.setProcessEnvironment(environment);
    salon.start(QStringLiteral(SALON_BINARY_PATH), arguments);
    // The test's event loop must run while the program waits for the D-Bus reply.
    if (!QTest::qWaitFor([&salon] { return salon.state() == QProcess::NotRunning; }, TimeoutMs)) {
        salon.kill();
        salon.waitForFinished();
        return -1;
    }
    *errorOutput = QString::fromUtf8(salon.readAllStandardError());
    return salon.exitStatus() == QProcess::NormalExit ? salon.exitCode() : -1;
}

QObject *DesktopUriTest::currentPage() const
{
    auto *pageStack = m_app->window()->property("pageStack").value<QObject *>();
    auto *page = pageStack ? pageStack->property("currentItem").value<QObject *>() : nullptr;
    // An empty object keeps QTRY_COMPARE on objectName() from dereferencing null.
    static QObject none;
    return page ? page : &none;
}

QTEST_MAIN(DesktopUriTest)
#include "DesktopUriTest.moc"
