#pragma once

#include <QHash>
#include <QXmppClientExtension.h>

class QXmppDiscoveryIq;

/// The HTTP File Upload service (XEP-0363) of the user's server, found through service
/// discovery (XEP-0030) after each sign-in.
///
/// QXmpp 1.4 does not look for upload services by itself. After each sign-in this extension
/// requests the server's disco#items, then the disco#info of every item, and takes the first
/// item that announces the feature urn:xmpp:http:upload:0. Its size limit comes from the
/// max-file-size field of the data form (XEP-0128) of that result.
///
/// The properties keep their values while the account is offline and change only when a
/// discovery ends. The client owns the extension, which must come before QXmpp's discovery
/// manager among its extensions so that it receives the responses to its requests.
class UploadServiceExtension : public QXmppClientExtension
{
    Q_OBJECT
    /// Whether the user's server offers an upload service.
    Q_PROPERTY(bool available READ isAvailable NOTIFY changed)
    /// Largest file the service accepts, in bytes; 0 when it states no limit or none is known.
    Q_PROPERTY(qint64 maxFileSize READ maxFileSize NOTIFY changed)
    /// JID of the upload service, such as upload.example.org; empty when none is known.
    Q_PROPERTY(QString serviceJid READ serviceJid NOTIFY changed)

public:
    /// Namespace of HTTP File Upload (XEP-0363), also its disco#info feature.
    static const QString Namespace;

    UploadServiceExtension();
    ~UploadServiceExtension() override;

    bool isAvailable() const;
    qint64 maxFileSize() const;
    QString serviceJid() const;

    bool handleStanza(const QDomElement &stanza) override;

Q_SIGNALS:
    void changed();
    /// Reports that the discovery after a sign-in ended, whether it found a service or not.
    void discoveryFinished();

protected:
    void setClient(QXmppClient *client) override;

private:
    enum class Query {
        Items,
        Info,
    };

    void handleConnected();
    void handleDisconnected();
    void request(Query query, const QString &jid);
    void handleItems(const QXmppDiscoveryIq &iq);
    void handleInfo(const QString &jid, const QXmppDiscoveryIq &iq);
    void finishIfDone();
    void setService(const QString &jid, qint64 maxFileSize);
    QString accountJid();

    QString m_serviceJid;
    qint64 m_maxFileSize = 0;
    /// Requests that wait for a response, by IQ id, with their kind and addressee.
    QHash<QString, QPair<Query, QString>> m_pending;
    /// Whether the discovery of the current connection has found a service.
    bool m_found = false;
    bool m_discovering = false;
};
