#include "DiscoInfoQueue.h"

#include "IqRequestExtension.h"

#include <QXmppDiscoveryIq.h>

DiscoInfoQueue::DiscoInfoQueue(IqRequestExtension *requests, int maxConcurrent, QObject *parent, Handler handler)
    : DiscoInfoQueue(requests, maxConcurrent, parent, NodeHandler([handler = std::move(handler)](const QString &jid, const QString &, const IqResponse &response) {
        handler(jid, response);
    }))
{
}

DiscoInfoQueue::DiscoInfoQueue(IqRequestExtension *requests, int maxConcurrent, QObject *parent, NodeHandler handler)
    : QObject(parent)
    , m_requests(requests)
    , m_maxConcurrent(maxConcurrent)
    , m_timeoutMs(IqRequestExtension::DefaultTimeoutMs)
    , m_handler(std::move(handler))
{
}

void DiscoInfoQueue::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
}

void DiscoInfoQueue::enqueue(const QString &jid)
{
    enqueue(jid, QString());
}

void DiscoInfoQueue::enqueue(const QString &jid, const QString &node)
{
    m_waiting.enqueue({jid, node});
    m_finishReported = false;
    sendWaiting();
}

void DiscoInfoQueue::clear()
{
    m_waiting.clear();
    m_runningInBatch = 0;
    m_finishReported = true;
    ++m_batch;
}

int DiscoInfoQueue::runningCount() const
{
    return m_running;
}

bool DiscoInfoQueue::isIdle() const
{
    return m_waiting.isEmpty() && m_runningInBatch == 0;
}

void DiscoInfoQueue::sendWaiting()
{
    // A request that cannot be sent ends inside sendRequest(), and its handler calls this again:
    // the running loop goes on with the next entity instead.
    if (m_sending) {
        return;
    }
    m_sending = true;
    while (m_running < m_maxConcurrent && !m_waiting.isEmpty()) {
        const auto [jid, node] = m_waiting.dequeue();
        QXmppDiscoveryIq iq;
        iq.setType(QXmppIq::Get);
        iq.setQueryType(QXmppDiscoveryIq::InfoQuery);
        iq.setTo(jid);
        iq.setQueryNode(node);
        ++m_running;
        ++m_runningInBatch;
        m_requests->sendRequest(iq, this, [this, jid = jid, node = node, batch = m_batch](const IqResponse &response) {
            handleResponse(jid, node, batch, response);
        }, m_timeoutMs);
    }
    m_sending = false;
    reportIfFinished();
}

void DiscoInfoQueue::handleResponse(const QString &jid, const QString &node, int batch, const IqResponse &response)
{
    --m_running;
    if (batch == m_batch) {
        --m_runningInBatch;
        m_handler(jid, node, response);
    }
    sendWaiting();
}

void DiscoInfoQueue::reportIfFinished()
{
    if (!m_sending && !m_finishReported && isIdle()) {
        m_finishReported = true;
        Q_EMIT finished();
    }
}
