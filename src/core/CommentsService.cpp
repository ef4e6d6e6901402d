#include "CommentsService.h"

#include "CommentOutbox.h"
#include "CommentsModel.h"
#include "OwnPostComments.h"
#include "PubSubClient.h"
#include "PubSubEventReader.h"
#include "PubSubResult.h"
#include "XmppUri.h"
#include "salon_core_comments_logging.h"

#include <QUuid>
#include <QXmppClient.h>
#include <QXmppUtils.h>

#include <algorithm>

namespace {

const auto CommentsNodePrefix = QStringLiteral("urn:xmpp:microblog:0:comments/");

// Returns the current time in whole seconds, as MicroblogEntry::writeAtom() writes it, so the
// pending comment and its copy from the server sort alike.
QDateTime entryTime()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

} // namespace

CommentsService::CommentsService(PubSubClient *pubsub, PubSubEventReader *events, QObject *parent)
    : m_pubsub(pubsub)
    , m_events(events)
    , m_outbox(new CommentOutbox(pubsub, this))
    , m_ownPostComments(new OwnPostComments(pubsub, this))
{
    setParent(parent);
    m_ownPostComments->setFetchFunction([this](const QString &service, const QString &node) {
        fetch(service, node);
    });
    connect(m_ownPostComments, &OwnPostComments::commentReceived, this, &CommentsService::commentReceived);
    connect(m_events, &PubSubEventReader::itemsPublished, this, &CommentsService::handlePublished);
    connect(m_events, &PubSubEventReader::itemsRetracted, this, &CommentsService::handleRetracted);
    connect(m_events, &PubSubEventReader::nodePurged, this, &CommentsService::handleNodeRemoved);
    connect(m_events, &PubSubEventReader::nodeDeleted, this, &CommentsService::handleNodeRemoved);
    connect(m_outbox, &CommentOutbox::actionsChanged, this, &CommentsService::pendingCountChanged);
    connect(m_outbox, &CommentOutbox::sent, this, &CommentsService::handleSent);
    connect(m_outbox, &CommentOutbox::failed, this, &CommentsService::handleFailed);
}

CommentsService::~CommentsService() = default;

bool CommentsService::handleStanza(const QDomElement &)
{
    return false;
}

void CommentsService::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    m_outbox->setClient(client);
    m_ownPostComments->setClient(client);
    connect(client, &QXmppClient::connected, this, &CommentsService::handleConnected);
    connect(client, &QXmppClient::disconnected, this, &CommentsService::handleDisconnected);
}

void CommentsService::setAccountJid(const QString &jid)
{
    m_accountJid = jid.toLower();
    m_outbox->setAccountJid(m_accountJid);
    m_ownPostComments->setAccountJid(m_accountJid);
}

void CommentsService::setStore(std::unique_ptr<CommentStore> store)
{
    ++m_storeGeneration;
    m_store = std::move(store);
    if (m_store) {
        setAccountJid(m_store->accountJid());
    }
    m_outbox->setStore(m_store.get());
    m_ownPostComments->setStore(m_store.get());
}

void CommentsService::setOwnPostsProvider(std::function<QStringList()> ownPosts)
{
    m_ownPostComments->setOwnPostsProvider(std::move(ownPosts));
}

int CommentsService::pendingCount() const
{
    return m_outbox->actions().size();
}

// Addresses

std::optional<CommentsService::NodeAddress> CommentsService::parseUri(const QString &commentsUri)
{
    const std::optional<XmppUri> uri = XmppUri::parse(commentsUri);
    if (!uri || uri->jid().isEmpty() || uri->queryItem(QStringLiteral("node")).isEmpty()) {
        return std::nullopt;
    }
    return NodeAddress{uri->jid().toLower(), uri->queryItem(QStringLiteral("node"))};
}

QString CommentsService::keyOf(const QString &service, const QString &node)
{
    return service.toLower() + QLatin1Char('\n') + node;
}

QString CommentsService::uriOf(const QString &service, const QString &node)
{
    return XmppUri::build(service, QString(), {{QStringLiteral("node"), node}});
}

QString CommentsService::requestService(const QString &service) const
{
    // PubSubClient addresses the user's own PEP service with an empty JID.
    return isOwnService(service) ? QString() : service;
}

bool CommentsService::isOwnService(const QString &service) const
{
    return !m_accountJid.isEmpty() && service.compare(m_accountJid, Qt::CaseInsensitive) == 0;
}

// Models

CommentsModel *CommentsService::open(const QString &commentsUri)
{
    const std::optional<NodeAddress> address = parseUri(commentsUri);
    if (!address) {
        qCWarning(SALON_CORE_COMMENTS).noquote() << m_accountJid << "cannot open comments: invalid comments URI" << commentsUri.left(200);
        return nullptr;
    }
    const QString key = keyOf(address->service, address->node);
    OpenNode &open = m_open[key];
    ++open.references;
    if (open.model) {
        return open.model;
    }

    open.model = new CommentsModel(uriOf(address->service, address->node), m_accountJid, this);
    open.model->setNodeOwner(isOwnService(address->service));
    qCInfo(SALON_CORE_COMMENTS).noquote() << m_accountJid << "opened comments of" << address->service << address->node;
    loadFromStore(address->service, address->node);
    if (isOwnService(address->service) && address->node.startsWith(CommentsNodePrefix)) {
        m_ownPostComments->follow(address->node.mid(CommentsNodePrefix.size()), true);
    }
    if (client() && client()->isAuthenticated()) {
        // Subscribing before fetching leaves no gap in which a new comment would be missed.
        subscribe(address->service, address->node);
        fetch(address->service, address->node);
        checkOwnership(address->service, address->node);
    }
    return open.model;
}

void CommentsService::close(const QString &commentsUri)
{
    const std::optional<NodeAddress> address = parseUri(commentsUri);
    const QString key = address ? keyOf(address->service, address->node) : QString();
    auto open = m_open.find(key);
    if (open == m_open.end()) {
        qCWarning(SALON_CORE_COMMENTS).noquote() << m_accountJid << "close of comments that are not open:" << commentsUri.left(200);
        return;
    }
    if (--open->references > 0) {
        return;
    }

    if (open->subscribed && client() && client()->isAuthenticated()) {
        m_pubsub->unsubscribe(requestService(address->service), address->node, m_accountJid, this, [](const PubSubResult &) {
            // PubSubClient logs a failure, and nothing else depends on it.
        });
    }
    open->model->deleteLater();
    m_open.erase(open);
    qCInfo(SALON_CORE_COMMENTS).noquote() << m_accountJid << "closed comments of" << address->service << address->node;
}

CommentsModel *CommentsService::model(const QString &commentsUri) const
{
    const std::optional<NodeAddress> address = parseUri(commentsUri);
    return address ? m_open.value(keyOf(address->service, address->node)).model : nullptr;
}

void CommentsService::refresh(const QString &commentsUri)
{
    const std::optional<NodeAddress> address = parseUri(commentsUri);
    if (address && m_open.contains(keyOf(address->service, address->node)) && client() && client()->isAuthenticated()) {
        fetch(address->service, address->node);
    }
}

void CommentsService::loadFromStore(const QString &service, const QString &node)
{
    const QString key = keyOf(service, node);
    CommentsModel *model = m_open.value(key).model;
    if (!m_store) {
        applyPending(model, {service, node});
        return;
    }
    model->setLoading(true);
    const int generation = m_storeGeneration;
    m_store->comments(service, node, model, [this, key, model, service, node, generation](const QVector<Comment> &stored) {
        if (generation != m_storeGeneration) {
            return;
        }
        // A fetch that finished first has the newer rows.
        if (!m_open.value(key).fetched) {
            model->replaceAll(stored);
        }
        applyPending(model, {service, node});
        if (!client() || !client()->isAuthenticated()) {
            model->setLoading(false);
        }
    });
}

void CommentsService::applyPending(CommentsModel *model, const NodeAddress &address) const
{
    for (const PendingCommentAction &action : m_outbox->actions()) {
        if (action.service != address.service || action.node != address.node) {
            continue;
        }
        if (action.action == PendingCommentAction::Action::Retract) {
            if (std::optional<Comment> comment = model->find(action.itemId)) {
                comment->pending = true;
                model->upsert(*comment);
            }
            continue;
        }
        std::optional<Comment> comment = Comment::fromEntry(action.service, action.node, action.itemId, m_accountJid,
                                                            CommentOutbox::entryOf(action, m_accountJid), action.createdAt);
        if (comment) {
            comment->pending = true;
            model->upsert(*comment);
        }
    }
}

// Fetching

void CommentsService::fetch(const QString &service, const QString &node)
{
    const QString key = keyOf(service, node);
    if (CommentsModel *model = m_open.value(key).model) {
        model->setLoading(true);
    }
    PubSubClient::ItemsQuery query;
    query.maxItems = FetchSize;
    const int connection = m_connection;
    m_pubsub->requestItems(requestService(service), node, query, this, [this, service, node, key, connection](const PubSubItemsPage &page) {
        if (connection != m_connection) {
            return;
        }
        CommentsModel *model = m_open.value(key).model;
        if (model) {
            model->setLoading(false);
        }
        if (!page.result.isOk()) {
            qCWarning(SALON_CORE_COMMENTS).noquote() << m_accountJid << "fetching comments of" << service << node << "failed:" << page.result.code();
            if (model) {
                model->setError(page.result.text());
            }
            return;
        }

        bool missingPayload = false;
        const QVector<Comment> comments = readItems(service, node, page.items, &missingPayload);
        qCInfo(SALON_CORE_COMMENTS).noquote() << m_accountJid << "fetched" << comments.size() << "comments of" << service << node;
        if (model) {
            m_open[key].fetched = true;
            model->setError(QString());
            model->replaceAll(comments);
            applyPending(model, {service, node});
        }
        m_ownPostComments->handleFetched(service, node, comments);
        if (m_store) {
            m_store->replaceNode(service, node, comments);
        }
    });
}

QVector<Comment> CommentsService::readItems(const QString &service, const QString &node, const QVector<PubSubItem> &items, bool *missingPayload) const
{
    QVector<Comment> comments;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const PubSubItem &item : items) {
        if (item.payload.isNull()) {
            *missingPayload = true;
            continue;
        }
        const std::optional<MicroblogEntry> entry = MicroblogEntry::fromAtom(item.payload);
        if (!entry) {
            qCInfo(SALON_CORE_COMMENTS).noquote() << m_accountJid << "skipped item" << item.id.left(200) << "of" << service << node << ": no Atom entry";
            continue;
        }
        std::optional<Comment> comment = Comment::fromEntry(service, node, item.id, item.publisher, *entry, now);
        if (!comment) {
            qCInfo(SALON_CORE_COMMENTS).noquote() << m_accountJid << "skipped item" << item.id.left(200) << "of" << service << node
                                                  << ": no item id or no text";
            continue;
        }
        if (std::max(entry->title.value.size(), entry->content.value.size()) > Comment::MaxTextLength) {
            qCInfo(SALON_CORE_COMMENTS).noquote() << m_accountJid << "comment" << item.id << "of" << service << node << "cut to" << Comment::MaxTextLength
                                                  << "characters";
        }
        if (!entry->published.isValid()) {
            qCDebug(SALON_CORE_COMMENTS).noquote() << m_accountJid << "comment" << item.id << "of" << service << node << "has no valid time; using the time of receipt";
        }
        comments.append(*comment);
    }
    return comments;
}

void CommentsService::subscribe(const QString &service, const QString &node)
{
    // The user's own PEP nodes are followed without a subscription of the model.
    if (isOwnService(service)) {
        return;
    }
    const QString key = keyOf(service, node);
    const int connection = m_connection;
    m_pubsub->subscribe(requestService(service), node, m_accountJid, this, [this, key, service, node, connection](const PubSubResult &result, const QString &state) {
        if (connection != m_connection || !m_open.contains(key)) {
            return;
        }
        if (!result.isOk()) {
            qCInfo(SALON_CORE_COMMENTS).noquote() << m_accountJid << "no live comments of" << service << node << ": subscription failed:" << result.code();
            return;
        }
        m_open[key].subscribed = true;
        qCDebug(SALON_CORE_COMMENTS).noquote() << m_accountJid << "subscribed to comments of" << service << node << state;
    });
}

void CommentsService::checkOwnership(const QString &service, const QString &node)
{
    if (isOwnService(service)) {
        return;
    }
    // Only the owner of a node may read its affiliations (XEP-0060, section 8.9).
    const QString key = keyOf(service, node);
    m_pubsub->requestNodeAffiliations(service, node, this, [this, key](const PubSubResult &result, const QVector<PubSubAffiliation> &) {
        if (CommentsModel *model = m_open.value(key).model) {
            model->setNodeOwner(result.isOk());
        }
    });
}

// Following the user's own posts

void CommentsService::followOwnPost(const QString &postItemId)
{
    m_ownPostComments->follow(postItemId);
}

void CommentsService::followOwnPosts()
{
    m_ownPostComments->followOwnPosts();
}

void CommentsService::followOwnPosts(const QStringList &postItemIds)
{
    m_ownPostComments->followOwnPosts(postItemIds);
}

void CommentsService::forgetOwnPost(const QString &postItemId)
{
    m_ownPostComments->forget(postItemId);
}

// Connection and events

void CommentsService::handleConnected()
{
    if (!client()->isAuthenticated()) {
        return;
    }
    if (!m_store) {
        setAccountJid(client()->configuration().jidBare());
    }
    ++m_connection;
    qCInfo(SALON_CORE_COMMENTS).noquote() << m_accountJid << "signed in; open comment nodes:" << m_open.size() << "queued actions:" << pendingCount();

    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        const std::optional<NodeAddress> address = parseUri(it->model->commentsUri());
        it->subscribed = false;
        // Subscribing before fetching leaves no gap in which a new comment would be missed.
        subscribe(address->service, address->node);
        fetch(address->service, address->node);
        checkOwnership(address->service, address->node);
    }
    m_ownPostComments->refetchAll();
    m_ownPostComments->followOwnPosts();
    m_outbox->sendNext();
}

void CommentsService::handleDisconnected()
{
    m_outbox->resetSending();
}

void CommentsService::handlePublished(const QString &service, const QString &node, const QVector<PubSubItem> &items)
{
    const QString key = keyOf(service, node);
    const bool open = m_open.contains(key);
    if (!open && !m_ownPostComments->isFollowed(service, node)) {
        if (node.startsWith(CommentsNodePrefix)) {
            qCDebug(SALON_CORE_COMMENTS).noquote() << m_accountJid << "ignored" << items.size() << "comments for" << service << node << ": not open";
        }
        return;
    }

    bool missingPayload = false;
    const QVector<Comment> comments = readItems(service, node, items, &missingPayload);
    receive(service, node, comments);
    if (missingPayload) {
        // A notification without payloads: the items are fetched.
        fetch(service, node);
    }
}

void CommentsService::receive(const QString &service, const QString &node, const QVector<Comment> &comments)
{
    CommentsModel *model = m_open.value(keyOf(service, node)).model;
    for (Comment comment : comments) {
        // The user's own comment that is still queued keeps showing as pending.
        const std::optional<Comment> shown = model ? model->find(comment.itemId) : std::nullopt;
        comment.pending = shown && shown->pending;
        if (model && comment.isLike && !shown && !model->likeItemIds(comment.authorJid).isEmpty()) {
            qCInfo(SALON_CORE_COMMENTS).noquote() << m_accountJid << "another like by" << comment.authorJid << "on" << service << node << "counts once";
        }
        if (model) {
            model->upsert(comment);
        }
        if (m_store) {
            m_store->save(comment);
        }
        m_ownPostComments->handleReceived(service, node, comment);
    }
}

void CommentsService::handleRetracted(const QString &service, const QString &node, const QStringList &itemIds)
{
    const QString key = keyOf(service, node);
    CommentsModel *model = m_open.value(key).model;
    if (!model && !m_ownPostComments->isFollowed(service, node)) {
        return;
    }
    for (const QString &itemId : itemIds) {
        if (model) {
            model->remove(itemId);
        }
        if (m_store) {
            m_store->remove(service, node, itemId);
        }
    }
    qCInfo(SALON_CORE_COMMENTS).noquote() << m_accountJid << itemIds.size() << "comments retracted on" << service << node;
}

void CommentsService::handleNodeRemoved(const QString &service, const QString &node)
{
    const QString key = keyOf(service, node);
    CommentsModel *model = m_open.value(key).model;
    if (!model && !m_ownPostComments->isFollowed(service, node)) {
        return;
    }
    qCInfo(SALON_CORE_COMMENTS).noquote() << m_accountJid << "comments node purged or deleted:" << service << node;
    if (model) {
        model->replaceAll({});
    }
    if (m_store) {
        m_store->removeNode(service, node);
    }
}

// Writing

QString CommentsService::addComment(const QString &commentsUri, const QString &text)
{
    const std::optional<NodeAddress> address = parseUri(commentsUri);
    if (!address || m_accountJid.isEmpty() || text.trimmed().isEmpty()) {
        qCWarning(SALON_CORE_COMMENTS).noquote() << m_accountJid << "comment rejected: invalid comments URI, no account or empty text";
        return QString();
    }
    PendingCommentAction action;
    action.service = address->service;
    action.node = address->node;
    action.body = text.trimmed().left(Comment::MaxTextLength);
    action.isLike = Comment::isLikeText(action.body);
    return queue(action);
}

QString CommentsService::like(const QString &commentsUri)
{
    const std::optional<NodeAddress> address = parseUri(commentsUri);
    if (!address || m_accountJid.isEmpty()) {
        qCWarning(SALON_CORE_COMMENTS).noquote() << m_accountJid << "like rejected: invalid comments URI or no account";
        return QString();
    }
    if (CommentsModel *model = m_open.value(keyOf(address->service, address->node)).model) {
        const QStringList existing = model->likeItemIds(m_accountJid);
        if (!existing.isEmpty()) {
            return existing.first();
        }
    }
    PendingCommentAction action;
    action.service = address->service;
    action.node = address->node;
    action.isLike = true;
    return queue(action);
}

bool CommentsService::unlike(const QString &commentsUri)
{
    const std::optional<NodeAddress> address = parseUri(commentsUri);
    CommentsModel *model = address ? m_open.value(keyOf(address->service, address->node)).model : nullptr;
    if (model) {
        const QStringList likes = model->likeItemIds(m_accountJid);
        if (likes.isEmpty()) {
            qCInfo(SALON_CORE_COMMENTS).noquote() << m_accountJid << "unlike ignored: no like of the user in the open model";
            return false;
        }
        queueRetractions(*address, likes, true);
        return true;
    }
    if (!address || !m_store || m_accountJid.isEmpty()) {
        qCWarning(SALON_CORE_COMMENTS).noquote() << m_accountJid << "unlike rejected: invalid comments URI, no store or no account";
        return false;
    }

    // Without an open model, the likes are the stored ones and those still queued.
    withStoredComments(*address, [this, address = *address, commentsUri](const QVector<Comment> &stored) {
        QStringList likes;
        for (const Comment &comment : stored) {
            if (comment.isLike && comment.authorJid == m_accountJid) {
                likes.append(comment.itemId);
            }
        }
        for (const PendingCommentAction &action : m_outbox->actions()) {
            const bool queuedLike = action.action == PendingCommentAction::Action::Publish && action.isLike;
            if (queuedLike && action.service == address.service && action.node == address.node && !likes.contains(action.itemId)) {
                likes.append(action.itemId);
            }
        }
        if (likes.isEmpty()) {
            qCInfo(SALON_CORE_COMMENTS).noquote() << m_accountJid << "unlike ignored: no stored like of the user on" << address.service << address.node;
            Q_EMIT actionFailed(commentsUri, QString(), tr("You have not liked this post."));
            return;
        }
        queueRetractions(address, likes, true);
    });
    return true;
}

bool CommentsService::deleteComment(const QString &commentsUri, const QString &itemId)
{
    const std::optional<NodeAddress> address = parseUri(commentsUri);
    CommentsModel *model = address ? m_open.value(keyOf(address->service, address->node)).model : nullptr;
    if (model) {
        const int row = model->indexOf(itemId);
        if (row < 0 || !model->data(model->index(row), CommentsModel::CanDeleteRole).toBool()) {
            qCWarning(SALON_CORE_COMMENTS).noquote() << m_accountJid << "deletion of comment" << itemId.left(200) << "rejected: not in the open model or not deletable";
            return false;
        }
        queueRetractions(*address, {itemId}, false);
        return true;
    }
    if (!address || !m_store || m_accountJid.isEmpty() || itemId.isEmpty()) {
        qCWarning(SALON_CORE_COMMENTS).noquote() << m_accountJid << "deletion of comment" << itemId.left(200)
                                                 << "rejected: invalid comments URI, no item id, no store or no account";
        return false;
    }

    // Without an open model, the comment is looked up in the store.
    withStoredComments(*address, [this, address = *address, commentsUri, itemId](const QVector<Comment> &stored) {
        const auto comment = std::find_if(stored.cbegin(), stored.cend(), [&itemId](const Comment &candidate) {
            return candidate.itemId == itemId;
        });
        if (comment == stored.cend()) {
            qCWarning(SALON_CORE_COMMENTS).noquote() << m_accountJid << "deletion of comment" << itemId.left(200) << "rejected: not stored for"
                                                     << address.service << address.node;
            Q_EMIT actionFailed(commentsUri, itemId, tr("This comment is no longer available."));
            return;
        }
        // As CommentsModel's canDelete: the user's own comment, or any on the user's own node.
        // NOTE: without an open model, ownership of a node of a PubSub service is not checked,
        // so the user may delete only their own comments there.
        if (comment->authorJid != m_accountJid && !isOwnService(address.service)) {
            qCWarning(SALON_CORE_COMMENTS).noquote() << m_accountJid << "deletion of comment" << itemId.left(200) << "rejected: not the user's";
            Q_EMIT actionFailed(commentsUri, itemId, tr("Only the author of this comment or the owner of the post may delete it."));
            return;
        }
        queueRetractions(address, {itemId}, comment->isLike);
    });
    return true;
}

void CommentsService::withStoredComments(const NodeAddress &address, std::function<void(const QVector<Comment> &)> use)
{
    const int generation = m_storeGeneration;
    m_store->comments(address.service, address.node, this, [this, generation, use](const QVector<Comment> &stored) {
        if (generation == m_storeGeneration) {
            use(stored);
        }
    });
}

void CommentsService::queueRetractions(const NodeAddress &address, const QStringList &itemIds, bool isLike)
{
    for (const QString &itemId : itemIds) {
        PendingCommentAction action;
        action.action = PendingCommentAction::Action::Retract;
        action.service = address.service;
        action.node = address.node;
        action.itemId = itemId;
        action.isLike = isLike;
        queue(action);
    }
}

QString CommentsService::queue(PendingCommentAction action)
{
    if (action.itemId.isEmpty()) {
        action.itemId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    action.createdAt = entryTime();
    qCInfo(SALON_CORE_COMMENTS).noquote() << m_accountJid << "queued" << (action.action == PendingCommentAction::Action::Retract ? "retraction of" : "new")
                                          << (action.isLike ? "like" : "comment") << action.itemId << "on" << action.service << action.node;
    m_outbox->enqueue(action);
    if (CommentsModel *model = m_open.value(keyOf(action.service, action.node)).model) {
        applyPending(model, {action.service, action.node});
    }
    return action.itemId;
}

void CommentsService::handleSent(const PendingCommentAction &action)
{
    const QString uri = uriOf(action.service, action.node);
    CommentsModel *model = m_open.value(keyOf(action.service, action.node)).model;
    if (action.action == PendingCommentAction::Action::Retract) {
        if (model) {
            model->remove(action.itemId);
        }
        if (m_store) {
            m_store->remove(action.service, action.node, action.itemId);
        }
        Q_EMIT commentDeleted(uri, action.itemId);
        return;
    }

    std::optional<Comment> comment = Comment::fromEntry(action.service, action.node, action.itemId, m_accountJid,
                                                        CommentOutbox::entryOf(action, m_accountJid), action.createdAt);
    if (comment) {
        if (model) {
            model->upsert(*comment);
        }
        if (m_store) {
            m_store->save(*comment);
        }
        m_ownPostComments->markSeen(action.service, action.node, action.itemId);
    }
    Q_EMIT commentPublished(uri, action.itemId);
}

void CommentsService::handleFailed(const PendingCommentAction &action, const QString &errorText)
{
    if (CommentsModel *model = m_open.value(keyOf(action.service, action.node)).model) {
        if (action.action == PendingCommentAction::Action::Publish) {
            model->remove(action.itemId);
        } else if (std::optional<Comment> comment = model->find(action.itemId)) {
            comment->pending = false;
            model->upsert(*comment);
        }
    }
    Q_EMIT actionFailed(uriOf(action.service, action.node), action.itemId, errorText);
}
