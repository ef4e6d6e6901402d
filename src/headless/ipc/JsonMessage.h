#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/// Conversion between the JSON objects of Salon's protocols and their UTF-8 bytes.
///
/// Every message of the WebSocket and the frame protocol is one JSON object;
/// any other JSON value is a protocol error.
class JsonMessage
{
public:
    enum class Error {
        NoError,
        /// The bytes are not valid JSON.
        InvalidJson,
        /// The bytes are valid JSON, but not an object.
        NotAnObject,
    };

    /// Decoded object, or the reason why decoding failed.
    struct DecodeResult {
        QJsonObject object;
        Error error = Error::NoError;
        /// Description that names the position of a syntax error, never the payload.
        QString errorString;

        bool isValid() const
        {
            return error == Error::NoError;
        }
    };

    /// Returns \a object as compact UTF-8 JSON.
    static QByteArray encode(const QJsonObject &object);
    static DecodeResult decode(const QByteArray &payload);
};
