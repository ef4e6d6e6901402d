#pragma once

#include "ConnectionSettings.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class Account;
class BrowserUploads;
class ConversationExportRequests;
class ConversationRequests;
class Database;
class ModelPublisher;
class ModelSubscriptions;
class ObjectPublisher;
class PostRequests;
class QMetaProperty;
class RoomFormRequests;
class CommunityFormRequests;
class RoomRequests;
class ObjectInvoker;
class StdioFrameChannel;

/// The linker's side of one session: an Account driven by frames from the server.
///
/// The first frame must be `signIn`; it carries the JID and the password,
/// which is handed to the Account and kept nowhere else. From then on the
/// account state goes to every tab as `account` messages and each model as
/// model-sync messages (see ModelPublisher), and a tab that opens gets the
/// account state and a snapshot of every model. Every list model that the
/// Account has as a constant property is published under the property's
/// name. Every other constant QObject property with notifying properties,
/// such as serverFeatures, goes to the tabs as `object` messages (see
/// ObjectPublisher), on tab open and on each change. A tab's `invoke` requests call the Q_INVOKABLE methods of the
/// account (`account`, except signIn and signOut, which belong to the
/// session), of its RosterService (`roster`), of its BlockingService
/// (`blocking`) and of its other services through ObjectInvoker, whose
/// notices go to every tab. The messages of a conversation are published
/// only to the tabs that open it (see ConversationRequests), and so are the
/// messages and occupants of a room (see RoomRequests), and so are the
/// comments of a post and the posts of a node or a tag (see PostRequests).
/// Signals that the social views wait for, such as a new comment on the
/// user's post, go to every tab as `event` messages. An export goes
/// to the tab that requested it (see ConversationExportRequests). Files
/// come from tabs in chunks (see BrowserUploads). `signOut`, or the end of
/// standard input, signs out and finishes with exit status 0; a frame that
/// breaks the protocol finishes with ProtocolErrorExitCode.
class LinkerSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int ProtocolErrorExitCode = 2;

    LinkerSession(const ConnectionSettings &settings, StdioFrameChannel *channel, QObject *parent = nullptr);
    ~LinkerSession() override;

    /// Caches the account in \a database, which must outlive the session; null keeps nothing on disk.
    void setDatabase(Database *database);

    /// Sets the time after the last tab closed until the presence becomes away, in seconds (default 10).
    void setAwayDelay(int seconds);

    /// Signs out, then finishes with exit status 0; \a reason completes "Signing out because" in the log.
    void signOut(const char *reason);

    /// The message pattern of every log line after sign-in, with \a jid made safe for a pattern.
    static QString messagePattern(const QString &jid);

Q_SIGNALS:
    /// The session is over; the process exits with \a exitCode.
    void finished(int exitCode);

private:
    void handleMessage(const QJsonObject &message);
    void handleSignIn(const QJsonObject &message);
    void handleTabOpened(const QJsonObject &message);
    void handleTabClosed(const QJsonObject &message);
    void handleFromTab(const QJsonObject &message);
    void handleProtocolError(const QString &reason);
    /// Points downloads and thumbnails of the account \a jid to its own cache folders.
    void configureFiles(const QString &jid);
    void publishModels();
    /// Publishes the QObject that \a property of the account holds when it has notifying properties.
    void publishObject(const QMetaProperty &property);
    void registerInvokableObjects();
    /// Registers the room services, whose per-tab models RoomRequests publishes.
    void registerRoomObjects();
    void registerCommunityObjects();
    /// Registers the comments and link previews, whose per-tab models PostRequests publishes.
    void registerPostObjects();
    /// Registers the user's choice whether the server's public pages show their public posts.
    void registerPublicPageSetting();
    /// Sends the signals that the social views wait for to every tab as `event` messages.
    void forwardPostEvents();
    /// Sends every tab the `event` message \a event of \a object with the signal's \a arguments.
    void sendEvent(const QString &object, const QString &event, const QJsonObject &arguments);
    void createTabRequestHandlers();

    QJsonObject accountMessage() const;
    void scheduleAccountMessage();
    void sendAccountMessage();
    /// Sends \a message to tab \a tab, or to every tab when \a tab is 0.
    void sendToTab(quint64 tab, const QJsonObject &message);
    void finish(int exitCode);
    /// Sends available or away presence, following m_away, while the account is connected.
    void applyPresence();

    ConnectionSettings m_settings;
    StdioFrameChannel *m_channel;
    std::unique_ptr<Account> m_account;
    Database *m_database = nullptr;
    QList<ModelPublisher *> m_publishers;
    QList<ObjectPublisher *> m_objectPublishers;
    ObjectInvoker *m_invoker = nullptr;
    ModelSubscriptions *m_subscriptions = nullptr;
    ConversationRequests *m_conversationRequests = nullptr;
    RoomRequests *m_roomRequests = nullptr;
    RoomFormRequests *m_roomFormRequests = nullptr;
    CommunityFormRequests *m_communityFormRequests = nullptr;
    PostRequests *m_postRequests = nullptr;
    ConversationExportRequests *m_exportRequests = nullptr;
    BrowserUploads *m_uploads = nullptr;
    QSet<quint64> m_tabs;
    QJsonObject m_lastAccountMessage;
    bool m_accountMessagePending = false;
    bool m_signingOut = false;
    bool m_finished = false;
    QTimer m_signOutTimer;
    /// Runs while no tab is open; the presence becomes away when it fires.
    QTimer m_awayTimer;
    bool m_away = false;
};
