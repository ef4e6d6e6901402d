#include "HttpResponse.h"

#include <QDateTime>
#include <QLocale>

HttpResponse::HttpResponse(int statusCode)
    : m_statusCode(statusCode)
{
}

HttpResponse HttpResponse::error(int statusCode)
{
    HttpResponse response(statusCode);
    response.addHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8"));
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.addHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setBody(QByteArray::number(statusCode) + ' ' + reasonPhrase(statusCode) + '\n');
    return response;
}

int HttpResponse::statusCode() const
{
    return m_statusCode;
}

void HttpResponse::setStatusCode(int statusCode)
{
    m_statusCode = statusCode;
}

void HttpResponse::addHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &field : m_headers) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0) {
            return field.second;
        }
    }
    return {};
}

QByteArray HttpResponse::body() const
{
    return m_body;
}

void HttpResponse::setBody(const QByteArray &body)
{
    m_body = body;
}

QByteArray HttpResponse::toByteArray(bool headOnly) const
{
    // RFC 9110, section 5.6.7: IMF-fixdate, always in English and GMT.
    const QByteArray date = QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " GMT";

    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(m_statusCode) + ' ' + reasonPhrase(m_statusCode) + "\r\n";
    bytes += "Date: " + date + "\r\n";
    for (const auto &field : m_headers) {
        bytes += field.first + ": " + field.second + "\r\n";
    }
    // 304 responses describe the stored body, so they carry no Content-Length of their own.
    if (m_statusCode != 304) {
        bytes += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
    }
    bytes += "Connection: close\r\n\r\n";

    if (!headOnly && m_statusCode != 304) {
        bytes += m_body;
    }
    return bytes;
}

QByteArray HttpResponse::reasonPhrase(int statusCode)
{
    switch (statusCode) {
    case 200:
        return QByteArrayLiteral("OK");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 426:
        return QByteArrayLiteral("Upgrade Required");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Unknown");
    }
}
