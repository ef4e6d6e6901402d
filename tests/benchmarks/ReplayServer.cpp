#include "ReplayServer.h"

#include <QDateTime>
#include <QSslSocket>

namespace {

// A chunk fits in one TLS record (16 KiB of plaintext). Qt's socket may still join chunks in its
// write buffer, so records can end inside a stanza, as with a server that flushes what it has.
constexpr int ChunkBytes = 16 * 1024;
// Plaintext and ciphertext waiting in the socket before streamStanzas() stops writing.
constexpr qint64 MaxBufferedBytes = 512 * 1024;

const auto StreamsNamespace = QStringLiteral("http://etherx.jabber.org/streams");
const auto RosterNamespace = QStringLiteral("jabber:iq:roster");
const auto BindNamespace = QStringLiteral("urn:ietf:params:xml:ns:xmpp-bind");
const auto SessionNamespace = QStringLiteral("urn:ietf:params:xml:ns:xmpp-session");
const auto DiscoInfoNamespace = QStringLiteral("http://jabber.org/protocol/disco#info");
const auto PubSubNamespace = QStringLiteral("http://jabber.org/protocol/pubsub");
const auto MucNamespace = QStringLiteral("http://jabber.org/protocol/muc");
const auto ArchiveNamespace = QStringLiteral("urn:xmpp:mam:2");
const auto PrivateNamespace = QStringLiteral("jabber:iq:private");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString domainOf(const QString &jid)
{
    QString domain = jid.section(QLatin1Char('/'), 0, 0);
    const int at = domain.indexOf(QLatin1Char('@'));
    return at >= 0 ? domain.mid(at + 1) : domain;
}

} // namespace

ReplayServer::ReplayServer(const Settings &settings, QObject *parent)
    : QTcpServer(parent)
    , m_settings(settings)
{
}

ReplayServer::~ReplayServer()
{
    delete m_socket.data();
}

qint64 ReplayServer::lastInputMs() const
{
    return m_lastInputMs.load();
}

int ReplayServer::streamedCount() const
{
    return m_streamedCount.load();
}

void ReplayServer::incomingConnection(qintptr descriptor)
{
    delete m_socket.data();
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qWarning("replay server: accepting a connection failed: %s", qPrintable(socket->errorString()));
        delete socket;
        return;
    }
    socket->setLocalCertificate(m_settings.certificate);
    socket->setPrivateKey(m_settings.key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket = socket;
    m_phase = Phase::Plain;
    m_chunks.clear();
    m_chunkStanzaCounts.clear();
    m_nextChunk = 0;
    m_streamedCount = 0;
    restartStream();
    connect(socket, &QSslSocket::readyRead, this, &ReplayServer::readIncoming);
    connect(socket, &QSslSocket::bytesWritten, this, &ReplayServer::writeStanzas);
    connect(socket, &QSslSocket::encryptedBytesWritten, this, &ReplayServer::writeStanzas);
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
}

void ReplayServer::restartStream()
{
    m_reader.clear();
    m_depth = 0;
    m_restart = false;
}

void ReplayServer::readIncoming()
{
    if (!m_socket) {
        return;
    }
    m_reader.addData(m_socket->readAll());
    while (!m_reader.atEnd()) {
        const QXmlStreamReader::TokenType token = m_reader.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (m_reader.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
                qWarning("replay server: invalid XML from the client: %s", qPrintable(m_reader.errorString()));
                m_socket->disconnectFromHost();
            }
            return;
        }
        if (token == QXmlStreamReader::StartElement) {
            ++m_depth;
            if (m_depth == 1) {
                handleStreamStart();
            } else if (m_depth == 2) {
                m_stanza = {m_reader.name().toString(), m_reader.attributes(), {}, {}};
            } else if (m_depth == 3 && m_stanza.childName.isEmpty()) {
                m_stanza.childName = m_reader.name().toString();
                m_stanza.childNamespace = m_reader.namespaceUri().toString();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (m_depth == 2) {
                m_lastInputMs = QDateTime::currentMSecsSinceEpoch();
                handleStanza(m_stanza);
                if (m_restart) {
                    // The client starts a new stream only after it has read the response, so nothing is left in the reader.
                    restartStream();
                    return;
                }
            } else if (m_depth == 1 && m_socket) {
                m_socket->write("</stream:stream>");
                m_socket->disconnectFromHost();
            }
            --m_depth;
        }
        if (!m_socket) {
            return;
        }
    }
}

void ReplayServer::handleStreamStart()
{
    if (m_reader.name() != QLatin1String("stream") || m_reader.namespaceUri() != StreamsNamespace) {
        qWarning("replay server: the client did not open an XMPP stream");
        m_socket->disconnectFromHost();
        return;
    }
    ++m_streamNumber;
    QString features;
    switch (m_phase) {
    case Phase::Plain:
        features = QStringLiteral("<starttls xmlns=\"urn:ietf:params:xml:ns:xmpp-tls\"><required/></starttls>");
        break;
    case Phase::Encrypted:
        features = QStringLiteral("<mechanisms xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\"><mechanism>PLAIN</mechanism></mechanisms>");
        break;
    case Phase::Authenticated:
    case Phase::Bound:
        features = QStringLiteral("<bind xmlns=\"urn:ietf:params:xml:ns:xmpp-bind\"/><session xmlns=\"urn:ietf:params:xml:ns:xmpp-session\"/>");
        break;
    }
    send(QStringLiteral("<?xml version=\"1.0\"?><stream:stream xmlns=\"jabber:client\" xmlns:stream=\"http://etherx.jabber.org/streams\" "
                        "id=\"replay-%1\" from=\"%2\" version=\"1.0\"><stream:features>%3</stream:features>")
             .arg(m_streamNumber)
             .arg(escaped(m_settings.domain), features));
}

void ReplayServer::handleStanza(const IncomingStanza &stanza)
{
    if (stanza.name == QLatin1String("starttls") && m_phase == Phase::Plain) {
        send(QStringLiteral("<proceed xmlns=\"urn:ietf:params:xml:ns:xmpp-tls\"/>"));
        m_phase = Phase::Encrypted;
        m_restart = true;
        m_socket->startServerEncryption();
    } else if (stanza.name == QLatin1String("auth") && m_phase == Phase::Encrypted) {
        send(QStringLiteral("<success xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\"/>"));
        m_phase = Phase::Authenticated;
        m_restart = true;
    } else if (stanza.name == QLatin1String("iq")) {
        handleIq(stanza);
    } else if (stanza.name == QLatin1String("presence")) {
        handlePresence(stanza);
    }
}

void ReplayServer::handleIq(const IncomingStanza &stanza)
{
    const QString type = stanza.attributes.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("get") && type != QLatin1String("set")) {
        return;
    }
    const QString id = escaped(stanza.attributes.value(QStringLiteral("id")).toString());
    const QString to = stanza.attributes.value(QStringLiteral("to")).toString();
    // A response to a request without a recipient comes from the user's account, so it has no sender (RFC 6120, section 8.1.2.1).
    const QString fromAttribute = to.isEmpty() ? QString() : QStringLiteral(" from=\"%1\"").arg(escaped(to));
    const QString header = QStringLiteral("<iq type=\"result\" id=\"%1\"%2 to=\"%3\">").arg(id, fromAttribute, escaped(m_settings.fullJid));

    if (stanza.childNamespace == BindNamespace) {
        m_phase = Phase::Bound;
        send(QStringLiteral("<iq type=\"result\" id=\"%1\"><bind xmlns=\"%2\"><jid>%3</jid></bind></iq>").arg(id, BindNamespace, escaped(m_settings.fullJid)));
        return;
    }
    if (stanza.childNamespace == SessionNamespace) {
        send(QStringLiteral("<iq type=\"result\" id=\"%1\"/>").arg(id));
        return;
    }
    if (stanza.childNamespace == RosterNamespace && type == QLatin1String("get")) {
        QString items;
        for (const QString &contact : qAsConst(m_settings.contacts)) {
            items += QStringLiteral("<item jid=\"%1\" subscription=\"both\" name=\"%2\"/>").arg(escaped(contact), escaped(contact.section(QLatin1Char('@'), 0, 0)));
        }
        send(header + QStringLiteral("<query xmlns=\"%1\" ver=\"replay\">%2</query></iq>").arg(RosterNamespace, items));
        return;
    }
    if (stanza.childNamespace == ArchiveNamespace && type == QLatin1String("set")) {
        // An empty archive: the last page, without messages (XEP-0313, section 4.3).
        send(header + QStringLiteral("<fin xmlns=\"%1\" complete=\"true\"><set xmlns=\"http://jabber.org/protocol/rsm\"><count>0</count></set></fin></iq>")
                          .arg(ArchiveNamespace));
        return;
    }
    if (stanza.childNamespace == PrivateNamespace && type == QLatin1String("get")) {
        // No bookmarks in private XML storage (XEP-0049, XEP-0048).
        send(header + QStringLiteral("<query xmlns=\"%1\"><storage xmlns=\"storage:bookmarks\"/></query></iq>").arg(PrivateNamespace));
        return;
    }
    if (stanza.childNamespace == DiscoInfoNamespace && (to.isEmpty() || to == m_settings.domain)) {
        send(header + QStringLiteral("<query xmlns=\"%1\"><identity category=\"server\" type=\"im\"/><feature var=\"%1\"/></query></iq>").arg(DiscoInfoNamespace));
        return;
    }
    const QString condition = stanza.childNamespace.startsWith(PubSubNamespace) ? QStringLiteral("item-not-found") : QStringLiteral("service-unavailable");
    send(QStringLiteral("<iq type=\"error\" id=\"%1\"%2 to=\"%3\"><error type=\"cancel\"><%4 xmlns=\"urn:ietf:params:xml:ns:xmpp-stanzas\"/></error></iq>")
             .arg(id, fromAttribute, escaped(m_settings.fullJid), condition));
}

void ReplayServer::handlePresence(const IncomingStanza &stanza)
{
    const QString to = stanza.attributes.value(QStringLiteral("to")).toString();
    const QString type = stanza.attributes.value(QStringLiteral("type")).toString();
    const bool join = stanza.childName == QLatin1String("x") && stanza.childNamespace == MucNamespace;
    if (!join || type == QLatin1String("unavailable") || domainOf(to) != m_settings.mucDomain || !to.contains(QLatin1Char('/'))) {
        return;
    }
    // The room accepts every join: the user's own presence (XEP-0045, section 7.2.3) ends it.
    send(QStringLiteral("<presence from=\"%1\" to=\"%2\"><x xmlns=\"http://jabber.org/protocol/muc#user\">"
                        "<item affiliation=\"member\" role=\"participant\"/><status code=\"110\"/></x></presence>")
             .arg(escaped(to), escaped(m_settings.fullJid)));
}

void ReplayServer::streamStanzas(const QVector<QByteArray> &stanzas)
{
    if (!m_socket || m_phase != Phase::Bound) {
        qWarning("replay server: no signed-in client to stream to");
        return;
    }
    m_chunks.clear();
    m_chunkStanzaCounts.clear();
    m_nextChunk = 0;
    m_streamedCount = 0;
    QByteArray chunk;
    int count = 0;
    for (const QByteArray &stanza : stanzas) {
        if (!chunk.isEmpty() && chunk.size() + stanza.size() > ChunkBytes) {
            m_chunks.append(chunk);
            m_chunkStanzaCounts.append(count);
            chunk.clear();
            count = 0;
        }
        chunk += stanza;
        ++count;
    }
    if (!chunk.isEmpty()) {
        m_chunks.append(chunk);
        m_chunkStanzaCounts.append(count);
    }
    writeStanzas();
}

void ReplayServer::writeStanzas()
{
    while (m_socket && m_nextChunk < m_chunks.size() && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < MaxBufferedBytes) {
        m_socket->write(m_chunks.at(m_nextChunk));
        m_streamedCount += m_chunkStanzaCounts.at(m_nextChunk);
        ++m_nextChunk;
    }
    if (m_nextChunk == m_chunks.size() && !m_chunks.isEmpty()) {
        m_chunks.clear();
        m_chunkStanzaCounts.clear();
        m_nextChunk = 0;
    }
}

void ReplayServer::send(const QString &xml)
{
    if (m_socket) {
        m_socket->write(xml.toUtf8());
    }
}
