#include "PostPagesService.h"

#include "FeedModel.h"
#include "MicroblogService.h"
#include "NodePostsModel.h"
#include "TaggedPostsModel.h"
#include "salon_core_microblog_logging.h"

#include <utility>

PostPagesService::PostPagesService(PubSubClient *pubsub, PubSubEventReader *events, MicroblogService *microblog, QObject *parent)
    : QObject(parent)
    , m_pubsub(pubsub)
    , m_events(events)
    , m_microblog(microblog)
{
}

NodePostsModel *PostPagesService::openNodePosts(const QString &service, const QString &node)
{
    const QString bareService = service.trimmed().toLower();
    if (bareService.isEmpty()) {
        qCWarning(SALON_CORE_MICROBLOG) << "opening the posts of a node rejected: no service";
        return nullptr;
    }
    const QString postsNode = node.isEmpty() ? MicroblogService::node() : node;
    auto *model = new NodePostsModel(bareService, postsNode, m_microblog->accountJid(), m_pubsub, m_events,
                                     [microblog = m_microblog]() {
                                         return microblog->store();
                                     },
                                     this);
    m_models.append(model);
    model->open();
    return model;
}

TaggedPostsModel *PostPagesService::openTaggedPosts(const QString &tag)
{
    if (tag.trimmed().isEmpty()) {
        qCWarning(SALON_CORE_MICROBLOG) << "opening the posts of a tag rejected: empty tag";
        return nullptr;
    }
    auto *model = new TaggedPostsModel(tag, m_microblog->accountJid(),
                                       [microblog = m_microblog]() {
                                           return microblog->store();
                                       },
                                       this);
    m_models.append(model);
    model->loadMore();
    return model;
}

void PostPagesService::closeModel(QObject *model)
{
    if (!model || !m_models.removeOne(model)) {
        qCWarning(SALON_CORE_MICROBLOG) << "closing a posts model rejected: not opened by this service";
        return;
    }
    delete model;
}

void PostPagesService::clear()
{
    const QVector<QObject *> models = std::exchange(m_models, {});
    qDeleteAll(models);
}
