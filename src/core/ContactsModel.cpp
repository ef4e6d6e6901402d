#include "ContactsModel.h"

#include <QSet>

ContactsModel::ContactsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

QVariant ContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }

    const Contact &contact = m_contacts.at(index.row());
    const bool blocked = m_blockedJids.contains(contact.jid);
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return contact.name.isEmpty() ? contact.jid : contact.name;
    case JidRole:
        return contact.jid;
    case NameRole:
        return contact.name;
    case GroupsRole:
        return contact.groups;
    case PresenceRole:
        return Contact::presenceCode(blocked ? Contact::Presence::Offline : contact.presence);
    case StatusTextRole:
        return blocked ? QString() : contact.statusText;
    case SubscriptionRole:
        return Contact::subscriptionCode(contact.subscription);
    case BlockedRole:
        return blocked;
    case AvatarHashRole:
        return m_avatarHashes.value(contact.jid);
    case ApprovalPendingRole:
        return contact.approvalPending;
    }
    return {};
}

QHash<int, QByteArray> ContactsModel::roleNames() const
{
    return {
        {JidRole, QByteArrayLiteral("jid")},
        {NameRole, QByteArrayLiteral("name")},
        {DisplayNameRole, QByteArrayLiteral("displayName")},
        {GroupsRole, QByteArrayLiteral("groups")},
        {PresenceRole, QByteArrayLiteral("presence")},
        {StatusTextRole, QByteArrayLiteral("statusText")},
        {SubscriptionRole, QByteArrayLiteral("subscription")},
        {BlockedRole, QByteArrayLiteral("blocked")},
        {AvatarHashRole, QByteArrayLiteral("avatarHash")},
        {ApprovalPendingRole, QByteArrayLiteral("approvalPending")},
    };
}

int ContactsModel::indexOf(const QString &jid) const
{
    return m_rowOfJid.value(jid, -1);
}

Contact ContactsModel::contact(const QString &jid) const
{
    const int row = indexOf(jid);
    return row < 0 ? Contact() : m_contacts.at(row);
}

void ContactsModel::setRosterItems(const QVector<Contact> &items)
{
    QSet<QString> keptJids;
    for (const Contact &item : items) {
        keptJids.insert(item.jid);
    }

    // Remove rows from the end so that the rows still to be checked keep their index.
    for (int row = int(m_contacts.size()) - 1; row >= 0; --row) {
        const QString jid = m_contacts.at(row).jid;
        if (!keptJids.contains(jid)) {
            removeRosterItem(jid);
        }
    }

    for (const Contact &item : items) {
        setRosterItem(item);
    }
}

void ContactsModel::setRosterItem(const Contact &item)
{
    if (item.jid.isEmpty()) {
        return;
    }

    QStringList groups = item.groups;
    groups.sort(Qt::CaseInsensitive);

    const int row = indexOf(item.jid);
    if (row < 0) {
        Contact contact = item;
        contact.groups = groups;
        contact.presence = Contact::Presence::Offline;
        contact.statusText.clear();

        const int newRow = int(m_contacts.size());
        beginInsertRows({}, newRow, newRow);
        m_contacts.append(contact);
        m_rowOfJid.insert(contact.jid, newRow);
        endInsertRows();
        Q_EMIT countChanged();
        return;
    }

    Contact &contact = m_contacts[row];
    QVector<int> changedRoles;
    if (contact.name != item.name) {
        contact.name = item.name;
        changedRoles << NameRole << DisplayNameRole << Qt::DisplayRole;
    }
    if (contact.groups != groups) {
        contact.groups = groups;
        changedRoles << GroupsRole;
    }
    if (contact.subscription != item.subscription) {
        contact.subscription = item.subscription;
        changedRoles << SubscriptionRole;
    }
    if (contact.approvalPending != item.approvalPending) {
        contact.approvalPending = item.approvalPending;
        changedRoles << ApprovalPendingRole;
    }
    if (!changedRoles.isEmpty()) {
        emitRowChanged(row, changedRoles);
    }
}

void ContactsModel::removeRosterItem(const QString &jid)
{
    const int row = indexOf(jid);
    if (row < 0) {
        return;
    }

    beginRemoveRows({}, row, row);
    // The hash entry goes first, because jid may refer to the row being removed.
    m_rowOfJid.remove(jid);
    m_contacts.remove(row);
    rebuildIndex(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void ContactsModel::setPresence(const QString &jid, Contact::Presence presence, const QString &statusText)
{
    const int row = indexOf(jid);
    if (row < 0) {
        return;
    }

    Contact &contact = m_contacts[row];
    QVector<int> changedRoles;
    if (contact.presence != presence) {
        contact.presence = presence;
        changedRoles << PresenceRole;
    }
    if (contact.statusText != statusText) {
        contact.statusText = statusText;
        changedRoles << StatusTextRole;
    }
    if (!changedRoles.isEmpty()) {
        emitRowChanged(row, changedRoles);
    }
}

void ContactsModel::clearPresences()
{
    for (const Contact &contact : qAsConst(m_contacts)) {
        setPresence(contact.jid, Contact::Presence::Offline, QString());
    }
}

void ContactsModel::setBlockedJids(const QStringList &jids)
{
    const QSet<QString> blockedJids(jids.cbegin(), jids.cend());
    if (blockedJids == m_blockedJids) {
        return;
    }

    // Rows whose blocked state changes: those in exactly one of the old and the new set.
    QSet<QString> changedJids = blockedJids;
    changedJids.unite(m_blockedJids).subtract(blockedJids & m_blockedJids);
    m_blockedJids = blockedJids;

    for (const QString &jid : qAsConst(changedJids)) {
        const int row = indexOf(jid);
        if (row >= 0) {
            emitRowChanged(row, {PresenceRole, StatusTextRole, BlockedRole});
        }
    }
}

void ContactsModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < m_contacts.size(); ++row) {
        m_rowOfJid.insert(m_contacts.at(row).jid, row);
    }
}

void ContactsModel::emitRowChanged(int row, const QVector<int> &roles)
{
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, roles);
}

void ContactsModel::setAvatarHash(const QString &jid, const QString &hash)
{
    if (!m_avatarHashes.set(jid, hash)) {
        return;
    }

    const int row = indexOf(jid);
    if (row >= 0) {
        emitRowChanged(row, {AvatarHashRole});
    }
}
