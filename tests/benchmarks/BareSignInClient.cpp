// BareSignInClient: the baseline of SignInBenchmark, a plain QXmpp client that does the protocol
// work of Salon's sign-in and nothing else. It signs in, receives the roster and reads the
// bookmarks (XEP-0402). It requests each bookmarked room's disco#info and joins the room. It
// requests the newest 20 microblog posts of the user and of each contact, 3 requests at a time,
// as Salon's core does. It stores nothing, builds no model and prints the lines of SignInChildOutput.h.

#include "SignInChildOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDomElement>
#include <QHash>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppClientExtension.h>
#include <QXmppConfiguration.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppElement.h>
#include <QXmppIq.h>
#include <QXmppPresence.h>
#include <QXmppRosterManager.h>
#include <QXmppUtils.h>

#include <functional>

namespace {

using SignInChildOutput::printEvent;

const auto PubSubNamespace = QStringLiteral("http://jabber.org/protocol/pubsub");
const auto BookmarksNamespace = QStringLiteral("urn:xmpp:bookmarks:1");
const auto MicroblogNode = QStringLiteral("urn:xmpp:microblog:0");
const auto MucNamespace = QStringLiteral("http://jabber.org/protocol/muc");
const auto MucArchiveNamespace = QStringLiteral("urn:xmpp:mam:2");
constexpr int FeedPageSize = 20;
constexpr int MaxParallelFetches = 3;
constexpr int ReadyTimeoutMs = 120000;

/// An IQ whose payload a function writes.
class PayloadIq : public QXmppIq
{
public:
    PayloadIq(QXmppIq::Type type, const QString &to, std::function<void(QXmlStreamWriter *)> payload)
        : QXmppIq(type)
        , m_payload(std::move(payload))
    {
        setTo(to);
    }

protected:
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override
    {
        m_payload(writer);
    }

private:
    std::function<void(QXmlStreamWriter *)> m_payload;
};

/// Hands the responses to the IQs sent through it to their callbacks.
class IqRouter : public QXmppClientExtension
{
public:
    using Callback = std::function<void(const QDomElement &)>;

    void send(const QXmppIq &iq, Callback callback)
    {
        m_pending.insert(iq.id(), std::move(callback));
        client()->sendPacket(iq);
    }

    bool handleStanza(const QDomElement &stanza) override
    {
        if (stanza.tagName() != QLatin1String("iq")) {
            return false;
        }
        const QString type = stanza.attribute(QStringLiteral("type"));
        if (type != QLatin1String("result") && type != QLatin1String("error")) {
            return false;
        }
        const auto pending = m_pending.find(stanza.attribute(QStringLiteral("id")));
        if (pending == m_pending.end()) {
            return false;
        }
        const Callback callback = pending.value();
        m_pending.erase(pending);
        callback(stanza);
        return true;
    }

private:
    QHash<QString, Callback> m_pending;
};

struct Options {
    QString host;
    quint16 port = 0;
    QString caCertificatePath;
    QString jid;
    QString password;
    int rooms = 0;
    qint64 startNs = 0;
    QString resource;
};

/// The sign-in and the requests that follow it.
class BareClient : public QObject
{
public:
    explicit BareClient(const Options &options)
        : m_options(options)
    {
        // The client owns its extensions.
        m_router = new IqRouter;
        m_client.insertExtension(0, m_router);
        connect(&m_client, &QXmppClient::connected, this, &BareClient::handleConnected);
        connect(m_client.findExtension<QXmppRosterManager>(), &QXmppRosterManager::rosterReceived, this, &BareClient::handleRoster);
        connect(&m_client, &QXmppClient::presenceReceived, this, &BareClient::handlePresence);
    }

    void start()
    {
        QXmppConfiguration config;
        config.setJid(m_options.jid);
        config.setPassword(m_options.password);
        config.setHost(m_options.host);
        config.setPort(m_options.port);
        config.setResource(m_options.resource);
        config.setAutoReconnectionEnabled(false);
        config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
        // The same trust as Salon's account: the system's CAs and the test server's.
        config.setCaCertificates(QSslConfiguration::systemCaCertificates() + QSslCertificate::fromPath(m_options.caCertificatePath));
        m_client.connectToServer(config, QXmppPresence(QXmppPresence::Available));
    }

    /// Closes the stream and quits once the server has closed it too, or after a second. A dropped
    /// socket would leave a session that waits for resumption (XEP-0198) in the rooms.
    bool isReady() const
    {
        return m_ready;
    }

    void stop()
    {
        connect(&m_client, &QXmppClient::disconnected, QCoreApplication::instance(), &QCoreApplication::quit);
        QTimer::singleShot(1000, QCoreApplication::instance(), &QCoreApplication::quit);
        m_client.disconnectFromServer();
    }

    std::function<void()> onReady;

private:
    void handleConnected()
    {
        printEvent("phase", "online", m_options.startNs);
        requestBookmarks();
        queueFeeds({m_client.configuration().jidBare()});
    }

    void handleRoster()
    {
        QStringList readable;
        const QXmppRosterManager *roster = m_client.findExtension<QXmppRosterManager>();
        for (const QString &jid : roster->getRosterBareJids()) {
            const auto subscription = roster->getRosterEntry(jid).subscriptionType();
            if (subscription == QXmppRosterIq::Item::To || subscription == QXmppRosterIq::Item::Both) {
                readable.append(jid);
            }
        }
        m_rosterReceived = true;
        printEvent("phase", "contacts", m_options.startNs);
        queueFeeds(readable);
    }

    void requestBookmarks()
    {
        const PayloadIq iq(QXmppIq::Get, QString(), [](QXmlStreamWriter *writer) {
            writer->writeStartElement(QStringLiteral("pubsub"));
            writer->writeDefaultNamespace(PubSubNamespace);
            writer->writeStartElement(QStringLiteral("items"));
            writer->writeAttribute(QStringLiteral("node"), BookmarksNamespace);
            writer->writeEndElement();
            writer->writeEndElement();
        });
        m_router->send(iq, [this](const QDomElement &response) {
            const QDomElement items = response.firstChildElement(QStringLiteral("pubsub")).firstChildElement(QStringLiteral("items"));
            for (QDomElement item = items.firstChildElement(QStringLiteral("item")); !item.isNull(); item = item.nextSiblingElement(QStringLiteral("item"))) {
                const QDomElement conference = item.firstChildElement(QStringLiteral("conference"));
                const QString autojoin = conference.attribute(QStringLiteral("autojoin"));
                if (autojoin == QLatin1String("true") || autojoin == QLatin1String("1")) {
                    joinRoom(item.attribute(QStringLiteral("id")), conference.firstChildElement(QStringLiteral("nick")).text());
                }
            }
            printEvent("phase", "bookmarks", m_options.startNs);
        });
    }

    void joinRoom(const QString &room, const QString &nick)
    {
        QXmppDiscoveryIq info;
        info.setType(QXmppIq::Get);
        info.setQueryType(QXmppDiscoveryIq::InfoQuery);
        info.setTo(room);
        m_router->send(info, [this, room, nick](const QDomElement &response) {
            QXmppDiscoveryIq result;
            result.parse(response);
            QXmppElement muc;
            muc.setTagName(QStringLiteral("x"));
            muc.setAttribute(QStringLiteral("xmlns"), MucNamespace);
            if (result.features().contains(MucArchiveNamespace)) {
                QXmppElement history;
                history.setTagName(QStringLiteral("history"));
                history.setAttribute(QStringLiteral("maxstanzas"), QStringLiteral("0"));
                muc.appendChild(history);
            }
            QXmppPresence presence;
            presence.setTo(room + QLatin1Char('/') + (nick.isEmpty() ? QXmppUtils::jidToUser(m_options.jid) : nick));
            presence.setExtensions({muc});
            m_client.sendPacket(presence);
        });
    }

    void handlePresence(const QXmppPresence &presence)
    {
        // Status code 110 marks the room's presence of the user's own occupant (XEP-0045, section 7.2.2).
        if (presence.type() == QXmppPresence::Available && presence.mucStatusCodes().contains(110)) {
            m_joinedRooms.insert(QXmppUtils::jidToBareJid(presence.from()));
            if (m_joinedRooms.size() == m_options.rooms) {
                printEvent("phase", "rooms", m_options.startNs);
            }
            checkReady();
        }
    }

    void queueFeeds(const QStringList &jids)
    {
        for (const QString &jid : jids) {
            const QString bare = jid.toLower();
            if (!m_feedsQueued.contains(bare)) {
                m_feedsQueued.insert(bare);
                m_feedQueue.append(bare);
            }
        }
        fetchNextFeed();
    }

    void fetchNextFeed()
    {
        while (m_activeFetches < MaxParallelFetches && !m_feedQueue.isEmpty()) {
            const QString jid = m_feedQueue.takeFirst();
            ++m_activeFetches;
            const QString service = jid == m_client.configuration().jidBare().toLower() ? QString() : jid;
            const PayloadIq iq(QXmppIq::Get, service, [](QXmlStreamWriter *writer) {
                writer->writeStartElement(QStringLiteral("pubsub"));
                writer->writeDefaultNamespace(PubSubNamespace);
                writer->writeStartElement(QStringLiteral("items"));
                writer->writeAttribute(QStringLiteral("node"), MicroblogNode);
                writer->writeAttribute(QStringLiteral("max_items"), QString::number(FeedPageSize));
                writer->writeEndElement();
                writer->writeEndElement();
            });
            m_router->send(iq, [this](const QDomElement &) {
                --m_activeFetches;
                fetchNextFeed();
                if (m_rosterReceived && m_activeFetches == 0 && m_feedQueue.isEmpty()) {
                    m_feedFetched = true;
                    printEvent("phase", "feed_fetched", m_options.startNs);
                    checkReady();
                }
            });
        }
    }

    void checkReady()
    {
        if (!m_ready && m_rosterReceived && m_feedFetched && m_joinedRooms.size() >= m_options.rooms) {
            m_ready = true;
            printEvent("ready", "all", m_options.startNs);
            if (onReady) {
                onReady();
            }
        }
    }

    const Options m_options;
    QXmppClient m_client;
    IqRouter *m_router = nullptr;
    bool m_rosterReceived = false;
    bool m_feedFetched = false;
    bool m_ready = false;
    QSet<QString> m_joinedRooms;
    QSet<QString> m_feedsQueued;
    QStringList m_feedQueue;
    int m_activeFetches = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Signs in with plain QXmpp as Salon does, for SignInBenchmark."));
    parser.addHelpOption();
    const QCommandLineOption hostOption(QStringLiteral("host"), QStringLiteral("Server address."), QStringLiteral("HOST"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Client-to-server (STARTTLS) port."), QStringLiteral("PORT"));
    const QCommandLineOption caOption(QStringLiteral("ca"), QStringLiteral("PEM file of the CA that signed the server's certificate."), QStringLiteral("FILE"));
    const QCommandLineOption jidOption(QStringLiteral("jid"), QStringLiteral("Bare JID to sign in as."), QStringLiteral("JID"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QStringLiteral("Password of the account."), QStringLiteral("PASSWORD"));
    const QCommandLineOption roomsOption(QStringLiteral("rooms"), QStringLiteral("Rooms to join before the client is ready."), QStringLiteral("N"));
    const QCommandLineOption startOption(QStringLiteral("start-ns"), QStringLiteral("CLOCK_MONOTONIC time, in nanoseconds, that the printed times count from."),
                                         QStringLiteral("NS"));
    const QCommandLineOption resourceOption(QStringLiteral("resource"), QStringLiteral("Resource to bind (default: bare)."), QStringLiteral("NAME"),
                                            QStringLiteral("bare"));
    const QCommandLineOption holdOption(QStringLiteral("hold"), QStringLiteral("Stays signed in after ready until terminated, for memory measurements."));
    parser.addOptions({hostOption, portOption, caOption, jidOption, passwordOption, roomsOption, startOption, resourceOption, holdOption});
    parser.process(app);

    Options options;
    options.host = parser.value(hostOption);
    options.port = quint16(parser.value(portOption).toUInt());
    options.caCertificatePath = parser.value(caOption);
    options.jid = parser.value(jidOption);
    options.password = parser.value(passwordOption);
    options.rooms = parser.value(roomsOption).toInt();
    options.startNs = parser.value(startOption).toLongLong();
    options.resource = parser.value(resourceOption);
    printEvent("phase", "main", options.startNs);

    BareClient client(options);
    const bool hold = parser.isSet(holdOption);
    client.onReady = [&client, hold] {
        if (!hold) {
            client.stop();
        }
    };
    QTimer::singleShot(ReadyTimeoutMs, &client, [&client] {
        if (!client.isReady()) {
            SignInChildOutput::printFailure("not ready within the timeout");
            QCoreApplication::exit(1);
        }
    });
    client.start();
    return QCoreApplication::exec();
}
