#pragma once

#include "PubSubResult.h"

#include <QHash>
#include <QStringList>
#include <QVariant>
#include <QXmppClientExtension.h>

class CommunityDirectory;
class CommunityDirectoryModel;
class DataFormModel;
class IqRequestExtension;
class PubSubClient;
class PubSubEventReader;
class SubscriptionsModel;
struct CommunitySubscription;
struct IqResponse;
struct PubSubItem;

/// Communities: public nodes of PubSub services (XEP-0060), as Movim shows them.
///
/// The service subscribes the user to communities and unsubscribes, and keeps the list of the
/// user's subscriptions in the PEP node \c urn:xmpp:pubsub:subscription (XEP-0330, see
/// CommunitySubscription), so that every client of the user shows the same list. The list is
/// read at every sign-in that does not resume the stream, and follows the node's notifications,
/// which "+notify" in the entity capabilities requests (XEP-0163). Salon creates the node
/// private (access model whitelist). A node that another client configured otherwise keeps its options.
///
/// It also creates communities with a title, a description and an access model, configures the
/// communities the user owns through their configuration form (XEP-0060), and
/// deletes them. Each community being configured has one DataFormModel, created by
/// configurationForm() and kept until closeConfiguration(); its \c status follows the same steps
/// as RoomConfigurationService's forms.
///
/// Every failure reaches the user through actionFailed() with a translated sentence.
///
/// \code
/// communities->subscribe(QStringLiteral("pubsub.example.org"), QStringLiteral("news"), QStringLiteral("News"));
/// communities->createCommunity(QStringLiteral("pubsub.example.org"), QString(), QStringLiteral("Cats"), QString(), QStringLiteral("open"));
/// \endcode
class CommunityService : public QXmppClientExtension
{
    Q_OBJECT
    Q_PROPERTY(CommunityDirectory *directory READ directory CONSTANT)
    Q_PROPERTY(SubscriptionsModel *subscriptions READ subscriptions CONSTANT)

public:
    /// Maximum number of subscriptions read from the PEP node.
    static constexpr int MaxSubscriptions = 1000;
    /// Maximum length of a node name that createCommunity() makes from a title.
    static constexpr int MaxGeneratedNodeLength = 64;

    /// \a client, the account's, \a pubsub, \a events and \a requests, an extension of the client
    /// placed before QXmpp's discovery manager, must outlive the service. The account adds the
    /// service to the client as an extension, for its "+notify" feature.
    CommunityService(QXmppClient *client, PubSubClient *pubsub, PubSubEventReader *events, IqRequestExtension *requests, QObject *parent = nullptr);
    ~CommunityService() override;

    QStringList discoveryFeatures() const override;
    bool handleStanza(const QDomElement &stanza) override;

    CommunityDirectory *directory() const;
    SubscriptionsModel *subscriptions() const;

    /// Subscribes the user's bare JID to \a node of \a service; \a title is stored with the subscription.
    Q_INVOKABLE void subscribe(const QString &service, const QString &node, const QString &title = QString());
    Q_INVOKABLE void unsubscribe(const QString &service, const QString &node);
    /// Returns "subscribed", "pending" or "none", as the list of subscriptions has it.
    Q_INVOKABLE QString subscriptionState(const QString &service, const QString &node) const;
    /// Sets whether the user wants notifications of new posts of a community they subscribed to.
    Q_INVOKABLE void setNotify(const QString &service, const QString &node, bool notify);
    /// Reads the list of subscriptions from the PEP node again.
    Q_INVOKABLE void refreshSubscriptions();
    /// Forgets the subscriptions, the listed communities and the configuration forms, for
    /// another address that signs in on the same account object.
    void clear();

    /// Creates a community on \a service with \a title, \a description and \a accessModel
    /// ("open", "presence", "roster", "authorize" or "whitelist"). An empty \a node makes one from
    /// the title. The user becomes its owner.
    Q_INVOKABLE void createCommunity(const QString &service, const QString &node, const QString &title, const QString &description,
                                     const QString &accessModel);
    /// Deletes a community that the user owns; its subscribers get a delete event.
    Q_INVOKABLE void deleteCommunity(const QString &service, const QString &node);

    /// Returns the configuration form of \a node of \a service, created empty with status "idle"
    /// when there was none, or null for an invalid address. The service owns the model.
    Q_INVOKABLE DataFormModel *configurationForm(const QString &service, const QString &node);
    /// Requests the configuration form of a community, which needs the owner affiliation.
    Q_INVOKABLE void requestConfiguration(const QString &service, const QString &node);
    /// Submits the form after setting \a values, a map from field names to values as
    /// DataFormModel::setValue() takes them. Null or an empty map submits the form as it is.
    Q_INVOKABLE void submitConfiguration(const QString &service, const QString &node, const QVariant &values = QVariant());
    /// Cancels the configuration; the community keeps its configuration.
    Q_INVOKABLE void cancelConfiguration(const QString &service, const QString &node);
    /// Drops the form, which views must no longer use.
    Q_INVOKABLE void closeConfiguration(const QString &service, const QString &node);

    /// Returns a node name made of the lowercase letters, digits and dashes of \a title, or an
    /// empty string when the title has none.
    static QString nodeFromTitle(const QString &title);

Q_SIGNALS:
    /// The service reported the subscription's \a state, "subscribed" or "pending".
    void subscribed(const QString &service, const QString &node, const QString &state);
    void unsubscribed(const QString &service, const QString &node);
    void communityCreated(const QString &service, const QString &node);
    void communityDeleted(const QString &service, const QString &node);
    /// The configuration form of the community arrived and may be filled in.
    void configurationReady(const QString &service, const QString &node);
    void configurationSaved(const QString &service, const QString &node);
    void configurationCancelled(const QString &service, const QString &node);
    /// An action on \a node of \a service failed. \a message is a translated sentence.
    void actionFailed(const QString &service, const QString &node, const QString &message);

private:
    enum class Action {
        Subscribe,
        Unsubscribe,
        Create,
        Configure,
        Delete,
    };

    /// Returns the action as the log names it, such as "subscribing to".
    static QString actionName(Action action);
    void handleConnected();
    void handlePublished(const QString &service, const QString &node, const QVector<PubSubItem> &items);
    void handleRetracted(const QString &service, const QString &node, const QStringList &itemIds);
    void handleNodeCleared(const QString &service, const QString &node);
    void handleNodeDeleted(const QString &service, const QString &node);
    void storeSubscription(const CommunitySubscription &subscription);
    void removeStoredSubscription(const QString &service, const QString &node);
    void failConfiguration(const QString &key, const QString &service, const QString &node, const QString &text, const QString &code);
    /// Logs a failed action with \a code, a stable name such as "item-not-found", and reports \a text to the user.
    void fail(Action action, const QString &service, const QString &node, const QString &text, const QString &code = QString());
    QString errorText(Action action, const QString &service, const PubSubResult &result) const;
    QString configurationErrorText(const QString &service, const IqResponse &response) const;
    QString accountJid() const;

    QXmppClient *m_client;
    PubSubClient *m_pubsub;
    IqRequestExtension *m_requests;
    CommunityDirectory *m_directory;
    SubscriptionsModel *m_subscriptions;
    /// Configuration forms by "service<node", the separator being no character of a JID.
    QHash<QString, DataFormModel *> m_forms;
    /// The subscription items by item id, to map retractions to subscriptions.
    QHash<QString, std::pair<QString, QString>> m_itemIds;
    /// Changes with every sign-in, so that a list requested before is ignored.
    int m_connection = 0;
    bool m_listLoaded = false;
    /// Whether the list node rejected Salon's publish options in this session (precondition-not-met).
    bool m_listHasOtherOptions = false;
};
