#pragma once

#include "store/CommentStore.h"

#include <QObject>
#include <QVector>

#include <functional>
#include <memory>

class PubSubClient;
class PubSubResult;
class QXmppClient;

/// The queue of the user's comments, likes and retractions of comments (XEP-0277, section 4),
/// sent one at a time.
///
/// An action is stored before it is sent, so it survives a restart. It stays queued while the
/// account is offline and after a timeout (sent again after RetryDelayMs), and leaves the queue
/// when the server confirms it (sent()) or rejects it (failed()). CommentsService shows queued
/// actions as pending.
class CommentOutbox : public QObject
{
    Q_OBJECT

public:
    /// Time before an action that timed out is sent again, in milliseconds.
    static constexpr int RetryDelayMs = 5000;

    /// \a pubsub must outlive the outbox.
    CommentOutbox(PubSubClient *pubsub, QObject *parent = nullptr);

    /// Sets the account's client; the queue is sent while it is signed in.
    void setClient(QXmppClient *client);
    /// Sets the user's bare JID: the author of the comments.
    void setAccountJid(const QString &jid);
    /// Keeps the queue in \a store from now on, and loads it; with a null \a store the queue stays in memory.
    void setStore(CommentStore *store);

    /// Queues \a action, replacing a queued action on the same item unless that one is being sent.
    void enqueue(const PendingCommentAction &action);
    QVector<PendingCommentAction> actions() const;
    /// Sends the first queued action, if the account is signed in and nothing is being sent.
    void sendNext();
    /// Forgets the action being sent, as when the connection closes: it stays queued.
    void resetSending();

    /// Returns the entry of a comment or like that \a action publishes, written by \a accountJid.
    static MicroblogEntry entryOf(const PendingCommentAction &action, const QString &accountJid);

Q_SIGNALS:
    void actionsChanged();
    /// Reports that the server confirmed \a action.
    void sent(const PendingCommentAction &action);
    /// Reports that the server rejected \a action, with a translated sentence.
    void failed(const PendingCommentAction &action, const QString &errorText);

private:
    QString requestService(const QString &service) const;
    void publish(const PendingCommentAction &action);
    void retract(const PendingCommentAction &action);
    void handleResult(const PendingCommentAction &action, const PubSubResult &result);
    void finishFirst();

    PubSubClient *m_pubsub;
    QXmppClient *m_client = nullptr;
    CommentStore *m_store = nullptr;
    QString m_accountJid;
    QVector<PendingCommentAction> m_actions;
    bool m_sending = false;
    bool m_loading = false;
    // Counts the stores set and the sends, so that results for a replaced one are dropped.
    int m_generation = 0;
};
