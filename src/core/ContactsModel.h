#pragma once

#include "AvatarHashes.h"
#include "Contact.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QVector>

/// The user's contacts: one row per roster item, with live presence.
///
/// Roles (the names are those of roleNames(), used by QML and the web front end):
/// - \c jid (QString): bare JID of the contact.
/// - \c name (QString): the name the user gave the contact; empty when none.
/// - \c displayName (QString): the name, or the JID when the contact has no name.
/// - \c groups (QStringList): roster groups, sorted.
/// - \c presence (QString): "offline", "online", "chat", "away", "xa" or "dnd"; "offline" while blocked.
/// - \c statusText (QString): status message of the contact's best resource; empty when offline or blocked.
/// - \c subscription (QString): "none", "from", "to" or "both".
/// - \c blocked (bool): whether the user blocked the contact (XEP-0191).
/// - \c avatarHash (QString): SHA-1 of the contact's avatar image as lowercase hex, whose
///   image AvatarService has cached; empty when the contact has no avatar.
/// - \c approvalPending (bool): whether the user requested the contact's presence and the
///   contact has not replied yet (the roster item's ask="subscribe", RFC 6121, section 2.1.2.2).
///
/// Rows keep the order in which contacts were added; front ends sort and group them.
class ContactsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        JidRole = Qt::UserRole + 1,
        NameRole,
        DisplayNameRole,
        GroupsRole,
        PresenceRole,
        StatusTextRole,
        SubscriptionRole,
        BlockedRole,
        AvatarHashRole,
        ApprovalPendingRole,
    };
    Q_ENUM(Role)

    explicit ContactsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Returns the row of \a jid, or -1.
    int indexOf(const QString &jid) const;
    /// Returns the contact of \a jid, or a contact with an empty JID.
    Contact contact(const QString &jid) const;

    /// Replaces the roster items: rows of JIDs that stay are updated in place, keeping their presence.
    void setRosterItems(const QVector<Contact> &items);
    /// Adds or updates the roster fields (name, groups, subscription, approvalPending) of one contact, keeping its presence.
    void setRosterItem(const Contact &item);
    void removeRosterItem(const QString &jid);
    /// Sets the presence of a contact that is in the roster; other JIDs are ignored.
    void setPresence(const QString &jid, Contact::Presence presence, const QString &statusText);
    /// Marks every contact offline, for when the account's connection is gone.
    void clearPresences();
    /// Sets the blocked JIDs. A blocked contact shows as offline, but its last presence is kept
    /// and shows again once it is unblocked. JIDs that are not in the roster are kept too.
    void setBlockedJids(const QStringList &jids);
    /// Sets the avatar of \a jid; an empty \a hash removes it. Avatars of JIDs that are not
    /// in the roster are kept and show once the contact is added.
    void setAvatarHash(const QString &jid, const QString &hash);

Q_SIGNALS:
    void countChanged();

private:
    void rebuildIndex(int fromRow);
    void emitRowChanged(int row, const QVector<int> &roles);

    QVector<Contact> m_contacts;
    QHash<QString, int> m_rowOfJid;
    QSet<QString> m_blockedJids;
    AvatarHashes m_avatarHashes;
};
