#pragma once

#include <QIdentityProxyModel>
#include <QPointer>

class ContactsModel;

/// The conversation list as the Chats page shows it: the rows of a ConversationsModel
/// with the names of the contacts.
///
/// Any source with a bare JID in a role named \c peer works, so the message search
/// shows the names of its results' conversations through this model too (MessageSearchModel).
/// It has the source model's roles (see ConversationsModel) and two more:
/// - \c name (QString): the peer's name in the roster; empty when the user gave none or the
///   peer is not a contact.
/// - \c displayName (QString): the name, or the peer's JID when there is none.
///
/// The names follow the contacts model: a renamed, added or removed contact changes the
/// rows of its conversation.
class ConversationListModel : public QIdentityProxyModel
{
    Q_OBJECT
    Q_PROPERTY(ContactsModel *contacts READ contacts WRITE setContacts NOTIFY contactsChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 100,
        DisplayNameRole,
    };
    Q_ENUM(Role)

    explicit ConversationListModel(QObject *parent = nullptr);

    ContactsModel *contacts() const;
    void setContacts(ContactsModel *contacts);
    int count() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void contactsChanged();
    void countChanged();

private:
    QString nameOf(const QString &peer) const;
    /// Emits dataChanged() for the name roles of the rows whose peer is in \a peers, or of every row when \a peers is empty.
    void updateNames(const QStringList &peers);
    QStringList peersOfContacts(int first, int last) const;
    void findPeerRole();

    QPointer<ContactsModel> m_contacts;
    /// The source's role named "peer", or -1 when it has none.
    int m_peerRole = -1;
    QList<QMetaObject::Connection> m_contactConnections;
};
