#include "JsonMessage.h"

#include <QJsonDocument>
#include <QJsonParseError>

QByteArray JsonMessage::encode(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

JsonMessage::DecodeResult JsonMessage::decode(const QByteArray &payload)
{
    DecodeResult result;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = Error::InvalidJson;
        result.errorString = QStringLiteral("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return result;
    }

    if (!document.isObject()) {
        result.error = Error::NotAnObject;
        result.errorString = document.isArray() ? QStringLiteral("JSON value is an array, not an object") : QStringLiteral("JSON value is not an object");
        return result;
    }

    result.object = document.object();
    return result;
}
