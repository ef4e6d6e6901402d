#pragma once

#include "IqResponse.h"
#include "Profile.h"

#include <QHash>
#include <QVariantMap>
#include <QXmppClientExtension.h>

class ContactPresences;
class IqRequestExtension;
class LastSeenTracker;
class ProfilesModel;

/// Public profiles of accounts: vCard4 (XEP-0292) in the account's PEP node
/// \c urn:xmpp:vcard4, with vCard-temp (XEP-0054) as fallback for accounts
/// and servers without it.
///
/// requestProfile() fills a row of profileCards(). publishOwnProfile() sets the
/// user's vCard-temp, so that older clients see the profile, and then publishes
/// the vCard4 with the access model \c open, so that anyone can read it. The
/// service announces \c urn:xmpp:vcard4+notify in the entity capabilities, so
/// the server sends each contact's vCard4 changes, and rows already present
/// are updated live. Failures are reported through actionFailed() with a
/// translated sentence. Invalid JIDs, malformed vCards and fields longer than
/// Profile::MaxFieldLength are logged and ignored. requestProfile() also
/// updates the row's last-seen time through a LastSeenTracker.
///
/// The client owns the service. Install it first, with
/// QXmppClient::insertExtension(0, …), so that it receives the replies to its
/// vCard-temp requests before QXmpp's vCard manager:
///
/// \code
/// auto *profiles = new ProfileService(roster->presences());
/// client->insertExtension(0, profiles);
/// profiles->requestProfile(QStringLiteral("bob@example.org"));
/// \endcode
class ProfileService : public QXmppClientExtension
{
    Q_OBJECT
    Q_PROPERTY(ProfilesModel *profileCards READ profileCards CONSTANT)

public:
    /// The PEP node of the vCard4 (XEP-0292, section 3).
    static const QString VCard4Node;

    /// \a presences are the contacts' presences, which decide whether a last-seen time is requested.
    explicit ProfileService(ContactPresences *presences);
    ~ProfileService() override;

    ProfilesModel *profileCards() const;

    /// Fetches the profile of \a jid, which the user may have typed, into profileCards(), and
    /// queries when the contact was last online if it is offline (XEP-0012).
    Q_INVOKABLE void requestProfile(const QString &jid);
    /// Publishes the user's profile. \a fields is a map with the keys of Profile::fromVariantMap();
    /// missing keys clear their field. It is a QVariant, not a QVariantMap, because the web front
    /// end's invoke converts a JSON object only to a QVariant.
    Q_INVOKABLE void publishOwnProfile(const QVariant &fields);

    QStringList discoveryFeatures() const override;
    bool handleStanza(const QDomElement &stanza) override;

Q_SIGNALS:
    /// Fetching or publishing the profile of \a jid failed; \a message is a translated sentence for the user.
    void actionFailed(const QString &jid, const QString &message);
    /// The server accepted the user's vCard4.
    void ownProfilePublished();

protected:
    void setClient(QXmppClient *client) override;

private:
    enum class Query {
        VCard4,
        VCardTemp,
    };
    struct PendingQuery {
        Query query;
        QString jid;
    };

    void requestVCard4(const QString &jid);
    void requestVCardTemp(const QString &jid);
    void sendQuery(const QXmppIq &iq, Query query, const QString &jid);
    void handleQueryResponse(const PendingQuery &pending, const QDomElement &stanza);
    void handleVCard4Result(const QString &jid, const QDomElement &stanza);
    void handleVCardTempResult(const QString &jid, const QDomElement &stanza);
    bool handleEvent(const QDomElement &message);

    void setVCardTemp(const Profile &profile);
    void publishVCard4(const Profile &profile, bool withOptions);
    void configureNodeAndPublish(const Profile &profile);
    void failPublish(const IqResponse &response);

    QString accountJid();
    bool isOnline();
    static QString reasonText(const IqResponse &response);

    ContactPresences *m_presences;
    ProfilesModel *m_profiles;
    IqRequestExtension *m_iqRequests;
    /// Created with the client, in setClient().
    LastSeenTracker *m_lastSeen = nullptr;
    /// Requests for profiles that wait for a response, by IQ id.
    QHash<QString, PendingQuery> m_pendingQueries;
};
