#include "Account.h"

#include "ArchiveService.h"
#include "AvatarService.h"
#include "BlockListCache.h"
#include "BlockedModel.h"
#include "BlockingService.h"
#include "BookmarksModel.h"
#include "BookmarksService.h"
#include "ChatService.h"
#include "ChatStateService.h"
#include "ConversationsModel.h"
#include "ExtraTrustAnchors.h"
#include "MessageSearchModel.h"
#include "ProfileService.h"
#include "ProfilesModel.h"
#include "ContactsModel.h"
#include "DiscoveryService.h"
#include "CommentsModel.h"
#include "CommentsService.h"
#include "FeedModel.h"
#include "FileTransferService.h"
#include "LinkPreviewService.h"
#include "UploadServiceExtension.h"
#include "IqRequestExtension.h"
#include "MicroblogService.h"
#include "CommunityFeed.h"
#include "PostPagesService.h"
#include "OccupantAvatars.h"
#include "OutboxService.h"
#include "CommunityDirectory.h"
#include "CommunityDirectoryModel.h"
#include "CommunityService.h"
#include "PubSubClient.h"
#include "PubSubEventReader.h"
#include "PubSubEventSink.h"
#include "ReconnectBackoff.h"
#include "RoomDirectory.h"
#include "RoomDirectoryModel.h"
#include "SubscriptionsModel.h"
#include "RoomInvitations.h"
#include "RoomInvitationsModel.h"
#include "RoomMessageService.h"
#include "RoomConfigurationService.h"
#include "RoomModeration.h"
#include "RoomSelfPing.h"
#include "RoomService.h"
#include "RoomsModel.h"
#include "RosterCache.h"
#include "RosterManager.h"
#include "RosterService.h"
#include "ServerFeatures.h"
#include "StreamReadGate.h"
#include "SubscriptionRequestsCache.h"
#include "SubscriptionRequestsModel.h"
#include "store/BlockListStore.h"
#include "store/InvitationDecisionStore.h"
#include "store/ContactStore.h"
#include "store/MessageStore.h"
#include "store/OutboxStore.h"
#include "store/CommentStore.h"
#include "store/PostStore.h"
#include "store/SubscriptionRequestStore.h"
#include "salon_core_account_logging.h"
#include "salon_core_xmpp_logging.h"

#include <QMetaEnum>
#include <QSslError>
#include <QSslSocket>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>
#include <QXmppLogger.h>
#include <QXmppMessageReceiptManager.h>
#include <QXmppOutgoingClient.h>
#include <QXmppPresence.h>
#include <QXmppRosterManager.h>
#include <QXmppUtils.h>

namespace {

// Time to wait in the destructor for the server to close the stream, in milliseconds.
constexpr int StreamCloseTimeoutMs = 1000;

// Interval of the XMPP pings that detect a dead connection, and the time to wait for a reply, in seconds.
constexpr int KeepAliveIntervalS = 60;
constexpr int KeepAliveTimeoutS = 20;

bool isValidBareJid(const QString &jid)
{
    const QString user = QXmppUtils::jidToUser(jid);
    const QString domain = QXmppUtils::jidToDomain(jid);
    const bool hasForbiddenCharacters = jid.contains(QLatin1Char(' ')) || jid.count(QLatin1Char('@')) != 1;
    return !user.isEmpty() && !domain.isEmpty() && !hasForbiddenCharacters && QXmppUtils::jidToResource(jid).isEmpty();
}

// Returns whether \a text is QXmpp's announcement of TLS certificate errors, "SSL errors", or the
// description of one of them. Account::handleSslErrors() checks those errors against the configured
// certificate authorities and logs its verdict, as a warning with each error when it rejects them.
bool isCertificateErrorText(const QString &text)
{
    if (text == QLatin1String("SSL errors")) {
        return true;
    }
    for (int error = QSslError::UnableToGetIssuerCertificate; error <= QSslError::OcspStatusUnknown; ++error) {
        if (text == QSslError(QSslError::SslError(error)).errorString()) {
            return true;
        }
    }
    return false;
}

// Forwards QXmpp's own log to the xmpp category. Stanza dumps (sent and received
// messages) stay disabled because they contain message bodies and, with PLAIN, the password.
// QXmpp's warnings about certificate errors become information: they come before the account
// checks the errors, so a certificate that a configured authority verifies would look like a failure.
QXmppLogger *createLogBridge(Account *account)
{
    auto *logger = new QXmppLogger(account);
    logger->setLoggingType(QXmppLogger::SignalLogging);
    logger->setMessageTypes(QXmppLogger::DebugMessage | QXmppLogger::InformationMessage | QXmppLogger::WarningMessage);
    QObject::connect(logger, &QXmppLogger::message, account, [account](QXmppLogger::MessageType type, const QString &text) {
        switch (type) {
        case QXmppLogger::WarningMessage:
            if (isCertificateErrorText(text)) {
                qCInfo(SALON_CORE_XMPP).noquote() << account->jid() << text;
            } else {
                qCWarning(SALON_CORE_XMPP).noquote() << account->jid() << text;
            }
            break;
        case QXmppLogger::InformationMessage:
            qCInfo(SALON_CORE_XMPP).noquote() << account->jid() << text;
            break;
        default:
            qCDebug(SALON_CORE_XMPP).noquote() << account->jid() << text;
            break;
        }
    });
    return logger;
}

// The item ids of the user's published posts in the rows first to last of feed, in row order
// (newest first), at most CommentsService::MaxFollowedPosts of them.
QStringList ownPostItemIds(const FeedModel *feed, int first, int last)
{
    QStringList itemIds;
    for (int row = first; row <= last && itemIds.size() < CommentsService::MaxFollowedPosts; ++row) {
        const QModelIndex index = feed->index(row);
        if (feed->data(index, FeedModel::OwnRole).toBool() && !feed->data(index, FeedModel::PendingRole).toBool()
            && feed->data(index, FeedModel::NodeRole).toString() == MicroblogService::node()) {
            itemIds.append(feed->data(index, FeedModel::ItemIdRole).toString());
        }
    }
    return itemIds;
}

} // namespace

Account::Account(QObject *parent)
    : QObject(parent)
    , m_client(new QXmppClient(this))
    , m_contacts(new ContactsModel(this))
    , m_rosterManager(new RosterManager)
    , m_roster(new RosterService(m_client, m_rosterManager, m_contacts, this))
    , m_outbox(new OutboxService(m_client, this))
    , m_discovery(new DiscoveryService)
    , m_blocking(new BlockingService(m_contacts, m_discovery))
    , m_profiles(new ProfileService(m_roster->presences()))
    , m_avatars(new AvatarService(m_contacts))
    , m_chats(new ChatService(m_client, m_outbox, this))
    , m_uploadService(new UploadServiceExtension)
    , m_files(new FileTransferService(m_client, m_uploadService, m_chats, this))
    , m_linkPreviews(new LinkPreviewService(this))
    , m_pubsubRequests(new IqRequestExtension)
    , m_pubsub(new PubSubClient(m_client, m_pubsubRequests, this))
    , m_pubsubEvents(new PubSubEventReader)
    , m_bookmarks(new BookmarksService(m_pubsub, m_pubsubEvents))
    , m_rooms(new RoomService(m_bookmarks))
    , m_roomMessages(new RoomMessageService(m_rooms, m_chats->archive()->extension(), m_chats->edits()))
    , m_roomModeration(new RoomModeration(m_client, m_rooms, this))
    , m_roomConfiguration(new RoomConfigurationService(m_client, m_rooms, this))
    , m_invitations(new RoomInvitations(blockedContacts()))
    , m_roomDirectory(new RoomDirectory(m_client, nullptr, this))
    , m_communities(new CommunityService(m_client, m_pubsub, m_pubsubEvents, m_pubsubRequests))
    , m_occupantAvatars(new OccupantAvatars(m_rooms, m_avatars, this))
    , m_microblog(new MicroblogService(m_pubsub, m_pubsubEvents))
    , m_comments(new CommentsService(m_pubsub, m_pubsubEvents))
    , m_communityFeed(new CommunityFeed(m_client, m_pubsub, m_pubsubRequests, m_pubsubEvents, m_communities->subscriptions(), m_microblog, this))
    , m_postPages(new PostPagesService(m_pubsub, m_pubsubEvents, m_microblog, this))
{
    // Account.h only declares these types, so moc cannot register the pointer types of the
    // properties. QMetaProperty::read(), QML and the linker's model publishing need them.
    qRegisterMetaType<ContactsModel *>();
    qRegisterMetaType<RosterService *>();
    qRegisterMetaType<SubscriptionRequestsModel *>();
    qRegisterMetaType<BlockingService *>();
    qRegisterMetaType<BlockedModel *>();
    qRegisterMetaType<ProfileService *>();
    qRegisterMetaType<ProfilesModel *>();
    qRegisterMetaType<ServerFeatures *>();
    qRegisterMetaType<AvatarService *>();
    qRegisterMetaType<ChatService *>();
    qRegisterMetaType<ConversationsModel *>();
    qRegisterMetaType<MessageSearchModel *>();
    qRegisterMetaType<FileTransferService *>();
    qRegisterMetaType<TransfersModel *>();
    qRegisterMetaType<UploadServiceExtension *>();
    qRegisterMetaType<BookmarksService *>();
    qRegisterMetaType<BookmarksModel *>();
    qRegisterMetaType<RoomService *>();
    qRegisterMetaType<RoomsModel *>();
    qRegisterMetaType<RoomMessageService *>();
    qRegisterMetaType<RoomModeration *>();
    qRegisterMetaType<RoomConfigurationService *>();
    qRegisterMetaType<RoomInvitations *>();
    qRegisterMetaType<RoomInvitationsModel *>();
    qRegisterMetaType<RoomDirectory *>();
    qRegisterMetaType<RoomDirectoryModel *>();
    qRegisterMetaType<CommunityService *>();
    qRegisterMetaType<CommunityDirectory *>();
    qRegisterMetaType<CommunityDirectoryModel *>();
    qRegisterMetaType<SubscriptionsModel *>();
    qRegisterMetaType<MicroblogService *>();
    qRegisterMetaType<FeedModel *>();
    qRegisterMetaType<CommentsService *>();
    qRegisterMetaType<CommentsModel *>();
    qRegisterMetaType<PostPagesService *>();
    // QXmpp parses its whole receive buffer on each read, so the gate lets it read only complete stanzas.
    new StreamReadGate(m_client);
    // QXmpp's roster manager requests the roster without a version (RFC 6121, section 2.6), so Salon's replaces it.
    m_client->removeExtension(m_client->findExtension<QXmppRosterManager>());
    m_client->addExtension(m_rosterManager);
    // First in line, so that they receive the replies to their queries before QXmpp's discovery manager.
    m_client->insertExtension(0, m_blocking);
    // Before QXmpp's vCard manager, which would otherwise take the replies to vCard-temp requests.
    m_client->insertExtension(0, m_profiles);
    m_client->insertExtension(0, m_avatars);
    connect(m_avatars, &AvatarService::avatarChanged, m_contacts, &ContactsModel::setAvatarHash);
    connect(m_avatars, &AvatarService::avatarChanged, m_profiles->profileCards(), &ProfilesModel::setAvatarHash);
    connect(m_avatars, &AvatarService::avatarChanged, m_chats->conversations(), &ConversationsModel::setAvatarHash);
    m_chats->chatStates()->setPresences(m_roster->presences());
    m_client->insertExtension(0, m_discovery);
    // Before QXmpp's discovery manager, which would otherwise take the replies to its disco requests.
    m_client->insertExtension(0, m_uploadService);
    // First in line, so that QXmpp's extensions never take the responses or the events.
    m_client->insertExtension(0, m_pubsubRequests);
    m_client->insertExtension(0, m_pubsubEvents);
    // Before QXmpp's receipt manager, which parses every message into a QXmppMessage. A PubSub
    // notification stops here after the extensions in front of the sink have read it.
    const int receiptsIndex = int(m_client->extensions().indexOf(m_client->findExtension<QXmppMessageReceiptManager>()));
    if (receiptsIndex >= 0) {
        m_client->insertExtension(receiptsIndex, new PubSubEventSink);
    } else {
        m_client->addExtension(new PubSubEventSink);
    }
    m_client->addExtension(m_bookmarks);
    m_client->addExtension(m_communities);
    m_client->addExtension(m_microblog);
    m_client->addExtension(m_comments);
    // The posts of contacts whose presence the user receives, which PEP lets the user read.
    m_microblog->setContactCheck([contacts = m_contacts](const QString &jid) {
        const Contact contact = contacts->contact(jid);
        return !contact.jid.isEmpty()
            && (contact.subscription == Contact::Subscription::To || contact.subscription == Contact::Subscription::Both);
    });
    m_microblog->setContactsProvider([contacts = m_contacts]() {
        QStringList jids;
        for (int row = 0; row < contacts->rowCount(); ++row) {
            const QModelIndex index = contacts->index(row);
            const QString subscription = contacts->data(index, ContactsModel::SubscriptionRole).toString();
            if (subscription == Contact::subscriptionCode(Contact::Subscription::To)
                || subscription == Contact::subscriptionCode(Contact::Subscription::Both)) {
                jids.append(contacts->data(index, ContactsModel::JidRole).toString());
            }
        }
        return jids;
    });
    connect(m_communities, &CommunityService::communityCreated, m_communityFeed, [this](const QString &service, const QString &node) {
        m_communityFeed->setOwned(service, node, true);
    });
    // The roster of a first sign-in arrives after the fetch has started, and contacts may be added later.
    connect(m_contacts, &QAbstractItemModel::rowsInserted, m_microblog, &MicroblogService::fetchContactFeeds);
    connect(m_contacts, &QAbstractItemModel::modelReset, m_microblog, &MicroblogService::fetchContactFeeds);
    connect(m_contacts, &QAbstractItemModel::dataChanged, m_microblog, [this](const QModelIndex &, const QModelIndex &, const QVector<int> &roles) {
        // Presence changes come often and never make a node readable.
        if (roles.isEmpty() || roles.contains(ContactsModel::SubscriptionRole)) {
            m_microblog->fetchContactFeeds();
        }
    });
    // The comments on the user's own posts are followed: those of the feed's loaded posts, newest
    // first, and those of each new post once published.
    m_comments->setOwnPostsProvider([feed = m_microblog->feed()]() {
        return ownPostItemIds(feed, 0, feed->rowCount() - 1);
    });
    // Only the inserted rows: the others were followed when they came, and a scan of the whole
    // feed for each new post made a burst of posts cost quadratic time.
    connect(m_microblog->feed(), &QAbstractItemModel::rowsInserted, m_comments, [this](const QModelIndex &, int first, int last) {
        m_comments->followOwnPosts(ownPostItemIds(m_microblog->feed(), first, last));
    });
    connect(m_microblog->feed(), &QAbstractItemModel::modelReset, m_comments, qOverload<>(&CommentsService::followOwnPosts));
    connect(m_microblog, &MicroblogService::postPublished, m_comments, &CommentsService::followOwnPost);
    connect(m_microblog, &MicroblogService::postDeleted, m_comments, &CommentsService::forgetOwnPost);
    // First in line, so that the presences of rooms never reach the contacts' presences and avatars.
    m_client->insertExtension(0, m_rooms);
    // Before the rooms, which take the subject changes and the other messages of rooms.
    m_client->insertExtension(0, m_roomMessages);
    // After ChatService's extensions, so that invitations never reach the chats as messages.
    m_client->insertExtension(0, m_invitations);
    connect(m_invitations, &RoomInvitations::accepted, m_rooms, [this](const QString &room, const QString &password) {
        m_rooms->join(room, QString(), password);
    });
    connect(m_rooms, &RoomService::roomJoined, m_invitations, &RoomInvitations::dismiss);
    connect(m_rooms, &RoomService::roomAvatarAnnounced, m_avatars, &AvatarService::setAnnouncedPhoto);
    connect(m_avatars, &AvatarService::avatarChanged, m_rooms->rooms(), &RoomsModel::setAvatarHash);
    // AvatarService ends its fetches when the connection drops.
    connect(m_client, &QXmppClient::disconnected, m_occupantAvatars, &OccupantAvatars::reset);
    // Before all other extensions, so that every stanza from a room counts as activity for the self-pings.
    m_client->insertExtension(0, m_rooms->selfPing());
    m_roomModeration->setRoomMessages(m_roomMessages);
    m_invitations->setRoomPasswords([rooms = m_rooms](const QString &room) {
        return rooms->password(room);
    });
    // A destroyed room is no longer worth a bookmark.
    connect(m_roomModeration, &RoomModeration::roomDestroyed, m_bookmarks, [this](const QString &room) {
        m_bookmarks->removeBookmark(room);
    });
    m_client->setLogger(createLogBridge(this));
    m_defaultResource = QStringLiteral("salon.") + QXmppUtils::generateStanzaHash(8);
    m_reconnectTimer.setSingleShot(true);
    m_attemptTimer.setSingleShot(true);
    setConnectionSettings({});

    connect(&m_reconnectTimer, &QTimer::timeout, this, &Account::connectClient);
    connect(&m_attemptTimer, &QTimer::timeout, this, &Account::handleAttemptTimeout);
    connect(m_client, &QXmppClient::connected, this, &Account::handleConnected);
    connect(m_client, &QXmppClient::disconnected, this, &Account::handleDisconnected);
    connect(m_client, &QXmppClient::error, this, [this](QXmppClient::Error error) {
        handleClientError(error);
    });
    // Direct connection: the socket reads which errors were ignored as soon as the signal returns.
    connect(m_client, &QXmppClient::sslErrors, this, &Account::handleSslErrors, Qt::DirectConnection);
    // QXmpp makes its stream a direct child of the client, and the stream keeps one socket for
    // every connection.
    if (auto *stream = m_client->findChild<QXmppOutgoingClient *>(QString(), Qt::FindDirectChildrenOnly)) {
        m_socket = stream->socket();
    }
}

Account::~Account()
{
    m_signedIn = false;
    m_reconnectTimer.stop();
    m_attemptTimer.stop();
    m_client->disconnect(this);
    // Closing the stream ends the session on the server. A dropped socket would leave the server
    // waiting for stream resumption, and contacts would still see the user online.
    if (m_client->isConnected()) {
        m_client->disconnectFromServer();
        // The client and its socket are deleted with this object, which would discard the closing
        // </stream:stream> that may still wait in the socket's buffer. ejabberd 23.01 then keeps the
        // session for resumption (mod_stream_mgmt's resume_timeout), so contacts see the user online.
        // The wait for the server to close the connection is bounded.
        auto *socket = m_client->findChild<QSslSocket *>();
        if (socket && socket->state() != QAbstractSocket::UnconnectedState) {
            socket->waitForDisconnected(StreamCloseTimeoutMs);
        }
    }
}

void Account::setDatabase(Database *database)
{
    m_database = database;
    m_discovery->setDatabase(database);
}

void Account::setConnectionSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_backoff = std::make_unique<ReconnectBackoff>(settings.reconnectInitialDelayMs, settings.reconnectMaxDelayMs);
}

ConnectionSettings Account::connectionSettings() const
{
    return m_settings;
}

QString Account::jid() const
{
    return m_jid;
}

Account::State Account::state() const
{
    return m_state;
}

Account::Error Account::error() const
{
    return m_error;
}

QString Account::errorCode() const
{
    return errorCode(m_error);
}

QString Account::errorMessage() const
{
    switch (m_error) {
    case Error::NoError:
        return {};
    case Error::InvalidJid:
        return tr("This is not a valid address. An address looks like name@example.org.");
    case Error::WrongPassword:
        return tr("Wrong address or password. Check them and sign in again.");
    case Error::ServerUnreachable:
        return tr("The server cannot be reached. Salon keeps trying; check your network or the server's address.");
    case Error::CertificateNotTrusted:
        return tr("The server's certificate is not trusted, so Salon did not connect. Ask the server's administrator.");
    case Error::EncryptionUnavailable:
        return tr("The server does not offer an encrypted connection, so Salon did not connect.");
    case Error::ConnectionLost:
        return tr("The connection to the server was lost. Salon is reconnecting.");
    case Error::ServerError:
        return tr("The server closed the connection with an error. Salon is reconnecting.");
    }
    return {};
}

bool Account::hasCachedData() const
{
    return m_hasCachedData;
}

ContactsModel *Account::contacts() const
{
    return m_contacts;
}

RosterService *Account::roster() const
{
    return m_roster;
}

SubscriptionRequestsModel *Account::subscriptionRequests() const
{
    return m_roster->subscriptionRequests();
}

BlockingService *Account::blocking() const
{
    return m_blocking;
}

BlockedModel *Account::blockedContacts() const
{
    return m_blocking->blockedContacts();
}

ProfileService *Account::profiles() const
{
    return m_profiles;
}

AvatarService *Account::avatars() const
{
    return m_avatars;
}

ChatService *Account::chats() const
{
    return m_chats;
}

ConversationsModel *Account::conversations() const
{
    return m_chats->conversations();
}

MessageSearchModel *Account::messageSearch() const
{
    return m_chats->search();
}

ProfilesModel *Account::profileCards() const
{
    return m_profiles->profileCards();
}

FileTransferService *Account::files() const
{
    return m_files;
}

UploadServiceExtension *Account::uploadService() const
{
    return m_uploadService;
}

TransfersModel *Account::transfers() const
{
    return m_files->transfers();
}

LinkPreviewService *Account::linkPreviews() const
{
    return m_linkPreviews;
}

PubSubClient *Account::pubsub() const
{
    return m_pubsub;
}

PubSubEventReader *Account::pubsubEvents() const
{
    return m_pubsubEvents;
}

BookmarksService *Account::bookmarks() const
{
    return m_bookmarks;
}

BookmarksModel *Account::bookmarkedRooms() const
{
    return m_bookmarks->bookmarks();
}

RoomService *Account::rooms() const
{
    return m_rooms;
}

RoomsModel *Account::roomList() const
{
    return m_rooms->rooms();
}

RoomMessageService *Account::roomMessages() const
{
    return m_roomMessages;
}

RoomModeration *Account::roomModeration() const
{
    return m_roomModeration;
}

RoomConfigurationService *Account::roomConfiguration() const
{
    return m_roomConfiguration;
}

RoomInvitations *Account::invitations() const
{
    return m_invitations;
}

RoomInvitationsModel *Account::roomInvitations() const
{
    return m_invitations->invitations();
}

RoomDirectory *Account::roomDirectory() const
{
    return m_roomDirectory;
}

RoomDirectoryModel *Account::publicRooms() const
{
    return m_roomDirectory->rooms();
}

CommunityService *Account::communities() const
{
    return m_communities;
}

CommunityDirectoryModel *Account::communityDirectory() const
{
    return m_communities->directory()->communities();
}

SubscriptionsModel *Account::subscriptions() const
{
    return m_communities->subscriptions();
}

MicroblogService *Account::microblog() const
{
    return m_microblog;
}

FeedModel *Account::feed() const
{
    return m_microblog->feed();
}

CommentsService *Account::comments() const
{
    return m_comments;
}

CommunityFeed *Account::communityFeed() const
{
    return m_communityFeed;
}

PostPagesService *Account::postPages() const
{
    return m_postPages;
}

DiscoveryService *Account::discovery() const
{
    return m_discovery;
}

ServerFeatures *Account::serverFeatures() const
{
    return m_discovery->serverFeatures();
}

OutboxService *Account::outbox() const
{
    return m_outbox;
}

QXmppClient *Account::client() const
{
    return m_client;
}

void Account::signIn(const QString &jid, const QString &password)
{
    m_reconnectTimer.stop();
    const QString bareJid = jid.trimmed().toLower();
    if (m_jid != bareJid) {
        m_jid = bareJid;
        m_linkPreviews->setAccountJid(m_jid);
        Q_EMIT jidChanged();
    }

    if (!isValidBareJid(bareJid)) {
        qCWarning(SALON_CORE_ACCOUNT).noquote() << "Sign-in rejected: invalid JID" << bareJid;
        m_signedIn = false;
        setError(Error::InvalidJid);
        setState(State::Offline);
        return;
    }

    qCInfo(SALON_CORE_ACCOUNT).noquote() << m_jid << "signing in";
    attachCache();
    m_password = password;
    m_signedIn = true;
    m_wasOnline = false;
    m_backoff->reset();
    setError(Error::NoError);
    setState(State::Connecting);
    connectClient();
}

void Account::signOut()
{
    qCInfo(SALON_CORE_ACCOUNT).noquote() << m_jid << "signing out";
    m_signedIn = false;
    m_password.clear();
    m_reconnectTimer.stop();
    m_attemptTimer.stop();
    m_client->disconnectFromServer();
    setError(Error::NoError);
    setState(State::Offline);
}

QString Account::errorCode(Error error)
{
    QString code = QString::fromLatin1(QMetaEnum::fromType<Error>().valueToKey(int(error)));
    if (error == Error::NoError) {
        return {};
    }
    code[0] = code.at(0).toLower();
    return code;
}

QString Account::stateCode(State state)
{
    QString code = QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
    code[0] = code.at(0).toLower();
    return code;
}

void Account::attachCache()
{
    if (m_dataJid == m_jid) {
        return;
    }

    // Another address signs in on this object: nothing of the previous one may be shown,
    // cached under the new one, or sent as the new one. Its stored data stays in its own rows.
    if (!m_dataJid.isEmpty()) {
        qCInfo(SALON_CORE_ACCOUNT).noquote() << m_jid << "replaces" << m_dataJid << "on this account object";
        delete m_rosterCache;
        m_rosterCache = nullptr;
        delete m_requestsCache;
        m_requestsCache = nullptr;
        delete m_blockListCache;
        m_blockListCache = nullptr;
        m_outbox->discardAll();
        m_rosterManager->clear();
        m_contacts->setRosterItems({});
        subscriptionRequests()->clear();
        blockedContacts()->clear();
        m_communities->clear();
        m_postPages->clear();
    }
    m_dataJid = m_jid;
    setHasCachedData(false);

    if (m_database) {
        m_rosterCache = new RosterCache(m_rosterManager, m_contacts, std::make_unique<ContactStore>(m_database, m_jid), this);
        connect(m_rosterCache, &RosterCache::loaded, this, [this, cache = m_rosterCache] {
            setHasCachedData(cache->foundCachedRoster());
        });
        m_requestsCache = new SubscriptionRequestsCache(m_client, subscriptionRequests(), std::make_unique<SubscriptionRequestStore>(m_database, m_jid), this);
        m_blockListCache = new BlockListCache(m_client, blockedContacts(), std::make_unique<BlockListStore>(m_database, m_jid), this);
        m_outbox->setStore(std::make_unique<OutboxStore>(m_database, m_jid));
        m_avatars->setStore(std::make_unique<AvatarStore>(m_database, m_jid));
        m_chats->setStore(std::make_unique<MessageStore>(m_database, m_jid));
        m_roomMessages->setStore(std::make_unique<MessageStore>(m_database, m_jid));
        m_invitations->setStore(std::make_unique<InvitationDecisionStore>(m_database, m_jid));
        m_microblog->setStore(std::make_unique<PostStore>(m_database, m_jid));
        m_comments->setStore(std::make_unique<CommentStore>(m_database, m_jid));
    } else {
        m_microblog->setAccountJid(m_jid);
        m_microblog->setStore(nullptr);
        m_comments->setAccountJid(m_jid);
        m_comments->setStore(nullptr);
        m_invitations->setStore(nullptr);
        m_avatars->setStore(nullptr);
        m_chats->setStore(nullptr);
        m_roomMessages->setStore(nullptr);
    }
}

void Account::connectClient()
{
    if (!m_signedIn) {
        return;
    }

    QXmppConfiguration config;
    config.setJid(m_jid);
    config.setPassword(m_password);
    if (!m_settings.host.isEmpty()) {
        config.setHost(m_settings.host);
    }
    if (m_settings.port != 0) {
        config.setPort(m_settings.port);
    }
    // QXmpp's default resource is the same for every client, so two sessions would replace each other.
    config.setResource(m_settings.resource.isEmpty() ? m_defaultResource : m_settings.resource);
    config.setAutoReconnectionEnabled(false);
    config.setIgnoreSslErrors(false);
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    config.setKeepAliveInterval(KeepAliveIntervalS);
    config.setKeepAliveTimeout(KeepAliveTimeoutS);
    // The extra CAs are not given to QXmpp: a CA list replaces the system store, which would then have
    // to be loaded whole into every connection. handleSslErrors() checks them after the system store.

    m_sslFailed = false;
    if (m_socket) {
        // Errors accepted for an earlier connection would otherwise stay accepted.
        m_socket->ignoreSslErrors(QList<QSslError>());
    }
    m_attemptWasOnline = false;
    // A socket that an earlier attempt left open, such as one to a server that never responded, makes
    // QXmpp's connectToHost() fail at once, and every later retry would fail the same way.
    dropUnfinishedConnection();
    qCDebug(SALON_CORE_ACCOUNT).noquote() << m_jid << "connecting, attempt" << m_backoff->attempts() + 1;
    m_attemptTimer.start(m_settings.connectAttemptTimeoutMs);
    m_client->connectToServer(config, QXmppPresence(QXmppPresence::Available));
}

void Account::dropUnfinishedConnection()
{
    if (!m_socket || m_socket->state() == QAbstractSocket::UnconnectedState) {
        return;
    }
    qCInfo(SALON_CORE_ACCOUNT).noquote() << m_jid << "dropping the previous connection, still in state" << m_socket->state();
    m_droppingConnection = true;
    m_socket->abort();
    m_droppingConnection = false;
}

void Account::handleAttemptTimeout()
{
    if (!m_signedIn || m_state == State::Online) {
        return;
    }
    qCWarning(SALON_CORE_ACCOUNT).noquote() << m_jid << "connection attempt timed out after" << m_settings.connectAttemptTimeoutMs << "ms";
    dropUnfinishedConnection();
    scheduleReconnect(Error::ServerUnreachable);
}

void Account::handleSslErrors(const QList<QSslError> &errors)
{
    // The system store did not verify the server; the extra CAs may. QXmpp has already logged the
    // errors as warnings at this point.
    const ExtraTrustAnchors anchors(m_settings.extraCaCertificates);
    if (m_socket && !anchors.isEmpty()) {
        QString reason;
        if (anchors.accepts(errors, m_socket->peerCertificateChain(), &reason)) {
            qCInfo(SALON_CORE_ACCOUNT).noquote() << m_jid << "server certificate verified against the configured certificate authorities";
            m_socket->ignoreSslErrors(errors);
            return;
        }
        qCWarning(SALON_CORE_ACCOUNT).noquote() << m_jid << "server certificate not verified by the configured certificate authorities:" << reason;
    }
    m_sslFailed = true;
    for (const QSslError &error : errors) {
        qCWarning(SALON_CORE_ACCOUNT).noquote() << m_jid << "TLS certificate error:" << error.errorString();
    }
}

void Account::handleConnected()
{
    if (!m_client->isAuthenticated()) {
        // QXmpp reports a connection without authentication when TLS was required but not offered.
        qCWarning(SALON_CORE_ACCOUNT).noquote() << m_jid << "connected without authentication; disconnecting";
        failPermanently(Error::EncryptionUnavailable);
        return;
    }

    qCInfo(SALON_CORE_ACCOUNT).noquote() << m_jid << "online";
    m_attemptTimer.stop();
    m_wasOnline = true;
    m_attemptWasOnline = true;
    m_backoff->reset();
    setError(Error::NoError);
    setState(State::Online);
}

void Account::handleDisconnected()
{
    if (m_droppingConnection) {
        return;
    }
    if (!m_signedIn) {
        setState(State::Offline);
        return;
    }
    if (!m_reconnectTimer.isActive()) {
        scheduleReconnect(m_attemptWasOnline ? Error::ConnectionLost : Error::ServerUnreachable);
    }
}

void Account::handleClientError(int clientError)
{
    if (!m_signedIn) {
        return;
    }

    switch (QXmppClient::Error(clientError)) {
    case QXmppClient::XmppStreamError:
        if (m_client->xmppStreamError() == QXmppStanza::Error::NotAuthorized) {
            qCWarning(SALON_CORE_ACCOUNT).noquote() << m_jid << "authentication failed";
            failPermanently(Error::WrongPassword);
            return;
        }
        // A server that shuts down or restarts ends the stream with an error, which the user sees as a lost connection.
        qCWarning(SALON_CORE_ACCOUNT).noquote() << m_jid << "stream error, condition" << int(m_client->xmppStreamError());
        scheduleReconnect(m_attemptWasOnline ? Error::ConnectionLost : Error::ServerError);
        return;
    case QXmppClient::SocketError:
        if (m_sslFailed || m_client->socketError() == QAbstractSocket::SslHandshakeFailedError) {
            failPermanently(Error::CertificateNotTrusted);
            return;
        }
        qCWarning(SALON_CORE_ACCOUNT).noquote() << m_jid << "socket error:" << m_client->socketErrorString();
        scheduleReconnect(m_attemptWasOnline ? Error::ConnectionLost : Error::ServerUnreachable);
        return;
    case QXmppClient::KeepAliveError:
        qCWarning(SALON_CORE_ACCOUNT).noquote() << m_jid << "server did not answer a ping";
        scheduleReconnect(Error::ConnectionLost);
        return;
    case QXmppClient::NoError:
        return;
    }
}

void Account::failPermanently(Error error)
{
    qCWarning(SALON_CORE_ACCOUNT).noquote() << m_jid << "sign-in stopped:" << errorCode(error);
    m_signedIn = false;
    m_password.clear();
    m_reconnectTimer.stop();
    m_attemptTimer.stop();
    m_client->disconnectFromServer();
    setError(error);
    setState(State::Offline);
}

void Account::scheduleReconnect(Error reason)
{
    m_attemptTimer.stop();
    setError(reason);
    setState(State::Reconnecting);
    if (m_reconnectTimer.isActive()) {
        return;
    }

    const int delayMs = m_backoff->nextDelayMs();
    qCInfo(SALON_CORE_ACCOUNT).noquote() << m_jid << errorCode(reason) << "- reconnecting in" << delayMs << "ms";
    m_reconnectTimer.start(delayMs);
}

void Account::setHasCachedData(bool hasCachedData)
{
    if (m_hasCachedData == hasCachedData) {
        return;
    }
    m_hasCachedData = hasCachedData;
    Q_EMIT hasCachedDataChanged();
}

void Account::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged();
}

void Account::setError(Error error)
{
    if (m_error == error) {
        return;
    }
    m_error = error;
    Q_EMIT errorChanged();
}
