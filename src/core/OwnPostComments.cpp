#include "OwnPostComments.h"

#include "MicroblogService.h"
#include "PubSubClient.h"
#include "PubSubResult.h"
#include "salon_core_comments_logging.h"
#include "store/CommentStore.h"

#include <QXmppClient.h>

OwnPostComments::OwnPostComments(PubSubClient *pubsub, QObject *parent)
    : QObject(parent)
    , m_pubsub(pubsub)
{
}

void OwnPostComments::setClient(QXmppClient *client)
{
    m_client = client;
}

void OwnPostComments::setAccountJid(const QString &jid)
{
    m_accountJid = jid.toLower();
}

void OwnPostComments::setStore(CommentStore *store)
{
    ++m_storeGeneration;
    m_store = store;
    m_followed.clear();
}

void OwnPostComments::setOwnPostsProvider(std::function<QStringList()> ownPosts)
{
    m_ownPosts = std::move(ownPosts);
}

void OwnPostComments::setFetchFunction(std::function<void(const QString &, const QString &)> fetch)
{
    m_fetch = std::move(fetch);
}

QString OwnPostComments::keyOf(const QString &service, const QString &node)
{
    return service.toLower() + QLatin1Char('\n') + node;
}

bool OwnPostComments::isSignedIn() const
{
    return m_client && m_client->isAuthenticated();
}

bool OwnPostComments::isFollowed(const QString &service, const QString &node) const
{
    return m_followed.contains(keyOf(service, node));
}

void OwnPostComments::follow(const QString &postItemId, bool beyondLimit)
{
    if (postItemId.isEmpty() || m_accountJid.isEmpty()) {
        return;
    }
    const QString node = MicroblogService::commentsNode(postItemId);
    const QString key = keyOf(m_accountJid, node);
    if (m_followed.contains(key)) {
        return;
    }
    if (!beyondLimit && m_followed.size() >= MaxFollowedPosts) {
        qCDebug(SALON_CORE_COMMENTS).noquote() << m_accountJid << "not following comments of post" << postItemId << ": limit reached";
        return;
    }
    m_followed[key].postItemId = postItemId;
    load(node);
}

void OwnPostComments::followOwnPosts()
{
    if (m_ownPosts) {
        followOwnPosts(m_ownPosts());
    }
}

void OwnPostComments::followOwnPosts(const QStringList &postItemIds)
{
    if (!isSignedIn()) {
        return;
    }
    for (const QString &itemId : postItemIds) {
        follow(itemId);
    }
}

void OwnPostComments::forget(const QString &postItemId)
{
    const QString node = MicroblogService::commentsNode(postItemId);
    m_followed.remove(keyOf(m_accountJid, node));
    if (m_store) {
        m_store->removeNode(m_accountJid, node);
    }
}

void OwnPostComments::refetchAll()
{
    const QStringList keys = m_followed.keys();
    for (const QString &key : keys) {
        if (m_followed.value(key).loaded) {
            load(key.section(QLatin1Char('\n'), 1));
        }
    }
}

void OwnPostComments::load(const QString &node)
{
    const QString key = keyOf(m_accountJid, node);
    if (!m_store) {
        m_followed[key].loaded = true;
        subscribeAndFetch(node);
        return;
    }
    const int generation = m_storeGeneration;
    m_store->knownItems(m_accountJid, node, this, [this, key, node, generation](const QSet<QString> &known, bool fetchedBefore) {
        if (generation != m_storeGeneration || !m_followed.contains(key)) {
            return;
        }
        FollowedNode &followed = m_followed[key];
        followed.seen.unite(known);
        followed.fetchedBefore = followed.fetchedBefore || fetchedBefore;
        followed.loaded = true;
        subscribeAndFetch(node);
    });
}

void OwnPostComments::subscribeAndFetch(const QString &node)
{
    if (!isSignedIn()) {
        // refetchAll() at the next sign-in comes back to the node.
        return;
    }
    // Subscribing the user to a node of the own PEP makes the server push its comments.
    m_pubsub->subscribe(QString(), node, m_accountJid, this, [](const PubSubResult &, const QString &) {
        // PubSubClient logs a failure; the comments then arrive at each sign-in only.
    });
    if (m_fetch) {
        m_fetch(m_accountJid, node);
    }
}

void OwnPostComments::handleFetched(const QString &service, const QString &node, const QVector<Comment> &comments)
{
    auto followed = m_followed.find(keyOf(service, node));
    if (followed == m_followed.end()) {
        return;
    }
    const bool fetchedBefore = followed->fetchedBefore;
    followed->fetchedBefore = true;
    for (const Comment &comment : comments) {
        if (fetchedBefore) {
            handleReceived(service, node, comment);
        } else {
            markSeen(service, node, comment.itemId);
        }
    }
}

void OwnPostComments::handleReceived(const QString &service, const QString &node, const Comment &comment)
{
    auto followed = m_followed.find(keyOf(service, node));
    if (followed == m_followed.end() || followed->seen.contains(comment.itemId)) {
        return;
    }
    followed->seen.insert(comment.itemId);
    if (comment.authorJid == m_accountJid) {
        return;
    }
    qCInfo(SALON_CORE_COMMENTS).noquote() << m_accountJid << "new" << (comment.isLike ? "like" : "comment") << comment.itemId << "by" << comment.authorJid
                                          << "on own post" << followed->postItemId;
    Q_EMIT commentReceived(service, MicroblogService::node(), followed->postItemId, comment.authorJid, comment.authorName, comment.isLike);
}

void OwnPostComments::markSeen(const QString &service, const QString &node, const QString &itemId)
{
    auto followed = m_followed.find(keyOf(service, node));
    if (followed != m_followed.end()) {
        followed->seen.insert(itemId);
    }
}
