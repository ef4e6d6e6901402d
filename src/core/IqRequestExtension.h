#pragma once

#include "IqResponse.h"

#include <QHash>
#include <QXmppClientExtension.h>

#include <functional>

class QTimer;
class QXmppIq;

/// Sends IQ requests and reports how each one ended: result, error, timeout or lost connection.
///
/// QXmpp 1.4 sends an IQ without reporting its response to the sender. This
/// extension matches responses to requests by their id (RFC 6120, section
/// 8.2.3) and calls the request's handler exactly once. It must come before
/// QXmpp's own extensions, so that they do not consume an error response that
/// repeats the request's payload: install it with QXmppClient::insertExtension(0, …).
///
/// \code
/// auto *requests = new IqRequestExtension;
/// client->insertExtension(0, requests);
/// requests->sendRequest(iq, this, [](const IqResponse &response) { ... });
/// \endcode
class IqRequestExtension : public QXmppClientExtension
{
    Q_OBJECT

public:
    using Handler = std::function<void(const IqResponse &)>;

    /// Time to wait for a response, in milliseconds. Prosody replies to roster requests at once;
    /// the margin is for slow links and busy servers.
    static constexpr int DefaultTimeoutMs = 30000;

    IqRequestExtension();
    ~IqRequestExtension() override;

    /// Sends \a iq, a request of type get or set, and calls \a handler once with its outcome,
    /// unless \a context, which must not be null, was destroyed by then. A request that cannot be sent is reported
    /// through \a handler before this function returns.
    void sendRequest(const QXmppIq &iq, QObject *context, Handler handler, int timeoutMs = DefaultTimeoutMs);

    /// Number of requests that wait for a response.
    int pendingCount() const;

    bool handleStanza(const QDomElement &stanza) override;

protected:
    void setClient(QXmppClient *client) override;

private:
    struct PendingRequest;

    bool isExpectedSender(const QString &from, const QString &requestTo);
    void finish(const QString &id, const IqResponse &response);
    void failAll(IqResponse::Status status);

    QHash<QString, PendingRequest *> m_pending;
};
