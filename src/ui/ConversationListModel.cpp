#include "ConversationListModel.h"

#include "ContactsModel.h"

ConversationListModel::ConversationListModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &ConversationListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ConversationListModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ConversationListModel::countChanged);
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, &ConversationListModel::findPeerRole);
}

ContactsModel *ConversationListModel::contacts() const
{
    return m_contacts;
}

void ConversationListModel::setContacts(ContactsModel *contacts)
{
    if (m_contacts == contacts) {
        return;
    }
    for (const QMetaObject::Connection &connection : qAsConst(m_contactConnections)) {
        disconnect(connection);
    }
    m_contactConnections.clear();
    m_contacts = contacts;

    if (contacts) {
        // A removed contact's row is gone once rowsRemoved arrives, so its peer is read before.
        m_contactConnections = {
            connect(contacts, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                updateNames(peersOfContacts(topLeft.row(), bottomRight.row()));
            }),
            connect(contacts, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
                updateNames(peersOfContacts(first, last));
            }),
            connect(contacts, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
                const QStringList peers = peersOfContacts(first, last);
                // Deferred until the row is gone, so that the name is read without it.
                QMetaObject::invokeMethod(
                    this,
                    [this, peers] {
                        updateNames(peers);
                    },
                    Qt::QueuedConnection);
            }),
            connect(contacts, &QAbstractItemModel::modelReset, this, [this] {
                updateNames({});
            }),
            connect(contacts, &QAbstractItemModel::layoutChanged, this, [this] {
                updateNames({});
            }),
        };
    }
    updateNames({});
    Q_EMIT contactsChanged();
}

int ConversationListModel::count() const
{
    return rowCount();
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (role != NameRole && role != DisplayNameRole) {
        return QIdentityProxyModel::data(index, role);
    }
    const QString peer = QIdentityProxyModel::data(index, m_peerRole).toString();
    const QString name = nameOf(peer);
    if (role == NameRole) {
        return name;
    }
    return name.isEmpty() ? peer : name;
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QIdentityProxyModel::roleNames();
    names.insert(NameRole, QByteArrayLiteral("name"));
    names.insert(DisplayNameRole, QByteArrayLiteral("displayName"));
    return names;
}

QString ConversationListModel::nameOf(const QString &peer) const
{
    if (!m_contacts) {
        return {};
    }
    const int row = m_contacts->indexOf(peer);
    return row < 0 ? QString() : m_contacts->data(m_contacts->index(row), ContactsModel::NameRole).toString();
}

void ConversationListModel::updateNames(const QStringList &peers)
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex changed = index(row, 0);
        if (peers.isEmpty() || peers.contains(changed.data(m_peerRole).toString())) {
            Q_EMIT dataChanged(changed, changed, {NameRole, DisplayNameRole});
        }
    }
}

QStringList ConversationListModel::peersOfContacts(int first, int last) const
{
    QStringList peers;
    for (int row = first; row <= last; ++row) {
        peers.append(m_contacts->data(m_contacts->index(row), ContactsModel::JidRole).toString());
    }
    return peers;
}

void ConversationListModel::findPeerRole()
{
    const QAbstractItemModel *source = sourceModel();
    m_peerRole = source ? source->roleNames().key(QByteArrayLiteral("peer"), -1) : -1;
}
