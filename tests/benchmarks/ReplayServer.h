#pragma once

#include <QByteArray>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>
#include <QVector>
#include <QXmlStreamAttributes>
#include <QXmlStreamReader>

#include <atomic>

class QSslSocket;

/// A minimal XMPP server on 127.0.0.1 that signs one client in and then streams prepared stanzas to it.
///
/// It speaks just enough of RFC 6120 for QXmpp's client: STARTTLS with the given certificate,
/// SASL PLAIN (any password), resource binding and the session. Then it responds to:
/// - the roster request with the configured contacts, subscription "both";
/// - disco#info of the server with the disco#info feature only, so the client enables no
///   optional service such as carbons;
/// - archive queries (XEP-0313) with an empty last page, and private XML storage (XEP-0049)
///   with empty bookmarks;
/// - a join presence to a room of the MUC domain with the user's own presence (status 110);
/// - every other request with an error: item-not-found for PubSub, service-unavailable otherwise.
///
/// One client at a time: a new connection replaces the previous one. The object must be created,
/// used and deleted in one thread, which may be another than the client's.
class ReplayServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Settings
    {
        QString domain;
        QString mucDomain;
        /// The full JID that resource binding returns, whatever the client asked for.
        QString fullJid;
        QStringList contacts;
        QSslCertificate certificate;
        QSslKey key;
    };

    explicit ReplayServer(const Settings &settings, QObject *parent = nullptr);
    ~ReplayServer() override;

    /// Writes \a stanzas to the signed-in client, in order, keeping at most a few hundred KiB
    /// buffered in the socket. Does nothing without a signed-in client.
    void streamStanzas(const QVector<QByteArray> &stanzas);

    /// Returns the time of the last stanza from the client, in milliseconds of QDateTime::currentMSecsSinceEpoch(). Thread-safe.
    qint64 lastInputMs() const;
    /// Returns the number of stanzas written by streamStanzas(). Thread-safe.
    int streamedCount() const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    enum class Phase {
        Plain,
        Encrypted,
        Authenticated,
        Bound,
    };

    // The top-level element that the client is sending: its name, attributes and first child.
    struct IncomingStanza
    {
        QString name;
        QXmlStreamAttributes attributes;
        QString childName;
        QString childNamespace;
    };

    void readIncoming();
    void handleStreamStart();
    void handleStanza(const IncomingStanza &stanza);
    void handleIq(const IncomingStanza &stanza);
    void handlePresence(const IncomingStanza &stanza);
    void restartStream();
    void writeStanzas();
    void send(const QString &xml);

    Settings m_settings;
    QPointer<QSslSocket> m_socket;
    QXmlStreamReader m_reader;
    Phase m_phase = Phase::Plain;
    int m_depth = 0;
    bool m_restart = false;
    int m_streamNumber = 0;
    IncomingStanza m_stanza;

    // Stanzas joined into chunks of at most ChunkBytes, each written with one write().
    QVector<QByteArray> m_chunks;
    QVector<int> m_chunkStanzaCounts;
    int m_nextChunk = 0;
    std::atomic<qint64> m_lastInputMs{0};
    std::atomic<int> m_streamedCount{0};
};
