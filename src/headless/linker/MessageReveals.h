#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

class MessagesModel;

/// The `revealMessage` requests of the tabs on published messages models: each loads older pages
/// until the message is in the model (MessagesModel::revealMessage()), and its reply comes once it
/// is, or once it is known to be missing.
///
/// A model looks for one message at a time, so a new request for a model replaces the one that
/// runs, whose reply then fails with `cancelled`, as it does when the model goes away first.
class MessageReveals : public QObject
{
    Q_OBJECT

public:
    explicit MessageReveals(QObject *parent = nullptr);

    /// Starts looking for \a messageId in \a model, published as \a name, for the request \a id of
    /// \a tab. The reply comes through replyReady(), at once when the message is loaded already.
    void reveal(quint64 tab, const QJsonValue &id, const QString &name, MessagesModel *model, qint64 messageId);
    /// Replies `cancelled` to the request for \a name, if one waits, unless \a tab is another tab.
    void cancel(const QString &name, quint64 tab = 0);
    /// Forgets the requests of \a tab, when the tab has closed.
    void dropTab(quint64 tab);

Q_SIGNALS:
    /// \a reply is the `invokeResult` message of a request of \a tab.
    void replyReady(quint64 tab, const QJsonObject &reply);

private:
    /// A request that waits for its model.
    struct PendingReveal {
        quint64 tab = 0;
        QJsonValue id;
        qint64 messageId = 0;
    };

    void finish(const QString &name, qint64 messageId, bool found);

    /// Requests by model name.
    QHash<QString, PendingReveal> m_reveals;
    /// Models whose reveal signals are connected.
    QSet<const MessagesModel *> m_models;
};
