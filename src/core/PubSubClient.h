#pragma once

#include "IqRequestExtension.h"
#include "PubSubResult.h"

#include <QDomElement>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <functional>
#include <utility>

class QXmppClient;
class QXmlStreamWriter;

/// One item of a PubSub node (XEP-0060).
struct PubSubItem
{
    QString id;
    /// JID of the publisher, when the service includes it; otherwise empty.
    QString publisher;
    /// The item's payload element; null for an item without one, such as in a notification
    /// without payloads. It shares the document of the received stanza.
    QDomElement payload;
};

Q_DECLARE_METATYPE(PubSubItem)

/// A page of items, as PubSubClient::requestItems() returns it.
struct PubSubItemsPage
{
    PubSubResult result;
    /// The items in the order the service sent them.
    QVector<PubSubItem> items;
    /// Result Set Management (XEP-0059) of the page: the ids of its first and last items, and
    /// the number of items of the node, or -1 when the service did not page the result.
    QString firstId;
    QString lastId;
    int count = -1;
};

/// A subscription of the user to a node, or a request for one.
struct PubSubSubscription
{
    QString node;
    QString jid;
    /// "subscribed", "pending", "unconfigured" or "none".
    QString state;
};

/// An affiliation with a node: "owner", "publisher", "publish-only", "member", "none" or "outcast".
struct PubSubAffiliation
{
    QString node;
    /// The affiliated JID; empty in the user's own list, where it is the user.
    QString jid;
    QString affiliation;
};

/// Requests to PubSub services and the user's PEP service (XEP-0060, XEP-0163), which QXmpp 1.4 lacks.
///
/// Every request goes through IqRequestExtension, so it ends exactly once: with a result, a typed
/// error (PubSubResult), a timeout or a lost connection. \a service is the JID of a PubSub service,
/// or an empty string for the user's own PEP service. Payloads and data forms are written with
/// QXmlStreamWriter, because QXmppElement reorders mixed content.
///
/// Node configuration and publish options are data forms of text fields. A publish whose options
/// do not match the node's configuration fails with PubSubResult::Error::PreconditionNotMet (XEP-0060,
/// section 7.1.5); the caller may then configure the node and publish again.
class PubSubClient : public QObject
{
    Q_OBJECT

public:
    using PayloadWriter = std::function<void(QXmlStreamWriter *writer)>;
    /// Fields of a data form: each name with its values.
    using FormFields = QVector<std::pair<QString, QStringList>>;

    /// The selection of items that requestItems() returns.
    struct ItemsQuery {
        /// The newest items to return (the max_items attribute); 0 leaves the number to the service.
        int maxItems = 0;
        /// The page after this item id, through Result Set Management (XEP-0059), with maxItems
        /// items per page. Prosody 0.12 does not page items, and returns the newest maxItems.
        QString after;
        /// Only these items, by id; empty for any.
        QStringList itemIds;
    };

    /// \a client, the account's, and \a requests, an extension of it, must outlive the PubSub client.
    PubSubClient(QXmppClient *client, IqRequestExtension *requests, QObject *parent = nullptr);

    /// Time to wait for each response, in milliseconds.
    int timeoutMs() const;
    void setTimeoutMs(int timeoutMs);

    /// Publishes an item with the payload that \a payload writes. An empty \a itemId lets the
    /// service choose one; \a done gets the id the item has.
    void publish(const QString &service, const QString &node, const QString &itemId, const PayloadWriter &payload, const FormFields &publishOptions,
                 QObject *context, std::function<void(const PubSubResult &result, const QString &itemId)> done);
    /// Removes an item; with \a notify, subscribers get a retraction event.
    void retract(const QString &service, const QString &node, const QString &itemId, bool notify, QObject *context,
                 std::function<void(const PubSubResult &result)> done);
    void requestItems(const QString &service, const QString &node, const ItemsQuery &query, QObject *context,
                      std::function<void(const PubSubItemsPage &page)> done);

    /// Subscribes \a jid, normally the user's bare JID, to the node; \a done gets the subscription state.
    void subscribe(const QString &service, const QString &node, const QString &jid, QObject *context,
                   std::function<void(const PubSubResult &result, const QString &state)> done);
    void unsubscribe(const QString &service, const QString &node, const QString &jid, QObject *context,
                     std::function<void(const PubSubResult &result)> done);
    /// Requests the user's subscriptions to every node of \a service. Prosody 0.12 sends no response
    /// while the user is subscribed to a deleted node, so the request ends with a timeout.
    void requestSubscriptions(const QString &service, QObject *context,
                              std::function<void(const PubSubResult &result, const QVector<PubSubSubscription> &subscriptions)> done);
    /// Requests the user's affiliations with every node of \a service. Prosody 0.12 does not
    /// support this request, so it ends with PubSubResult::Error::Unsupported.
    void requestAffiliations(const QString &service, QObject *context,
                             std::function<void(const PubSubResult &result, const QVector<PubSubAffiliation> &affiliations)> done);
    /// Requests every affiliation with \a node, which only its owner may do.
    void requestNodeAffiliations(const QString &service, const QString &node, QObject *context,
                                 std::function<void(const PubSubResult &result, const QVector<PubSubAffiliation> &affiliations)> done);

    /// Creates \a node, or a node named by the service when \a node is empty, with \a configuration.
    /// \a done gets the node's name.
    void createNode(const QString &service, const QString &node, const FormFields &configuration, QObject *context,
                    std::function<void(const PubSubResult &result, const QString &node)> done);
    void configureNode(const QString &service, const QString &node, const FormFields &configuration, QObject *context,
                       std::function<void(const PubSubResult &result)> done);
    /// Removes every item of the node; subscribers get a purge event.
    void purgeNode(const QString &service, const QString &node, QObject *context, std::function<void(const PubSubResult &result)> done);
    void deleteNode(const QString &service, const QString &node, QObject *context, std::function<void(const PubSubResult &result)> done);

    /// Writes a submitted data form of type \a formType with \a fields.
    static void writeForm(QXmlStreamWriter *writer, const QString &formType, const FormFields &fields);

private:
    QString accountJid() const;
    /// Logs a failed request. Handlers call it with the account JID they captured, because they
    /// may run while the client is destroyed, when the connection's requests end.
    static void logFailure(const QString &account, const QString &what, const QString &service, const QString &node, const PubSubResult &result);
    /// Returns a response handler that logs a failure and passes the result to \a done.
    IqRequestExtension::Handler resultHandler(const QString &what, const QString &service, const QString &node,
                                              std::function<void(const PubSubResult &)> done) const;

    QXmppClient *m_client;
    IqRequestExtension *m_requests;
    int m_timeoutMs;
};
