#include "ContactPresences.h"

#include <QXmppClient.h>
#include <QXmppUtils.h>

ContactPresences::ContactPresences(QXmppClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(client, &QXmppClient::presenceReceived, this, &ContactPresences::handlePresence);
    connect(client, &QXmppClient::connected, this, &ContactPresences::handleConnected);
    connect(client, &QXmppClient::disconnected, this, &ContactPresences::handleDisconnected);
}

QMap<QString, QXmppPresence> ContactPresences::presences(const QString &bareJid) const
{
    return m_presences.value(bareJid);
}

void ContactPresences::handlePresence(const QXmppPresence &presence)
{
    const QString bareJid = QXmppUtils::jidToBareJid(presence.from());
    const QString resource = QXmppUtils::jidToResource(presence.from());
    if (bareJid.isEmpty()) {
        return;
    }

    switch (presence.type()) {
    case QXmppPresence::Available:
        m_presences[bareJid].insert(resource, presence);
        Q_EMIT presenceChanged(bareJid, resource);
        break;
    case QXmppPresence::Unavailable: {
        const auto contact = m_presences.find(bareJid);
        if (contact != m_presences.end()) {
            contact->remove(resource);
            if (contact->isEmpty()) {
                m_presences.erase(contact);
            }
        }
        Q_EMIT presenceChanged(bareJid, resource);
        break;
    }
    default:
        break;
    }
}

void ContactPresences::handleConnected()
{
    if (m_client->streamManagementState() != QXmppClient::ResumedStream) {
        m_presences.clear();
    }
}

void ContactPresences::handleDisconnected()
{
    // A stream with stream management may be resumed, and the server then does not send the presences again.
    if (m_client->streamManagementState() == QXmppClient::NoStreamManagement) {
        m_presences.clear();
    }
}
