#pragma once

#include "OpenNotifications.h"

#include <QObject>

class Account;
class DesktopSettings;
class KNotification;

/// Desktop notifications of the social features, sent through KNotifications as events of the
/// "salon" component (packaging/salon.notifyrc):
/// - \c comment: someone commented on or liked one of the user's posts
///   (CommentsService::commentReceived()). Each post has at most one notification open; a
///   further comment updates it with the number of comments and likes received since.
/// - \c communityPost: a new post in a community whose subscription is marked notify
///   (CommunityFeed::postReceived()). Each community has at most one notification open.
///
/// A notification names the author and the post's or community's title but never shows the
/// text of a comment. Activating a notification emits postRequested() or communityRequested().
class SocialNotifier : public QObject
{
    Q_OBJECT

public:
    explicit SocialNotifier(Account *account, QObject *parent = nullptr);
    ~SocialNotifier() override;

    /// Names the account in the title of the notifications sent from now on; empty names none.
    void setAccountLabel(const QString &label);

    /// Returns the open notification about the post \a itemId of \a node at \a service, or nullptr.
    /// Tests read its properties through it.
    QObject *postNotification(const QString &service, const QString &node, const QString &itemId) const;
    /// Returns the open notification about new posts of the community \a node at \a service, or nullptr.
    QObject *communityNotification(const QString &service, const QString &node) const;
    /// Sends only what \a settings allow: nothing while do-not-disturb is on. Without settings every notification is sent.
    void setSettings(const DesktopSettings *settings);

    /// Notifies of a comment (or a like, when \a isLike) by \a authorName on the user's post.
    void notifyComment(const QString &postService, const QString &postNode, const QString &postItemId, const QString &authorJid, const QString &authorName,
                       bool isLike);
    /// Notifies of the new post \a itemId titled \a title by \a authorName in the community \a node at \a service.
    void notifyCommunityPost(const QString &service, const QString &node, const QString &itemId, const QString &title, const QString &authorJid,
                             const QString &authorName);

Q_SIGNALS:
    /// The user asked from a notification to see the post \a itemId of \a node at \a service.
    void postRequested(const QString &service, const QString &node, const QString &itemId);
    /// The user asked from a notification to see the posts of the community \a node at \a service.
    void communityRequested(const QString &service, const QString &node);
    /// A notification was handed to KNotifications; \a event is "comment" or "communityPost".
    void notificationSent(const QString &event);

private:
    struct PostActivity {
        int comments = 0;
        int likes = 0;
    };

    KNotification *createNotification(const QString &event, const QString &title, const std::function<void()> &activated);
    QString postTitle(const QString &service, const QString &node, const QString &itemId) const;
    QString communityTitle(const QString &service, const QString &node) const;
    void closeAll();

    Account *const m_account;
    OpenNotifications m_open;
    const DesktopSettings *m_settings = nullptr;
    QString m_accountLabel;
    // Comments and likes counted for each open post notification, by its key.
    QHash<QString, PostActivity> m_activity;
    // New posts counted for each open community notification, by its key.
    QHash<QString, int> m_communityPosts;
};
