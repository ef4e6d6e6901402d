#pragma once

#include <QDomElement>
#include <QString>
#include <QXmppStanza.h>

/// The outcome of an IQ request sent through IqRequestExtension.
struct IqResponse
{
    enum class Status {
        /// The recipient replied with an IQ of type result.
        Result,
        /// The recipient replied with an IQ of type error, described by error.
        Error,
        /// No response arrived within the request's timeout.
        Timeout,
        /// The connection closed before a response arrived.
        Disconnected,
        /// The request could not be sent, for example because the client is offline.
        NotSent,
    };

    Status status = Status::NotSent;
    /// The stanza error of a response of type error (RFC 6120, section 8.3).
    QXmppStanza::Error error;
    /// The response stanza, for reading the payload of a result; null when no response arrived.
    QDomElement stanza;

    bool isResult() const
    {
        return status == Status::Result;
    }

    /// Returns a translated reason for a request that got no response (timeout, lost connection, not sent),
    /// or an empty string for a result or an error, whose reason depends on the request.
    QString deliveryFailureText() const;
};
