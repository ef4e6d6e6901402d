#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

/// HTTP/1.1 response that closes the connection after it is sent.
class HttpResponse
{
public:
    explicit HttpResponse(int statusCode = 200);

    /// Response with a short plain-text body that repeats the status line.
    static HttpResponse error(int statusCode);

    int statusCode() const;
    void setStatusCode(int statusCode);

    /// Adds a header field; Content-Length, Date and Connection are added by toByteArray().
    void addHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    QByteArray body() const;
    void setBody(const QByteArray &body);

    /// Encodes the status line, header fields and, unless \a headOnly, the body.
    QByteArray toByteArray(bool headOnly = false) const;

    /// Reason phrase of \a statusCode, such as "Not Found".
    static QByteArray reasonPhrase(int statusCode);

private:
    int m_statusCode;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
};
