#pragma once

#include "IqResponse.h"

#include <QObject>
#include <QQueue>

#include <functional>
#include <utility>

class IqRequestExtension;

/// disco#info requests (XEP-0030, section 3) to many entities, a few at a time.
///
/// A room list of a thousand rooms would otherwise send a thousand requests at once, which
/// servers throttle or reject with errors. The queue keeps at most maxConcurrent requests
/// waiting for a response and calls its handler once for each entity, with the response or
/// with how the request failed. clear() drops the entities that wait and ignores the responses
/// still to come, but those requests keep their slots until they end.
///
/// \code
/// auto *queue = new DiscoInfoQueue(requests, 8, this, [](const QString &jid, const IqResponse &response) { ... });
/// connect(queue, &DiscoInfoQueue::finished, this, [] { ... });
/// queue->enqueue(QStringLiteral("room@conference.example.org"));
/// \endcode
class DiscoInfoQueue : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QString &jid, const IqResponse &response)>;
    /// A handler for requests that may name a node of the entity (XEP-0030).
    using NodeHandler = std::function<void(const QString &jid, const QString &node, const IqResponse &response)>;

    /// \a requests, an extension of the account's client, must outlive the queue.
    DiscoInfoQueue(IqRequestExtension *requests, int maxConcurrent, QObject *parent, Handler handler);
    DiscoInfoQueue(IqRequestExtension *requests, int maxConcurrent, QObject *parent, NodeHandler handler);

    /// Time to wait for each response, in milliseconds.
    void setTimeoutMs(int timeoutMs);

    /// Requests the info of \a jid once a slot is free.
    void enqueue(const QString &jid);
    /// Requests the info of the node \a node of \a jid once a slot is free.
    void enqueue(const QString &jid, const QString &node);
    /// Drops the waiting entities and ignores the responses to the requests sent so far.
    void clear();

    /// Number of requests sent and still without a response, including those that clear() ignores.
    int runningCount() const;
    /// Whether no entity waits and no request of the current batch is running.
    bool isIdle() const;

Q_SIGNALS:
    /// Every entity enqueued since the last clear() got its handler call.
    void finished();

private:
    void sendWaiting();
    void handleResponse(const QString &jid, const QString &node, int batch, const IqResponse &response);
    /// Emits finished() once per batch, when it has become idle.
    void reportIfFinished();

    IqRequestExtension *m_requests;
    int m_maxConcurrent;
    int m_timeoutMs;
    NodeHandler m_handler;
    /// JIDs and nodes, an empty node for the entity itself.
    QQueue<std::pair<QString, QString>> m_waiting;
    /// Requests sent and still without a response, of any batch.
    int m_running = 0;
    /// Requests of the current batch, whose responses go to the handler.
    int m_runningInBatch = 0;
    /// Changes with every clear(), so that responses of an earlier batch are ignored.
    int m_batch = 0;
    bool m_sending = false;
    bool m_finishReported = true;
};
