#pragma once

#include <QObject>

class ContactsModel;
class QXmppClient;
class QXmppRosterManager;

/// Keeps a ContactsModel in step with the account's roster and the presences of its contacts.
///
/// It fills the model when the server sends the roster, applies roster pushes
/// (RFC 6121, section 2.1.6) and presence changes as they arrive, and marks
/// every contact offline when the connection is gone.
class RosterService : public QObject
{
    Q_OBJECT

public:
    RosterService(QXmppClient *client, ContactsModel *model, QObject *parent = nullptr);

private:
    void loadRoster();
    void updateItem(const QString &bareJid);
    void updatePresence(const QString &bareJid);

    QXmppClient *m_client;
    QXmppRosterManager *m_rosterManager;
    ContactsModel *m_model;
};
