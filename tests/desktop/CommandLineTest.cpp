// The desktop app's command line: accepted options, rejected values and
// how the password is read from standard input.

#include "CommandLine.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ScreenshotView)

namespace {

const auto ProgramName = QStringLiteral("salon");

} // namespace

class CommandLineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void acceptsConnectionOptions();
    void jidAloneFillsSignInPage();
    void acceptsXmppLink();
    void acceptsScreenshotViews_data();
    void acceptsScreenshotViews();
    void rejectsInvalidArguments_data();
    void rejectsInvalidArguments();
    void readsCaCertificates();
    void readsPasswordLine_data();
    void readsPasswordLine();
    void helpDocumentsUnits();

private:
    QTemporaryDir m_directory;
};

void CommandLineTest::initTestCase()
{
    QVERIFY(m_directory.isValid());
}

void CommandLineTest::acceptsConnectionOptions()
{
    CommandLine commandLine;
    const QStringList arguments = {
        ProgramName,
        QStringLiteral("--jid"),
        QStringLiteral("alice@example.org"),
        QStringLiteral("--password-stdin"),
        QStringLiteral("--xmpp-host"),
        QStringLiteral("127.0.0.1"),
        QStringLiteral("--xmpp-port"),
        QStringLiteral("5223"),
        QStringLiteral("--screenshot"),
        QStringLiteral("/tmp/shot.png"),
    };
    QVERIFY2(commandLine.parse(arguments), qPrintable(commandLine.errorText()));

    const LaunchOptions options = commandLine.options();
    QCOMPARE(options.jid, QStringLiteral("alice@example.org"));
    QVERIFY(options.passwordFromStdin);
    QCOMPARE(options.connection.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(options.connection.port, quint16(5223));
    QVERIFY(options.connection.extraCaCertificates.isEmpty());
    QCOMPARE(options.screenshotPath, QStringLiteral("/tmp/shot.png"));
    QVERIFY(!commandLine.isHelpRequested());
}

void CommandLineTest::jidAloneFillsSignInPage()
{
    CommandLine commandLine;
    QVERIFY(commandLine.parse({ProgramName, QStringLiteral("--jid"), QStringLiteral("alice@example.org")}));
    QCOMPARE(commandLine.options().jid, QStringLiteral("alice@example.org"));
    QVERIFY(!commandLine.options().passwordFromStdin);
    QCOMPARE(commandLine.options().connection.port, quint16(0));
}

void CommandLineTest::acceptsXmppLink()
{
    CommandLine commandLine;
    QVERIFY(commandLine.parse({ProgramName}));
    QVERIFY(!commandLine.options().xmppUri.isValid());

    const QStringList arguments = {ProgramName, QStringLiteral("--jid"), QStringLiteral("alice@example.org"), QStringLiteral("xmpp:bob%2Bwork@example.org?message")};
    QVERIFY2(commandLine.parse(arguments), qPrintable(commandLine.errorText()));
    QCOMPARE(commandLine.options().jid, QStringLiteral("alice@example.org"));
    QVERIFY(commandLine.options().xmppUri.isValid());
    QCOMPARE(commandLine.options().xmppUri.jid(), QStringLiteral("bob+work@example.org"));
    QCOMPARE(commandLine.options().xmppUri.action(), XmppLink::Action::Message);
    QVERIFY(commandLine.helpText().contains(QStringLiteral("xmpp:")));
}

void CommandLineTest::acceptsScreenshotViews_data()
{
    QTest::addColumn<QStringList>("viewArguments");
    QTest::addColumn<ScreenshotView>("view");
    QTest::addColumn<QString>("peer");

    QTest::newRow("default") << QStringList() << ScreenshotView::Contacts << QString();
    QTest::newRow("contacts") << QStringList{QStringLiteral("--screenshot-view"), QStringLiteral("contacts")} << ScreenshotView::Contacts << QString();
    QTest::newRow("feed") << QStringList{QStringLiteral("--screenshot-view"), QStringLiteral("feed")} << ScreenshotView::Feed << QString();
    QTest::newRow("chat") << QStringList{QStringLiteral("--screenshot-view"), QStringLiteral("chat:bob@example.org")} << ScreenshotView::Chat
                          << QStringLiteral("bob@example.org");
    QTest::newRow("chat JID lowercased") << QStringList{QStringLiteral("--screenshot-view"), QStringLiteral("chat:Bob@Example.org")}
                                         << ScreenshotView::Chat << QStringLiteral("bob@example.org");
}

void CommandLineTest::acceptsScreenshotViews()
{
    QFETCH(QStringList, viewArguments);
    QFETCH(ScreenshotView, view);
    QFETCH(QString, peer);

    CommandLine commandLine;
    const QStringList arguments = QStringList{ProgramName, QStringLiteral("--screenshot"), QStringLiteral("/tmp/shot.png")} + viewArguments;
    QVERIFY2(commandLine.parse(arguments), qPrintable(commandLine.errorText()));
    QCOMPARE(commandLine.options().screenshotPath, QStringLiteral("/tmp/shot.png"));
    QCOMPARE(commandLine.options().screenshotView, view);
    QCOMPARE(commandLine.options().screenshotPeer, peer);
}

void CommandLineTest::rejectsInvalidArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("password without jid") << QStringList{QStringLiteral("--password-stdin")} << QStringLiteral("--jid");
    QTest::newRow("port zero") << QStringList{QStringLiteral("--xmpp-port"), QStringLiteral("0")} << QStringLiteral("\"0\"");
    QTest::newRow("port too large") << QStringList{QStringLiteral("--xmpp-port"), QStringLiteral("65536")} << QStringLiteral("65536");
    QTest::newRow("port not a number") << QStringList{QStringLiteral("--xmpp-port"), QStringLiteral("xmpp")} << QStringLiteral("xmpp");
    QTest::newRow("empty host") << QStringList{QStringLiteral("--xmpp-host"), QStringLiteral(" ")} << QStringLiteral("--xmpp-host");
    QTest::newRow("missing CA file") << QStringList{QStringLiteral("--ca-certificates"), QStringLiteral("/nonexistent/ca.pem")} << QStringLiteral("/nonexistent/ca.pem");
    QTest::newRow("password as option") << QStringList{QStringLiteral("--password"), QStringLiteral("secret")} << QStringLiteral("password");
    QTest::newRow("positional argument") << QStringList{QStringLiteral("alice@example.org")} << QStringLiteral("alice@example.org");
    QTest::newRow("invalid xmpp URI") << QStringList{QStringLiteral("xmpp:juliet@capulet..lit")} << QStringLiteral("invalid address");
    QTest::newRow("xmpp URI and another argument") << QStringList{QStringLiteral("xmpp:juliet@capulet.lit"), QStringLiteral("extra")}
                                                   << QStringLiteral("Unexpected argument: extra");
    QTest::newRow("value missing") << QStringList{QStringLiteral("--jid")} << QStringLiteral("jid");
    QTest::newRow("screenshot view without screenshot") << QStringList{QStringLiteral("--screenshot-view"), QStringLiteral("feed")}
                                                        << QStringLiteral("--screenshot-view needs --screenshot");
    const QStringList screenshot{QStringLiteral("--screenshot"), QStringLiteral("/tmp/shot.png"), QStringLiteral("--screenshot-view")};
    QTest::newRow("unknown screenshot view") << screenshot + QStringList{QStringLiteral("rooms")} << QStringLiteral("\"rooms\"");
    QTest::newRow("chat view without JID") << screenshot + QStringList{QStringLiteral("chat:")} << QStringLiteral("not a valid JID");
    QTest::newRow("chat view with invalid JID") << screenshot + QStringList{QStringLiteral("chat:bob@")} << QStringLiteral("\"bob@\"");
}

void CommandLineTest::rejectsInvalidArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);

    CommandLine commandLine;
    QVERIFY(!commandLine.parse(QStringList{ProgramName} + arguments));
    QVERIFY2(commandLine.errorText().contains(errorPart), qPrintable(commandLine.errorText()));
}

void CommandLineTest::readsCaCertificates()
{
    const QString notPem = m_directory.filePath(QStringLiteral("not-a-certificate.pem"));
    QFile notPemFile(notPem);
    QVERIFY(notPemFile.open(QIODevice::WriteOnly));
    notPemFile.write("not a certificate\n");
    notPemFile.close();

    CommandLine commandLine;
    QVERIFY(!commandLine.parse({ProgramName, QStringLiteral("--ca-certificates"), notPem}));
    QVERIFY2(commandLine.errorText().contains(QStringLiteral("no PEM certificate")), qPrintable(commandLine.errorText()));

    const QString systemCa = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
    if (!QFile::exists(systemCa)) {
        QSKIP("the system CA bundle /etc/ssl/certs/ca-certificates.crt is not installed");
    }
    QVERIFY2(commandLine.parse({ProgramName, QStringLiteral("--ca-certificates"), systemCa}), qPrintable(commandLine.errorText()));
    QVERIFY(!commandLine.options().connection.extraCaCertificates.isEmpty());
}

void CommandLineTest::readsPasswordLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("password");

    QTest::newRow("line feed") << QByteArrayLiteral("secret\nignored\n") << QStringLiteral("secret");
    QTest::newRow("carriage return") << QByteArrayLiteral("secret\r\n") << QStringLiteral("secret");
    QTest::newRow("no line break") << QByteArrayLiteral("secret") << QStringLiteral("secret");
    QTest::newRow("spaces kept") << QByteArrayLiteral(" se cret \n") << QStringLiteral(" se cret ");
    QTest::newRow("UTF-8") << QByteArray("p\xc3\xa4ss\n") << QStringLiteral("p\u00e4ss");
    QTest::newRow("empty input") << QByteArray() << QString();
}

void CommandLineTest::readsPasswordLine()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, password);

    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(CommandLine::readPasswordLine(buffer), password);
}

void CommandLineTest::helpDocumentsUnits()
{
    CommandLine commandLine;
    QVERIFY(commandLine.parse({ProgramName, QStringLiteral("--help")}));
    QVERIFY(commandLine.isHelpRequested());

    const QString help = commandLine.helpText();
    QVERIFY(help.contains(QStringLiteral("--password-stdin")));
    QVERIFY(help.contains(QStringLiteral("1 to 65535")));
    QVERIFY(help.contains(QStringLiteral("PEM")));
    QVERIFY(help.contains(QStringLiteral("--screenshot-view")));
    QVERIFY(help.contains(QStringLiteral("chat:JID")));
    QVERIFY(!help.contains(QStringLiteral("--password ")));
}

QTEST_GUILESS_MAIN(CommandLineTest)
#include "CommandLineTest.moc"
