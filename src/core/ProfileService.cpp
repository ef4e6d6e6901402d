#include "ProfileService.h"

#include "BareJid.h"
#include "IqRequestExtension.h"
#include "LastSeenTracker.h"
#include "ProfilesModel.h"
#include "PubSubClient.h"
#include "XmlPayloadIq.h"
#include "salon_core_profiles_logging.h"

#include <QDomElement>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppUtils.h>
#include <QXmppVCardIq.h>

const QString ProfileService::VCard4Node = QStringLiteral("urn:xmpp:vcard4");

namespace {

const auto PubSubNamespace = QStringLiteral("http://jabber.org/protocol/pubsub");
const auto PubSubOwnerNamespace = QStringLiteral("http://jabber.org/protocol/pubsub#owner");
const auto PubSubEventNamespace = QStringLiteral("http://jabber.org/protocol/pubsub#event");
const auto VCardTempNamespace = QStringLiteral("vcard-temp");
// XEP-0292 publishes the vCard4 as the single item "current".
const auto VCard4ItemId = QStringLiteral("current");

PubSubClient::FormFields openAccessFields()
{
    return {{QStringLiteral("pubsub#access_model"), {QStringLiteral("open")}}};
}

QXmppStanza::Error::Condition errorCondition(const QDomElement &stanza)
{
    QXmppIq response;
    response.parse(stanza);
    return response.error().condition();
}

} // namespace

ProfileService::ProfileService(ContactPresences *presences)
    : m_presences(presences)
    , m_profiles(new ProfilesModel(this))
    , m_iqRequests(new IqRequestExtension)
{
}

ProfileService::~ProfileService() = default;

ProfilesModel *ProfileService::profileCards() const
{
    return m_profiles;
}

void ProfileService::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    client->insertExtension(0, m_iqRequests);
    m_lastSeen = new LastSeenTracker(client, m_presences, m_iqRequests, m_profiles, this);
    connect(client, &QXmppClient::disconnected, this, [this] {
        // NOTE: requests without a response end only here, not after a timeout.
        m_pendingQueries.clear();
        m_profiles->stopLoading();
    });
}

QStringList ProfileService::discoveryFeatures() const
{
    // XEP-0163: the "+notify" feature in the entity capabilities subscribes the client to its contacts' node.
    return {VCard4Node + QStringLiteral("+notify")};
}

void ProfileService::requestProfile(const QString &jid)
{
    const QString bareJid = BareJid::fromUserInput(jid);
    if (bareJid.isEmpty()) {
        qCInfo(SALON_CORE_PROFILES).noquote() << accountJid() << "rejected a profile request: invalid JID";
        Q_EMIT actionFailed(jid, tr("\"%1\" is not a valid chat address. An address looks like name@example.org.").arg(jid.trimmed()));
        return;
    }
    if (!isOnline()) {
        Q_EMIT actionFailed(bareJid, tr("You are offline. Salon shows the profile of %1 once it is connected again.").arg(bareJid));
        return;
    }

    qCInfo(SALON_CORE_PROFILES).noquote() << accountJid() << "requesting the profile of" << bareJid;
    m_profiles->setLoading(bareJid, true);
    requestVCard4(bareJid);
    m_lastSeen->refresh(bareJid);
}

void ProfileService::publishOwnProfile(const QVariant &fields)
{
    const QString ownJid = accountJid();
    if (!fields.canConvert<QVariantMap>()) {
        qCInfo(SALON_CORE_PROFILES).noquote() << ownJid << "rejected the own profile: the fields are not a map but" << fields.typeName();
        Q_EMIT actionFailed(ownJid, tr("Salon could not save your profile: the profile fields are missing."));
        return;
    }
    QString invalidKey;
    const std::optional<Profile> profile = Profile::fromVariantMap(fields.toMap(), &invalidKey);
    if (!profile) {
        qCInfo(SALON_CORE_PROFILES).noquote() << ownJid << "rejected the own profile: the field" << invalidKey << "is too long";
        Q_EMIT actionFailed(ownJid, tr("The profile field \"%1\" is longer than %2 characters. Shorten it and save again.").arg(invalidKey).arg(Profile::MaxFieldLength));
        return;
    }
    if (!isOnline()) {
        Q_EMIT actionFailed(ownJid, tr("You are offline. Save your profile once Salon is connected again."));
        return;
    }

    qCInfo(SALON_CORE_PROFILES).noquote() << ownJid << "publishing the own profile";
    // The vCard-temp goes first: servers that mirror vCard-temp into the vCard4 node
    // (Prosody's mod_vcard_legacy) would otherwise overwrite the vCard4 with a coarser copy.
    setVCardTemp(*profile);
}

bool ProfileService::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() == QLatin1String("message")) {
        return handleEvent(stanza);
    }
    if (stanza.tagName() != QLatin1String("iq")) {
        return false;
    }

    const QString type = stanza.attribute(QStringLiteral("type"));
    const QString id = stanza.attribute(QStringLiteral("id"));
    if ((type != QLatin1String("result") && type != QLatin1String("error")) || !m_pendingQueries.contains(id)) {
        return false;
    }

    // A response comes from the requested account, or without a sender for the user's own account.
    const PendingQuery pending = m_pendingQueries.value(id);
    const QString from = QXmppUtils::jidToBareJid(stanza.attribute(QStringLiteral("from"))).toLower();
    if (from != pending.jid && !(from.isEmpty() && pending.jid == accountJid())) {
        qCWarning(SALON_CORE_PROFILES).noquote() << accountJid() << "ignored a profile response from" << from << "instead of" << pending.jid;
        return false;
    }

    m_pendingQueries.remove(id);
    handleQueryResponse(pending, stanza);
    return true;
}

void ProfileService::requestVCard4(const QString &jid)
{
    const XmlPayloadIq iq(QXmppIq::Get, jid, [](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("pubsub"));
        writer->writeDefaultNamespace(PubSubNamespace);
        writer->writeStartElement(QStringLiteral("items"));
        writer->writeAttribute(QStringLiteral("node"), VCard4Node);
        writer->writeAttribute(QStringLiteral("max_items"), QStringLiteral("1"));
        writer->writeEndElement();
        writer->writeEndElement();
    });
    sendQuery(iq, Query::VCard4, jid);
}

void ProfileService::requestVCardTemp(const QString &jid)
{
    QXmppVCardIq iq(jid);
    iq.setType(QXmppIq::Get);
    sendQuery(iq, Query::VCardTemp, jid);
}

void ProfileService::sendQuery(const QXmppIq &iq, Query query, const QString &jid)
{
    if (!client()->sendPacket(iq)) {
        qCWarning(SALON_CORE_PROFILES).noquote() << accountJid() << "could not send a profile request for" << jid;
        m_profiles->setLoading(jid, false);
        Q_EMIT actionFailed(jid, tr("Salon could not request the profile of %1: you are offline. Try again once Salon is connected.").arg(jid));
        return;
    }
    m_pendingQueries.insert(iq.id(), PendingQuery{query, jid});
}

void ProfileService::handleQueryResponse(const PendingQuery &pending, const QDomElement &stanza)
{
    const bool isError = stanza.attribute(QStringLiteral("type")) == QLatin1String("error");
    if (!isError) {
        if (pending.query == Query::VCard4) {
            handleVCard4Result(pending.jid, stanza);
        } else {
            handleVCardTempResult(pending.jid, stanza);
        }
        return;
    }

    const QXmppStanza::Error::Condition condition = errorCondition(stanza);
    // Prosody 0.12 returns forbidden, not item-not-found, for a node that does not exist when
    // the requester does not share presence with its owner, so a hidden profile counts as none.
    const bool hasNoProfile = condition == QXmppStanza::Error::ItemNotFound || condition == QXmppStanza::Error::FeatureNotImplemented
        || condition == QXmppStanza::Error::ServiceUnavailable || condition == QXmppStanza::Error::Forbidden
        || condition == QXmppStanza::Error::NotAuthorized;
    if (pending.query == Query::VCard4 && hasNoProfile) {
        qCInfo(SALON_CORE_PROFILES).noquote() << accountJid() << pending.jid << "has no vCard4, condition" << int(condition) << "- requesting vCard-temp";
        requestVCardTemp(pending.jid);
        return;
    }
    if (pending.query == Query::VCardTemp && hasNoProfile) {
        qCInfo(SALON_CORE_PROFILES).noquote() << accountJid() << pending.jid << "has no visible profile, condition" << int(condition);
        m_profiles->setProfile(pending.jid, {}, ProfilesModel::Source::None);
        return;
    }

    qCWarning(SALON_CORE_PROFILES).noquote() << accountJid() << "profile request for" << pending.jid << "failed with condition" << int(condition);
    m_profiles->setLoading(pending.jid, false);
    IqResponse response;
    response.status = IqResponse::Status::Error;
    QXmppIq parsed;
    parsed.parse(stanza);
    response.error = parsed.error();
    Q_EMIT actionFailed(pending.jid, tr("Salon could not load the profile of %1: %2").arg(pending.jid, reasonText(response)));
}

void ProfileService::handleVCard4Result(const QString &jid, const QDomElement &stanza)
{
    const QDomElement items = stanza.firstChildElement(QStringLiteral("pubsub")).firstChildElement(QStringLiteral("items"));
    const QDomElement vCard = items.firstChildElement(QStringLiteral("item")).firstChildElement(QStringLiteral("vcard"));
    if (vCard.isNull()) {
        qCInfo(SALON_CORE_PROFILES).noquote() << accountJid() << jid << "has no vCard4 item - requesting vCard-temp";
        requestVCardTemp(jid);
        return;
    }

    int droppedFields = 0;
    const std::optional<Profile> profile = Profile::fromVCard4(vCard, &droppedFields);
    if (!profile) {
        qCWarning(SALON_CORE_PROFILES).noquote() << accountJid() << "ignored the malformed vCard4 of" << jid << "- requesting vCard-temp";
        requestVCardTemp(jid);
        return;
    }
    if (droppedFields > 0) {
        qCWarning(SALON_CORE_PROFILES).noquote() << accountJid() << "dropped" << droppedFields << "oversized fields of the vCard4 of" << jid;
    }
    qCInfo(SALON_CORE_PROFILES).noquote() << accountJid() << "received the vCard4 of" << jid;
    m_profiles->setProfile(jid, *profile, ProfilesModel::Source::VCard4);
}

void ProfileService::handleVCardTempResult(const QString &jid, const QDomElement &stanza)
{
    QXmppVCardIq vCard;
    vCard.parse(stanza);
    const Profile profile = Profile::fromVCardTemp(vCard);
    qCInfo(SALON_CORE_PROFILES).noquote() << accountJid() << (profile.isEmpty() ? "received an empty vCard-temp of" : "received the vCard-temp of") << jid;
    m_profiles->setProfile(jid, profile, profile.isEmpty() ? ProfilesModel::Source::None : ProfilesModel::Source::VCardTemp);
}

bool ProfileService::handleEvent(const QDomElement &message)
{
    const QDomElement event = message.firstChildElement(QStringLiteral("event"));
    const QDomElement items = event.firstChildElement(QStringLiteral("items"));
    if (event.namespaceURI() != PubSubEventNamespace || items.attribute(QStringLiteral("node")) != VCard4Node) {
        return false;
    }

    // PEP notifications come from the publisher's bare JID. An empty sender is the user's own account.
    QString from = QXmppUtils::jidToBareJid(message.attribute(QStringLiteral("from"))).toLower();
    if (from.isEmpty()) {
        from = accountJid();
    }
    if (!m_profiles->contains(from)) {
        return true;
    }

    const QDomElement vCard = items.firstChildElement(QStringLiteral("item")).firstChildElement(QStringLiteral("vcard"));
    int droppedFields = 0;
    const std::optional<Profile> profile = Profile::fromVCard4(vCard, &droppedFields);
    if (!profile) {
        qCWarning(SALON_CORE_PROFILES).noquote() << accountJid() << "ignored a malformed vCard4 notification from" << from;
        return true;
    }
    if (droppedFields > 0) {
        qCWarning(SALON_CORE_PROFILES).noquote() << accountJid() << "dropped" << droppedFields << "oversized fields of a vCard4 notification from" << from;
    }
    qCInfo(SALON_CORE_PROFILES).noquote() << accountJid() << "received an updated vCard4 of" << from;
    m_profiles->setProfile(from, *profile, ProfilesModel::Source::VCard4);
    return true;
}

void ProfileService::setVCardTemp(const Profile &profile)
{
    QXmppVCardIq iq;
    iq.setType(QXmppIq::Set);
    profile.fillVCardTemp(&iq);
    m_iqRequests->sendRequest(iq, this, [this, profile](const IqResponse &response) {
        if (!response.isResult()) {
            // Older clients then show an outdated profile, but the vCard4 may still succeed.
            qCWarning(SALON_CORE_PROFILES).noquote() << accountJid() << "setting the vCard-temp failed: status" << int(response.status) << "condition"
                                                     << int(response.error.condition());
        }
        if (response.status == IqResponse::Status::Disconnected || response.status == IqResponse::Status::NotSent) {
            failPublish(response);
            return;
        }
        publishVCard4(profile, true);
    });
}

void ProfileService::publishVCard4(const Profile &profile, bool withOptions)
{
    const XmlPayloadIq iq(QXmppIq::Set, QString(), [profile, withOptions](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("pubsub"));
        writer->writeDefaultNamespace(PubSubNamespace);
        writer->writeStartElement(QStringLiteral("publish"));
        writer->writeAttribute(QStringLiteral("node"), VCard4Node);
        writer->writeStartElement(QStringLiteral("item"));
        writer->writeAttribute(QStringLiteral("id"), VCard4ItemId);
        profile.writeVCard4(writer);
        writer->writeEndElement();
        writer->writeEndElement();
        if (withOptions) {
            writer->writeStartElement(QStringLiteral("publish-options"));
            PubSubClient::writeForm(writer, QStringLiteral("http://jabber.org/protocol/pubsub#publish-options"), openAccessFields());
            writer->writeEndElement();
        }
        writer->writeEndElement();
    });

    m_iqRequests->sendRequest(iq, this, [this, profile, withOptions](const IqResponse &response) {
        // XEP-0060, section 7.1.5: publish-options that differ from an existing node's
        // configuration fail with conflict, so the node is configured first.
        if (withOptions && response.status == IqResponse::Status::Error && response.error.condition() == QXmppStanza::Error::Conflict) {
            qCInfo(SALON_CORE_PROFILES).noquote() << accountJid() << "the vCard4 node has another access model - configuring it";
            configureNodeAndPublish(profile);
            return;
        }
        if (!response.isResult()) {
            failPublish(response);
            return;
        }
        qCInfo(SALON_CORE_PROFILES).noquote() << accountJid() << "published the own vCard4";
        m_profiles->setProfile(accountJid(), profile, ProfilesModel::Source::VCard4);
        Q_EMIT ownProfilePublished();
    });
}

void ProfileService::configureNodeAndPublish(const Profile &profile)
{
    const XmlPayloadIq iq(QXmppIq::Set, QString(), [](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("pubsub"));
        writer->writeDefaultNamespace(PubSubOwnerNamespace);
        writer->writeStartElement(QStringLiteral("configure"));
        writer->writeAttribute(QStringLiteral("node"), VCard4Node);
        PubSubClient::writeForm(writer, QStringLiteral("http://jabber.org/protocol/pubsub#node_config"), openAccessFields());
        writer->writeEndElement();
        writer->writeEndElement();
    });

    m_iqRequests->sendRequest(iq, this, [this, profile](const IqResponse &response) {
        if (!response.isResult()) {
            failPublish(response);
            return;
        }
        publishVCard4(profile, false);
    });
}

void ProfileService::failPublish(const IqResponse &response)
{
    qCWarning(SALON_CORE_PROFILES).noquote() << accountJid() << "publishing the own profile failed: status" << int(response.status) << "condition"
                                             << int(response.error.condition());
    Q_EMIT actionFailed(accountJid(), tr("Salon could not save your profile: %1").arg(reasonText(response)));
}

QString ProfileService::accountJid()
{
    return client() ? client()->configuration().jidBare().toLower() : QString();
}

bool ProfileService::isOnline()
{
    // QXmpp 1.4 keeps isAuthenticated() true for a while after disconnecting, so the connection is checked too.
    return client() && client()->isConnected() && client()->isAuthenticated();
}

QString ProfileService::reasonText(const IqResponse &response)
{
    if (response.status != IqResponse::Status::Error) {
        return response.deliveryFailureText();
    }

    switch (response.error.condition()) {
    case QXmppStanza::Error::FeatureNotImplemented:
    case QXmppStanza::Error::ServiceUnavailable:
        return tr("the server does not support profiles.");
    case QXmppStanza::Error::NotAllowed:
    case QXmppStanza::Error::Forbidden:
    case QXmppStanza::Error::NotAuthorized:
        return tr("the server does not allow it.");
    case QXmppStanza::Error::RemoteServerNotFound:
    case QXmppStanza::Error::RemoteServerTimeout:
        return tr("the other server cannot be reached. Try again later.");
    default:
        return tr("the server reported an error. Try again later.");
    }
}
