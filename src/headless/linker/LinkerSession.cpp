#include "LinkerSession.h"

#include "Account.h"
#include "AvatarPublisher.h"
#include "FileTransferService.h"
#include "ThumbnailMaker.h"
#include "AvatarService.h"
#include "BlockingService.h"
#include "BrowserUploads.h"
#include "ChatService.h"
#include "CommentsService.h"
#include "CommunityDirectory.h"
#include "CommunityFeed.h"
#include "CommunityFormRequests.h"
#include "CommunityService.h"
#include "ConversationExportRequests.h"
#include "ConversationRequests.h"
#include "ProfileService.h"
#include "BookmarksService.h"
#include "RoomDirectory.h"
#include "RoomInvitations.h"
#include "RoomMessageService.h"
#include "RoomConfigurationService.h"
#include "RoomModeration.h"
#include "RoomFormRequests.h"
#include "RoomRequests.h"
#include "RoomService.h"
#include "LinkerProcessLogging.h"
#include "ModelPublisher.h"
#include "MessageSearchModel.h"
#include "ModelSubscriptions.h"
#include "ObjectInvoker.h"
#include "MicroblogService.h"
#include "FeedModel.h"
#include "LinkPreviewService.h"
#include "PostPagesService.h"
#include "PostRequests.h"
#include "ObjectPublisher.h"
#include "RosterService.h"
#include "PublicPageSetting.h"
#include "StdioFrameChannel.h"
#include "UploadServiceExtension.h"

#include <QAbstractItemModel>
#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QCryptographicHash>
#include <QJsonValue>
#include <QMetaProperty>
#include <QStandardPaths>
#include <QUrl>

namespace {

// Time the account has to close its XMPP stream after signing out, in milliseconds.
constexpr int SignOutTimeoutMs = 2000;

QString typeOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("type")).toString();
}

// Reads a tab id: a positive integer number.
bool readTab(const QJsonObject &message, quint64 *tab)
{
    const QJsonValue value = message.value(QStringLiteral("tab"));
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number != double(quint64(number))) {
        return false;
    }
    *tab = quint64(number);
    return true;
}

} // namespace

LinkerSession::LinkerSession(const ConnectionSettings &settings, StdioFrameChannel *channel, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_channel(channel)
{
    connect(channel, &StdioFrameChannel::messageReceived, this, &LinkerSession::handleMessage);
    connect(channel, &StdioFrameChannel::protocolError, this, &LinkerSession::handleProtocolError);
    connect(channel, &StdioFrameChannel::inputClosed, this, [this] {
        signOut("the server closed standard input");
    });

    m_signOutTimer.setSingleShot(true);
    connect(&m_signOutTimer, &QTimer::timeout, this, [this] {
        qCWarning(SALON_LINKER_PROCESS) << "The account did not go offline in time; exiting anyway";
        finish(0);
    });

    m_awayTimer.setSingleShot(true);
    m_awayTimer.setInterval(10 * 1000);
    connect(&m_awayTimer, &QTimer::timeout, this, [this] {
        qCInfo(SALON_LINKER_PROCESS) << "No tab open for" << m_awayTimer.interval() / 1000 << "s; setting the presence to away";
        m_away = true;
        applyPresence();
    });
}

void LinkerSession::setAwayDelay(int seconds)
{
    m_awayTimer.setInterval(seconds * 1000);
}

void LinkerSession::applyPresence()
{
    QXmppClient *client = m_account ? m_account->client() : nullptr;
    // QXmppClient::setClientPresence() connects a disconnected client, which is the account's job,
    // so an offline account gets the presence from the connected() handler set up in handleSignIn().
    if (!client || !client->isAuthenticated()) {
        return;
    }
    QXmppPresence presence = client->clientPresence();
    presence.setType(QXmppPresence::Available);
    presence.setAvailableStatusType(m_away ? QXmppPresence::Away : QXmppPresence::Online);
    client->setClientPresence(presence);
}

LinkerSession::~LinkerSession() = default;

void LinkerSession::setDatabase(Database *database)
{
    m_database = database;
}

QString LinkerSession::messagePattern(const QString &jid)
{
    // "%{" starts a placeholder and control characters would split or forge log lines.
    QString safeJid;
    for (const QChar c : jid) {
        if (c == QLatin1Char('%')) {
            safeJid += QStringLiteral("%25");
        } else if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph) {
            safeJid += QLatin1Char('?');
        } else {
            safeJid += c;
        }
    }
    // The severity comes first, so that salon-server can log each line with it.
    return QStringLiteral("%{type} [") + safeJid + QStringLiteral("] %{category}: %{message}");
}

void LinkerSession::handleMessage(const QJsonObject &message)
{
    if (m_finished) {
        return;
    }

    // The server's liveness check: a ping gets its pong at once, even before signIn and while signing out.
    if (m_channel->answerPing(message)) {
        return;
    }
    const QString type = typeOf(message);
    if (m_signingOut) {
        return;
    }

    if (!m_account && type != QLatin1String("signIn")) {
        handleProtocolError(QStringLiteral("first frame is %1, not signIn").arg(type.isEmpty() ? QStringLiteral("untyped") : type));
        return;
    }

    if (type == QLatin1String("signIn")) {
        handleSignIn(message);
    } else if (type == QLatin1String("tabOpened")) {
        handleTabOpened(message);
    } else if (type == QLatin1String("tabClosed")) {
        handleTabClosed(message);
    } else if (type == QLatin1String("fromTab")) {
        handleFromTab(message);
    } else if (type == QLatin1String("signOut")) {
        signOut("the server requested it");
    } else {
        qCWarning(SALON_LINKER_PROCESS).noquote() << "Ignored a frame of unknown type" << type;
    }
}

void LinkerSession::handleSignIn(const QJsonObject &message)
{
    if (m_account) {
        handleProtocolError(QStringLiteral("second signIn frame"));
        return;
    }
    const QJsonValue jid = message.value(QStringLiteral("jid"));
    const QJsonValue password = message.value(QStringLiteral("password"));
    if (!jid.isString() || !password.isString()) {
        handleProtocolError(QStringLiteral("signIn frame without a jid and a password string"));
        return;
    }

    qSetMessagePattern(messagePattern(jid.toString()));
    qCInfo(SALON_LINKER_PROCESS) << "Signing in";

    m_account = std::make_unique<Account>();
    m_account->setDatabase(m_database);
    m_account->setConnectionSettings(m_settings);
    configureFiles(jid.toString());
    connect(m_account.get(), &Account::stateChanged, this, &LinkerSession::scheduleAccountMessage);
    connect(m_account.get(), &Account::errorChanged, this, &LinkerSession::scheduleAccountMessage);

    publishModels();
    registerInvokableObjects();

    // A presence that changed while the account was offline is sent once it is online.
    connect(m_account->client(), &QXmppClient::connected, this, [this] {
        if (m_away) {
            applyPresence();
        }
    });

    m_account->signIn(jid.toString(), password.toString());
    // Until the first tab opens, the account counts as left alone.
    m_awayTimer.start();
}

void LinkerSession::configureFiles(const QString &jid)
{
    // A server has no user's download folder, so each account downloads into its own cache folder,
    // named after a hash of its address so that the address needs no escaping.
    const QString accountKey = QString::fromLatin1(QCryptographicHash::hash(jid.trimmed().toLower().toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    const QString accountFolder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/accounts/") + accountKey;
    FileTransferService *files = m_account->files();
    files->setDownloadFolder(accountFolder + QStringLiteral("/downloads"));
    files->setCacheFolder(accountFolder + QStringLiteral("/thumbnails"));
    files->setThumbnailMaker(&ThumbnailMaker::makeForService);
}

void LinkerSession::publishModels()
{
    const QMetaObject *metaObject = m_account->metaObject();
    for (int i = metaObject->propertyOffset(); i < metaObject->propertyCount(); ++i) {
        const QMetaProperty property = metaObject->property(i);
        if (!property.isConstant()) {
            continue;
        }
        // The property's type must be registered as a pointer to a QObject class, which Account does for its models.
        const QMetaObject *propertyClass = QMetaType::metaObjectForType(property.userType());
        if (!propertyClass) {
            if (QByteArray(property.typeName()).endsWith('*')) {
                qCDebug(SALON_LINKER_PROCESS) << "Not publishing the property" << property.name() << "of the unregistered type" << property.typeName();
            }
            continue;
        }
        if (!propertyClass->inherits(&QAbstractItemModel::staticMetaObject)) {
            publishObject(property);
            continue;
        }
        auto *model = qobject_cast<QAbstractItemModel *>(qvariant_cast<QObject *>(property.read(m_account.get())));
        if (!model) {
            continue;
        }

        auto *publisher = new ModelPublisher(QString::fromLatin1(property.name()), model, this);
        connect(publisher, &ModelPublisher::messageReady, this, [this](const QJsonObject &modelMessage) {
            sendToTab(0, modelMessage);
        });
        m_publishers.append(publisher);
        qCDebug(SALON_LINKER_PROCESS) << "Publishing the model" << property.name();

        // The pages need these models' properties, such as the feed's canLoadMore, so they go out
        // as object messages under the model's name too.
        const QByteArray name(property.name());
        if (name == "feed" || name == "communityDirectory") {
            publishObject(property);
        }
    }
}

void LinkerSession::publishObject(const QMetaProperty &property)
{
    QObject *object = qvariant_cast<QObject *>(property.read(m_account.get()));
    if (!object || !ObjectPublisher::hasNotifyingProperties(object)) {
        return;
    }

    auto *publisher = new ObjectPublisher(QString::fromLatin1(property.name()), object, this);
    connect(publisher, &ObjectPublisher::messageReady, this, [this](const QJsonObject &objectMessage) {
        sendToTab(0, objectMessage);
    });
    m_objectPublishers.append(publisher);
    qCDebug(SALON_LINKER_PROCESS) << "Publishing the object" << property.name();
}

void LinkerSession::registerInvokableObjects()
{
    m_invoker = new ObjectInvoker(this);
    // The server starts and ends sessions with its own frames and keeps track of them, so a tab cannot do it.
    m_invoker->registerObject(QStringLiteral("account"), m_account.get(), {QByteArrayLiteral("signIn"), QByteArrayLiteral("signOut")});
    m_invoker->registerObject(QStringLiteral("roster"), m_account->roster());
    m_invoker->registerObject(QStringLiteral("blocking"), m_account->blocking());
    m_invoker->registerObject(QStringLiteral("profiles"), m_account->profiles());
    m_invoker->registerObject(QStringLiteral("avatars"), m_account->avatars());
    // A path that a tab passed to sendFile() or uploadFile() would name a file on the server, so a
    // tab could upload any file that the linker may read. Tabs send their files through BrowserUploads instead.
    m_invoker->registerObject(QStringLiteral("files"), m_account->files(), {QByteArrayLiteral("sendFile"), QByteArrayLiteral("uploadFile")});
    m_invoker->registerObject(QStringLiteral("avatarPublisher"), new AvatarPublisher(m_account->avatars(), m_account.get()));
    // Opening and closing a conversation concern the tab that sends the request, so ConversationRequests handles them.
    m_invoker->registerObject(QStringLiteral("chats"), m_account->chats(), {QByteArrayLiteral("openConversation"), QByteArrayLiteral("closeConversation")});
    // NOTE: the tabs of a session share one search model, so a search in one tab replaces the results in the others.
    m_invoker->registerObject(QStringLiteral("messageSearch"), m_account->messageSearch());
    m_invoker->registerObject(QStringLiteral("microblog"), m_account->microblog());
    // NOTE: the tabs of a session share one feed model, so loadMore() in one tab pages the others too.
    m_invoker->registerObject(QStringLiteral("feed"), m_account->feed());
    registerRoomObjects();
    registerCommunityObjects();
    registerPostObjects();
    registerPublicPageSetting();
    createTabRequestHandlers();
    forwardPostEvents();
    // Images are public and keyed by their hash, so every tab may cache what one tab requested.
    connect(m_account->avatars(), &AvatarService::imageLoaded, this, [this](const QString &hash, const QString &mimeType, const QByteArray &data) {
        sendToTab(0,
                  QJsonObject{
                      {QStringLiteral("type"), QStringLiteral("avatarImage")},
                      {QStringLiteral("hash"), hash},
                      {QStringLiteral("mimeType"), mimeType},
                      {QStringLiteral("data"), QString::fromLatin1(data.toBase64())},
                  });
    });
    connect(m_invoker, &ObjectInvoker::noticeReady, this, [this](const QJsonObject &notice) {
        qCInfo(SALON_LINKER_PROCESS).noquote() << "Action failed on" << notice.value(QStringLiteral("object")).toString();
        sendToTab(0, notice);
    });
}

void LinkerSession::registerRoomObjects()
{
    // The occupants model and the messages model of a room concern the tab that opens them, so RoomRequests handles them.
    m_invoker->registerObject(QStringLiteral("rooms"), m_account->rooms(), {QByteArrayLiteral("occupants")});
    m_invoker->registerObject(QStringLiteral("roomMessages"), m_account->roomMessages(), {QByteArrayLiteral("openRoom"), QByteArrayLiteral("closeRoom")});
    m_invoker->registerObject(QStringLiteral("roomModeration"), m_account->roomModeration());
    // A tab opens and closes a room's configuration form through RoomFormRequests, which publishes it.
    m_invoker->registerObject(QStringLiteral("roomConfiguration"), m_account->roomConfiguration(),
                              {QByteArrayLiteral("form"), QByteArrayLiteral("openForm"), QByteArrayLiteral("closeForm")});
    m_invoker->registerObject(QStringLiteral("invitations"), m_account->invitations(), {QByteArrayLiteral("dismiss")});
    m_invoker->registerObject(QStringLiteral("roomDirectory"), m_account->roomDirectory(), {QByteArrayLiteral("cancel")});
    m_invoker->registerObject(QStringLiteral("bookmarks"), m_account->bookmarks());
}

void LinkerSession::registerCommunityObjects()
{
    CommunityService *communities = m_account->communities();
    // A tab opens and closes a community's configuration form through CommunityFormRequests,
    // which publishes it, and clear() belongs to the account's sign-in.
    m_invoker->registerObject(QStringLiteral("communities"), communities,
                              {QByteArrayLiteral("configurationForm"), QByteArrayLiteral("openConfiguration"), QByteArrayLiteral("closeConfiguration")});

    // The directory's model is the account's "communityDirectory"; the object that fills it and
    // finds services is "communityBrowser", whose "services" property is synced like an account object's.
    CommunityDirectory *directory = communities->directory();
    m_invoker->registerObject(QStringLiteral("communityBrowser"), directory);
    auto *publisher = new ObjectPublisher(QStringLiteral("communityBrowser"), directory, this);
    connect(publisher, &ObjectPublisher::messageReady, this, [this](const QJsonObject &objectMessage) {
        sendToTab(0, objectMessage);
    });
    m_objectPublishers.append(publisher);
}

void LinkerSession::registerPostObjects()
{
    // Opening and closing a post's comments concern the tab that sends the request, so
    // PostRequests handles them, and model() returns a pointer that a tab cannot use.
    m_invoker->registerObject(QStringLiteral("comments"), m_account->comments(),
                              {QByteArrayLiteral("open"), QByteArrayLiteral("close"), QByteArrayLiteral("model")});
    // NOTE: the previews that one tab requests reach every tab of the session as events.
    m_invoker->registerObject(QStringLiteral("linkPreviews"), m_account->linkPreviews());
}

void LinkerSession::registerPublicPageSetting()
{
    auto *setting = new PublicPageSetting(m_account.get(), m_database, this);
    m_invoker->registerObject(QStringLiteral("publicPages"), setting);
    auto *publisher = new ObjectPublisher(QStringLiteral("publicPages"), setting, this);
    connect(publisher, &ObjectPublisher::messageReady, this, [this](const QJsonObject &objectMessage) {
        sendToTab(0, objectMessage);
    });
    m_objectPublishers.append(publisher);
}

void LinkerSession::forwardPostEvents()
{
    CommentsService *comments = m_account->comments();
    connect(comments, &CommentsService::commentReceived, this,
            [this](const QString &postService, const QString &postNode, const QString &postItemId, const QString &authorJid, const QString &authorName, bool isLike) {
                sendEvent(QStringLiteral("comments"), QStringLiteral("commentReceived"),
                          {{QStringLiteral("postService"), postService},
                           {QStringLiteral("postNode"), postNode},
                           {QStringLiteral("postItemId"), postItemId},
                           {QStringLiteral("authorJid"), authorJid},
                           {QStringLiteral("authorName"), authorName},
                           {QStringLiteral("isLike"), isLike}});
            });
    connect(comments, &CommentsService::commentPublished, this, [this](const QString &commentsUri, const QString &itemId) {
        sendEvent(QStringLiteral("comments"), QStringLiteral("commentPublished"), {{QStringLiteral("commentsUri"), commentsUri}, {QStringLiteral("itemId"), itemId}});
    });

    LinkPreviewService *previews = m_account->linkPreviews();
    connect(previews, &LinkPreviewService::previewReady, this, [this](const QString &url, const QVariantMap &preview) {
        sendEvent(QStringLiteral("linkPreviews"), QStringLiteral("previewReady"),
                  {{QStringLiteral("url"), url}, {QStringLiteral("preview"), QJsonObject::fromVariantMap(preview)}});
    });
    connect(previews, &LinkPreviewService::previewFailed, this, [this](const QString &url, const QString &code, const QString &message) {
        sendEvent(QStringLiteral("linkPreviews"), QStringLiteral("previewFailed"),
                  {{QStringLiteral("url"), url}, {QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
    });

    connect(m_account->microblog(), &MicroblogService::postPublished, this, [this](const QString &itemId) {
        sendEvent(QStringLiteral("microblog"), QStringLiteral("postPublished"), {{QStringLiteral("itemId"), itemId}});
    });
    connect(m_account->communityFeed(), &CommunityFeed::postReceived, this,
            [this](const QString &service, const QString &node, const QString &itemId, const QString &title, const QString &authorJid, const QString &authorName) {
                sendEvent(QStringLiteral("communityFeed"), QStringLiteral("postReceived"),
                          {{QStringLiteral("service"), service},
                           {QStringLiteral("node"), node},
                           {QStringLiteral("itemId"), itemId},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("authorJid"), authorJid},
                           {QStringLiteral("authorName"), authorName}});
            });
    connect(m_account->communities(), &CommunityService::communityCreated, this, [this](const QString &service, const QString &node) {
        sendEvent(QStringLiteral("communities"), QStringLiteral("communityCreated"), {{QStringLiteral("service"), service}, {QStringLiteral("node"), node}});
    });
}

void LinkerSession::sendEvent(const QString &object, const QString &event, const QJsonObject &arguments)
{
    QJsonObject message = arguments;
    message.insert(QStringLiteral("type"), QStringLiteral("event"));
    message.insert(QStringLiteral("object"), object);
    message.insert(QStringLiteral("event"), event);
    sendToTab(0, message);
}

void LinkerSession::createTabRequestHandlers()
{
    m_subscriptions = new ModelSubscriptions(this);
    connect(m_subscriptions, &ModelSubscriptions::messageReady, this, &LinkerSession::sendToTab);
    m_conversationRequests = new ConversationRequests(m_account->chats(), m_subscriptions, this);
    connect(m_conversationRequests, &ConversationRequests::replyReady, this, &LinkerSession::sendToTab);
    m_roomRequests = new RoomRequests(m_account->rooms(), m_account->roomMessages(), m_subscriptions, this);
    connect(m_roomRequests, &RoomRequests::replyReady, this, &LinkerSession::sendToTab);
    m_roomFormRequests = new RoomFormRequests(m_account->roomConfiguration(), m_subscriptions, this);
    m_communityFormRequests = new CommunityFormRequests(m_account->communities(), m_subscriptions, this);
    m_postRequests = new PostRequests(m_account->comments(), m_account->postPages(), m_subscriptions, this);
    m_exportRequests = new ConversationExportRequests(m_account->chats(), this);
    connect(m_exportRequests, &ConversationExportRequests::messageReady, this, &LinkerSession::sendToTab);

    FileTransferService *files = m_account->files();
    UploadServiceExtension *uploadService = m_account->uploadService();
    BrowserUploads::FileSender sender;
    sender.isServiceAvailable = [uploadService] {
        return uploadService->isAvailable();
    };
    sender.maxFileSize = [uploadService] {
        return uploadService->maxFileSize();
    };
    sender.sendFile = [files](const QString &jid, const QString &path, QString *error) {
        // A file rejected at once is reported through actionFailed(), which also goes to the tabs as a notice.
        const QMetaObject::Connection failure = connect(files, &FileTransferService::actionFailed, files, [error](const QString &, const QString &message) {
            *error = message;
        });
        const int transferId = files->sendFile(jid, QUrl::fromLocalFile(path));
        disconnect(failure);
        return transferId;
    };
    sender.uploadFile = [files](const QString &path, QString *error) {
        const QMetaObject::Connection failure = connect(files, &FileTransferService::uploadFailed, files, [error](int transferId, const QString &message) {
            if (transferId == 0) {
                *error = message;
            }
        });
        const int transferId = files->uploadFile(QUrl::fromLocalFile(path));
        disconnect(failure);
        return transferId;
    };
    m_uploads = new BrowserUploads(sender, this);
    connect(files, &FileTransferService::transferFinished, m_uploads, &BrowserUploads::handleTransferFinished);
}

void LinkerSession::handleTabOpened(const QJsonObject &message)
{
    quint64 tab = 0;
    if (!readTab(message, &tab)) {
        handleProtocolError(QStringLiteral("tabOpened frame without a tab number"));
        return;
    }
    m_tabs.insert(tab);
    qCInfo(SALON_LINKER_PROCESS) << "Tab" << tab << "opened;" << m_tabs.size() << "tabs open";
    m_awayTimer.stop();
    if (m_away) {
        qCInfo(SALON_LINKER_PROCESS) << "A tab opened; setting the presence to available";
        m_away = false;
        applyPresence();
    }

    sendToTab(tab, accountMessage());
    for (const ModelPublisher *publisher : qAsConst(m_publishers)) {
        const QVector<QJsonObject> snapshot = publisher->snapshot();
        for (const QJsonObject &modelMessage : snapshot) {
            sendToTab(tab, modelMessage);
        }
    }
    for (const ObjectPublisher *publisher : qAsConst(m_objectPublishers)) {
        sendToTab(tab, publisher->message());
    }
}

void LinkerSession::handleTabClosed(const QJsonObject &message)
{
    quint64 tab = 0;
    if (!readTab(message, &tab)) {
        handleProtocolError(QStringLiteral("tabClosed frame without a tab number"));
        return;
    }
    m_tabs.remove(tab);
    m_uploads->dropTab(tab);
    m_exportRequests->dropTab(tab);
    m_conversationRequests->dropTab(tab);
    m_roomRequests->dropTab(tab);
    m_subscriptions->unsubscribeAll(tab);
    qCInfo(SALON_LINKER_PROCESS) << "Tab" << tab << "closed;" << m_tabs.size() << "tabs open";
    // The server signs the account out after its idle timeout. Until then, away presence shows that no page is open.
    if (m_tabs.isEmpty() && !m_away) {
        m_awayTimer.start();
    }
}

void LinkerSession::handleFromTab(const QJsonObject &message)
{
    quint64 tab = 0;
    const QJsonValue request = message.value(QStringLiteral("message"));
    if (!readTab(message, &tab) || !request.isObject()) {
        handleProtocolError(QStringLiteral("fromTab frame without a tab number and a message object"));
        return;
    }

    const QString requestType = typeOf(request.toObject());
    if (requestType == QLatin1String("invoke")) {
        const QJsonObject invoke = request.toObject();
        QJsonObject result;
        if (BrowserUploads::handles(invoke)) {
            result = m_uploads->handle(tab, invoke);
        } else if (ConversationExportRequests::handles(invoke)) {
            result = m_exportRequests->handle(tab, invoke);
        } else if (ConversationRequests::handles(invoke)) {
            result = m_conversationRequests->handle(tab, invoke);
        } else if (RoomRequests::handles(invoke)) {
            result = m_roomRequests->handle(tab, invoke);
        } else if (RoomFormRequests::handles(invoke)) {
            result = m_roomFormRequests->handle(tab, invoke);
        } else if (PostRequests::handles(invoke)) {
            result = m_postRequests->handle(tab, invoke);
        } else if (CommunityFormRequests::handles(invoke)) {
            result = m_communityFormRequests->handle(tab, invoke);
        } else {
            result = m_invoker->invoke(invoke);
        }
        if (result.isEmpty()) {
            // The handler sends the reply once the request is done.
            return;
        }
        if (!result.value(QStringLiteral("ok")).toBool()) {
            qCInfo(SALON_LINKER_PROCESS).noquote() << "Tab" << tab << "sent an invoke request that was rejected:" << result.value(QStringLiteral("error")).toString();
        }
        sendToTab(tab, result);
        return;
    }

    // The tab learns that its request was not understood.
    qCInfo(SALON_LINKER_PROCESS).noquote() << "Tab" << tab << "sent a request of unknown type" << requestType;
    sendToTab(tab,
              QJsonObject{
                  {QStringLiteral("type"), QStringLiteral("error")},
                  {QStringLiteral("message"), tr("The request \"%1\" is not supported.").arg(requestType)},
              });
}

void LinkerSession::handleProtocolError(const QString &reason)
{
    qCCritical(SALON_LINKER_PROCESS).noquote() << "The server broke the frame protocol:" << reason;
    if (m_account) {
        m_account->signOut();
    }
    finish(ProtocolErrorExitCode);
}

void LinkerSession::signOut(const char *reason)
{
    if (m_signingOut || m_finished) {
        return;
    }
    m_signingOut = true;
    m_awayTimer.stop();
    qCInfo(SALON_LINKER_PROCESS) << "Signing out because" << reason;

    if (!m_account || m_account->state() == Account::State::Offline) {
        if (m_account) {
            m_account->signOut();
        }
        finish(0);
        return;
    }

    // The account closes its stream in the event loop; exit once it is offline.
    connect(m_account.get(), &Account::stateChanged, this, [this] {
        if (m_account->state() == Account::State::Offline) {
            finish(0);
        }
    });
    m_signOutTimer.start(SignOutTimeoutMs);
    m_account->signOut();
}

QJsonObject LinkerSession::accountMessage() const
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("account")},
        {QStringLiteral("state"), Account::stateCode(m_account ? m_account->state() : Account::State::Offline)},
        {QStringLiteral("error"), m_account ? m_account->errorCode() : QString()},
        {QStringLiteral("errorMessage"), m_account ? m_account->errorMessage() : QString()},
    };
}

void LinkerSession::scheduleAccountMessage()
{
    // An account often changes its error and its state together; one message carries both.
    if (m_accountMessagePending) {
        return;
    }
    m_accountMessagePending = true;
    QMetaObject::invokeMethod(this, &LinkerSession::sendAccountMessage, Qt::QueuedConnection);
}

void LinkerSession::sendAccountMessage()
{
    m_accountMessagePending = false;
    const QJsonObject message = accountMessage();
    if (message == m_lastAccountMessage) {
        return;
    }
    m_lastAccountMessage = message;
    const QString error = message.value(QStringLiteral("error")).toString();
    if (error.isEmpty()) {
        qCInfo(SALON_LINKER_PROCESS).noquote() << "Account is" << message.value(QStringLiteral("state")).toString();
    } else {
        qCInfo(SALON_LINKER_PROCESS).noquote() << "Account is" << message.value(QStringLiteral("state")).toString() << "with error" << error;
    }
    sendToTab(0, message);
}

void LinkerSession::sendToTab(quint64 tab, const QJsonObject &message)
{
    // The server reads the account's state to finish a sign-in, so that message goes as a JSON
    // frame. Every other message is routed to the tabs without parsing.
    if (typeOf(message) == QLatin1String("account")) {
        m_channel->send(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("toTab")},
            {QStringLiteral("tab"), double(tab)},
            {QStringLiteral("message"), message},
        });
        return;
    }
    m_channel->sendToTab(tab, message);
}

void LinkerSession::finish(int exitCode)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_signOutTimer.stop();
    qCInfo(SALON_LINKER_PROCESS) << "Exiting with status" << exitCode;
    Q_EMIT finished(exitCode);
}
