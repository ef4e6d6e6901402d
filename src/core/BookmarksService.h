#pragma once

#include "Bookmark.h"
#include "BookmarksModel.h"

#include <QXmppClientExtension.h>

class IqRequestExtension;
class PubSubClient;
class PubSubEventReader;
class PubSubResult;
struct PubSubItem;

/// The user's bookmarked rooms: PEP Native Bookmarks (XEP-0402), with Bookmark Storage in private
/// XML storage (XEP-0048, XEP-0049) where the server has no PEP.
///
/// On every new stream the service requests the items of the \c urn:xmpp:bookmarks:1 node. When
/// the node does not exist yet, bookmarks found in private storage are shown and published to
/// it. When a PEP request fails with an error other than item-not-found, the service keeps bookmarks in
/// private storage for the rest of the connection. The \c +notify feature subscribes the client
/// to the node, so changes from the user's other clients arrive live; private storage has no
/// notifications.
///
/// setBookmark() and removeBookmark() change the server's copy first; the model follows once the
/// server confirms. Failures are reported through actionFailed() with a translated sentence.
/// Passwords are stored as the protocols require, in the user's own storage, and never logged.
class BookmarksService : public QXmppClientExtension
{
    Q_OBJECT
    Q_PROPERTY(BookmarksModel *bookmarks READ bookmarks CONSTANT)

public:
    /// The protocol that keeps the bookmarks.
    enum class Protocol {
        /// Not known before the first response of a connection.
        Unknown,
        /// PEP Native Bookmarks (XEP-0402).
        Native,
        /// Private XML storage (XEP-0048).
        Storage,
    };

    /// \a pubsub and \a events must outlive the service; \a events must be an extension of the
    /// client that the service is added to.
    BookmarksService(PubSubClient *pubsub, PubSubEventReader *events, QObject *parent = nullptr);
    ~BookmarksService() override;

    QStringList discoveryFeatures() const override;
    /// Takes no stanza: the responses and the notifications come through PubSubClient and PubSubEventReader.
    bool handleStanza(const QDomElement &stanza) override;

    BookmarksModel *bookmarks() const;
    Protocol protocol() const;

    /// Bookmarks the room \a jid, or changes its bookmark. Empty \a name, \a nick and \a password
    /// leave them out.
    Q_INVOKABLE void setBookmark(const QString &jid, const QString &name, const QString &nick, bool autojoin, const QString &password = QString());
    void setBookmark(const Bookmark &bookmark);
    Q_INVOKABLE void removeBookmark(const QString &jid);

Q_SIGNALS:
    /// The bookmarks of the current connection were read from the server.
    void bookmarksLoaded();
    /// Changing the bookmark of the room \a jid failed. \a message is a translated sentence.
    void actionFailed(const QString &jid, const QString &message);

protected:
    void setClient(QXmppClient *client) override;

private:
    void handleConnected();
    void loadNative();
    void loadStorage(bool migrate);
    void publishNative(const Bookmark &bookmark, bool configureFirst);
    void configureAndPublish(const Bookmark &bookmark);
    void writeStorage(const QString &changedJid);
    void handlePublished(const QString &service, const QString &node, const QVector<PubSubItem> &items);
    void handleRetracted(const QString &service, const QString &node, const QStringList &itemIds);
    void handleCleared(const QString &service, const QString &node);
    void fail(const QString &jid, bool removing, const QString &reason);
    QString accountJid() const;

    QXmppClient *m_client = nullptr;
    PubSubClient *m_pubsub;
    IqRequestExtension *m_requests;
    BookmarksModel *m_bookmarks;
    Protocol m_protocol = Protocol::Unknown;
    /// The list in private storage with every change requested so far, confirmed or not.
    QVector<Bookmark> m_storedBookmarks;
    /// Changes with every connection, so that responses of an earlier one are ignored.
    int m_connection = 0;
};
