#include "CommandLine.h"

#include "BareJid.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QSslCertificate>
#include <QStandardPaths>

namespace {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache.sqlite");
}

// The value of --screenshot-view that names a conversation starts with this, followed by the peer's JID.
const auto ChatViewPrefix = QStringLiteral("chat:");

} // namespace

CommandLine::CommandLine()
    : m_jidOption(QStringLiteral("jid"),
                  QCoreApplication::translate("CommandLine", "XMPP address (bare JID) of the account, such as alice@example.org. "
                                                             "Without --password-stdin it is only filled into the sign-in page. "
                                                             "With --jid the app runs only this account and leaves the saved account list unchanged."),
                  QCoreApplication::translate("CommandLine", "JID"))
    , m_passwordStdinOption(QStringLiteral("password-stdin"),
                            QCoreApplication::translate("CommandLine", "Read the password from the first line of standard input "
                                                                       "and sign in at start. Needs --jid."))
    , m_hostOption(QStringLiteral("xmpp-host"),
                   QCoreApplication::translate("CommandLine", "Host name or IP address of the XMPP server. "
                                                              "Default: found through the JID domain's DNS SRV records."),
                   QCoreApplication::translate("CommandLine", "HOST"))
    , m_portOption(QStringLiteral("xmpp-port"),
                   QCoreApplication::translate("CommandLine", "TCP port of the XMPP server, 1 to 65535. "
                                                              "Default: the SRV record's port, or 5222."),
                   QCoreApplication::translate("CommandLine", "PORT"))
    , m_caCertificatesOption(QStringLiteral("ca-certificates"),
                             QCoreApplication::translate("CommandLine", "PEM file of certificate authorities to trust in addition "
                                                                        "to the system's, for a server with a private CA."),
                             QCoreApplication::translate("CommandLine", "FILE"))
    , m_databaseOption(QStringLiteral("database"),
                       QCoreApplication::translate("CommandLine", "Cache of everything Salon has seen: sqlite:PATH or "
                                                                  "postgresql://USER@HOST:PORT/DBNAME. Default: sqlite:%1.")
                           .arg(defaultDatabasePath()),
                       QCoreApplication::translate("CommandLine", "URL"))
    , m_screenshotOption(QStringLiteral("screenshot"),
                         QCoreApplication::translate("CommandLine", "Once the view of --screenshot-view shows its content, save a PNG "
                                                                    "screenshot of the window to FILE and keep running."),
                         QCoreApplication::translate("CommandLine", "FILE"))
    , m_screenshotViewOption(QStringLiteral("screenshot-view"),
                             QCoreApplication::translate("CommandLine", "What the window shows in the screenshot of --screenshot: "
                                                                        "contacts (the contact list with its contacts), feed (the news feed, "
                                                                        "once the posts of the account and of its contacts are fetched) or "
                                                                        "chat:JID (the conversation with JID, once its newest messages are loaded). "
                                                                        "Default: contacts."),
                             QCoreApplication::translate("CommandLine", "VIEW"))
{
    m_parser.setApplicationDescription(QCoreApplication::translate("CommandLine", "Salon, a social XMPP client."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_jidOption, m_passwordStdinOption, m_hostOption, m_portOption, m_caCertificatesOption, m_databaseOption, m_screenshotOption,
                         m_screenshotViewOption});
    m_parser.addPositionalArgument(QStringLiteral("uri"),
                                   QCoreApplication::translate("CommandLine", "xmpp: URI to open, such as xmpp:alice@example.org?message for a chat, "
                                                                              "?join for a group chat room or ?roster to add a contact. "
                                                                              "When Salon already runs, the URI goes to the running app."),
                                   QStringLiteral("[xmpp:URI]"));
}

bool CommandLine::parse(const QStringList &arguments)
{
    m_errorText.clear();
    m_options = {};

    if (!m_parser.parse(arguments)) {
        m_errorText = m_parser.errorText();
        return false;
    }
    const QStringList positional = m_parser.positionalArguments();
    const bool isUri = positional.size() == 1 && XmppLink::hasXmppScheme(positional.constFirst());
    if (!positional.isEmpty() && !isUri) {
        // Only the first argument may be a URI.
        const int unexpected = XmppLink::hasXmppScheme(positional.constFirst()) ? 1 : 0;
        m_errorText = QCoreApplication::translate("CommandLine", "Unexpected argument: %1. Run with --help to list the options.")
                          .arg(positional.at(unexpected));
        return false;
    }

    LaunchOptions options;
    if (!readOptions(&options)) {
        return false;
    }
    if (isUri) {
        options.xmppUri = XmppLink::parse(positional.constFirst());
        if (!options.xmppUri.isValid()) {
            m_errorText = options.xmppUri.errorText();
            return false;
        }
    }
    m_options = options;
    return true;
}

bool CommandLine::readOptions(LaunchOptions *options)
{
    options->jid = m_parser.value(m_jidOption).trimmed();
    options->passwordFromStdin = m_parser.isSet(m_passwordStdinOption);
    options->connection.host = m_parser.value(m_hostOption).trimmed();
    options->screenshotPath = m_parser.value(m_screenshotOption);
    options->databaseUrl = m_parser.isSet(m_databaseOption) ? m_parser.value(m_databaseOption) : QStringLiteral("sqlite:") + defaultDatabasePath();

    if (options->passwordFromStdin && options->jid.isEmpty()) {
        m_errorText = QCoreApplication::translate("CommandLine", "--password-stdin needs --jid: give the JID to sign in with.");
        return false;
    }
    if (m_parser.isSet(m_hostOption) && options->connection.host.isEmpty()) {
        m_errorText = QCoreApplication::translate("CommandLine", "--xmpp-host is empty: give a host name or an IP address.");
        return false;
    }
    if (m_parser.isSet(m_portOption) && !readPort(m_parser.value(m_portOption), &options->connection)) {
        return false;
    }
    if (m_parser.isSet(m_caCertificatesOption) && !readCaCertificates(m_parser.value(m_caCertificatesOption), &options->connection)) {
        return false;
    }
    if (m_parser.isSet(m_screenshotOption) && options->screenshotPath.isEmpty()) {
        m_errorText = QCoreApplication::translate("CommandLine", "--screenshot is empty: give the path of the PNG file to write.");
        return false;
    }
    if (m_parser.isSet(m_screenshotViewOption)) {
        if (!m_parser.isSet(m_screenshotOption)) {
            m_errorText = QCoreApplication::translate("CommandLine", "--screenshot-view needs --screenshot: give the path of the PNG file to write.");
            return false;
        }
        if (!readScreenshotView(m_parser.value(m_screenshotViewOption), options)) {
            return false;
        }
    }
    return true;
}

bool CommandLine::isHelpRequested() const
{
    return m_parser.isSet(QStringLiteral("help"));
}

bool CommandLine::isVersionRequested() const
{
    return m_parser.isSet(QStringLiteral("version"));
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

QString CommandLine::errorText() const
{
    return m_errorText;
}

LaunchOptions CommandLine::options() const
{
    return m_options;
}

QString CommandLine::readPasswordLine(QIODevice &input)
{
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    return QString::fromUtf8(line);
}

bool CommandLine::readPort(const QString &value, ConnectionSettings *connection)
{
    bool isNumber = false;
    const uint port = value.toUInt(&isNumber);
    if (!isNumber || port < 1 || port > 65535) {
        m_errorText = QCoreApplication::translate("CommandLine", "Invalid --xmpp-port value \"%1\": give a TCP port from 1 to 65535.").arg(value);
        return false;
    }
    connection->port = quint16(port);
    return true;
}

bool CommandLine::readScreenshotView(const QString &value, LaunchOptions *options)
{
    const QString view = value.trimmed();
    if (view == QLatin1String("contacts")) {
        options->screenshotView = ScreenshotView::Contacts;
        return true;
    }
    if (view == QLatin1String("feed")) {
        options->screenshotView = ScreenshotView::Feed;
        return true;
    }
    if (view.startsWith(ChatViewPrefix)) {
        const QString jid = view.mid(ChatViewPrefix.size());
        options->screenshotPeer = BareJid::fromUserInput(jid);
        if (options->screenshotPeer.isEmpty()) {
            m_errorText = QCoreApplication::translate("CommandLine", "Invalid --screenshot-view value \"%1\": \"%2\" is not a valid JID. "
                                                                     "Give one after chat:, such as chat:alice@example.org.")
                              .arg(value, jid);
            return false;
        }
        options->screenshotView = ScreenshotView::Chat;
        return true;
    }
    m_errorText = QCoreApplication::translate("CommandLine", "Invalid --screenshot-view value \"%1\": give contacts, feed or chat:JID.").arg(value);
    return false;
}

bool CommandLine::readCaCertificates(const QString &path, ConnectionSettings *connection)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorText = QCoreApplication::translate("CommandLine", "Cannot read the --ca-certificates file %1: %2.").arg(path, file.errorString());
        return false;
    }

    const QList<QSslCertificate> certificates = QSslCertificate::fromDevice(&file, QSsl::Pem);
    if (certificates.isEmpty()) {
        m_errorText = QCoreApplication::translate("CommandLine", "The --ca-certificates file %1 contains no PEM certificate.").arg(path);
        return false;
    }
    connection->extraCaCertificates = certificates;
    return true;
}
