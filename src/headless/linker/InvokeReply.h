#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

/// The `invokeResult` messages that the linker's own request handlers return, in the form of
/// ObjectInvoker's replies.
namespace InvokeReply {

/// Returns a successful reply to the request with the id \a id.
inline QJsonObject success(const QJsonValue &id)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("invokeResult")},
        {QStringLiteral("id"), id.isUndefined() ? QJsonValue() : id},
        {QStringLiteral("ok"), true},
    };
}

/// Returns a rejection with the stable \a errorCode and the translated \a message.
inline QJsonObject rejection(const QJsonValue &id, const QString &errorCode, const QString &message)
{
    QJsonObject reply = success(id);
    reply.insert(QStringLiteral("ok"), false);
    reply.insert(QStringLiteral("error"), errorCode);
    reply.insert(QStringLiteral("message"), message);
    return reply;
}

} // namespace InvokeReply
