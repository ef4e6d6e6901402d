#pragma once

#include "ConnectionSettings.h"

#include <QObject>
#include <QSslError>
#include <QTimer>

#include <memory>

class QSslSocket;
class QXmppClient;
class AvatarService;
class ChatService;
class CommentsService;
class CommunityDirectoryModel;
class CommunityFeed;
class CommunityService;
class ConversationsModel;
class MessageSearchModel;
class BlockedModel;
class BlockListCache;
class BlockingService;
class BookmarksModel;
class BookmarksService;
class IqRequestExtension;
class FeedModel;
class MicroblogService;
class PostPagesService;
class PubSubClient;
class PubSubEventReader;
class ProfileService;
class RoomDirectory;
class RoomDirectoryModel;
class RoomInvitations;
class RoomInvitationsModel;
class RoomMessageService;
class RoomConfigurationService;
class RoomModeration;
class RoomService;
class RoomsModel;
class ProfilesModel;
class ContactsModel;
class FileTransferService;
class Database;
class DiscoveryService;
class OutboxService;
class RosterCache;
class RosterManager;
class RosterService;
class ServerFeatures;
class SubscriptionRequestsCache;
class SubscriptionRequestsModel;
class SubscriptionsModel;
class TransfersModel;
class LinkPreviewService;
class UploadServiceExtension;
class ReconnectBackoff;
class OccupantAvatars;

/// One XMPP account: its client, its services and its models.
///
/// Every object that belongs to an account is owned by its Account, so
/// several accounts live side by side in one process. The account maps
/// the client's states and failures to the states and errors shown to
/// the user, and reconnects with exponential backoff after a lost connection
/// or an unreachable server. It never retries after a wrong password or
/// an untrusted certificate, which need the user to act.
///
/// \code
/// Account account;
/// account.setConnectionSettings(settings);
/// connect(&account, &Account::stateChanged, ...);
/// account.signIn(QStringLiteral("alice@example.org"), password);
/// \endcode
class Account : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString jid READ jid NOTIFY jidChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(Error error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(bool hasCachedData READ hasCachedData NOTIFY hasCachedDataChanged)
    Q_PROPERTY(ContactsModel *contacts READ contacts CONSTANT)
    Q_PROPERTY(RosterService *roster READ roster CONSTANT)
    Q_PROPERTY(SubscriptionRequestsModel *subscriptionRequests READ subscriptionRequests CONSTANT)
    Q_PROPERTY(OutboxService *outbox READ outbox CONSTANT)
    Q_PROPERTY(BlockingService *blocking READ blocking CONSTANT)
    Q_PROPERTY(BlockedModel *blockedContacts READ blockedContacts CONSTANT)
    Q_PROPERTY(ProfileService *profiles READ profiles CONSTANT)
    Q_PROPERTY(ProfilesModel *profileCards READ profileCards CONSTANT)
    Q_PROPERTY(ServerFeatures *serverFeatures READ serverFeatures CONSTANT)
    Q_PROPERTY(AvatarService *avatars READ avatars CONSTANT)
    Q_PROPERTY(ChatService *chats READ chats CONSTANT)
    Q_PROPERTY(ConversationsModel *conversations READ conversations CONSTANT)
    Q_PROPERTY(MessageSearchModel *messageSearch READ messageSearch CONSTANT)
    Q_PROPERTY(FileTransferService *files READ files CONSTANT)
    Q_PROPERTY(UploadServiceExtension *uploadService READ uploadService CONSTANT)
    Q_PROPERTY(TransfersModel *transfers READ transfers CONSTANT)
    Q_PROPERTY(LinkPreviewService *linkPreviews READ linkPreviews CONSTANT)
    Q_PROPERTY(BookmarksService *bookmarks READ bookmarks CONSTANT)
    Q_PROPERTY(BookmarksModel *bookmarkedRooms READ bookmarkedRooms CONSTANT)
    Q_PROPERTY(RoomService *rooms READ rooms CONSTANT)
    Q_PROPERTY(RoomsModel *roomList READ roomList CONSTANT)
    Q_PROPERTY(RoomMessageService *roomMessages READ roomMessages CONSTANT)
    Q_PROPERTY(RoomModeration *roomModeration READ roomModeration CONSTANT)
    Q_PROPERTY(RoomConfigurationService *roomConfiguration READ roomConfiguration CONSTANT)
    Q_PROPERTY(RoomInvitations *invitations READ invitations CONSTANT)
    Q_PROPERTY(RoomInvitationsModel *roomInvitations READ roomInvitations CONSTANT)
    Q_PROPERTY(RoomDirectory *roomDirectory READ roomDirectory CONSTANT)
    Q_PROPERTY(RoomDirectoryModel *publicRooms READ publicRooms CONSTANT)
    Q_PROPERTY(CommunityService *communities READ communities CONSTANT)
    Q_PROPERTY(CommunityDirectoryModel *communityDirectory READ communityDirectory CONSTANT)
    Q_PROPERTY(SubscriptionsModel *subscriptions READ subscriptions CONSTANT)
    Q_PROPERTY(MicroblogService *microblog READ microblog CONSTANT)
    Q_PROPERTY(FeedModel *feed READ feed CONSTANT)
    Q_PROPERTY(CommentsService *comments READ comments CONSTANT)
    Q_PROPERTY(PostPagesService *postPages READ postPages CONSTANT)

public:
    enum class State {
        Offline,
        Connecting,
        Online,
        Reconnecting,
    };
    Q_ENUM(State)

    enum class Error {
        NoError,
        InvalidJid,
        WrongPassword,
        ServerUnreachable,
        CertificateNotTrusted,
        EncryptionUnavailable,
        ConnectionLost,
        ServerError,
    };
    Q_ENUM(Error)

    explicit Account(QObject *parent = nullptr);
    ~Account() override;

    /// Caches the account's data in \a database from the next sign-in on; the database must outlive the account.
    void setDatabase(Database *database);

    void setConnectionSettings(const ConnectionSettings &settings);
    ConnectionSettings connectionSettings() const;

    QString jid() const;
    State state() const;
    Error error() const;
    /// Stable lower camel case name of error(), such as "wrongPassword", for front ends and logs.
    QString errorCode() const;
    /// Translated sentence that states what failed and what the user can do.
    QString errorMessage() const;
    /// Whether the database contains the roster of jid() from an earlier sign-in. Front ends show
    /// the cached data of such an account at once, also while it cannot reach the server.
    /// A JID without a cache waits until the server has accepted the password.
    /// False until the cache has been read after signIn(), and always false without a database.
    bool hasCachedData() const;

    ContactsModel *contacts() const;
    /// The actions on the contacts: add, remove, rename, accept or decline subscription requests.
    RosterService *roster() const;
    /// Subscription requests that wait for the user's decision. This is the same model as roster()->subscriptionRequests().
    SubscriptionRequestsModel *subscriptionRequests() const;
    OutboxService *outbox() const;
    /// Blocking of addresses (XEP-0191). The client() owns it.
    BlockingService *blocking() const;
    /// The blocked addresses; the same model as blocking()->blockedContacts().
    BlockedModel *blockedContacts() const;
    /// Profiles (vCard4 with vCard-temp as fallback). The client() owns it.
    ProfileService *profiles() const;
    /// The requested profiles; the same model as profiles()->profileCards().
    ProfilesModel *profileCards() const;
    /// Service discovery and entity capabilities (XEP-0030, XEP-0115). The client() owns it.
    DiscoveryService *discovery() const;
    /// The features of the user's server that the front ends offer; the same object as discovery()->serverFeatures().
    ServerFeatures *serverFeatures() const;
    /// Avatars of the contacts and of the user (XEP-0084, XEP-0153). The client() owns it.
    AvatarService *avatars() const;
    /// 1:1 messages: sending, receiving and the open conversations.
    ChatService *chats() const;
    /// The conversation list; the same model as chats()->conversations().
    ConversationsModel *conversations() const;
    /// The results of the full-text search over cached messages; the same model as chats()->search().
    MessageSearchModel *messageSearch() const;
    QXmppClient *client() const;
    /// Files in 1:1 chats: uploads, downloads and thumbnails of attachments.
    FileTransferService *files() const;
    /// The server's HTTP upload service (XEP-0363) and its size limit. The client() owns it.
    UploadServiceExtension *uploadService() const;
    /// The file transfers since start-up; the same model as files()->transfers().
    TransfersModel *transfers() const;
    /// Previews of linked web pages for the post composer; fetches only on request.
    LinkPreviewService *linkPreviews() const;
    /// Requests to PubSub services and the user's PEP service (XEP-0060, XEP-0163).
    PubSubClient *pubsub() const;
    /// The PubSub notifications that reach the account. The client() owns it.
    PubSubEventReader *pubsubEvents() const;
    /// The bookmarked rooms (XEP-0402, XEP-0048). The client() owns it.
    BookmarksService *bookmarks() const;
    /// The bookmarked rooms; the same model as bookmarks()->bookmarks().
    BookmarksModel *bookmarkedRooms() const;
    /// Group chat rooms (XEP-0045). The client() owns it.
    RoomService *rooms() const;
    /// The bookmarked and joined rooms; the same model as rooms()->rooms().
    RoomsModel *roomList() const;
    /// The messages of group chat rooms. The client() owns it.
    RoomMessageService *roomMessages() const;
    /// Kicking, banning, roles, affiliations and destroying rooms.
    RoomModeration *roomModeration() const;
    RoomConfigurationService *roomConfiguration() const;
    /// Room invitations, received and sent (XEP-0249, XEP-0045). The client() owns it; an
    /// accepted invitation joins the room.
    RoomInvitations *invitations() const;
    /// The pending invitations; the same model as invitations()->invitations().
    RoomInvitationsModel *roomInvitations() const;
    /// The public rooms of MUC services (XEP-0030).
    RoomDirectory *roomDirectory() const;
    /// The listed rooms; the same model as roomDirectory()->rooms().
    RoomDirectoryModel *publicRooms() const;
    /// Communities on PubSub services: the directory, subscriptions, and the communities the
    /// user owns. The client() owns it.
    CommunityService *communities() const;
    /// The listed communities of a PubSub service; the same model as communities()->directory()->communities().
    CommunityDirectoryModel *communityDirectory() const;
    /// The user's subscriptions to communities; the same model as communities()->subscriptions().
    SubscriptionsModel *subscriptions() const;
    /// Microblog posts (XEP-0277) of the user and of the contacts: publishing and the feed. The client() owns it.
    MicroblogService *microblog() const;
    /// The news feed; the same model as microblog()->feed().
    FeedModel *feed() const;
    /// Comments and likes on microblog posts (XEP-0277); follows those on the user's own posts. The client() owns it.
    CommentsService *comments() const;
    /// Puts the posts of the subscribed communities into feed().
    CommunityFeed *communityFeed() const;
    /// Models of the posts of one node (profile and community pages) and of one tag (explore page).
    PostPagesService *postPages() const;

    /// Starts connecting. The password stays in memory until sign-out or a failure that stops reconnection.
    Q_INVOKABLE void signIn(const QString &jid, const QString &password);
    /// Disconnects and stops reconnecting.
    Q_INVOKABLE void signOut();

    static QString errorCode(Error error);
    static QString stateCode(State state);

Q_SIGNALS:
    void jidChanged();
    void stateChanged();
    void errorChanged();
    void hasCachedDataChanged();

private:
    void attachCache();
    void connectClient();
    void handleSslErrors(const QList<QSslError> &errors);
    void handleConnected();
    void handleDisconnected();
    void handleClientError(int clientError);
    void scheduleReconnect(Error reason);
    void dropUnfinishedConnection();
    void handleAttemptTimeout();
    void failPermanently(Error error);
    void setState(State state);
    void setError(Error error);
    void setHasCachedData(bool hasCachedData);

    ConnectionSettings m_settings;
    QString m_jid;
    QString m_password;
    // The address whose contacts and outbox this object holds; empty before the first sign-in.
    QString m_dataJid;
    // Resource bound when the settings name none; kept for the account's lifetime so stream resumption works.
    QString m_defaultResource;
    State m_state = State::Offline;
    Error m_error = Error::NoError;
    bool m_signedIn = false;
    bool m_wasOnline = false;
    bool m_attemptWasOnline = false;
    bool m_sslFailed = false;
    bool m_hasCachedData = false;
    // True while dropUnfinishedConnection() aborts the socket, whose disconnection is then expected.
    bool m_droppingConnection = false;
    // The socket of QXmpp's stream, the same for every connection.
    QSslSocket *m_socket = nullptr;
    QXmppClient *m_client;
    ContactsModel *m_contacts;
    // Before m_roster, which is constructed with it. The client owns it.
    RosterManager *m_rosterManager;
    RosterService *m_roster;
    OutboxService *m_outbox;
    // Before m_blocking, which is constructed with it.
    DiscoveryService *m_discovery;
    BlockingService *m_blocking;
    ProfileService *m_profiles;
    AvatarService *m_avatars;
    ChatService *m_chats;
    // Before m_files, which is constructed with it. The client owns it.
    UploadServiceExtension *m_uploadService;
    FileTransferService *m_files;
    LinkPreviewService *m_linkPreviews;
    // Before m_pubsub, which is constructed with it. The client owns it.
    IqRequestExtension *m_pubsubRequests;
    PubSubClient *m_pubsub;
    // Before m_bookmarks, which is constructed with it. The client owns it.
    PubSubEventReader *m_pubsubEvents;
    BookmarksService *m_bookmarks;
    RoomService *m_rooms;
    RoomMessageService *m_roomMessages;
    RoomModeration *m_roomModeration;
    RoomConfigurationService *m_roomConfiguration;
    RoomInvitations *m_invitations;
    RoomDirectory *m_roomDirectory;
    CommunityService *m_communities;
    OccupantAvatars *m_occupantAvatars;
    MicroblogService *m_microblog;
    CommentsService *m_comments;
    CommunityFeed *m_communityFeed;
    PostPagesService *m_postPages;
    Database *m_database = nullptr;
    RosterCache *m_rosterCache = nullptr;
    SubscriptionRequestsCache *m_requestsCache = nullptr;
    BlockListCache *m_blockListCache = nullptr;
    std::unique_ptr<ReconnectBackoff> m_backoff;
    QTimer m_reconnectTimer;
    // Ends a connection attempt that did not reach a bound session in time.
    QTimer m_attemptTimer;
};
