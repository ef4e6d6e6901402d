#pragma once

#include <QAbstractListModel>
#include <QList>

class AccountSession;

/// The accounts of the desktop app, in the order the user added them, for the account switcher.
///
/// The model does not own the sessions: the app adds each session after creating it and
/// removes it before deleting it. A row changes whenever its account's JID, connection
/// state, avatar or number of unread messages changes.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// Unread messages of all accounts together, as the tray icon shows them.
    Q_PROPERTY(int unreadTotal READ unreadTotal NOTIFY unreadTotalChanged)

public:
    enum Role {
        /// Bare JID of the account, empty before its first sign-in.
        JidRole = Qt::UserRole + 1,
        /// Name shown for the account: the local part of its JID, or the text "New account" before its first sign-in.
        DisplayNameRole,
        /// URL of the account's own avatar from the image provider (image://avatar/HASH), empty for none.
        AvatarRole,
        /// Account::State of the account, as an int.
        ConnectionStateRole,
        /// Unread messages in the account's 1:1 conversations: the sum of its conversations' unread counts.
        UnreadCountRole,
        /// The AccountSession itself.
        SessionRole,
    };
    Q_ENUM(Role)

    explicit AccountListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void append(AccountSession *session);
    void remove(AccountSession *session);
    /// Returns the row of \a session, or -1.
    int indexOf(AccountSession *session) const;
    /// Returns the session of \a row, or nullptr when \a row is out of range.
    Q_INVOKABLE AccountSession *sessionAt(int row) const;
    QList<AccountSession *> sessions() const;
    int unreadTotal() const;

Q_SIGNALS:
    void countChanged();
    void unreadTotalChanged();

private:
    void watch(AccountSession *session);
    void updateRow(AccountSession *session, const QVector<int> &roles);

    QList<AccountSession *> m_sessions;
};
