// salon-test-server: runs a throwaway Prosody for manual tests, the web
// tests and the development script, and prints how to reach it as one JSON
// line on stdout. Everything else goes to stderr.

#include "TestPeer.h"
#include "TestSupportLogging.h"
#include "TestXmppServer.h"

#include <QBuffer>
#include <QColor>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

struct Account {
    QString user;
    QString password;
};

struct DemoContact {
    QString user;
    QString name;
    QStringList groups;
};

struct DemoPresence {
    QString user;
    QString show;
    QString status;
    /// Main color of the generated avatar.
    QColor color;
    /// Free text of the profile (vCard4 note).
    QString about;
    QString locality;
};

// Upper bound of --numbered-accounts, so a mistyped count does not write millions of files.
constexpr int MaxNumberedAccounts = 100000;

const auto DemoOwner = QStringLiteral("alice");
const auto DemoOwnerName = QStringLiteral("Alice");

QList<DemoContact> demoContacts()
{
    return {
        {QStringLiteral("bob"), QStringLiteral("Bob Martin"), {QStringLiteral("Friends")}},
        {QStringLiteral("carol"), QStringLiteral("Carol Nguyen"), {QStringLiteral("Friends"), QStringLiteral("Work")}},
        {QStringLiteral("dave"), QStringLiteral("Dave Okafor"), {QStringLiteral("Work")}},
        {QStringLiteral("erin"), QStringLiteral("Erin Rossi"), {QStringLiteral("Family")}},
    };
}

QList<DemoPresence> demoPresences()
{
    return {
        {QStringLiteral("bob"), QString(), QStringLiteral("Writing about XMPP"), QColor(0x2e, 0x86, 0xc1),
         QStringLiteral("Writes about open protocols and federated networks."), QStringLiteral("Lyon")},
        {QStringLiteral("carol"), QStringLiteral("away"), QStringLiteral("Lunch"), QColor(0xc0, 0x39, 0x2b),
         QStringLiteral("Photographer and climber."), QStringLiteral("Montréal")},
        {QStringLiteral("dave"), QStringLiteral("dnd"), QString(), QColor(0x27, 0xae, 0x60), QStringLiteral("Runs the neighbourhood choir."),
         QStringLiteral("Lagos")},
    };
}

QString demoPassword(const QString &user)
{
    return user + QStringLiteral("-demo");
}

// Write end and read end of the self-pipe that carries SIGTERM and SIGINT
// into the event loop.
int signalSockets[2] = {-1, -1};

// Set when a stop signal or the end of stdin arrives. During startup the
// peers' nested event loops deliver these events too. QCoreApplication::quit()
// called then would be lost before app.exec() starts, and it would end every
// later nested loop at once, so startup checks this flag instead.
bool stopRequested = false;
bool mainLoopRunning = false;

void requestStop()
{
    stopRequested = true;
    if (mainLoopRunning)
        QCoreApplication::quit();
}

void handleSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here; a full pipe already wakes the loop.
    const ssize_t written = ::write(signalSockets[0], &byte, 1);
    Q_UNUSED(written)
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalSockets) != 0)
        return false;

    struct sigaction action = {};
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (sigaction(SIGTERM, &action, nullptr) != 0 || sigaction(SIGINT, &action, nullptr) != 0)
        return false;

    // A reader that goes away must not kill the server before it stops Prosody.
    std::signal(SIGPIPE, SIG_IGN);
    return true;
}

// Returns false when fd 0 is closed. It is then reopened on /dev/null, so no
// file or socket opened later takes fd 0 and is mistaken for stdin.
bool stdinIsOpen()
{
    if (fcntl(STDIN_FILENO, F_GETFD) != -1)
        return true;
    const int devNull = ::open("/dev/null", O_RDONLY);
    if (devNull > STDIN_FILENO)
        ::close(devNull);
    return false;
}

bool parseAccounts(const QStringList &values, QList<Account> *accounts, QString *error)
{
    for (const QString &value : values) {
        const int separator = value.indexOf(QLatin1Char(':'));
        if (separator <= 0 || separator == value.size() - 1) {
            *error = QStringLiteral("Invalid --account value \"%1\": expected USER:PASSWORD with both parts non-empty").arg(value.left(separator < 0 ? value.size() : separator));
            return false;
        }
        accounts->append({value.left(separator), value.mid(separator + 1)});
    }
    return true;
}

bool seedDemoRosters(TestXmppServer &server)
{
    QList<TestRosterItem> ownerRoster;
    for (const DemoContact &contact : demoContacts()) {
        ownerRoster.append({server.jid(contact.user), contact.name, contact.groups, QStringLiteral("both")});
        const TestRosterItem mirrored{server.jid(DemoOwner), DemoOwnerName, contact.groups, QStringLiteral("both")};
        if (!server.setRoster(contact.user, {mirrored}))
            return false;
    }
    return server.setRoster(DemoOwner, ownerRoster);
}

// Draws a 128-pixel avatar: a disc in the given color with a lighter ring, encoded as PNG.
// Shapes only, because text needs the font database of a QGuiApplication.
QByteArray demoAvatar(const QColor &color)
{
    QImage image(128, 128, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(4, 4, 120, 120));
    painter.setBrush(color.lighter(160));
    painter.drawEllipse(QRectF(36, 36, 56, 56));
    painter.end();

    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

// A vCard4 (XEP-0292) with the contact's name, note and locality, escaped for XML.
QString demoVCard4(const DemoContact &contact, const DemoPresence &presence)
{
    return QStringLiteral("<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'><fn><text>%1</text></fn><note><text>%2</text></note>"
                          "<adr><locality>%3</locality></adr></vcard>")
        .arg(contact.name.toHtmlEscaped(), presence.about.toHtmlEscaped(), presence.locality.toHtmlEscaped());
}

// A demo microblog post (XEP-0277) by one of the demo contacts.
struct DemoPost {
    QString user;
    QString itemId;
    QString title;
    /// XHTML paragraphs, already escaped.
    QString xhtml;
    QStringList tags;
    /// Age of the post in minutes.
    int ageMinutes;
};

QList<DemoPost> demoPosts()
{
    return {
        {QStringLiteral("bob"), QStringLiteral("demo-federation"), QStringLiteral("Federation in practice"),
         QStringLiteral("<p>Three servers, one conversation: that is what <strong>federation</strong> means.</p>"
                        "<p>Read more on <a href='https://xmpp.org/'>xmpp.org</a>.</p>"),
         {QStringLiteral("xmpp"), QStringLiteral("federation")}, 95},
        {QStringLiteral("carol"), QStringLiteral("demo-sunrise"), QStringLiteral("Sunrise over the mountain"),
         QStringLiteral("<p>Up at five for the light. Worth it.</p>"), {QStringLiteral("photography")}, 40},
        {QStringLiteral("dave"), QStringLiteral("demo-rehearsal"), QStringLiteral("Rehearsal moves to Thursday"),
         QStringLiteral("<p>Same time, same hall. Bring the new scores.</p>"), {QStringLiteral("choir")}, 10},
    };
}

QString demoTimestamp(int ageMinutes)
{
    return QDateTime::currentDateTimeUtc().addSecs(-60 * ageMinutes).toString(Qt::ISODate);
}

QString demoCommentsNode(const QString &itemId)
{
    return QStringLiteral("urn:xmpp:microblog:0:comments/") + itemId;
}

// The Atom entry of a demo post, with a comments link to a node on the author's PEP service
// (or on the community's service).
QString demoEntry(const DemoPost &post, const QString &authorName, const QString &authorJid, const QString &commentsService)
{
    QString categories;
    for (const QString &tag : post.tags)
        categories += QStringLiteral("<category term='%1'/>").arg(tag.toHtmlEscaped());
    const QString stamp = demoTimestamp(post.ageMinutes);
    return QStringLiteral("<entry xmlns='http://www.w3.org/2005/Atom'><title>%1</title>"
                          "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>%2</div></content>"
                          "<author><name>%3</name><uri>xmpp:%4</uri></author>"
                          "<id>tag:%4,2026:%5</id><published>%6</published><updated>%6</updated>%7"
                          "<link rel='replies' title='comments' href='xmpp:%8?;node=%9'/></entry>")
        .arg(post.title.toHtmlEscaped(), post.xhtml, authorName.toHtmlEscaped(), authorJid, post.itemId, stamp, categories,
             commentsService, demoCommentsNode(post.itemId));
}

// A node configuration form (XEP-0060, section 8.2) with the given fields.
QString demoNodeConfig(const QList<std::pair<QString, QString>> &fields)
{
    QString form = QStringLiteral("<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'>"
                                  "<value>http://jabber.org/protocol/pubsub#node_config</value></field>");
    for (const auto &[name, value] : fields)
        form += QStringLiteral("<field var='%1'><value>%2</value></field>").arg(name, value.toHtmlEscaped());
    return form + QStringLiteral("</x>");
}

// Sends an IQ set from the peer and returns false, with error set, unless it succeeds.
bool demoIqSet(TestPeer &peer, const QString &to, const QString &xml, QString *error)
{
    if (!peer.command({{QStringLiteral("command"), QStringLiteral("iqSet")}, {QStringLiteral("to"), to}, {QStringLiteral("xml"), xml}})) {
        *error = peer.lastError();
        return false;
    }
    const QJsonObject response = peer.waitForEvent(QStringLiteral("iqResponse"));
    if (response.value(QStringLiteral("type")).toString() != QStringLiteral("result")) {
        *error = QStringLiteral("demo data: request to %1 failed: %2").arg(to, response.value(QStringLiteral("condition")).toString());
        return false;
    }
    return true;
}

// Creates the comments node of a post, open to everyone for reading and commenting. Prosody keeps
// one item in a PEP node by default, so the configuration requests as many as the server allows.
bool createDemoCommentsNode(TestPeer &peer, const QString &service, const QString &itemId, QString *error)
{
    const QString xml = QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub'><create node='%1'/><configure>%2</configure></pubsub>")
                            .arg(demoCommentsNode(itemId),
                                 demoNodeConfig({{QStringLiteral("pubsub#access_model"), QStringLiteral("open")},
                                                 {QStringLiteral("pubsub#publish_model"), QStringLiteral("open")},
                                                 {QStringLiteral("pubsub#max_items"), QStringLiteral("max")}}));
    return demoIqSet(peer, service, xml, error);
}

bool publishDemoItem(TestPeer &peer, const QString &service, const QString &node, const QString &itemId, const QString &payload, QString *error)
{
    const QString xml = QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='%1'><item id='%2'>%3</item></publish></pubsub>")
                            .arg(node, itemId, payload);
    return demoIqSet(peer, service, xml, error);
}

bool demoComment(TestPeer &peer, const QString &service, const QString &itemId, const QString &text, const QString &name, QString *error)
{
    const QJsonObject command{{QStringLiteral("command"), QStringLiteral("comment")},
                              {QStringLiteral("to"), service},
                              {QStringLiteral("node"), demoCommentsNode(itemId)},
                              {QStringLiteral("text"), text},
                              {QStringLiteral("name"), name}};
    if (!peer.command(command)) {
        *error = peer.lastError();
        return false;
    }
    return true;
}

// Publishes the demo's social data: a post by each online contact on their microblog, comments and
// a like on Bob's post, and a public community on the PubSub service with two posts.
bool publishDemoSocialData(TestXmppServer &server, const QHash<QString, TestPeer *> &peers, QString *error)
{
    const QList<DemoContact> contacts = demoContacts();
    const auto peerOf = [&peers](const QString &user) { return peers.value(user); };
    const auto nameOf = [&](const QString &user) {
        const auto contact = std::find_if(contacts.cbegin(), contacts.cend(), [&user](const DemoContact &c) { return c.user == user; });
        return contact == contacts.cend() ? user : contact->name;
    };

    for (const DemoPost &post : demoPosts()) {
        TestPeer *peer = peerOf(post.user);
        const QString jid = server.jid(post.user);
        if (!peer || !createDemoCommentsNode(*peer, jid, post.itemId, error)
            || !publishDemoItem(*peer, jid, QStringLiteral("urn:xmpp:microblog:0"), post.itemId, demoEntry(post, nameOf(post.user), jid, jid), error))
            return false;
    }
    const QString bob = server.jid(QStringLiteral("bob"));
    if (!demoComment(*peerOf(QStringLiteral("carol")), bob, QStringLiteral("demo-federation"), QStringLiteral("Nicely put. Which servers did you try?"),
                     nameOf(QStringLiteral("carol")), error)
        || !demoComment(*peerOf(QStringLiteral("dave")), bob, QStringLiteral("demo-federation"), QStringLiteral("\u2665"), nameOf(QStringLiteral("dave")), error))
        return false;

    // The community: an open node on the PubSub service, owned by Bob.
    const QString service = server.pubsubDomain();
    const QString node = QStringLiteral("open-protocols");
    TestPeer &owner = *peerOf(QStringLiteral("bob"));
    const QString create = QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub'><create node='%1'/><configure>%2</configure></pubsub>")
                               .arg(node, demoNodeConfig({{QStringLiteral("pubsub#title"), QStringLiteral("Open protocols")},
                                                          {QStringLiteral("pubsub#description"), QStringLiteral("News and notes about open, federated protocols.")},
                                                          {QStringLiteral("pubsub#access_model"), QStringLiteral("open")},
                                                          {QStringLiteral("pubsub#max_items"), QStringLiteral("max")}}));
    if (!demoIqSet(owner, service, create, error))
        return false;
    const QList<DemoPost> communityPosts{
        {QStringLiteral("bob"), QStringLiteral("demo-community-welcome"), QStringLiteral("Welcome to Open protocols"),
         QStringLiteral("<p>Share what you read about XMPP, ActivityPub and friends.</p>"), {QStringLiteral("xmpp")}, 120},
        {QStringLiteral("bob"), QStringLiteral("demo-community-release"), QStringLiteral("A new XEP draft on message reactions"),
         QStringLiteral("<p>Worth a look before the next council meeting.</p>"), {QStringLiteral("xmpp"), QStringLiteral("standards")}, 30},
    };
    for (const DemoPost &post : communityPosts) {
        if (!createDemoCommentsNode(owner, service, post.itemId, error)
            || !publishDemoItem(owner, service, node, post.itemId, demoEntry(post, nameOf(post.user), bob, service), error))
            return false;
    }
    return true;
}

// A line of the demo conversation between alice and bob.
struct DemoChatLine {
    bool fromBob;
    QString body;
};

QList<DemoChatLine> demoChatLines()
{
    return {
        {true, QStringLiteral("Hi Alice! Are you coming to the meetup on Thursday?")},
        {false, QStringLiteral("Yes, I'll be there. Should I bring anything?")},
        {true, QStringLiteral("Your laptop, maybe: we want to try a group chat across three servers.")},
        {false, QStringLiteral("Sounds fun. I'll set up a room on my server tonight.")},
        {true, QStringLiteral("Great, see you on Thursday!")},
    };
}

// Sends the demo conversation between alice and bob. Alice writes from a client of her own
// (resource "phone"), so Prosody's mod_mam keeps both sides in her message archive (XEP-0313),
// where a client that signs in as alice later finds them.
bool sendDemoConversation(TestXmppServer &server, TestPeer &bob, QString *error)
{
    TestPeer alice(server, DemoOwner, demoPassword(DemoOwner));
    alice.setResource(QStringLiteral("phone"));
    if (!alice.waitOnline()) {
        *error = alice.lastError();
        return false;
    }

    for (const DemoChatLine &line : demoChatLines()) {
        TestPeer &sender = line.fromBob ? bob : alice;
        TestPeer &recipient = line.fromBob ? alice : bob;
        const QString to = server.jid(line.fromBob ? DemoOwner : QStringLiteral("bob"));
        if (!sender.command({{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), to}, {QStringLiteral("body"), line.body}})) {
            *error = sender.lastError();
            return false;
        }
        // The next line is sent only after this one arrived, so the archive keeps their order.
        const QJsonObject received = recipient.waitForEvent(QStringLiteral("message"), [&line](const QJsonObject &event) {
            return event.value(QStringLiteral("body")).toString() == line.body;
        });
        if (received.isEmpty()) {
            *error = QStringLiteral("demo data: %1 did not receive the demo message \"%2\" in time").arg(to, line.body);
            return false;
        }
    }
    alice.stop();
    return true;
}

bool startDemoPeers(TestXmppServer &server, std::vector<std::unique_ptr<TestPeer>> *peers, QString *error)
{
    const QList<DemoContact> contacts = demoContacts();
    for (const DemoPresence &presence : demoPresences()) {
        auto peer = std::make_unique<TestPeer>(server, presence.user, demoPassword(presence.user));
        peer->setResource(QStringLiteral("demo"));
        if (!peer->waitOnline()) {
            *error = peer->lastError();
            return false;
        }

        QJsonObject command{{QStringLiteral("command"), QStringLiteral("presence")}};
        if (!presence.show.isEmpty())
            command.insert(QStringLiteral("show"), presence.show);
        if (!presence.status.isEmpty())
            command.insert(QStringLiteral("status"), presence.status);
        const auto contact = std::find_if(contacts.cbegin(), contacts.cend(), [&presence](const DemoContact &demoContact) {
            return demoContact.user == presence.user;
        });
        const QJsonObject profile{{QStringLiteral("command"), QStringLiteral("publish")},
                                  {QStringLiteral("node"), QStringLiteral("urn:xmpp:vcard4")},
                                  {QStringLiteral("itemId"), QStringLiteral("current")},
                                  {QStringLiteral("payload"), demoVCard4(*contact, presence)}};
        if (!peer->command(command) || !peer->publishAvatar(demoAvatar(presence.color)) || !peer->command(profile)) {
            *error = peer->lastError();
            return false;
        }
        peers->push_back(std::move(peer));
    }

    // Erin was online a moment ago, so her profile shows when she was last seen (XEP-0012):
    // Prosody's mod_lastactivity records the time of an explicit unavailable presence.
    TestPeer erin(server, QStringLiteral("erin"), demoPassword(QStringLiteral("erin")));
    if (!erin.waitOnline() || !erin.command({{QStringLiteral("command"), QStringLiteral("unavailable")}})) {
        *error = erin.lastError();
        return false;
    }
    erin.stop();

    QHash<QString, TestPeer *> peersByUser;
    const QList<DemoPresence> presences = demoPresences();
    for (int index = 0; index < presences.size(); ++index)
        peersByUser.insert(presences.at(index).user, peers->at(peers->size() - std::size_t(presences.size()) + std::size_t(index)).get());
    return publishDemoSocialData(server, peersByUser, error) && sendDemoConversation(server, *peersByUser.value(QStringLiteral("bob")), error);
}

QByteArray connectionInfo(const TestXmppServer &server, const QList<Account> &accounts)
{
    QJsonArray accountArray;
    for (const Account &account : accounts)
        accountArray.append(QJsonObject{{QStringLiteral("jid"), server.jid(account.user)}, {QStringLiteral("password"), account.password}});

    const QJsonObject info{
        {QStringLiteral("domain"), server.domain()},
        {QStringLiteral("host"), server.host()},
        {QStringLiteral("clientPort"), server.clientPort()},
        {QStringLiteral("httpPort"), server.httpPort()},
        {QStringLiteral("caCertificate"), server.caCertificatePath()},
        {QStringLiteral("mucDomain"), server.mucDomain()},
        {QStringLiteral("pubsubDomain"), server.pubsubDomain()},
        {QStringLiteral("uploadDomain"), server.uploadDomain()},
        {QStringLiteral("accounts"), accountArray},
    };
    return QJsonDocument(info).toJson(QJsonDocument::Compact) + '\n';
}

}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("salon-test-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs a throwaway Prosody on 127.0.0.1 with TLS, creates accounts and prints one JSON line on stdout:\n"
        "{\"domain\",\"host\",\"clientPort\",\"httpPort\",\"caCertificate\",\"mucDomain\",\"pubsubDomain\",\"uploadDomain\","
        "\"accounts\":[{\"jid\",\"password\"}]}.\n"
        "It runs until SIGTERM, SIGINT or the end of stdin, then stops Prosody and removes its folder "
        "(kept when SALON_KEEP_TEST_SERVER is set)."));
    parser.addHelpOption();
    const QCommandLineOption accountOption(QStringLiteral("account"),
                                           QStringLiteral("Creates the account USER@localhost with PASSWORD. Repeat for more accounts."),
                                           QStringLiteral("USER:PASSWORD"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Creates alice, bob, carol, dave and erin (password USER-demo); alice has the "
                                                       "other four as contacts in groups Friends, Work and Family, all with mutual subscriptions."));
    const QCommandLineOption demoPeersOption(QStringLiteral("demo-peers"),
                                             QStringLiteral("With --demo: signs bob in (status \"Writing about XMPP\"), carol (away, \"Lunch\") "
                                                            "and dave (do not disturb) through slixmpp peers, each with an avatar and a profile; erin signs in and out once, so she was last seen at start-up. "
                                                            "Each of bob, carol and dave publishes a post, and bob owns the community \"Open protocols\". "
                                                            "Alice and bob exchange five chat messages, which stay in alice's message archive."));
    const QCommandLineOption noStdinOption(QStringLiteral("no-stdin"),
                                           QStringLiteral("Ignores stdin, so only SIGTERM or SIGINT stops the server; use it when stdin is /dev/null."));
    const QCommandLineOption numberedAccountsOption(QStringLiteral("numbered-accounts"),
                                                    QStringLiteral("Creates N accounts load1@localhost to loadN@localhost, each with the password "
                                                                   "USER-load, such as load1-load, for load tests. They are written straight into "
                                                                   "Prosody's storage, which takes milliseconds where --account takes a prosodyctl run each."),
                                                    QStringLiteral("N"));
    parser.addOptions({accountOption, demoOption, demoPeersOption, noStdinOption, numberedAccountsOption});
    parser.process(app);

    QList<Account> accounts;
    QString error;
    if (!parseAccounts(parser.values(accountOption), &accounts, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const bool demo = parser.isSet(demoOption);
    if (parser.isSet(demoPeersOption) && !demo) {
        std::fprintf(stderr, "Invalid options: --demo-peers requires --demo\n");
        return 2;
    }
    QList<Account> numberedAccounts;
    if (parser.isSet(numberedAccountsOption)) {
        bool valid = false;
        const int count = parser.value(numberedAccountsOption).toInt(&valid);
        if (!valid || count < 1 || count > MaxNumberedAccounts) {
            std::fprintf(stderr, "Invalid --numbered-accounts value \"%s\": expected a number from 1 to %d\n",
                         qPrintable(parser.value(numberedAccountsOption)), MaxNumberedAccounts);
            return 2;
        }
        for (int number = 1; number <= count; ++number) {
            const QString user = QStringLiteral("load%1").arg(number);
            numberedAccounts.append({user, user + QStringLiteral("-load")});
        }
    }
    if (demo) {
        accounts.append({DemoOwner, demoPassword(DemoOwner)});
        for (const DemoContact &contact : demoContacts())
            accounts.append({contact.user, demoPassword(contact.user)});
    }

    if (!installSignalHandlers()) {
        std::fprintf(stderr, "Failed to install the SIGTERM and SIGINT handlers: %s\n", std::strerror(errno));
        return 1;
    }
    QSocketNotifier signalNotifier(signalSockets[1], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [] {
        char byte;
        const ssize_t received = ::read(signalSockets[1], &byte, 1);
        Q_UNUSED(received)
        qCInfo(SALON_TEST_SUPPORT) << "Received a stop signal";
        requestStop();
    });

    std::unique_ptr<QSocketNotifier> stdinNotifier;
    if (!parser.isSet(noStdinOption) && stdinIsOpen()) {
        stdinNotifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(stdinNotifier.get(), &QSocketNotifier::activated, &app, [&stdinNotifier] {
            char buffer[4096];
            const ssize_t received = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (received > 0 || (received < 0 && (errno == EINTR || errno == EAGAIN)))
                return;
            qCInfo(SALON_TEST_SUPPORT) << "stdin ended";
            stdinNotifier->setEnabled(false);
            requestStop();
        });
    }

    // Declared before the peers, so the peers are stopped first.
    TestXmppServer server;
    std::vector<std::unique_ptr<TestPeer>> peers;

    // Accounts and rosters go in before Prosody starts: no session can
    // hold an outdated roster then.
    for (const Account &account : qAsConst(accounts)) {
        if (!server.addAccount(account.user, account.password)) {
            std::fprintf(stderr, "%s\n", qPrintable(server.lastError()));
            return 1;
        }
    }
    QList<QPair<QString, QString>> numberedPasswords;
    for (const Account &account : qAsConst(numberedAccounts))
        numberedPasswords.append({account.user, account.password});
    if (!numberedPasswords.isEmpty() && !server.addAccounts(numberedPasswords)) {
        std::fprintf(stderr, "%s\n", qPrintable(server.lastError()));
        return 1;
    }
    if (demo && !seedDemoRosters(server)) {
        std::fprintf(stderr, "%s\n", qPrintable(server.lastError()));
        return 1;
    }
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.lastError()));
        return 1;
    }
    qCInfo(SALON_TEST_SUPPORT) << "Prosody listens on" << server.host() << "ports" << server.clientPort() << "(c2s)" << server.httpPort() << "(HTTP); log:" << server.logPath();

    if (parser.isSet(demoPeersOption) && !stopRequested && !startDemoPeers(server, &peers, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    // A stop during startup ends here: nobody should connect to a server
    // that is about to stop.
    if (stopRequested) {
        qCInfo(SALON_TEST_SUPPORT) << "Stopping before the server was announced";
        return 0;
    }

    const QByteArray info = connectionInfo(server, accounts + numberedAccounts);
    std::fwrite(info.constData(), 1, size_t(info.size()), stdout);
    std::fflush(stdout);

    mainLoopRunning = true;
    app.exec();

    for (auto &peer : peers)
        peer->stop();
    server.stop();
    qCInfo(SALON_TEST_SUPPORT) << "Stopped";
    return 0;
}
