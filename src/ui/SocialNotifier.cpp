#include "SocialNotifier.h"

#include "AccountLabel.h"

#include "Account.h"
#include "CommentsService.h"
#include "CommunityFeed.h"
#include "DesktopSettings.h"
#include "FeedModel.h"
#include "SubscriptionsModel.h"
#include "salon_ui_logging.h"

#include <KNotification>

namespace {

const auto ComponentName = QStringLiteral("salon");
const auto CommentEvent = QStringLiteral("comment");
const auto CommunityPostEvent = QStringLiteral("communityPost");

QString postKey(const QString &service, const QString &node, const QString &itemId)
{
    return QStringLiteral("post:%1/%2/%3").arg(service, node, itemId);
}

QString communityKey(const QString &service, const QString &node)
{
    return QStringLiteral("community:%1/%2").arg(service, node);
}

} // namespace

SocialNotifier::SocialNotifier(Account *account, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_open(this)
{
    connect(account->comments(), &CommentsService::commentReceived, this, &SocialNotifier::notifyComment);
    connect(account->communityFeed(), &CommunityFeed::postReceived, this, &SocialNotifier::notifyCommunityPost);
    connect(account, &Account::jidChanged, this, &SocialNotifier::closeAll);
}

SocialNotifier::~SocialNotifier()
{
    // Their actions would call an account that is going away.
    closeAll();
}

QObject *SocialNotifier::postNotification(const QString &service, const QString &node, const QString &itemId) const
{
    return m_open.find(postKey(service, node, itemId));
}

void SocialNotifier::setSettings(const DesktopSettings *settings)
{
    m_settings = settings;
}

QObject *SocialNotifier::communityNotification(const QString &service, const QString &node) const
{
    return m_open.find(communityKey(service, node));
}

void SocialNotifier::notifyComment(const QString &postService, const QString &postNode, const QString &postItemId, const QString &authorJid,
                                   const QString &authorName, bool isLike)
{
    const auto kind = isLike ? DesktopSettings::NotificationKind::Like : DesktopSettings::NotificationKind::Comment;
    if (m_settings && !m_settings->allowsNotification(kind)) {
        qCDebug(SALON_UI).noquote() << m_account->jid() << (isLike ? "like" : "comment") << "notifications are off; none for the post" << postItemId;
        return;
    }
    const QString key = postKey(postService, postNode, postItemId);
    if (!m_open.find(key)) {
        m_activity.remove(key);
    }
    PostActivity &activity = m_activity[key];
    (isLike ? activity.likes : activity.comments) += 1;

    // A notification server with the body-markup capability shows the text as markup, and authors choose their names.
    const QString author = (authorName.isEmpty() ? authorJid : authorName).toHtmlEscaped();
    const QString title = postTitle(postService, postNode, postItemId).toHtmlEscaped();
    QString text;
    if (activity.comments + activity.likes > 1) {
        text = tr("New reactions to your post “%1”. Comments: %2, likes: %3. Latest by %4.").arg(title).arg(activity.comments).arg(activity.likes).arg(author);
    } else if (isLike) {
        text = tr("%1 likes your post “%2”.").arg(author, title);
    } else {
        text = tr("%1 commented on your post “%2”.").arg(author, title);
    }

    const bool sent = m_open.show(key, text, [this, postService, postNode, postItemId] {
        return createNotification(CommentEvent, tr("New comment"), [this, postService, postNode, postItemId] {
            Q_EMIT postRequested(postService, postNode, postItemId);
        });
    });
    qCInfo(SALON_UI).noquote() << m_account->jid() << "comment notification" << (sent ? "sent" : "updated") << "for the post" << postItemId << "of"
                               << postService;
    Q_EMIT notificationSent(CommentEvent);
}

void SocialNotifier::notifyCommunityPost(const QString &service, const QString &node, const QString &itemId, const QString &title, const QString &authorJid,
                                         const QString &authorName)
{
    if (m_settings && !m_settings->allowsNotification(DesktopSettings::NotificationKind::Other)) {
        qCDebug(SALON_UI).noquote() << m_account->jid() << "do not disturb is on; no notification for the post" << itemId << "of" << service;
        return;
    }
    const QString key = communityKey(service, node);
    if (!m_open.find(key)) {
        m_communityPosts.remove(key);
    }
    const int count = ++m_communityPosts[key];

    const QString author = (authorName.isEmpty() ? authorJid : authorName).toHtmlEscaped();
    const QString community = communityTitle(service, node).toHtmlEscaped();
    const QString text = count > 1 ? tr("%1 new posts in %2.").arg(count).arg(community)
                                   : tr("%1 posted “%2” in %3.").arg(author, title.toHtmlEscaped(), community);

    const bool sent = m_open.show(key, text, [this, service, node, itemId] {
        return createNotification(CommunityPostEvent, tr("New post in a community"), [this, service, node] {
            Q_EMIT communityRequested(service, node);
        });
    });
    qCInfo(SALON_UI).noquote() << m_account->jid() << "community post notification" << (sent ? "sent" : "updated") << "for" << node << "of" << service
                               << "item" << itemId;
    Q_EMIT notificationSent(CommunityPostEvent);
}

KNotification *SocialNotifier::createNotification(const QString &event, const QString &title, const std::function<void()> &activated)
{
    // The notification deletes itself once it is closed or could not be shown.
    auto *notification = new KNotification(event, KNotification::CloseOnTimeout);
    notification->setComponentName(ComponentName);
    notification->setTitle(titleWithAccount(title, m_accountLabel));
    notification->setIconName(QStringLiteral("view-list-text"));
    notification->setDefaultAction(tr("Open"));
    connect(notification, &KNotification::defaultActivated, this, activated);
    return notification;
}

QString SocialNotifier::postTitle(const QString &service, const QString &node, const QString &itemId) const
{
    const std::optional<FeedPost> post = m_account->feed()->post(service, node, itemId);
    if (!post) {
        return tr("a post");
    }
    if (!post->title.isEmpty()) {
        return post->title;
    }
    constexpr int MaxExcerptLength = 60;
    const QString text = post->plainText.simplified();
    return text.size() > MaxExcerptLength ? text.left(MaxExcerptLength) + QStringLiteral("…") : text;
}

QString SocialNotifier::communityTitle(const QString &service, const QString &node) const
{
    const std::optional<CommunitySubscription> subscription = m_account->subscriptions()->subscription(service, node);
    return subscription ? subscription->displayTitle() : node;
}

void SocialNotifier::closeAll()
{
    m_open.closeAll();
    m_activity.clear();
    m_communityPosts.clear();
}

void SocialNotifier::setAccountLabel(const QString &label)
{
    m_accountLabel = label;
}
