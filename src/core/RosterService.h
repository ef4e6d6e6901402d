#pragma once

#include "IqResponse.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QXmppPresence.h>

#include <functional>

class ContactPresences;
class ContactsModel;
class IqRequestExtension;
class QXmppClient;
class QXmppRosterIq;
class RosterManager;
class SubscriptionRequestsModel;

/// The account's contacts: keeps a ContactsModel in step with the roster and changes the roster for the user.
///
/// It fills the model when the roster manager receives the roster, applies roster pushes
/// (RFC 6121, section 2.1.6) and presence changes as they arrive, and marks
/// every contact offline when the connection is gone. Incoming presence
/// subscription requests wait in subscriptionRequests() until the user
/// accepts or declines them, or the requester cancels.
///
/// The actions are the same for every front end, and they return at once.
/// The contacts model shows their effect when the server pushes the changed
/// roster item. A failure is reported through actionFailed() with a
/// translated sentence. Every contact JID argument may be typed by a user,
/// so BareJid::fromUserInput() checks and normalizes it.
///
/// \code
/// connect(account.roster(), &RosterService::actionFailed, this, [](const QString &jid, const QString &message) { ... });
/// account.roster()->addContact(QStringLiteral("bob@example.org"), QStringLiteral("Bob"), QStringLiteral("Friends"));
/// \endcode
class RosterService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(SubscriptionRequestsModel *subscriptionRequests READ subscriptionRequests CONSTANT)

public:
    /// \a rosterManager must be one of \a client's extensions.
    RosterService(QXmppClient *client, RosterManager *rosterManager, ContactsModel *model, QObject *parent = nullptr);

    SubscriptionRequestsModel *subscriptionRequests() const;
    /// The contacts' available presences, which other services of the account read too.
    ContactPresences *presences() const;

    /// Adds \a jid to the roster with \a name and \a group (both may be empty), then requests a
    /// subscription to the contact's presence. For a contact already in the roster, an empty
    /// \a name keeps its name, \a group is added to its groups, and no new request is sent while
    /// the user already has a subscription.
    Q_INVOKABLE void addContact(const QString &jid, const QString &name, const QString &group);
    /// Lets \a jid see the user's presence, adds the contact to the roster when it is missing
    /// (named after the request's nickname), and requests a subscription in return unless the
    /// user already has one. Removes the request.
    Q_INVOKABLE void acceptSubscription(const QString &jid);
    /// Refuses, or revokes, the subscription of \a jid to the user's presence. Removes the request.
    Q_INVOKABLE void declineSubscription(const QString &jid);
    /// Removes \a jid from the roster; the server then cancels the subscriptions in both directions.
    Q_INVOKABLE void removeContact(const QString &jid);
    /// Sets the name of the contact \a jid; an empty \a name removes it.
    Q_INVOKABLE void renameContact(const QString &jid, const QString &name);
    /// Replaces the roster groups of the contact \a jid; an empty list puts it in no group.
    Q_INVOKABLE void setGroups(const QString &jid, const QStringList &groups);

Q_SIGNALS:
    /// An action on the contact \a jid failed; \a message is a translated sentence for the user.
    /// \a jid is the argument as given when it is not a valid JID.
    void actionFailed(const QString &jid, const QString &message);

private:
    using ResultHandler = std::function<void()>;

    void loadRoster();
    void updateItem(const QString &bareJid);
    void updatePresence(const QString &bareJid);
    void handlePresence(const QXmppPresence &presence);

    QString accountJid() const;
    /// Returns the normalized JID of \a jid, or an empty string after reporting why the action cannot be done.
    QString checkedContactJid(const QString &jid);
    bool isInRoster(const QString &bareJid) const;
    /// Sends a roster set with one item and calls \a onResult when the server accepts it.
    /// \a failureText is a translated sentence with a placeholder %1 for the JID and %2 for the reason.
    void sendRosterSet(const QXmppRosterIq &iq, const QString &bareJid, const QString &failureText, ResultHandler onResult);
    void sendItemSet(const QString &bareJid, const QString &name, const QStringList &groups, const QString &failureText, ResultHandler onResult);
    void sendSubscriptionPresence(const QString &bareJid, QXmppPresence::Type type);
    void approveAndSubscribeBack(const QString &bareJid);
    void fail(const QString &jid, const QString &message);
    /// Returns the translated reason of a failed request, to complete a sentence after a colon.
    static QString reasonText(const IqResponse &response);
    static QString conditionText(QXmppStanza::Error::Condition condition);

    QXmppClient *m_client;
    RosterManager *m_rosterManager;
    ContactPresences *m_presences;
    IqRequestExtension *m_iqRequests;
    ContactsModel *m_model;
    SubscriptionRequestsModel *m_requests;
    /// Contacts to whom the user sent a subscription request, for reporting a presence error sent in reply.
    QSet<QString> m_outgoingSubscriptions;
};
