#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class CommentsService;
class ModelSubscriptions;
class PostPagesService;
class PostListModel;

/// The `invoke` requests of a tab that open and close the models of the social views, which the
/// linker publishes only to the tabs that opened them:
///
/// | object | method | effect |
/// | --- | --- | --- |
/// | `comments` | `open(commentsUri)` | opens the post's comments through CommentsService and sends the tab their snapshot under `comments/<commentsUri>`; the reply names it as `model` |
/// | `comments` | `close(commentsUri)` | ends the tab's subscription; the last one closes the model in CommentsService |
/// | `postPages` | `openNodePosts(service, node)` | the posts of a node under `nodePosts/<service>/<node>`, where an empty \a node means the blog `urn:xmpp:microblog:0` of the user \a service |
/// | `postPages` | `openTaggedPosts(tag)` | the cached public posts with \a tag under `taggedPosts/<tag>` |
/// | `postPages` | `close(model)` | ends the tab's subscription to the model named \a model; the last one closes it in PostPagesService |
/// | `postPages` | `loadMore(model)` | appends the next page of the model named \a model, which the tab must have open |
///
/// Each model counts as one of the tab's ModelSubscriptions::MaxModelsPerTab. The other methods
/// of `comments` (addComment, like, …) go through ObjectInvoker.
class PostRequests : public QObject
{
    Q_OBJECT

public:
    static const QString CommentsPrefix;
    static const QString NodePostsPrefix;
    static const QString TaggedPostsPrefix;

    /// Publishes through \a subscriptions the models of \a comments and \a pages; all three must outlive this object.
    PostRequests(CommentsService *comments, PostPagesService *pages, ModelSubscriptions *subscriptions, QObject *parent = nullptr);

    /// Returns whether \a request is an invoke request that handle() carries out.
    static bool handles(const QJsonObject &request);
    /// Carries out the request of \a tab and returns its `invokeResult` message.
    QJsonObject handle(quint64 tab, const QJsonObject &request);

private:
    QJsonObject openComments(quint64 tab, const QJsonValue &id, const QString &commentsUri);
    QJsonObject openPostList(quint64 tab, const QJsonValue &id, const QString &name, const std::function<PostListModel *()> &create);
    QJsonObject loadMore(quint64 tab, const QJsonValue &id, const QString &name);
    QJsonObject subscribed(quint64 tab, const QJsonValue &id, const QString &name);
    void closeReleasedModel(const QString &name);

    CommentsService *m_comments;
    PostPagesService *m_pages;
    ModelSubscriptions *m_subscriptions;
    /// The post lists that this object created, by model name, until the last tab lets go.
    QHash<QString, QPointer<PostListModel>> m_postLists;
};
