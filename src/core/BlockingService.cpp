#include "BlockingService.h"

#include "BareJid.h"
#include "BlockedModel.h"
#include "BlockingIq.h"
#include "ContactsModel.h"
#include "DiscoveryService.h"
#include "IqRequestExtension.h"
#include "ServerFeatures.h"
#include "salon_core_blocking_logging.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppUtils.h>

BlockingService::BlockingService(ContactsModel *contacts, DiscoveryService *discovery)
    : m_contacts(contacts)
    , m_discovery(discovery)
    , m_blocked(new BlockedModel(this))
    , m_iqRequests(new IqRequestExtension)
{
    connect(m_blocked, &BlockedModel::countChanged, this, &BlockingService::updateContacts);
    connect(m_discovery, &DiscoveryService::serverInfoReady, this, &BlockingService::handleServerInfo);
}

BlockingService::~BlockingService() = default;

bool BlockingService::isSupported() const
{
    return m_supported;
}

BlockedModel *BlockingService::blockedContacts() const
{
    return m_blocked;
}

void BlockingService::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    // The request extension must see the responses to block and unblock before QXmpp's own extensions.
    client->insertExtension(0, m_iqRequests);
    connect(client, &QXmppClient::connected, this, &BlockingService::handleConnected);
    connect(client, &QXmppClient::disconnected, this, &BlockingService::handleDisconnected);
}

void BlockingService::block(const QString &jid)
{
    sendChange(jid, true);
}

void BlockingService::unblock(const QString &jid)
{
    sendChange(jid, false);
}

bool BlockingService::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("iq")) {
        return false;
    }

    const QString type = stanza.attribute(QStringLiteral("type"));
    const QString id = stanza.attribute(QStringLiteral("id"));
    if ((type == QLatin1String("result") || type == QLatin1String("error")) && m_pendingQueries.contains(id)
        && isFromOwnServer(stanza.attribute(QStringLiteral("from")))) {
        handleQueryResponse(m_pendingQueries.take(id), stanza);
        return true;
    }

    if (type == QLatin1String("set") && BlockingIq::isBlockingIq(stanza)) {
        handlePush(stanza);
        return true;
    }
    return false;
}

void BlockingService::handleConnected()
{
    // The stream may have been resumed with the same session, but the block list may have changed
    // meanwhile: the discovery service's next result fetches it again.
    m_pendingQueries.clear();
}

void BlockingService::handleDisconnected()
{
    m_pendingQueries.clear();
}

void BlockingService::handleServerInfo()
{
    if (!client()->isConnected()) {
        return;
    }
    const bool supported = m_discovery->serverFeatures()->blocking();
    qCInfo(SALON_CORE_BLOCKING).noquote() << accountJid() << (supported ? "the server supports blocking" : "the server does not support blocking");
    if (supported) {
        requestBlockList();
    } else {
        setSupported(false);
        m_blocked->clear();
    }
}

void BlockingService::requestBlockList()
{
    BlockingIq iq;
    iq.setType(QXmppIq::Get);
    iq.setAction(BlockingIq::Action::BlockList);
    sendQuery(iq, Query::BlockList);
}

void BlockingService::sendQuery(const QXmppIq &iq, Query query)
{
    // NOTE: a query without response is dropped at the next disconnection, not after a timeout,
    // so blocking stays unsupported for the session if the server never replies.
    if (!client()->sendPacket(iq)) {
        qCWarning(SALON_CORE_BLOCKING).noquote() << accountJid() << "could not send a blocking query";
        return;
    }
    m_pendingQueries.insert(iq.id(), query);
}

void BlockingService::handleQueryResponse(Query query, const QDomElement &stanza)
{
    if (stanza.attribute(QStringLiteral("type")) == QLatin1String("error")) {
        QXmppIq response;
        response.parse(stanza);
        qCWarning(SALON_CORE_BLOCKING).noquote() << accountJid() << "block list request failed with condition" << int(response.error().condition());
        setSupported(false);
        return;
    }

    switch (query) {
    case Query::BlockList: {
        BlockingIq list;
        list.parse(stanza);
        m_blocked->setJids(list.jids());
        updateContacts();
        setSupported(true);
        qCInfo(SALON_CORE_BLOCKING).noquote() << accountJid() << "block list received with" << m_blocked->rowCount() << "addresses";
        break;
    }
    }
}

void BlockingService::handlePush(const QDomElement &stanza)
{
    BlockingIq push;
    push.parse(stanza);

    // XEP-0191: pushes come from the user's server. Anyone else could
    // otherwise hide or reveal contacts, so the push is rejected.
    if (!isFromOwnServer(push.from())) {
        qCWarning(SALON_CORE_BLOCKING).noquote() << accountJid() << "ignored a block list push from" << push.from();
        QXmppIq reply(QXmppIq::Error);
        reply.setId(push.id());
        reply.setTo(push.from());
        reply.setError(QXmppStanza::Error(QXmppStanza::Error::Cancel, QXmppStanza::Error::ServiceUnavailable));
        client()->sendPacket(reply);
        return;
    }

    QXmppIq reply(QXmppIq::Result);
    reply.setId(push.id());
    reply.setTo(push.from());
    client()->sendPacket(reply);

    applyChange(push);
}

void BlockingService::applyChange(const BlockingIq &iq)
{
    switch (iq.action()) {
    case BlockingIq::Action::Block:
        qCInfo(SALON_CORE_BLOCKING).noquote() << accountJid() << "blocked" << iq.jids().join(QStringLiteral(", "));
        m_blocked->addJids(iq.jids());
        break;
    case BlockingIq::Action::Unblock:
        // XEP-0191: an unblock without items unblocks every JID.
        if (iq.jids().isEmpty()) {
            qCInfo(SALON_CORE_BLOCKING).noquote() << accountJid() << "unblocked every address";
            m_blocked->clear();
        } else {
            qCInfo(SALON_CORE_BLOCKING).noquote() << accountJid() << "unblocked" << iq.jids().join(QStringLiteral(", "));
            m_blocked->removeJids(iq.jids());
        }
        break;
    case BlockingIq::Action::BlockList:
        break;
    }
    updateContacts();
}

void BlockingService::setSupported(bool supported)
{
    if (m_supported != supported) {
        m_supported = supported;
        Q_EMIT supportedChanged();
    }
}

void BlockingService::updateContacts()
{
    m_contacts->setBlockedJids(m_blocked->jids());
}

void BlockingService::sendChange(const QString &jid, bool blocking)
{
    const QString bareJid = checkedJid(jid);
    if (bareJid.isEmpty()) {
        return;
    }

    BlockingIq iq;
    iq.setType(QXmppIq::Set);
    iq.setAction(blocking ? BlockingIq::Action::Block : BlockingIq::Action::Unblock);
    iq.setJids({bareJid});

    qCInfo(SALON_CORE_BLOCKING).noquote() << accountJid() << (blocking ? "blocking" : "unblocking") << bareJid;
    m_iqRequests->sendRequest(iq, this, [this, iq, bareJid, blocking](const IqResponse &response) {
        if (!response.isResult()) {
            qCWarning(SALON_CORE_BLOCKING).noquote() << accountJid() << (blocking ? "blocking" : "unblocking") << bareJid << "failed: status"
                                                     << int(response.status) << "condition" << int(response.error.condition());
            const QString text = blocking ? tr("Salon could not block %1: %2") : tr("Salon could not unblock %1: %2");
            fail(bareJid, text.arg(bareJid, reasonText(response)));
            return;
        }
        // The server pushes the change too, but the push may come after this result or,
        // with servers that push only to other clients, not at all.
        applyChange(iq);
    });
}

QString BlockingService::checkedJid(const QString &jid)
{
    const QString bareJid = BareJid::fromUserInput(jid);
    if (bareJid.isEmpty()) {
        qCInfo(SALON_CORE_BLOCKING).noquote() << accountJid() << "rejected a blocking action: invalid JID";
        fail(jid, tr("\"%1\" is not a valid chat address. An address looks like name@example.org.").arg(jid.trimmed()));
        return {};
    }
    if (bareJid == accountJid()) {
        fail(bareJid, tr("%1 is your own address. Choose the address of someone else.").arg(bareJid));
        return {};
    }
    // QXmpp 1.4 keeps isAuthenticated() true for a while after disconnecting, so the connection is checked too.
    if (!client()->isConnected() || !client()->isAuthenticated()) {
        fail(bareJid, tr("You are offline. Block or unblock addresses once Salon is connected again."));
        return {};
    }
    // NOTE: right after the first sign-in, until the server's features and the block list arrive,
    // this also reports that blocking is not supported.
    if (!m_supported) {
        fail(bareJid, tr("Salon cannot block or unblock %1: the server does not support blocking.").arg(bareJid));
        return {};
    }
    return bareJid;
}

bool BlockingService::isFromOwnServer(const QString &from)
{
    // The server sends without a sender, or from the account's bare JID or domain.
    const QXmppConfiguration &configuration = client()->configuration();
    const QString sender = from.toLower();
    return sender.isEmpty() || sender == configuration.jidBare().toLower() || sender == configuration.domain().toLower();
}

QString BlockingService::accountJid()
{
    return client() ? client()->configuration().jidBare().toLower() : QString();
}

void BlockingService::fail(const QString &jid, const QString &message)
{
    Q_EMIT actionFailed(jid, message);
}

QString BlockingService::reasonText(const IqResponse &response)
{
    if (response.status != IqResponse::Status::Error) {
        return response.deliveryFailureText();
    }

    switch (response.error.condition()) {
    case QXmppStanza::Error::BadRequest:
    case QXmppStanza::Error::JidMalformed:
        return tr("the server does not accept this address.");
    case QXmppStanza::Error::FeatureNotImplemented:
    case QXmppStanza::Error::ServiceUnavailable:
        return tr("the server does not support blocking.");
    case QXmppStanza::Error::NotAllowed:
    case QXmppStanza::Error::Forbidden:
    case QXmppStanza::Error::NotAuthorized:
        return tr("the server does not allow it.");
    default:
        return tr("the server reported an error. Try again later.");
    }
}
