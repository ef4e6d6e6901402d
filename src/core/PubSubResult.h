#pragma once

#include "IqResponse.h"

#include <QCoreApplication>
#include <QString>
#include <QXmppStanza.h>

/// The outcome of a PubSub request (XEP-0060): success, or the kind of error.
class PubSubResult
{
    Q_DECLARE_TR_FUNCTIONS(PubSubResult)

public:
    enum class Error {
        None,
        /// No response arrived within the request's timeout.
        Timeout,
        /// The connection closed before the response, or the request could not be sent.
        Offline,
        /// The node or the item does not exist.
        ItemNotFound,
        /// The user may not do this (forbidden, not-authorized, or a subscription is required).
        Forbidden,
        /// The node exists already, or the request conflicts with its state.
        Conflict,
        /// Publish options that do not match the node's configuration (XEP-0060, section 7.1.5).
        PreconditionNotMet,
        /// The service does not support the request (feature-not-implemented, service-unavailable).
        Unsupported,
        /// The request is invalid for this node (bad-request, not-acceptable, payload too big, …).
        Rejected,
        /// A result that lacks what the request expects, such as the items of an items request.
        InvalidResponse,
        Other,
    };

    PubSubResult() = default;

    /// Reads the outcome of an IQ response. A result is a success.
    static PubSubResult fromResponse(const IqResponse &response);
    static PubSubResult invalidResponse();

    bool isOk() const;
    Error error() const;
    /// The stanza error of an error response.
    QXmppStanza::Error stanzaError() const;
    /// The PubSub-specific condition (namespace http://jabber.org/protocol/pubsub#errors), such as
    /// "precondition-not-met" or "invalid-payload"; empty when the response had none.
    QString pubSubCondition() const;
    /// A stable name of the error for logs, such as "item-not-found"; empty on success.
    QString code() const;
    /// A translated sentence about the error for the user; empty on success.
    QString text() const;

private:
    Error m_error = Error::None;
    QXmppStanza::Error m_stanzaError;
    QString m_pubSubCondition;
};
