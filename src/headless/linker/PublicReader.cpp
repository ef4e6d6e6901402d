#include "PublicReader.h"

#include "Account.h"
#include "BareJid.h"
#include "PubSubClient.h"
#include "LinkerProcessLogging.h"
#include "LinkerSession.h"
#include "PublicBlogRenderer.h"
#include "StdioFrameChannel.h"
#include "store/PostStore.h"
#include "store/PublicPageStore.h"

#include <QJsonValue>

#include <algorithm>

namespace {

const auto MicroblogNode = QStringLiteral("urn:xmpp:microblog:0");

// Bytes of page and feed together above which older posts are left out, so that the reply stays
// below the frame protocol's limit of 1 MiB with room for JSON escaping.
constexpr int MaxReplyBytes = 400 * 1024;

} // namespace

PublicReader::PublicReader(const ConnectionSettings &settings, Database *database, StdioFrameChannel *channel, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_database(database)
    , m_channel(channel)
{
    connect(channel, &StdioFrameChannel::messageReceived, this, &PublicReader::handleMessage);
    connect(channel, &StdioFrameChannel::inputClosed, this, [this] {
        qCInfo(SALON_LINKER_PROCESS) << "The server closed the input; the public reader stops";
        finish(0);
    });
    connect(channel, &StdioFrameChannel::protocolError, this, [this](const QString &reason) {
        qCWarning(SALON_LINKER_PROCESS).noquote() << "The server broke the frame protocol:" << reason;
        finish(LinkerSession::ProtocolErrorExitCode);
    });
    if (!database) {
        qCWarning(SALON_LINKER_PROCESS) << "The public reader has no database, so every public page is not found";
    }
}

PublicReader::~PublicReader() = default;

void PublicReader::handleMessage(const QJsonObject &message)
{
    if (m_finished) {
        return;
    }
    // The server pings every linker, the public reader too, and ends one that sends no pong.
    if (m_channel->answerPing(message)) {
        return;
    }
    const QString type = message.value(QStringLiteral("type")).toString();
    const bool firstFrame = m_firstFrame;
    m_firstFrame = false;
    if (type == QLatin1String("signIn") && firstFrame) {
        handleSignIn(message);
    } else if (type == QLatin1String("publicPageRequest")) {
        handleRequest(message);
    } else if (type == QLatin1String("signOut")) {
        qCInfo(SALON_LINKER_PROCESS) << "The server stopped the public reader";
        finish(0);
    } else {
        qCWarning(SALON_LINKER_PROCESS).noquote() << "The public reader received a frame of type" << type << "that it does not handle";
        finish(LinkerSession::ProtocolErrorExitCode);
    }
}

void PublicReader::handleSignIn(const QJsonObject &message)
{
    const QJsonValue jid = message.value(QStringLiteral("jid"));
    const QJsonValue password = message.value(QStringLiteral("password"));
    if (!jid.isString() || !password.isString()) {
        qCWarning(SALON_LINKER_PROCESS) << "signIn frame without a jid and a password string";
        finish(LinkerSession::ProtocolErrorExitCode);
        return;
    }

    // The service account keeps nothing in the shared database: only the posts it fetches go there.
    m_serviceAccount = std::make_unique<Account>();
    m_serviceAccount->setConnectionSettings(m_settings);
    connect(m_serviceAccount.get(), &Account::stateChanged, this, [this] {
        qCInfo(SALON_LINKER_PROCESS).noquote() << "Service account" << m_serviceAccount->jid() << "is"
                                               << Account::stateCode(m_serviceAccount->state());
    });
    qCInfo(SALON_LINKER_PROCESS).noquote() << "Signing in with the service account" << jid.toString();
    m_serviceAccount->signIn(jid.toString(), password.toString());
}

void PublicReader::handleRequest(const QJsonObject &message)
{
    const QJsonValue idValue = message.value(QStringLiteral("id"));
    const QString requestedJid = message.value(QStringLiteral("jid")).toString();
    if (!idValue.isDouble()) {
        qCWarning(SALON_LINKER_PROCESS) << "publicPageRequest without a numeric id";
        finish(LinkerSession::ProtocolErrorExitCode);
        return;
    }
    const double id = idValue.toDouble();

    // The server lowercases the address. Only a bare JID that BareJid leaves unchanged names a
    // page, so that one page has one address.
    const QString jid = BareJid::fromUserInput(requestedJid);
    if (jid.isEmpty() || jid != requestedJid || !m_database) {
        sendNotFound(id);
        return;
    }

    PublicPageStore(m_database, jid).visibility(this, [this, id, jid](PublicPageStore::Visibility visibility) {
        if (visibility != PublicPageStore::Visibility::Shown) {
            qCDebug(SALON_LINKER_PROCESS).noquote() << "No public page for" << jid << "(unknown user or opted out)";
            sendNotFound(id);
            return;
        }
        fetchPosts(id, jid);
    });
}

void PublicReader::fetchPosts(double id, const QString &jid)
{
    if (!m_serviceAccount || m_serviceAccount->state() != Account::State::Online) {
        readCachedPosts(id, jid);
        return;
    }

    PubSubClient::ItemsQuery query;
    query.maxItems = PublicBlogRenderer::MaxPosts;
    m_serviceAccount->pubsub()->requestItems(jid, MicroblogNode, query, this, [this, id, jid](const PubSubItemsPage &page) {
        const PubSubResult::Error error = page.result.error();
        if (error == PubSubResult::Error::ItemNotFound || error == PubSubResult::Error::Forbidden) {
            // No node, or one that a stranger may not read: the user has no public posts.
            sendPage(id, jid, {});
            return;
        }
        if (!page.result.isOk()) {
            qCInfo(SALON_LINKER_PROCESS).noquote() << "Fetching the public posts of" << jid << "failed (" << int(error) << "); serving the cache";
            readCachedPosts(id, jid);
            return;
        }

        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVector<FeedPost> posts;
        PostStore store(m_database, QString());
        for (const PubSubItem &item : page.items) {
            const std::optional<MicroblogEntry> entry = MicroblogEntry::fromAtom(item.payload);
            if (!entry) {
                continue;
            }
            FeedPost post = FeedPost::fromEntry(jid, MicroblogNode, item.id, *entry, now);
            post.accessModel = QStringLiteral("open");
            store.cache(post);
            posts.append(post);
        }
        std::sort(posts.begin(), posts.end(), [](const FeedPost &left, const FeedPost &right) {
            return left.published != right.published ? left.published > right.published : left.itemId > right.itemId;
        });
        sendPage(id, jid, posts);
    });
}

void PublicReader::readCachedPosts(double id, const QString &jid)
{
    PostStore(m_database, QString()).openNodePage(jid, MicroblogNode, PublicBlogRenderer::MaxPosts, this, [this, id, jid](const QVector<FeedPost> &posts) {
        sendPage(id, jid, posts);
    });
}

void PublicReader::sendPage(double id, const QString &jid, const QVector<FeedPost> &posts)
{
    QDateTime lastModified;
    for (const FeedPost &post : posts) {
        const QDateTime changed = post.updated.isValid() ? post.updated : post.published;
        if (changed.isValid() && (!lastModified.isValid() || changed > lastModified)) {
            lastModified = changed;
        }
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVector<FeedPost> shownPosts = posts;
    QByteArray page = PublicBlogRenderer::renderPage(jid, shownPosts);
    QByteArray feed = PublicBlogRenderer::renderFeed(jid, shownPosts, now);
    while (page.size() + feed.size() > MaxReplyBytes && !shownPosts.isEmpty()) {
        shownPosts.resize(shownPosts.size() / 2);
        page = PublicBlogRenderer::renderPage(jid, shownPosts);
        feed = PublicBlogRenderer::renderFeed(jid, shownPosts, now);
    }
    if (shownPosts.size() < posts.size()) {
        qCInfo(SALON_LINKER_PROCESS).noquote() << "The public page of" << jid << "shows" << shownPosts.size() << "of" << posts.size()
                                               << "posts to stay below" << MaxReplyBytes << "bytes";
    }

    m_channel->send({
        {QStringLiteral("type"), QStringLiteral("publicPage")},
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("page"), QString::fromUtf8(page)},
        {QStringLiteral("feed"), QString::fromUtf8(feed)},
        {QStringLiteral("lastModified"), (lastModified.isValid() ? lastModified : now).toString(Qt::ISODate)},
    });
    qCDebug(SALON_LINKER_PROCESS).noquote() << "Rendered the public page of" << jid << "with" << shownPosts.size() << "posts";
}

void PublicReader::sendNotFound(double id)
{
    m_channel->send({
        {QStringLiteral("type"), QStringLiteral("publicPage")},
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), QStringLiteral("notFound")},
        {QStringLiteral("page"), QString::fromUtf8(PublicBlogRenderer::renderNotFoundPage())},
    });
}

void PublicReader::finish(int exitCode)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(exitCode);
}
