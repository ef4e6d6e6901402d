#include "CommunityService.h"

#include "CommunityDirectory.h"
#include "CommunityDirectoryModel.h"
#include "CommunityInfo.h"
#include "CommunitySubscription.h"
#include "DataFormModel.h"
#include "IqRequestExtension.h"
#include "MucAddress.h"
#include "PubSubClient.h"
#include "PubSubEventReader.h"
#include "RoomInfo.h"
#include "SubscriptionsModel.h"
#include "XmlPayloadIq.h"
#include "salon_core_communities_logging.h"

#include <QUuid>
#include <QXmlStreamWriter>
#include <QXmppClient.h>

namespace {

const auto PubSubOwnerNamespace = QStringLiteral("http://jabber.org/protocol/pubsub#owner");
const auto DataFormsNamespace = QStringLiteral("jabber:x:data");
// Time to wait for the service's response to a configuration request, in milliseconds.
constexpr int ConfigurationTimeoutMs = 30 * 1000;
// Maximum length of the description that createCommunity() sends, in UTF-16 code units.
constexpr int MaxDescriptionLength = 4000;

// The options of the subscription list's PEP node: private, persistent, as many items as there are subscriptions.
PubSubClient::FormFields listOptions()
{
    return {
        {QStringLiteral("pubsub#persist_items"), {QStringLiteral("true")}},
        {QStringLiteral("pubsub#max_items"), {QStringLiteral("max")}},
        {QStringLiteral("pubsub#send_last_published_item"), {QStringLiteral("never")}},
        {QStringLiteral("pubsub#access_model"), {QStringLiteral("whitelist")}},
    };
}

// An owner request (XEP-0060) on the configuration of \a node, with a form that \a writeForm writes, if any.
XmlPayloadIq configureRequest(QXmppIq::Type type, const QString &service, const QString &node, const std::function<void(QXmlStreamWriter *)> &writeForm)
{
    return XmlPayloadIq(type, service, [node, writeForm](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("pubsub"));
        writer->writeDefaultNamespace(PubSubOwnerNamespace);
        writer->writeStartElement(QStringLiteral("configure"));
        writer->writeAttribute(QStringLiteral("node"), node);
        if (writeForm) {
            writeForm(writer);
        }
        writer->writeEndElement();
        writer->writeEndElement();
    });
}

QString formKey(const QString &service, const QString &node)
{
    return service + QLatin1Char('<') + node;
}

} // namespace

QString CommunityService::actionName(Action action)
{
    switch (action) {
    case Action::Subscribe:
        return QStringLiteral("subscribing to");
    case Action::Unsubscribe:
        return QStringLiteral("unsubscribing from");
    case Action::Create:
        return QStringLiteral("creating");
    case Action::Configure:
        return QStringLiteral("configuring");
    case Action::Delete:
        return QStringLiteral("deleting");
    }
    return {};
}

namespace {

bool isAccessModel(const QString &model)
{
    static const QStringList models{QStringLiteral("open"), QStringLiteral("presence"), QStringLiteral("roster"), QStringLiteral("authorize"),
                                    QStringLiteral("whitelist")};
    return models.contains(model);
}

} // namespace

CommunityService::CommunityService(QXmppClient *client, PubSubClient *pubsub, PubSubEventReader *events, IqRequestExtension *requests, QObject *parent)
    : m_client(client)
    , m_pubsub(pubsub)
    , m_requests(requests)
    , m_directory(new CommunityDirectory(client, requests, this))
    , m_subscriptions(new SubscriptionsModel(this))
{
    setParent(parent);
    m_directory->communities()->setSubscriptions(m_subscriptions);
    m_directory->setPubSubClient(pubsub);
    connect(events, &PubSubEventReader::itemsPublished, this, &CommunityService::handlePublished);
    connect(events, &PubSubEventReader::itemsRetracted, this, &CommunityService::handleRetracted);
    connect(events, &PubSubEventReader::nodePurged, this, &CommunityService::handleNodeCleared);
    connect(events, &PubSubEventReader::nodeDeleted, this, &CommunityService::handleNodeDeleted);
    connect(client, &QXmppClient::connected, this, &CommunityService::handleConnected);
}

CommunityService::~CommunityService() = default;

QStringList CommunityService::discoveryFeatures() const
{
    // XEP-0163: "+notify" in the entity capabilities subscribes the client to its own list node.
    return {CommunitySubscription::nodeName() + QStringLiteral("+notify")};
}

bool CommunityService::handleStanza(const QDomElement &)
{
    return false;
}

CommunityDirectory *CommunityService::directory() const
{
    return m_directory;
}

SubscriptionsModel *CommunityService::subscriptions() const
{
    return m_subscriptions;
}

QString CommunityService::nodeFromTitle(const QString &title)
{
    QString node;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            node.append(c);
        } else if ((c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_')) && !node.isEmpty() && !node.endsWith(QLatin1Char('-'))) {
            node.append(QLatin1Char('-'));
        }
        if (node.size() >= MaxGeneratedNodeLength) {
            break;
        }
    }
    while (node.endsWith(QLatin1Char('-'))) {
        node.chop(1);
    }
    return node;
}

// Subscriptions

void CommunityService::subscribe(const QString &service, const QString &node, const QString &title)
{
    const QString serviceJid = MucAddress::serviceFromUserInput(service);
    if (serviceJid.isEmpty() || node.isEmpty()) {
        fail(Action::Subscribe, service, node, tr("This is not a valid community address."));
        return;
    }
    qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "subscribing to node" << node << "of" << serviceJid;
    m_pubsub->subscribe(serviceJid, node, accountJid(), this, [this, serviceJid, node, title](const PubSubResult &result, const QString &state) {
        if (!result.isOk()) {
            fail(Action::Subscribe, serviceJid, node, errorText(Action::Subscribe, serviceJid, result), result.code());
            return;
        }
        CommunitySubscription subscription;
        subscription.service = serviceJid;
        subscription.node = node;
        subscription.title = RoomInfo::cleanedLine(title, CommunitySubscription::MaxTitleLength);
        if (subscription.title.isEmpty() && m_directory->communities()->service() == serviceJid) {
            // The title that the directory shows, when the user subscribed from there.
            subscription.title = m_directory->communities()->community(node).value_or(CommunityInfo()).title;
        }
        subscription.state = state == QLatin1String("pending") ? QStringLiteral("pending") : QStringLiteral("subscribed");
        if (const auto known = m_subscriptions->subscription(serviceJid, node)) {
            subscription.notify = known->notify;
        }
        qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "subscription to node" << node << "of" << serviceJid << "is" << subscription.state;
        m_subscriptions->setSubscription(subscription);
        storeSubscription(subscription);
        Q_EMIT subscribed(serviceJid, node, subscription.state);
    });
}

void CommunityService::unsubscribe(const QString &service, const QString &node)
{
    const QString serviceJid = MucAddress::serviceFromUserInput(service);
    if (serviceJid.isEmpty() || node.isEmpty()) {
        fail(Action::Unsubscribe, service, node, tr("This is not a valid community address."));
        return;
    }
    qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "unsubscribing from node" << node << "of" << serviceJid;
    m_pubsub->unsubscribe(serviceJid, node, accountJid(), this, [this, serviceJid, node](const PubSubResult &result) {
        // A deleted node, or a subscription that the service dropped, leaves nothing to unsubscribe from.
        const bool gone = result.error() == PubSubResult::Error::ItemNotFound || result.pubSubCondition() == QLatin1String("not-subscribed");
        if (!result.isOk() && !gone) {
            fail(Action::Unsubscribe, serviceJid, node, errorText(Action::Unsubscribe, serviceJid, result), result.code());
            return;
        }
        m_subscriptions->removeSubscription(serviceJid, node);
        removeStoredSubscription(serviceJid, node);
        Q_EMIT unsubscribed(serviceJid, node);
    });
}

QString CommunityService::subscriptionState(const QString &service, const QString &node) const
{
    const auto subscription = m_subscriptions->subscription(MucAddress::serviceFromUserInput(service), node);
    return subscription ? subscription->state : QStringLiteral("none");
}

void CommunityService::setNotify(const QString &service, const QString &node, bool notify)
{
    auto subscription = m_subscriptions->subscription(MucAddress::serviceFromUserInput(service), node);
    if (!subscription) {
        fail(Action::Subscribe, service, node, tr("Subscribe to the community before choosing its notifications."));
        return;
    }
    if (subscription->notify == notify) {
        return;
    }
    subscription->notify = notify;
    m_subscriptions->setSubscription(*subscription);
    storeSubscription(*subscription);
}

void CommunityService::refreshSubscriptions()
{
    const int connection = ++m_connection;
    m_pubsub->requestItems(QString(), CommunitySubscription::nodeName(), {}, this, [this, connection](const PubSubItemsPage &page) {
        if (connection != m_connection) {
            return;
        }
        if (page.result.error() == PubSubResult::Error::ItemNotFound) {
            // No client of the user has stored a subscription yet.
            m_listLoaded = true;
            m_itemIds.clear();
            m_subscriptions->setSubscriptions({});
            return;
        }
        if (!page.result.isOk()) {
            qCWarning(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "reading the list of subscriptions failed:" << page.result.code();
            return;
        }

        QVector<CommunitySubscription> subscriptions;
        m_itemIds.clear();
        int invalid = 0;
        for (const PubSubItem &item : page.items) {
            CommunitySubscription subscription;
            if (subscriptions.size() >= MaxSubscriptions || !subscription.read(item.payload)) {
                ++invalid;
                continue;
            }
            m_itemIds.insert(item.id, {subscription.service, subscription.node});
            subscriptions.append(subscription);
        }
        if (invalid > 0) {
            qCWarning(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "ignored" << invalid << "items of the list of subscriptions";
        }
        qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "read" << subscriptions.size() << "subscriptions to communities";
        m_listLoaded = true;
        m_subscriptions->setSubscriptions(subscriptions);
    });
}

void CommunityService::clear()
{
    // Ends the handling of a list requested for the previous address.
    ++m_connection;
    m_listLoaded = false;
    m_listHasOtherOptions = false;
    m_itemIds.clear();
    m_subscriptions->setSubscriptions({});
    m_directory->cancel();
    m_directory->communities()->reset(QString());
    for (DataFormModel *form : qAsConst(m_forms)) {
        form->deleteLater();
    }
    m_forms.clear();
}

void CommunityService::handleConnected()
{
    // A resumed stream missed no notifications.
    if (m_client->streamManagementState() == QXmppClient::ResumedStream && m_listLoaded) {
        return;
    }
    m_listHasOtherOptions = false;
    refreshSubscriptions();
}

void CommunityService::handlePublished(const QString &service, const QString &node, const QVector<PubSubItem> &items)
{
    if (node != CommunitySubscription::nodeName() || service.compare(accountJid(), Qt::CaseInsensitive) != 0) {
        return;
    }
    for (const PubSubItem &item : items) {
        CommunitySubscription subscription;
        if (item.payload.isNull()) {
            // A notification without payload: read the whole list.
            refreshSubscriptions();
            return;
        }
        if (!subscription.read(item.payload)) {
            qCWarning(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "ignored an invalid subscription item" << item.id.left(64);
            continue;
        }
        if (!m_subscriptions->subscription(subscription.service, subscription.node) && m_subscriptions->rowCount() >= MaxSubscriptions) {
            qCWarning(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "ignored a subscription over the limit of" << MaxSubscriptions;
            continue;
        }
        m_itemIds.insert(item.id, {subscription.service, subscription.node});
        m_subscriptions->setSubscription(subscription);
    }
}

void CommunityService::handleRetracted(const QString &service, const QString &node, const QStringList &itemIds)
{
    if (node != CommunitySubscription::nodeName() || service.compare(accountJid(), Qt::CaseInsensitive) != 0) {
        return;
    }
    for (const QString &id : itemIds) {
        const auto [subscriptionService, subscriptionNode] = m_itemIds.take(id);
        if (!subscriptionNode.isEmpty()) {
            m_subscriptions->removeSubscription(subscriptionService, subscriptionNode);
        }
    }
}

void CommunityService::handleNodeCleared(const QString &service, const QString &node)
{
    if (node == CommunitySubscription::nodeName() && service.compare(accountJid(), Qt::CaseInsensitive) == 0) {
        m_itemIds.clear();
        m_subscriptions->setSubscriptions({});
    }
}

void CommunityService::handleNodeDeleted(const QString &service, const QString &node)
{
    handleNodeCleared(service, node);
    // A deleted community ends the user's subscription to it.
    if (m_subscriptions->subscription(service, node)) {
        qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "the subscribed node" << node << "of" << service << "was deleted";
        m_subscriptions->removeSubscription(service, node);
        removeStoredSubscription(service, node);
    }
    if (m_directory->communities()->service() == service) {
        m_directory->communities()->removeCommunity(node);
    }
}

void CommunityService::storeSubscription(const CommunitySubscription &subscription)
{
    const QString itemId = CommunitySubscription::itemId(subscription.service, subscription.node, accountJid());
    m_itemIds.insert(itemId, {subscription.service, subscription.node});
    const auto payload = [subscription](QXmlStreamWriter *writer) {
        subscription.write(writer);
    };
    const PubSubClient::FormFields options = m_listHasOtherOptions ? PubSubClient::FormFields() : listOptions();
    m_pubsub->publish(QString(), CommunitySubscription::nodeName(), itemId, payload, options, this,
                      [this, itemId, payload](const PubSubResult &result, const QString &) {
                          if (result.error() != PubSubResult::Error::PreconditionNotMet) {
                              if (!result.isOk()) {
                                  qCWarning(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "storing a subscription failed:" << result.code();
                              }
                              return;
                          }
                          // Another client configured the list node otherwise. Its options stay, and
                          // later items of this session are published without options at once.
                          qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "the list of subscriptions has other options; publishing without them";
                          m_listHasOtherOptions = true;
                          m_pubsub->publish(QString(), CommunitySubscription::nodeName(), itemId, payload, {}, this, [this](const PubSubResult &retry, const QString &) {
                              if (!retry.isOk()) {
                                  qCWarning(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "storing a subscription failed:" << retry.code();
                              }
                          });
                      });
}

void CommunityService::removeStoredSubscription(const QString &service, const QString &node)
{
    const QString itemId = CommunitySubscription::itemId(service, node, accountJid());
    m_itemIds.remove(itemId);
    m_pubsub->retract(QString(), CommunitySubscription::nodeName(), itemId, true, this, [this](const PubSubResult &result) {
        if (!result.isOk() && result.error() != PubSubResult::Error::ItemNotFound) {
            qCWarning(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "removing a stored subscription failed:" << result.code();
        }
    });
}

// Owned communities

void CommunityService::createCommunity(const QString &service, const QString &node, const QString &title, const QString &description,
                                       const QString &accessModel)
{
    const QString serviceJid = MucAddress::serviceFromUserInput(service);
    if (serviceJid.isEmpty()) {
        fail(Action::Create, service, node, tr("This is not a valid address of a community service."));
        return;
    }
    if (!isAccessModel(accessModel)) {
        fail(Action::Create, serviceJid, node, tr("Choose who may read the community: open, presence, roster, authorize or whitelist."));
        return;
    }
    const QString cleanTitle = title.simplified().left(CommunityInfo::MaxTitleLength);
    if (cleanTitle.isEmpty() && node.isEmpty()) {
        fail(Action::Create, serviceJid, node, tr("Give the community a title."));
        return;
    }
    QString nodeName = node.trimmed().isEmpty() ? nodeFromTitle(cleanTitle) : node.trimmed();
    if (nodeName.isEmpty()) {
        nodeName = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (nodeName.size() > CommunityInfo::MaxNodeLength) {
        fail(Action::Create, serviceJid, nodeName.left(64), tr("The community's name is too long."));
        return;
    }

    PubSubClient::FormFields configuration{{QStringLiteral("pubsub#access_model"), {accessModel}}};
    if (!cleanTitle.isEmpty()) {
        configuration.append({QStringLiteral("pubsub#title"), {cleanTitle}});
    }
    const QString cleanDescription = description.trimmed().left(MaxDescriptionLength);
    if (!cleanDescription.isEmpty()) {
        configuration.append({QStringLiteral("pubsub#description"), {cleanDescription}});
    }
    qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "creating node" << nodeName << "on" << serviceJid << "with access model" << accessModel;
    m_pubsub->createNode(serviceJid, nodeName, configuration, this,
                         [this, serviceJid, cleanTitle, cleanDescription, accessModel](const PubSubResult &result, const QString &created) {
                             if (result.error() == PubSubResult::Error::Rejected) {
                                 // Prosody 0.12, for one, rejects the access model "authorize" as an invalid request.
                                 fail(Action::Create, serviceJid, created,
                                      tr("%1 rejected the community's settings. It may not support the access model “%2”. Choose another one.")
                                          .arg(serviceJid, accessModel),
                                      result.code());
                                 return;
                             }
                             if (!result.isOk()) {
                                 fail(Action::Create, serviceJid, created, errorText(Action::Create, serviceJid, result), result.code());
                                 return;
                             }
                             qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "created node" << created << "on" << serviceJid;
                             if (m_directory->communities()->service() == serviceJid) {
                                 CommunityInfo community;
                                 community.service = serviceJid;
                                 community.node = created;
                                 community.title = cleanTitle;
                                 community.description = cleanDescription;
                                 community.accessModel = accessModel;
                                 community.infoLoaded = true;
                                 m_directory->communities()->setCommunity(community);
                                 m_directory->communities()->setOwned(created, true);
                             }
                             m_subscriptions->setOwned(serviceJid, created, true);
                             Q_EMIT communityCreated(serviceJid, created);
                         });
}

void CommunityService::deleteCommunity(const QString &service, const QString &node)
{
    const QString serviceJid = MucAddress::serviceFromUserInput(service);
    if (serviceJid.isEmpty() || node.isEmpty()) {
        fail(Action::Delete, service, node, tr("This is not a valid community address."));
        return;
    }
    qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "deleting node" << node << "of" << serviceJid;
    m_pubsub->deleteNode(serviceJid, node, this, [this, serviceJid, node](const PubSubResult &result) {
        if (!result.isOk()) {
            fail(Action::Delete, serviceJid, node, errorText(Action::Delete, serviceJid, result), result.code());
            return;
        }
        qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "deleted node" << node << "of" << serviceJid;
        if (m_directory->communities()->service() == serviceJid) {
            m_directory->communities()->removeCommunity(node);
        }
        if (m_subscriptions->subscription(serviceJid, node)) {
            m_subscriptions->removeSubscription(serviceJid, node);
            removeStoredSubscription(serviceJid, node);
        }
        Q_EMIT communityDeleted(serviceJid, node);
    });
}

// Configuration

DataFormModel *CommunityService::configurationForm(const QString &service, const QString &node)
{
    const QString serviceJid = MucAddress::serviceFromUserInput(service);
    if (serviceJid.isEmpty() || node.isEmpty()) {
        return nullptr;
    }
    DataFormModel *&model = m_forms[formKey(serviceJid, node)];
    if (!model) {
        model = new DataFormModel(this);
    }
    return model;
}

void CommunityService::requestConfiguration(const QString &service, const QString &node)
{
    DataFormModel *model = configurationForm(service, node);
    if (!model) {
        fail(Action::Configure, service, node, tr("This is not a valid community address."));
        return;
    }
    const QString serviceJid = MucAddress::serviceFromUserInput(service);
    const QString key = formKey(serviceJid, node);
    model->clear();
    model->setStatus(QStringLiteral("loading"));
    qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "requesting the configuration form of node" << node << "of" << serviceJid;
    m_requests->sendRequest(configureRequest(QXmppIq::Get, serviceJid, node, {}), this, [this, key, serviceJid, node](const IqResponse &response) {
        DataFormModel *model = m_forms.value(key);
        if (!model) {
            return;
        }
        if (!response.isResult()) {
            failConfiguration(key, serviceJid, node, configurationErrorText(serviceJid, response), PubSubResult::fromResponse(response).code());
            return;
        }
        const QDomElement configure = response.element.firstChildElement(QStringLiteral("pubsub")).firstChildElement(QStringLiteral("configure"));
        QDomElement form = configure.firstChildElement(QStringLiteral("x"));
        while (!form.isNull() && form.namespaceURI() != DataFormsNamespace) {
            form = form.nextSiblingElement(QStringLiteral("x"));
        }
        if (!model->load(form)) {
            failConfiguration(key, serviceJid, node, tr("The community %1 sent no configuration form.").arg(node.left(200)), QStringLiteral("no-form"));
            return;
        }
        qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "received the configuration form of node" << node << "of" << serviceJid << "with"
                                                 << model->rowCount() << "fields";
        model->setStatus(QStringLiteral("ready"));
        Q_EMIT configurationReady(serviceJid, node);
    }, ConfigurationTimeoutMs);
}

void CommunityService::submitConfiguration(const QString &service, const QString &node, const QVariant &values)
{
    const QString serviceJid = MucAddress::serviceFromUserInput(service);
    const QString key = formKey(serviceJid, node);
    DataFormModel *model = m_forms.value(key);
    if (!model || model->rowCount() == 0 || model->status() == QLatin1String("loading")) {
        fail(Action::Configure, service, node, tr("Load the community's configuration before saving it."));
        return;
    }
    const QVariantMap changes = values.toMap();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!model->setValue(it.key(), it.value())) {
            model->setStatus(QStringLiteral("ready"));
            fail(Action::Configure, serviceJid, node, tr("The community's configuration has no field \"%1\" that can be changed.").arg(it.key().left(256)));
            return;
        }
    }

    model->setStatus(QStringLiteral("submitting"));
    qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "submitting the configuration of node" << node << "of" << serviceJid;
    const XmlPayloadIq iq = configureRequest(QXmppIq::Set, serviceJid, node, [model](QXmlStreamWriter *writer) {
        model->writeSubmitForm(writer);
    });
    m_requests->sendRequest(iq, this, [this, key, serviceJid, node](const IqResponse &response) {
        DataFormModel *model = m_forms.value(key);
        if (!model) {
            return;
        }
        if (!response.isResult()) {
            failConfiguration(key, serviceJid, node, configurationErrorText(serviceJid, response), PubSubResult::fromResponse(response).code());
            return;
        }
        qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "configured node" << node << "of" << serviceJid;
        if (m_directory->communities()->service() == serviceJid) {
            m_directory->refreshCommunity(node);
        }
        model->setStatus(QStringLiteral("saved"));
        Q_EMIT configurationSaved(serviceJid, node);
    }, ConfigurationTimeoutMs);
}

void CommunityService::cancelConfiguration(const QString &service, const QString &node)
{
    DataFormModel *model = configurationForm(service, node);
    if (!model) {
        fail(Action::Configure, service, node, tr("This is not a valid community address."));
        return;
    }
    const QString serviceJid = MucAddress::serviceFromUserInput(service);
    // A cancelled form leaves the node's configuration as it is, so nothing waits for the response.
    const XmlPayloadIq iq = configureRequest(QXmppIq::Set, serviceJid, node, [](QXmlStreamWriter *writer) {
        DataFormModel::writeCancelForm(writer);
    });
    m_requests->sendRequest(iq, this, [this, serviceJid, node](const IqResponse &response) {
        if (!response.isResult()) {
            qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "node" << node << "of" << serviceJid << "rejected the cancel form: status"
                                                     << int(response.status);
        }
    }, ConfigurationTimeoutMs);
    qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "cancelled the configuration of node" << node << "of" << serviceJid;
    model->setStatus(QStringLiteral("cancelled"));
    Q_EMIT configurationCancelled(serviceJid, node);
}

void CommunityService::closeConfiguration(const QString &service, const QString &node)
{
    DataFormModel *model = m_forms.take(formKey(MucAddress::serviceFromUserInput(service), node));
    if (model) {
        // A view may still read the model in the current event.
        model->deleteLater();
    }
}

// Errors

void CommunityService::failConfiguration(const QString &key, const QString &service, const QString &node, const QString &text, const QString &code)
{
    if (DataFormModel *model = m_forms.value(key)) {
        // A form that was loaded stays, so that the user may correct it and submit again.
        model->setStatus(model->rowCount() > 0 ? QStringLiteral("ready") : QStringLiteral("failed"), text);
    }
    fail(Action::Configure, service, node, text, code);
}

void CommunityService::fail(Action action, const QString &service, const QString &node, const QString &text, const QString &code)
{
    qCWarning(SALON_CORE_COMMUNITIES).noquote() << accountJid() << actionName(action) << "node" << node.left(200) << "of" << service.left(200)
                                                << "failed:" << (code.isEmpty() ? QStringLiteral("invalid request, not sent") : code);
    Q_EMIT actionFailed(service, node, text);
}

QString CommunityService::errorText(Action action, const QString &service, const PubSubResult &result) const
{
    switch (result.error()) {
    case PubSubResult::Error::ItemNotFound:
        return action == Action::Create ? tr("The service %1 was not found.").arg(service) : tr("This community does not exist on %1.").arg(service);
    case PubSubResult::Error::Forbidden:
        switch (action) {
        case Action::Subscribe:
            return tr("This community does not allow you to subscribe.");
        case Action::Create:
            return tr("%1 does not allow you to create communities.").arg(service);
        case Action::Configure:
            return tr("Only the owners of a community may configure it.");
        case Action::Delete:
            return tr("Only the owners of a community may delete it.");
        case Action::Unsubscribe:
            break;
        }
        break;
    case PubSubResult::Error::Conflict:
        if (action == Action::Create) {
            return tr("A community with this name exists already on %1. Choose another name.").arg(service);
        }
        break;
    case PubSubResult::Error::Unsupported:
        if (action == Action::Create) {
            return tr("%1 does not support creating communities with these settings.").arg(service);
        }
        break;
    default:
        break;
    }
    return result.text();
}

QString CommunityService::configurationErrorText(const QString &service, const IqResponse &response) const
{
    const PubSubResult result = PubSubResult::fromResponse(response);
    if (result.error() == PubSubResult::Error::Rejected) {
        const QString serverText = response.error.text().left(1024);
        return serverText.isEmpty() ? tr("The service rejected the configuration. Check the values and try again.")
                                    : tr("The service rejected the configuration: %1").arg(serverText);
    }
    return errorText(Action::Configure, service, result);
}

QString CommunityService::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}
