#pragma once

#include <QObject>
#include <QVector>

class MicroblogService;
class NodePostsModel;
class PubSubClient;
class PubSubEventReader;
class TaggedPostsModel;

/// Creates the models of the post pages: the posts of one node (a profile page or a
/// community's page) and the cached public posts of one tag (the explore page).
///
/// The service owns every model it creates until closeModel() or clear(); a view calls
/// closeModel() when it no longer shows the model. Models read and cache posts through
/// MicroblogService's store.
///
/// \code
/// NodePostsModel *profile = account->postPages()->openNodePosts(QStringLiteral("juliet@example.org"));
/// NodePostsModel *cats = account->postPages()->openNodePosts(QStringLiteral("pubsub.example.org"), QStringLiteral("cats"));
/// TaggedPostsModel *news = account->postPages()->openTaggedPosts(QStringLiteral("news"));
/// account->postPages()->closeModel(profile);
/// \endcode
class PostPagesService : public QObject
{
    Q_OBJECT

public:
    /// \a pubsub, \a events and \a microblog must outlive the service.
    PostPagesService(PubSubClient *pubsub, PubSubEventReader *events, MicroblogService *microblog, QObject *parent = nullptr);

    /// Returns a new model of the posts of \a node at \a service, or null for an empty \a service.
    /// An empty \a node means the blog (\c urn:xmpp:microblog:0) of the user \a service.
    Q_INVOKABLE NodePostsModel *openNodePosts(const QString &service, const QString &node = QString());
    /// Returns a new model of the cached public posts with \a tag, or null for an empty tag.
    Q_INVOKABLE TaggedPostsModel *openTaggedPosts(const QString &tag);
    /// Deletes \a model, one that this service created; views must no longer use it.
    Q_INVOKABLE void closeModel(QObject *model);
    /// Deletes every model, as when another address signs in on the account.
    void clear();

private:
    PubSubClient *m_pubsub;
    PubSubEventReader *m_events;
    MicroblogService *m_microblog;
    QVector<QObject *> m_models;
};
