#include "PostRequests.h"

#include "CommentsService.h"
#include "InvokeReply.h"
#include "LinkerProcessLogging.h"
#include "MicroblogService.h"
#include "ModelSubscriptions.h"
#include "NodePostsModel.h"
#include "PostPagesService.h"
#include "TaggedPostsModel.h"

#include <QJsonArray>

namespace {

const auto CommentsObject = QStringLiteral("comments");
const auto PagesObject = QStringLiteral("postPages");
const auto OpenMethod = QStringLiteral("open");
const auto CloseMethod = QStringLiteral("close");
const auto OpenNodePostsMethod = QStringLiteral("openNodePosts");
const auto OpenTaggedPostsMethod = QStringLiteral("openTaggedPosts");
const auto LoadMoreMethod = QStringLiteral("loadMore");

// Number of arguments of each method that PostRequests handles.
int argumentCount(const QString &object, const QString &method)
{
    if (object == CommentsObject) {
        return method == OpenMethod || method == CloseMethod ? 1 : -1;
    }
    if (method == OpenNodePostsMethod) {
        return 2;
    }
    if (method == OpenTaggedPostsMethod || method == CloseMethod || method == LoadMoreMethod) {
        return 1;
    }
    return -1;
}

} // namespace

const QString PostRequests::CommentsPrefix = QStringLiteral("comments/");
const QString PostRequests::NodePostsPrefix = QStringLiteral("nodePosts/");
const QString PostRequests::TaggedPostsPrefix = QStringLiteral("taggedPosts/");

PostRequests::PostRequests(CommentsService *comments, PostPagesService *pages, ModelSubscriptions *subscriptions, QObject *parent)
    : QObject(parent)
    , m_comments(comments)
    , m_pages(pages)
    , m_subscriptions(subscriptions)
{
    connect(subscriptions, &ModelSubscriptions::released, this, &PostRequests::closeReleasedModel);
}

bool PostRequests::handles(const QJsonObject &request)
{
    const QString object = request.value(QStringLiteral("object")).toString();
    if (object != CommentsObject && object != PagesObject) {
        return false;
    }
    return argumentCount(object, request.value(QStringLiteral("method")).toString()) >= 0;
}

QJsonObject PostRequests::handle(quint64 tab, const QJsonObject &request)
{
    const QJsonValue id = request.value(QStringLiteral("id"));
    const QString object = request.value(QStringLiteral("object")).toString();
    const QString method = request.value(QStringLiteral("method")).toString();
    const QJsonArray args = request.value(QStringLiteral("args")).toArray();
    const int expected = argumentCount(object, method);
    if (args.size() != expected) {
        return InvokeReply::rejection(id, QStringLiteral("wrongArgumentCount"),
                                      tr("The method \"%1\" of \"%2\" takes %n argument(s).", nullptr, expected).arg(method, object));
    }
    for (const QJsonValue &argument : args) {
        if (!argument.isString()) {
            return InvokeReply::rejection(id, QStringLiteral("invalidArgument"), tr("The arguments of \"%1.%2\" must be strings.").arg(object, method));
        }
    }
    const QString first = args.at(0).toString().trimmed();

    if (object == CommentsObject) {
        if (method == CloseMethod) {
            m_subscriptions->unsubscribe(tab, CommentsPrefix + first);
            return InvokeReply::success(id);
        }
        return openComments(tab, id, first);
    }

    if (method == OpenNodePostsMethod) {
        const QString service = first.toLower();
        const QString node = args.at(1).toString().isEmpty() ? MicroblogService::node() : args.at(1).toString();
        if (service.isEmpty()) {
            return InvokeReply::rejection(id, QStringLiteral("invalidArgument"), tr("The service address is empty. Name a user or a PubSub service."));
        }
        return openPostList(tab, id, NodePostsPrefix + service + QLatin1Char('/') + node, [this, service, node]() -> PostListModel * {
            return m_pages->openNodePosts(service, node);
        });
    }
    if (method == OpenTaggedPostsMethod) {
        const QString tag = first.toLower();
        if (tag.isEmpty()) {
            return InvokeReply::rejection(id, QStringLiteral("invalidArgument"), tr("The tag is empty."));
        }
        return openPostList(tab, id, TaggedPostsPrefix + tag, [this, tag]() -> PostListModel * {
            return m_pages->openTaggedPosts(tag);
        });
    }
    if (method == LoadMoreMethod) {
        return loadMore(tab, id, first);
    }
    if (first.startsWith(NodePostsPrefix) || first.startsWith(TaggedPostsPrefix)) {
        m_subscriptions->unsubscribe(tab, first);
    }
    return InvokeReply::success(id);
}

QJsonObject PostRequests::openComments(quint64 tab, const QJsonValue &id, const QString &commentsUri)
{
    const QString name = CommentsPrefix + commentsUri;
    if (m_subscriptions->isSubscribed(tab, name)) {
        return subscribed(tab, id, name);
    }

    // CommentsService counts its open() calls, and the linker keeps one open for all the tabs.
    QAbstractItemModel *model = m_subscriptions->model(name);
    const bool opened = !model;
    if (opened) {
        model = m_comments->open(commentsUri);
    }
    if (!model) {
        return InvokeReply::rejection(id, QStringLiteral("invalidArgument"),
                                      tr("\"%1\" is not the address of a comments node. It looks like xmpp:pubsub.example.org?;node=NODE.").arg(commentsUri));
    }
    if (!m_subscriptions->subscribe(tab, name, model)) {
        if (opened) {
            m_comments->close(commentsUri);
        }
        qCWarning(SALON_LINKER_PROCESS) << "Tab" << tab << "has too many models open to open comments";
        return InvokeReply::rejection(id, QStringLiteral("tooManyModels"), tr("This tab has too many comments and pages open. Close one before opening another."));
    }
    return subscribed(tab, id, name);
}

QJsonObject PostRequests::openPostList(quint64 tab, const QJsonValue &id, const QString &name, const std::function<PostListModel *()> &create)
{
    if (m_subscriptions->isSubscribed(tab, name)) {
        return subscribed(tab, id, name);
    }

    PostListModel *model = m_postLists.value(name);
    const bool created = !model;
    if (created) {
        model = create();
    }
    if (!model) {
        return InvokeReply::rejection(id, QStringLiteral("invalidArgument"), tr("The posts of \"%1\" cannot be opened.").arg(name));
    }
    if (!m_subscriptions->subscribe(tab, name, model)) {
        if (created) {
            m_pages->closeModel(model);
        }
        qCWarning(SALON_LINKER_PROCESS) << "Tab" << tab << "has too many models open to open a posts page";
        return InvokeReply::rejection(id, QStringLiteral("tooManyModels"), tr("This tab has too many comments and pages open. Close one before opening another."));
    }
    m_postLists.insert(name, model);
    return subscribed(tab, id, name);
}

QJsonObject PostRequests::loadMore(quint64 tab, const QJsonValue &id, const QString &name)
{
    PostListModel *model = m_postLists.value(name);
    if (!model || !m_subscriptions->isSubscribed(tab, name)) {
        return InvokeReply::rejection(id, QStringLiteral("notOpen"), tr("The posts page \"%1\" is not open. Open it before loading more posts.").arg(name));
    }
    if (model->canLoadMore() && !model->isLoading()) {
        model->loadMore();
    }
    return InvokeReply::success(id);
}

QJsonObject PostRequests::subscribed(quint64 tab, const QJsonValue &id, const QString &name)
{
    Q_UNUSED(tab)
    QJsonObject reply = InvokeReply::success(id);
    reply.insert(QStringLiteral("model"), name);
    return reply;
}

void PostRequests::closeReleasedModel(const QString &name)
{
    if (name.startsWith(CommentsPrefix)) {
        m_comments->close(name.mid(CommentsPrefix.size()));
        return;
    }
    const QPointer<PostListModel> model = m_postLists.take(name);
    if (model) {
        m_pages->closeModel(model);
    }
}
