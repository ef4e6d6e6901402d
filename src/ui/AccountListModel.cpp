#include "AccountListModel.h"

#include "Account.h"
#include "AccountSession.h"
#include "AvatarService.h"
#include "ConversationsModel.h"

AccountListModel::AccountListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }

    AccountSession *session = m_sessions.at(index.row());
    Account *account = session->account();
    switch (role) {
    case JidRole:
        return account->jid();
    case Qt::DisplayRole:
    case DisplayNameRole: {
        const QString jid = account->jid();
        if (jid.isEmpty()) {
            return tr("New account");
        }
        const int at = jid.indexOf(QLatin1Char('@'));
        return at > 0 ? jid.left(at) : jid;
    }
    case AvatarRole: {
        const QString hash = account->avatars()->ownAvatarHash();
        return hash.isEmpty() ? QString() : QStringLiteral("image://avatar/") + hash;
    }
    case ConnectionStateRole:
        return int(account->state());
    case UnreadCountRole:
        return account->conversations()->unreadTotal();
    case SessionRole:
        return QVariant::fromValue(session);
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    return {
        {JidRole, QByteArrayLiteral("jid")},
        {DisplayNameRole, QByteArrayLiteral("displayName")},
        {AvatarRole, QByteArrayLiteral("avatar")},
        {ConnectionStateRole, QByteArrayLiteral("connectionState")},
        {UnreadCountRole, QByteArrayLiteral("unreadCount")},
        {SessionRole, QByteArrayLiteral("session")},
    };
}

void AccountListModel::append(AccountSession *session)
{
    const int row = int(m_sessions.size());
    beginInsertRows({}, row, row);
    m_sessions.append(session);
    endInsertRows();
    watch(session);
    Q_EMIT countChanged();
    Q_EMIT unreadTotalChanged();
}

void AccountListModel::remove(AccountSession *session)
{
    const int row = indexOf(session);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_sessions.removeAt(row);
    endRemoveRows();
    session->account()->disconnect(this);
    session->account()->avatars()->disconnect(this);
    session->account()->conversations()->disconnect(this);
    Q_EMIT countChanged();
    Q_EMIT unreadTotalChanged();
}

int AccountListModel::indexOf(AccountSession *session) const
{
    return int(m_sessions.indexOf(session));
}

AccountSession *AccountListModel::sessionAt(int row) const
{
    return row >= 0 && row < m_sessions.size() ? m_sessions.at(row) : nullptr;
}

QList<AccountSession *> AccountListModel::sessions() const
{
    return m_sessions;
}

int AccountListModel::unreadTotal() const
{
    int total = 0;
    for (AccountSession *session : m_sessions) {
        total += session->account()->conversations()->unreadTotal();
    }
    return total;
}

void AccountListModel::watch(AccountSession *session)
{
    Account *account = session->account();
    connect(account, &Account::jidChanged, this, [this, session] {
        updateRow(session, {JidRole, DisplayNameRole, Qt::DisplayRole});
    });
    connect(account, &Account::stateChanged, this, [this, session] {
        updateRow(session, {ConnectionStateRole});
    });
    connect(account->avatars(), &AvatarService::ownAvatarHashChanged, this, [this, session] {
        updateRow(session, {AvatarRole});
    });
    connect(account->conversations(), &ConversationsModel::unreadTotalChanged, this, [this, session] {
        updateRow(session, {UnreadCountRole});
        Q_EMIT unreadTotalChanged();
    });
}

void AccountListModel::updateRow(AccountSession *session, const QVector<int> &roles)
{
    const int row = indexOf(session);
    if (row >= 0) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, roles);
    }
}
