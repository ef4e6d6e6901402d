#pragma once

#include <QHash>
#include <QMap>
#include <QObject>
#include <QXmppPresence.h>

class QXmppClient;

/// The available presences that the user receives, per bare JID and resource (RFC 6121, section 4).
///
/// A contact may be online with several resources at once, each with its own
/// presence. Every presence that the client receives is recorded until the
/// resource becomes unavailable. The presences are forgotten on a new stream,
/// when the server sends them all again, but kept after a resumed stream
/// (XEP-0198).
class ContactPresences : public QObject
{
    Q_OBJECT

public:
    explicit ContactPresences(QXmppClient *client, QObject *parent = nullptr);

    /// Returns the available presences of \a bareJid by resource; empty when it is offline.
    QMap<QString, QXmppPresence> presences(const QString &bareJid) const;

Q_SIGNALS:
    /// The presence of \a resource of \a bareJid arrived or became unavailable.
    void presenceChanged(const QString &bareJid, const QString &resource);

private:
    void handlePresence(const QXmppPresence &presence);
    void handleConnected();
    void handleDisconnected();

    QXmppClient *m_client;
    QHash<QString, QMap<QString, QXmppPresence>> m_presences;
};
