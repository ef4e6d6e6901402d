#pragma once

#include "ConnectionSettings.h"
#include "FeedPost.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

class Account;
class Database;
class StdioFrameChannel;

/// The linker in public reader mode (`salon-linker --public-reader`): it renders the public
/// pages of salon-server from the shared database.
///
/// The server sends `publicPageRequest` frames with an `id` and a `jid`. The reader replies to each
/// with one `publicPage` frame of the same `id` (see docs/protocol.md). A user has a page when
/// their linker registered them in the database (PublicPageStore) and they did not opt out; the
/// page and the feed show the newest PublicBlogRenderer::MaxPosts posts of the user's microblog
/// node with access model "open".
///
/// When the server configured a service account, its first frame is `signIn` with that
/// account's JID and password. While the service account is online, the reader fetches the
/// user's node from the user's server: what a stranger's account may read is public. The
/// fetched posts are stored in the shared database too. Without a service account, while it is
/// offline, or when the fetch fails for another reason than a missing or closed node, the
/// reader serves the posts that the users' linkers cached. Replies go out in the order their
/// requests finish. `signOut`, or the end of standard input, finishes with status 0.
class PublicReader : public QObject
{
    Q_OBJECT

public:
    /// \a database may be null, and then every user is unknown; both must outlive the reader.
    PublicReader(const ConnectionSettings &settings, Database *database, StdioFrameChannel *channel, QObject *parent = nullptr);
    ~PublicReader() override;

Q_SIGNALS:
    /// The reader is done; the process exits with \a exitCode.
    void finished(int exitCode);

private:
    void handleMessage(const QJsonObject &message);
    void handleSignIn(const QJsonObject &message);
    void handleRequest(const QJsonObject &message);
    /// Fetches the node of \a jid with the service account, or reads the cache when that fails.
    void fetchPosts(double id, const QString &jid);
    void readCachedPosts(double id, const QString &jid);
    void sendPage(double id, const QString &jid, const QVector<FeedPost> &posts);
    void sendNotFound(double id);
    void finish(int exitCode);

    ConnectionSettings m_settings;
    std::unique_ptr<Account> m_serviceAccount;
    bool m_firstFrame = true;
    Database *m_database;
    StdioFrameChannel *m_channel;
    bool m_finished = false;
};
