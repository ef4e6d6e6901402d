#pragma once

#include <QHash>
#include <QPointer>
#include <QString>

#include <functional>

class KNotification;
class QObject;

/// The open desktop notification of each conversation or room, by bare JID.
///
/// A JID has at most one notification open: a later event updates its text. KNotifications
/// deletes a notification once it is closed, and it is then forgotten here.
class OpenNotifications
{
public:
    /// \a context receives the connections to the notifications and must outlive them.
    explicit OpenNotifications(QObject *context);

    /// Returns the open notification of \a jid, or nullptr.
    KNotification *find(const QString &jid) const;
    /// Shows \a text in the notification of \a jid: updates the open one, or sends the one that
    /// \a create makes. Returns true when a new notification was sent.
    bool show(const QString &jid, const QString &text, const std::function<KNotification *()> &create);
    void close(const QString &jid);
    void closeAll();

private:
    QObject *m_context;
    QHash<QString, QPointer<KNotification>> m_notifications;
};
