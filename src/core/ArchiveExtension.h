#pragma once

#include "IqResponse.h"

#include <QHash>
#include <QVector>
#include <QXmppClientExtension.h>
#include <QXmppMessage.h>

#include <functional>
#include <optional>

class IqRequestExtension;

/// One entry of the user's message archive (XEP-0313).
struct ArchivedMessage
{
    /// The entry's id in the archive, the same as the stanza-id (XEP-0359) that the server gave the message.
    QString archiveId;
    /// The archived message; its stamp is the time of the archive's delay element (XEP-0203), when present.
    QXmppMessage message;
};

/// A query of the user's own archive or of a room's archive, one page of results (XEP-0313 with
/// Result Set Management, XEP-0059).
struct ArchiveQuery
{
    /// Bare JID of the archive: empty for the user's own, or a group chat room's (XEP-0313, section 5).
    QString archive;
    /// Bare JID whose conversation is requested; empty for every conversation.
    QString with;
    /// Requests the entries after this archive id, oldest first. Ignored when before is set.
    QString afterId;
    /// Requests the page that ends right before this archive id; an empty string requests the newest page.
    std::optional<QString> beforeId;
    /// Maximum number of entries in the page. The server may return fewer.
    int maxResults = 50;
};

/// The outcome of an ArchiveQuery.
struct ArchivePage
{
    /// Result when the server returned the page. Any other status comes without messages.
    IqResponse::Status status = IqResponse::Status::NotSent;
    /// The stanza error when status is Error, such as item-not-found for an archive id that the server no longer has.
    QXmppStanza::Error error;
    /// The page's entries in the archive's order, oldest first.
    QVector<ArchivedMessage> messages;
    /// Whether the page reaches the end of the requested range (the \c complete attribute of \c fin):
    /// the newest entry when paging forward, the oldest when paging backward.
    bool complete = false;
    /// Archive ids of the first and last entry of the page (RSM \c first and \c last); empty for an empty page.
    QString firstId;
    QString lastId;

    bool isResult() const
    {
        return status == IqResponse::Status::Result;
    }
};

/// Queries of the user's own message archive (XEP-0313, urn:xmpp:mam:2), a page at a time.
///
/// The server sends the entries of a page as messages that carry a \c result element, then the
/// response to the query. The extension takes those messages out of the stream, collects them by
/// query id and hands the whole page to the query's handler. Only the user's own server may send
/// results of the user's archive, and it sends them without a sender or from the user's bare JID;
/// a room sends the results of its archive from its bare JID. Results from anyone else, or for a
/// query that this client did not send, are forged, so they are dropped and logged.
///
/// QXmppMamManager of QXmpp 1.4 reports neither the archive id of an entry, nor the sender of a
/// result, nor error responses. The catch-up needs all three, so this class replaces it.
///
/// \code
/// ArchiveQuery query;
/// query.afterId = lastKnownId;
/// archive->query(query, this, [](const ArchivePage &page) { ... });
/// \endcode
class ArchiveExtension : public QXmppClientExtension
{
    Q_OBJECT

public:
    static const QString Namespace;

    ArchiveExtension();
    ~ArchiveExtension() override;

    /// Sends \a query and calls \a handler once with the page or the failure, unless \a context was destroyed by then.
    void query(const ArchiveQuery &query, QObject *context, std::function<void(const ArchivePage &)> handler);

    bool handleStanza(const QDomElement &stanza) override;

protected:
    void setClient(QXmppClient *client) override;

private:
    ArchivePage finish(const QString &queryId, int maxResults, const IqResponse &response);
    QString accountJid();

    IqRequestExtension *m_iqRequests;
    /// Entries received so far, by query id, for the queries that wait for their response.
    /// The results collected so far of each query that waits for its response, by query id.
    struct PendingQuery {
        /// The archive queried: empty for the user's own, else a room's bare JID.
        QString archive;
        QVector<ArchivedMessage> messages;
    };
    QHash<QString, PendingQuery> m_pendingResults;
};
