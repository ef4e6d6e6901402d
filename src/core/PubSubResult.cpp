#include "PubSubResult.h"

#include <QDomElement>

namespace {

const auto PubSubErrorsNamespace = QStringLiteral("http://jabber.org/protocol/pubsub#errors");

// Reads the PubSub-specific condition inside the response's <error/>.
QString pubSubConditionOf(const QDomElement &response)
{
    const QDomElement error = response.firstChildElement(QStringLiteral("error"));
    for (QDomElement child = error.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.namespaceURI() == PubSubErrorsNamespace) {
            return child.tagName();
        }
    }
    return {};
}

PubSubResult::Error errorOf(QXmppStanza::Error::Condition condition, const QString &pubSubCondition)
{
    if (pubSubCondition == QLatin1String("precondition-not-met")) {
        return PubSubResult::Error::PreconditionNotMet;
    }
    if (pubSubCondition == QLatin1String("unsupported") || pubSubCondition == QLatin1String("unsupported-access-model")) {
        return PubSubResult::Error::Unsupported;
    }
    switch (condition) {
    case QXmppStanza::Error::ItemNotFound:
        return PubSubResult::Error::ItemNotFound;
    case QXmppStanza::Error::Forbidden:
    case QXmppStanza::Error::NotAuthorized:
    case QXmppStanza::Error::RegistrationRequired:
    case QXmppStanza::Error::SubscriptionRequired:
        return PubSubResult::Error::Forbidden;
    case QXmppStanza::Error::Conflict:
        return PubSubResult::Error::Conflict;
    case QXmppStanza::Error::FeatureNotImplemented:
    case QXmppStanza::Error::ServiceUnavailable:
        return PubSubResult::Error::Unsupported;
    case QXmppStanza::Error::BadRequest:
    case QXmppStanza::Error::NotAcceptable:
    case QXmppStanza::Error::NotAllowed:
    case QXmppStanza::Error::PolicyViolation:
    case QXmppStanza::Error::JidMalformed:
        return PubSubResult::Error::Rejected;
    default:
        return PubSubResult::Error::Other;
    }
}

} // namespace

PubSubResult PubSubResult::fromResponse(const IqResponse &response)
{
    PubSubResult result;
    switch (response.status) {
    case IqResponse::Status::Result:
        return result;
    case IqResponse::Status::Timeout:
        result.m_error = Error::Timeout;
        return result;
    case IqResponse::Status::Disconnected:
    case IqResponse::Status::NotSent:
        result.m_error = Error::Offline;
        return result;
    case IqResponse::Status::Error:
        break;
    }
    result.m_stanzaError = response.error;
    result.m_pubSubCondition = pubSubConditionOf(response.element);
    result.m_error = errorOf(response.error.condition(), result.m_pubSubCondition);
    return result;
}

PubSubResult PubSubResult::invalidResponse()
{
    PubSubResult result;
    result.m_error = Error::InvalidResponse;
    return result;
}

bool PubSubResult::isOk() const
{
    return m_error == Error::None;
}

PubSubResult::Error PubSubResult::error() const
{
    return m_error;
}

QXmppStanza::Error PubSubResult::stanzaError() const
{
    return m_stanzaError;
}

QString PubSubResult::pubSubCondition() const
{
    return m_pubSubCondition;
}

QString PubSubResult::code() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::Timeout:
        return QStringLiteral("timeout");
    case Error::Offline:
        return QStringLiteral("offline");
    case Error::ItemNotFound:
        return QStringLiteral("item-not-found");
    case Error::Forbidden:
        return QStringLiteral("forbidden");
    case Error::Conflict:
        return QStringLiteral("conflict");
    case Error::PreconditionNotMet:
        return QStringLiteral("precondition-not-met");
    case Error::Unsupported:
        return QStringLiteral("unsupported");
    case Error::Rejected:
        return QStringLiteral("rejected");
    case Error::InvalidResponse:
        return QStringLiteral("invalid-response");
    case Error::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString PubSubResult::text() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::Timeout:
        return tr("The server did not answer in time. Try again later.");
    case Error::Offline:
        return tr("You are offline. Try again once you are connected.");
    case Error::ItemNotFound:
        return tr("The server does not have this anymore.");
    case Error::Forbidden:
        return tr("The server does not allow you to do this.");
    case Error::Conflict:
        return tr("This exists already or was changed meanwhile.");
    case Error::PreconditionNotMet:
        return tr("The server keeps this with other settings than requested.");
    case Error::Unsupported:
        return tr("The server does not support this.");
    case Error::Rejected:
        return tr("The server rejected the request as invalid.");
    case Error::InvalidResponse:
        return tr("The server sent an invalid answer.");
    case Error::Other:
        break;
    }
    return tr("The server reported an error: %1.").arg(m_stanzaError.text().isEmpty() ? tr("no details") : m_stanzaError.text());
}
