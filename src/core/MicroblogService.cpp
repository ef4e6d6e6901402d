#include "MicroblogService.h"

#include "FeedModel.h"
#include "MarkdownRenderer.h"
#include "PubSubClient.h"
#include "PubSubEventReader.h"
#include "PubSubResult.h"
#include "XmppUri.h"
#include "salon_core_microblog_logging.h"

#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppUtils.h>

namespace {

const auto PublicVisibility = QStringLiteral("public");
const auto ContactsVisibility = QStringLiteral("contacts");

// XEP-0060 access models: "open" lets anyone read the node, "presence" those who receive the user's presence.
QString accessModel(const QString &visibility)
{
    return visibility == ContactsVisibility ? QStringLiteral("presence") : QStringLiteral("open");
}

QString checkedVisibility(const QString &visibility)
{
    return visibility == ContactsVisibility ? ContactsVisibility : PublicVisibility;
}

// Settings of the posts node and of each comments node. "max" keeps as many items as the server
// allows: Prosody 0.12 reads it as its pep_max_items, 256 by default.
PubSubClient::FormFields nodeFields(const QString &visibility, bool notifyRetract)
{
    PubSubClient::FormFields fields{{QStringLiteral("pubsub#access_model"), {accessModel(visibility)}},
                                    {QStringLiteral("pubsub#persist_items"), {QStringLiteral("true")}},
                                    {QStringLiteral("pubsub#max_items"), {QStringLiteral("max")}}};
    if (notifyRetract) {
        fields.append({QStringLiteral("pubsub#notify_retract"), {QStringLiteral("true")}});
    }
    return fields;
}

// A comments node takes comments from everyone (XEP-0277, section 4). NOTE: this includes users
// outside the contacts on a contacts-only post, who can publish a comment but not read the node.
PubSubClient::FormFields commentsNodeFields(const QString &visibility)
{
    PubSubClient::FormFields fields = nodeFields(visibility, true);
    fields.append({QStringLiteral("pubsub#publish_model"), {QStringLiteral("open")}});
    return fields;
}

// Returns the current time in whole seconds. MicroblogEntry::writeAtom() writes times without
// milliseconds, so the local post and its copy from the server then sort alike in the feed.
QDateTime entryTime()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

QStringList cleanedTags(const QStringList &tags)
{
    QStringList cleaned;
    for (const QString &tag : tags) {
        const QString trimmed = tag.trimmed().left(MicroblogEntry::MaxFieldLength);
        if (!trimmed.isEmpty() && !cleaned.contains(trimmed) && cleaned.size() < MicroblogEntry::MaxCategories) {
            cleaned.append(trimmed);
        }
    }
    return cleaned;
}

// The keys of the options of publishWithOptions() and editWithOptions().
const auto TitleOption = QStringLiteral("title");
const auto MarkdownOption = QStringLiteral("markdown");
const auto TagsOption = QStringLiteral("tags");
const auto VisibilityOption = QStringLiteral("visibility");
const auto EnclosuresOption = QStringLiteral("enclosures");
const auto ServiceOption = QStringLiteral("service");
const auto NodeOption = QStringLiteral("node");
const auto LinksOption = QStringLiteral("links");

// Returns the enclosure links of \a maps, each with href, type, title and length. An
// attachment without an http or https URL is skipped, because nothing else can be downloaded.
QVector<AtomLink> enclosureLinks(const QVariantList &maps, const QString &account)
{
    QVector<AtomLink> links;
    for (const QVariant &value : maps) {
        const QVariantMap map = value.toMap();
        const QUrl url(map.value(QStringLiteral("href")).toString(), QUrl::StrictMode);
        const bool web = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
        if (!url.isValid() || !web || url.host().isEmpty()) {
            qCWarning(SALON_CORE_MICROBLOG).noquote() << account << "skipped an attachment without an http or https URL";
            continue;
        }
        if (links.size() == MicroblogService::MaxEnclosures) {
            qCWarning(SALON_CORE_MICROBLOG).noquote() << account << "dropped the attachments after the first" << MicroblogService::MaxEnclosures;
            break;
        }
        AtomLink link;
        link.rel = QStringLiteral("enclosure");
        link.href = QString::fromUtf8(url.toEncoded());
        link.type = map.value(QStringLiteral("type")).toString().trimmed().left(MicroblogEntry::MaxFieldLength);
        link.title = map.value(QStringLiteral("title")).toString().trimmed().left(MicroblogEntry::MaxFieldLength);
        bool isNumber = false;
        const qint64 length = map.value(QStringLiteral("length")).toLongLong(&isNumber);
        link.length = isNumber && length >= 0 ? length : -1;
        links.append(link);
    }
    return links;
}

// Returns the related links of \a maps, each with href and title. A link without an http or https
// URL is skipped, and those after the first FeedPost::MaxRelatedLinks are dropped.
QVector<AtomLink> relatedLinks(const QVariantList &maps, const QString &account)
{
    QVector<AtomLink> links;
    for (const QVariant &value : maps) {
        const QVariantMap map = value.toMap();
        const QString href = map.value(QStringLiteral("href")).toString().trimmed();
        if (!FeedPost::isWebUrl(href)) {
            qCWarning(SALON_CORE_MICROBLOG).noquote() << account << "skipped a related link without an http or https URL";
            continue;
        }
        if (links.size() == FeedPost::MaxRelatedLinks) {
            qCWarning(SALON_CORE_MICROBLOG).noquote() << account << "dropped the related links after the first" << FeedPost::MaxRelatedLinks;
            break;
        }
        AtomLink link;
        link.rel = QStringLiteral("related");
        link.href = QString::fromUtf8(QUrl(href, QUrl::StrictMode).toEncoded());
        link.title = map.value(QStringLiteral("title")).toString().simplified().left(FeedPost::MaxLinkTitleLength);
        links.append(link);
    }
    return links;
}

} // namespace

QString MicroblogService::node()
{
    return QStringLiteral("urn:xmpp:microblog:0");
}

QString MicroblogService::commentsNode(const QString &itemId)
{
    return QStringLiteral("urn:xmpp:microblog:0:comments/") + itemId;
}

MicroblogService::MicroblogService(PubSubClient *pubsub, PubSubEventReader *events, QObject *parent)
    : m_pubsub(pubsub)
    , m_events(events)
    , m_feed(new FeedModel(this))
{
    setParent(parent);
    connect(m_events, &PubSubEventReader::itemsPublished, this, &MicroblogService::handlePublished);
    connect(m_events, &PubSubEventReader::itemsRetracted, this, &MicroblogService::handleRetracted);
    connect(m_events, &PubSubEventReader::nodePurged, this, &MicroblogService::handleNodeRemoved);
    connect(m_events, &PubSubEventReader::nodeDeleted, this, &MicroblogService::handleNodeRemoved);
}

MicroblogService::~MicroblogService() = default;

QStringList MicroblogService::discoveryFeatures() const
{
    // XEP-0163: "+notify" in the entity capabilities subscribes the client to the contacts' nodes.
    return {node() + QStringLiteral("+notify")};
}

bool MicroblogService::handleStanza(const QDomElement &)
{
    return false;
}

void MicroblogService::setContactsProvider(std::function<QStringList()> contacts)
{
    m_contacts = std::move(contacts);
}

void MicroblogService::setContactCheck(std::function<bool(const QString &)> isReadableContact)
{
    m_isReadableContact = std::move(isReadableContact);
}

void MicroblogService::setStore(std::unique_ptr<PostStore> store)
{
    ++m_storeGeneration;
    m_store = std::move(store);
    m_actions.clear();
    m_sending = false;
    m_draft = {};
    Q_EMIT draftChanged();
    Q_EMIT pendingCountChanged();

    if (m_store) {
        setAccountJid(m_store->accountJid());
    }
    m_feed->setStore(m_store.get());
    if (!m_store) {
        return;
    }

    const int generation = m_storeGeneration;
    m_loadingActions = true;
    m_store->pendingActions(this, [this, generation](const QVector<PendingPostAction> &stored) {
        if (generation == m_storeGeneration) {
            mergeStoredActions(stored);
        }
    });
    m_store->draft(this, [this, generation](const PostDraft &draft) {
        if (generation == m_storeGeneration && m_draft.isEmpty()) {
            m_draft = draft;
            Q_EMIT draftChanged();
        }
    });
}

void MicroblogService::setAccountJid(const QString &jid)
{
    m_accountJid = jid.toLower();
    m_feed->setAccountJid(m_accountJid);
}

FeedModel *MicroblogService::feed() const
{
    return m_feed;
}

PostStore *MicroblogService::store() const
{
    return m_store.get();
}

int MicroblogService::pendingCount() const
{
    return m_actions.size();
}

bool MicroblogService::isFetchingFeeds() const
{
    return m_activeFetches > 0 || !m_fetchQueue.isEmpty();
}

void MicroblogService::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    connect(client, &QXmppClient::connected, this, &MicroblogService::handleConnected);
    connect(client, &QXmppClient::disconnected, this, &MicroblogService::handleDisconnected);
}

QString MicroblogService::accountJid() const
{
    return m_accountJid;
}

void MicroblogService::handleConnected()
{
    if (!client()->isAuthenticated()) {
        return;
    }
    if (!m_store) {
        setAccountJid(client()->configuration().jidBare());
    }
    ++m_connection;
    m_fetched.clear();
    m_fetchQueue.clear();
    m_activeFetches = 0;
    qCInfo(SALON_CORE_MICROBLOG).noquote() << accountJid() << "signed in; fetching feeds, queued changes:" << m_actions.size();

    QStringList jids{accountJid()};
    if (m_contacts) {
        jids += m_contacts();
    }
    fetchFeeds(jids);
    sendNextAction();
}

void MicroblogService::handleDisconnected()
{
    // Requests of the closed connection end with an offline error, and their results are ignored.
    ++m_connection;
    m_fetchQueue.clear();
    m_activeFetches = 0;
    m_sending = false;
}

// Feed sources and incoming events

bool MicroblogService::isFeedSource(const QString &service) const
{
    if (service.compare(accountJid(), Qt::CaseInsensitive) == 0) {
        return true;
    }
    if (m_isReadableContact) {
        return m_isReadableContact(service.toLower());
    }
    return m_contacts && m_contacts().contains(service, Qt::CaseInsensitive);
}

void MicroblogService::handlePublished(const QString &service, const QString &itemNode, const QVector<PubSubItem> &items)
{
    if (itemNode != node()) {
        return;
    }
    if (!isFeedSource(service)) {
        // Debug level, because anyone may send such events.
        qCDebug(SALON_CORE_MICROBLOG).noquote() << accountJid() << "ignored posts from" << service << "who is not a contact";
        return;
    }
    storeItems(service, items);
}

void MicroblogService::handleRetracted(const QString &service, const QString &itemNode, const QStringList &itemIds)
{
    if (itemNode != node() || !isFeedSource(service)) {
        return;
    }
    for (const QString &itemId : itemIds) {
        qCInfo(SALON_CORE_MICROBLOG).noquote() << accountJid() << "post retracted:" << service << itemId;
        removePost(service, node(), itemId);
    }
}

void MicroblogService::handleNodeRemoved(const QString &service, const QString &itemNode)
{
    if (itemNode != node() || !isFeedSource(service)) {
        return;
    }
    qCInfo(SALON_CORE_MICROBLOG).noquote() << accountJid() << "posts node purged or deleted:" << service;
    if (m_store) {
        m_store->removeNode(service, node());
    }
    m_feed->removeNode(service, node());
}

void MicroblogService::storeItems(const QString &service, const QVector<PubSubItem> &items)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const PubSubItem &item : items) {
        if (item.id.isEmpty()) {
            continue;
        }
        if (item.payload.isNull()) {
            requestItem(service, item.id);
            continue;
        }
        const std::optional<MicroblogEntry> entry = MicroblogEntry::fromAtom(item.payload);
        if (!entry) {
            qCWarning(SALON_CORE_MICROBLOG).noquote() << accountJid() << "skipped item" << item.id << "of" << service << "without an Atom entry";
            continue;
        }
        FeedPost post = FeedPost::fromEntry(service, node(), item.id, *entry, now);
        // The user's own posts are read by their author.
        post.unread = service.compare(accountJid(), Qt::CaseInsensitive) != 0;
        if (!post.unread) {
            post.accessModel = m_ownAccessModel;
        }
        // A queued edit or deletion of the user's post stays shown until it is sent.
        const bool queued = std::any_of(m_actions.cbegin(), m_actions.cend(), [&post](const PendingPostAction &action) {
            return action.itemId == post.itemId;
        });
        if (queued && !post.unread) {
            continue;
        }
        storePost(post, false);
    }
}

void MicroblogService::storePost(const FeedPost &post, bool pending)
{
    FeedPost shown = post;
    shown.pending = pending;
    // Saved before the model refreshes its unread count, which the store counts after this write.
    if (m_store) {
        m_store->save(shown, pending);
    }
    m_feed->upsertPost(shown);
}

void MicroblogService::removePost(const QString &service, const QString &postNode, const QString &itemId)
{
    if (m_store) {
        m_store->remove(service, postNode, itemId);
    }
    m_feed->removePost(service, postNode, itemId);
}

void MicroblogService::requestItem(const QString &service, const QString &itemId)
{
    PubSubClient::ItemsQuery query;
    query.itemIds = QStringList{itemId};
    const QString requestService = service.compare(accountJid(), Qt::CaseInsensitive) == 0 ? QString() : service;
    m_pubsub->requestItems(requestService, node(), query, this, [this, service, itemId](const PubSubItemsPage &page) {
        if (page.result.error() == PubSubResult::Error::ItemNotFound) {
            removePost(service, node(), itemId);
            return;
        }
        if (!page.result.isOk()) {
            qCWarning(SALON_CORE_MICROBLOG).noquote() << accountJid() << "cannot read post" << itemId << "of" << service << ":" << page.result.code();
            return;
        }
        if (page.items.isEmpty()) {
            removePost(service, node(), itemId);
            return;
        }
        storeItems(service, page.items);
    });
}

void MicroblogService::setOwnAccessModel(const QString &model)
{
    if (model.isEmpty() || model == m_ownAccessModel || accountJid().isEmpty()) {
        return;
    }
    qCDebug(SALON_CORE_MICROBLOG).noquote() << accountJid() << "posts node access model:" << model;
    m_ownAccessModel = model;
    if (m_store) {
        m_store->setNodeAccessModel(accountJid(), node(), model);
    }
    m_feed->setNodeAccessModel(accountJid(), node(), model);
}

// Fetching at sign-in

void MicroblogService::fetchFeeds(const QStringList &jids)
{
    if (!client() || !client()->isAuthenticated()) {
        return;
    }
    for (const QString &jid : jids) {
        const QString bare = jid.toLower();
        if (!bare.isEmpty() && !m_fetched.contains(bare)) {
            m_fetched.insert(bare);
            m_fetchQueue.append(bare);
        }
    }
    fetchNext();
}

void MicroblogService::fetchContactFeeds()
{
    if (m_contacts) {
        fetchFeeds(m_contacts());
    }
}

void MicroblogService::fetchNext()
{
    while (m_activeFetches < MaxParallelFetches && !m_fetchQueue.isEmpty()) {
        const QString jid = m_fetchQueue.takeFirst();
        ++m_activeFetches;
        const int connection = m_connection;
        PubSubClient::ItemsQuery query;
        query.maxItems = FetchPageSize;
        const QString service = jid == accountJid() ? QString() : jid;
        m_pubsub->requestItems(service, node(), query, this, [this, jid, connection](const PubSubItemsPage &page) {
            if (connection != m_connection) {
                return;
            }
            const PubSubResult::Error error = page.result.error();
            if (page.result.isOk()) {
                qCDebug(SALON_CORE_MICROBLOG).noquote() << accountJid() << "fetched" << page.items.size() << "posts of" << jid;
                storeItems(jid, page.items);
            } else if (error == PubSubResult::Error::ItemNotFound || error == PubSubResult::Error::Forbidden) {
                qCDebug(SALON_CORE_MICROBLOG).noquote() << accountJid() << "no readable posts node of" << jid << ":" << page.result.code();
            } else {
                qCWarning(SALON_CORE_MICROBLOG).noquote() << accountJid() << "fetching the posts of" << jid << "failed:" << page.result.code();
            }
            finishFetch();
        });
    }
}

void MicroblogService::finishFetch()
{
    --m_activeFetches;
    fetchNext();
    if (m_activeFetches == 0 && m_fetchQueue.isEmpty()) {
        Q_EMIT feedsFetched();
    }
}

// Publishing, editing and deleting

QString MicroblogService::publishPost(const QString &title, const QString &markdown, const QStringList &tags, const QString &visibility,
                                      const QVariant &enclosures)
{
    return publishWithOptions(QVariantMap{{TitleOption, title},
                                          {MarkdownOption, markdown},
                                          {TagsOption, tags},
                                          {VisibilityOption, visibility},
                                          {EnclosuresOption, enclosures}});
}

QString MicroblogService::publishWithOptions(const QVariant &optionsValue)
{
    const QVariantMap options = optionsValue.toMap();
    const bool empty = options.value(TitleOption).toString().trimmed().isEmpty() && options.value(MarkdownOption).toString().trimmed().isEmpty()
        && options.value(EnclosuresOption).toList().isEmpty() && options.value(LinksOption).toList().isEmpty();
    if (accountJid().isEmpty() || empty) {
        qCWarning(SALON_CORE_MICROBLOG).noquote() << accountJid() << "publish rejected: no account or an empty post";
        return QString();
    }
    const bool hasService = !options.value(ServiceOption).toString().trimmed().isEmpty();
    const bool hasNode = !options.value(NodeOption).toString().isEmpty();
    if (hasService != hasNode) {
        qCWarning(SALON_CORE_MICROBLOG).noquote() << accountJid() << "publish rejected: a community needs both a service and a node";
        return QString();
    }
    return queuePublish(options, QUuid::createUuid().toString(QUuid::WithoutBraces), std::nullopt);
}

bool MicroblogService::editPost(const QString &itemId, const QString &title, const QString &markdown, const QStringList &tags, const QString &visibility,
                                const QVariant &enclosures)
{
    return editWithOptions(itemId,
                           QVariantMap{{TitleOption, title},
                                       {MarkdownOption, markdown},
                                       {TagsOption, tags},
                                       {VisibilityOption, visibility},
                                       {EnclosuresOption, enclosures}});
}

bool MicroblogService::editWithOptions(const QString &itemId, const QVariant &optionsValue)
{
    const QVariantMap options = optionsValue.toMap();
    const QString service = options.value(ServiceOption).toString();
    const QString postNode = options.value(NodeOption).toString();
    return withPost(service, postNode, itemId, false, "edit", [this, itemId, options](const FeedPost &post) {
        queuePublish(options, itemId, post);
    });
}

bool MicroblogService::deletePost(const QString &itemId)
{
    return deletePostAt(QString(), QString(), itemId);
}

bool MicroblogService::deletePostAt(const QString &service, const QString &postNode, const QString &itemId)
{
    return withPost(service, postNode, itemId, true, "deletion", [this, itemId](const FeedPost &post) {
        PendingPostAction action;
        action.action = PendingPostAction::Action::Retract;
        if (post.service.compare(accountJid(), Qt::CaseInsensitive) != 0) {
            action.service = post.service;
            action.node = post.node;
        }
        action.itemId = itemId;
        action.createdAt = entryTime();
        action.published = post.published;
        action.updated = action.createdAt;
        qCInfo(SALON_CORE_MICROBLOG).noquote() << accountJid() << "queued deletion of post" << post.service << post.node << itemId;
        queueAction(action, post);
    });
}

QString MicroblogService::queuePublish(const QVariantMap &options, const QString &itemId, const std::optional<FeedPost> &current)
{
    PendingPostAction action;
    action.service = options.value(ServiceOption).toString().trimmed().toLower();
    action.node = options.value(NodeOption).toString();
    if (action.service == accountJid() && action.node == node()) {
        // The user's blog, spelled out.
        action.service.clear();
        action.node.clear();
    }
    action.itemId = itemId;
    action.title = options.value(TitleOption).toString().trimmed().left(MicroblogEntry::MaxFieldLength);
    action.body = options.value(MarkdownOption).toString().left(MarkdownRenderer::MaxInputLength);
    action.tags = cleanedTags(options.value(TagsOption).toStringList());
    action.enclosures = enclosureLinks(options.value(EnclosuresOption).toList(), accountJid());
    action.relatedLinks = relatedLinks(options.value(LinksOption).toList(), accountJid());
    action.visibility = checkedVisibility(options.value(VisibilityOption).toString());
    action.createdAt = entryTime();
    action.updated = action.createdAt;
    if (current) {
        action.atomId = current->atomId;
        action.published = current->published;
    } else {
        action.published = action.createdAt;
        // RFC 4151 tag URI: the account's domain, the day of publication and the item id.
        action.atomId = QStringLiteral("tag:%1,%2:posts-%3")
                            .arg(QXmppUtils::jidToDomain(accountJid()), action.published.date().toString(Qt::ISODate), action.itemId);
    }
    qCInfo(SALON_CORE_MICROBLOG).noquote() << accountJid() << (current ? "queued edit of post" : "queued new post") << storedService(action)
                                           << storedNode(action) << action.itemId << "attachments:" << action.enclosures.size()
                                           << "related links:" << action.relatedLinks.size();
    queueAction(action, current);
    return action.itemId;
}

QString MicroblogService::storedService(const PendingPostAction &action) const
{
    return action.service.isEmpty() ? accountJid() : action.service;
}

QString MicroblogService::storedNode(const PendingPostAction &action) const
{
    return action.service.isEmpty() ? node() : action.node;
}

bool MicroblogService::withPost(const QString &service, const QString &postNode, const QString &itemId, bool asOwner, const char *change,
                                const std::function<void(const FeedPost &)> &use)
{
    const bool blog = service.trimmed().isEmpty() || (service.compare(accountJid(), Qt::CaseInsensitive) == 0 && (postNode.isEmpty() || postNode == node()));
    const QString lookupService = blog ? accountJid() : service.trimmed().toLower();
    const QString lookupNode = blog ? node() : postNode;
    // The service checks the rights again; this only keeps the user from queueing a change that must fail.
    const auto allowed = [this, blog, asOwner, lookupService, lookupNode](const FeedPost &post) {
        return blog || post.authorJid.compare(accountJid(), Qt::CaseInsensitive) == 0 || (asOwner && m_feed->isNodeOwned(lookupService, lookupNode));
    };

    if (const std::optional<FeedPost> post = m_feed->post(lookupService, lookupNode, itemId)) {
        if (!allowed(*post)) {
            qCWarning(SALON_CORE_MICROBLOG).noquote() << accountJid() << change << "rejected: the user may not change post" << lookupService << lookupNode << itemId;
            return false;
        }
        use(*post);
        return true;
    }
    if (!m_store) {
        qCWarning(SALON_CORE_MICROBLOG).noquote() << accountJid() << change << "rejected: post" << itemId << "is not in the feed";
        return false;
    }

    // Posts older than the loaded pages are only in the store.
    const int generation = m_storeGeneration;
    m_store->post(lookupService, lookupNode, itemId, this, [this, generation, itemId, change, use, allowed](const std::optional<FeedPost> &post) {
        if (generation != m_storeGeneration) {
            return;
        }
        if (!post) {
            qCWarning(SALON_CORE_MICROBLOG).noquote() << accountJid() << change << "rejected: post" << itemId << "is not in the feed";
            Q_EMIT actionFailed(itemId, tr("This post is no longer in your feed."));
            return;
        }
        if (!allowed(*post)) {
            qCWarning(SALON_CORE_MICROBLOG).noquote() << accountJid() << change << "rejected: the user may not change post" << itemId;
            Q_EMIT actionFailed(itemId, tr("Only the author of this post or the owner of the community may change it."));
            return;
        }
        use(*post);
    });
    return true;
}

void MicroblogService::queueAction(const PendingPostAction &action, const std::optional<FeedPost> &current)
{
    // A newer change of the same item replaces the queued one, unless that one is being sent.
    for (int i = m_sending ? 1 : 0; i < m_actions.size(); ++i) {
        if (m_actions.at(i).itemId == action.itemId) {
            m_actions.removeAt(i);
            break;
        }
    }
    m_actions.append(action);
    if (m_store) {
        m_store->addPendingAction(action);
    }
    Q_EMIT pendingCountChanged();

    if (action.action == PendingPostAction::Action::Retract) {
        if (current) {
            storePost(*current, true);
        }
    } else {
        storePost(pendingPost(action), true);
    }
    sendNextAction();
}

void MicroblogService::mergeStoredActions(const QVector<PendingPostAction> &stored)
{
    m_loadingActions = false;
    // Actions queued before the store finished loading come after the stored ones.
    QVector<PendingPostAction> merged = stored;
    for (const PendingPostAction &action : std::as_const(m_actions)) {
        const bool known = std::any_of(merged.cbegin(), merged.cend(), [&action](const PendingPostAction &other) {
            return other.itemId == action.itemId;
        });
        if (!known) {
            merged.append(action);
        }
    }
    m_actions = merged;
    Q_EMIT pendingCountChanged();
    sendNextAction();
}

void MicroblogService::sendNextAction()
{
    if (m_sending || m_loadingActions || m_actions.isEmpty() || !client() || !client()->isAuthenticated()) {
        return;
    }
    m_sending = true;
    const PendingPostAction action = m_actions.first();
    if (action.action == PendingPostAction::Action::Retract) {
        retractAction(action);
    } else {
        publishAction(action);
    }
}

void MicroblogService::publishAction(const PendingPostAction &action)
{
    // The comments node comes first, so that the post never points to a node that does not exist.
    const int connection = m_connection;
    m_pubsub->createNode(QString(), commentsNode(action.itemId), commentsNodeFields(action.visibility), this,
                         [this, action, connection](const PubSubResult &result, const QString &) {
                             if (connection != m_connection) {
                                 return;
                             }
                             if (!result.isOk() && result.error() != PubSubResult::Error::Conflict) {
                                 // The post is published anyway, and comments on it fail where they are sent.
                                 qCWarning(SALON_CORE_MICROBLOG).noquote()
                                     << accountJid() << "creating the comments node of" << action.itemId << "failed:" << result.code();
                                 if (keepForRetry(result)) {
                                     return;
                                 }
                             }
                             publishEntry(action, action.service.isEmpty());
                         });
}

void MicroblogService::publishEntry(const PendingPostAction &action, bool withOptions)
{
    const MicroblogEntry entry = entryOf(action);
    const auto payload = [entry](QXmlStreamWriter *writer) {
        entry.writeAtom(writer);
    };
    const PubSubClient::FormFields options = withOptions ? nodeFields(action.visibility, true) : PubSubClient::FormFields();
    const int connection = m_connection;
    m_pubsub->publish(action.service, storedNode(action), action.itemId, payload, options, this, [this, action, withOptions, connection](const PubSubResult &result, const QString &) {
        if (connection != m_connection) {
            return;
        }
        // XEP-0060, section 7.1.5: the node has other settings, so it is configured first.
        // ejabberd 23.01 rejects pubsub#max_items in publish-options with an error of no standard
        // condition ("Unknown field"), so such an error falls back to the same path.
        const bool optionsRejected = result.error() == PubSubResult::Error::PreconditionNotMet || result.error() == PubSubResult::Error::Conflict
            || result.error() == PubSubResult::Error::Rejected || result.error() == PubSubResult::Error::Other;
        if (withOptions && optionsRejected) {
            qCInfo(SALON_CORE_MICROBLOG).noquote() << accountJid() << "publish-options rejected with" << result.code()
                                                   << "- configuring the posts node for" << action.visibility << "and publishing without options";
            m_pubsub->configureNode(QString(), node(), nodeFields(action.visibility, true), this, [this, action, connection](const PubSubResult &configured) {
                if (connection != m_connection) {
                    return;
                }
                if (!configured.isOk()) {
                    qCWarning(SALON_CORE_MICROBLOG).noquote() << accountJid() << "configuring the posts node failed:" << configured.code();
                }
                publishEntry(action, false);
            });
            return;
        }
        if (keepForRetry(result)) {
            return;
        }
        if (!result.isOk()) {
            qCWarning(SALON_CORE_MICROBLOG).noquote() << accountJid() << "publishing post" << action.itemId << "failed:" << result.code();
            Q_EMIT actionFailed(action.itemId, result.text());
            finishAction();
            restoreAfterFailure(action);
            return;
        }

        qCInfo(SALON_CORE_MICROBLOG).noquote() << accountJid() << "published post" << storedService(action) << storedNode(action) << action.itemId;
        finishAction();
        storePost(pendingPost(action), false);
        if (action.service.isEmpty()) {
            setOwnAccessModel(accessModel(action.visibility));
        }
        Q_EMIT postPublished(action.itemId);
    });
}

void MicroblogService::retractAction(const PendingPostAction &action)
{
    const int connection = m_connection;
    m_pubsub->retract(action.service, storedNode(action), action.itemId, true, this, [this, action, connection](const PubSubResult &result) {
        if (connection != m_connection || keepForRetry(result)) {
            return;
        }
        if (!result.isOk() && result.error() != PubSubResult::Error::ItemNotFound) {
            qCWarning(SALON_CORE_MICROBLOG).noquote() << accountJid() << "deleting post" << action.itemId << "failed:" << result.code();
            Q_EMIT actionFailed(action.itemId, result.text());
            finishAction();
            restoreAfterFailure(action);
            return;
        }

        qCInfo(SALON_CORE_MICROBLOG).noquote() << accountJid() << "deleted post" << storedService(action) << storedNode(action) << action.itemId;
        // The comments node is on the user's PEP service only for the user's own posts.
        const std::optional<FeedPost> shown = m_feed->post(storedService(action), storedNode(action), action.itemId);
        const bool ownPost = action.service.isEmpty() || (shown && shown->authorJid.compare(accountJid(), Qt::CaseInsensitive) == 0);
        finishAction();
        removePost(storedService(action), storedNode(action), action.itemId);
        Q_EMIT postDeleted(action.itemId);
        if (!ownPost) {
            return;
        }
        m_pubsub->deleteNode(QString(), commentsNode(action.itemId), this, [this, itemId = action.itemId](const PubSubResult &deleted) {
            if (!deleted.isOk() && deleted.error() != PubSubResult::Error::ItemNotFound) {
                qCWarning(SALON_CORE_MICROBLOG).noquote() << accountJid() << "deleting the comments node of" << itemId << "failed:" << deleted.code();
            }
        });
    });
}

void MicroblogService::restoreAfterFailure(const PendingPostAction &action)
{
    if (action.service.isEmpty()) {
        // The server's copy, if any, replaces the rejected one.
        requestItem(accountJid(), action.itemId);
        return;
    }
    // NOTE: a rejected new post or edit in a community leaves the feed until CommunityFeed
    // fetches the community again. A rejected deletion shows the post as it was.
    const std::optional<FeedPost> shown = m_feed->post(action.service, action.node, action.itemId);
    if (action.action == PendingPostAction::Action::Retract && shown) {
        storePost(*shown, false);
    } else {
        removePost(action.service, action.node, action.itemId);
    }
}

bool MicroblogService::keepForRetry(const PubSubResult &result)
{
    if (result.error() == PubSubResult::Error::Offline) {
        // Sent again after the next sign-in.
        m_sending = false;
        return true;
    }
    if (result.error() == PubSubResult::Error::Timeout) {
        qCWarning(SALON_CORE_MICROBLOG).noquote() << accountJid() << "post change timed out; retrying in" << RetryDelayMs << "ms";
        m_sending = false;
        QTimer::singleShot(RetryDelayMs, this, &MicroblogService::sendNextAction);
        return true;
    }
    return false;
}

void MicroblogService::finishAction()
{
    if (!m_actions.isEmpty()) {
        const QString itemId = m_actions.takeFirst().itemId;
        // A newer change of the same item, queued meanwhile, stays in the store.
        const bool requeued = std::any_of(m_actions.cbegin(), m_actions.cend(), [&itemId](const PendingPostAction &action) {
            return action.itemId == itemId;
        });
        if (m_store && !requeued) {
            m_store->removePendingAction(itemId);
        }
    }
    m_sending = false;
    Q_EMIT pendingCountChanged();
    sendNextAction();
}

MicroblogEntry MicroblogService::entryOf(const PendingPostAction &action) const
{
    const QString jid = accountJid();
    const RenderedMarkdown rendered = MarkdownRenderer::render(action.body);

    MicroblogEntry entry;
    entry.atomId = action.atomId;
    entry.title = {AtomText::Type::Text, action.title};
    entry.content = {AtomText::Type::Xhtml, rendered.xhtml};
    entry.plainContent = rendered.plainText;
    entry.authorName = QXmppUtils::jidToUser(jid);
    entry.authorJid = jid;
    entry.authorUri = XmppUri::build(jid);
    entry.published = action.published;
    entry.updated = action.updated;
    entry.categories = action.tags;

    AtomLink self;
    self.rel = QStringLiteral("alternate");
    self.href = XmppUri::build(storedService(action), QString(), {{QStringLiteral("node"), storedNode(action)}, {QStringLiteral("item"), action.itemId}});
    entry.links.append(self);
    // XEP-0277, section 3: the comments node, linked with relation "replies".
    AtomLink comments;
    comments.rel = QStringLiteral("replies");
    comments.title = QStringLiteral("comments");
    comments.href = XmppUri::build(jid, QString(), {{QStringLiteral("node"), commentsNode(action.itemId)}});
    entry.links.append(comments);
    entry.links += action.enclosures;
    entry.links += action.relatedLinks;
    return entry;
}

FeedPost MicroblogService::pendingPost(const PendingPostAction &action) const
{
    FeedPost post = FeedPost::fromEntry(storedService(action), storedNode(action), action.itemId, entryOf(action), QDateTime::currentDateTimeUtc());
    if (action.service.isEmpty()) {
        post.accessModel = accessModel(action.visibility);
    } else {
        // FeedPost::fromEntry() takes the service as the author, as on a PEP node.
        post.authorJid = accountJid();
    }
    post.unread = false;
    post.markdown = action.body;
    return post;
}

// Drafts

QVariantMap MicroblogService::draft() const
{
    if (m_draft.isEmpty()) {
        return {};
    }
    return {{QStringLiteral("title"), m_draft.title},
            {QStringLiteral("body"), m_draft.body},
            {QStringLiteral("tags"), m_draft.tags},
            {QStringLiteral("visibility"), m_draft.visibility}};
}

void MicroblogService::saveDraft(const QString &title, const QString &body, const QStringList &tags, const QString &visibility)
{
    m_draft.title = title.left(MicroblogEntry::MaxFieldLength);
    m_draft.body = body.left(MarkdownRenderer::MaxInputLength);
    m_draft.tags = cleanedTags(tags);
    m_draft.visibility = checkedVisibility(visibility);
    m_draft.savedAt = QDateTime::currentDateTimeUtc();
    if (m_store) {
        m_store->saveDraft(m_draft);
    }
    Q_EMIT draftChanged();
}

void MicroblogService::discardDraft()
{
    m_draft = {};
    if (m_store) {
        m_store->saveDraft(m_draft);
    }
    Q_EMIT draftChanged();
}
