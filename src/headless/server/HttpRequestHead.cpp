#include "HttpRequestHead.h"

#include <algorithm>

namespace {

bool isTokenCharacter(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
    }
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

// Visible ASCII characters; targets with other bytes are not valid URIs.
bool isValidTarget(const QByteArray &target)
{
    if (target.isEmpty()) {
        return false;
    }
    for (const char c : target) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f) {
            return false;
        }
    }
    return true;
}

// Field values may hold visible characters, blanks and bytes above 0x7f, but no control characters.
bool isValidFieldValue(const QByteArray &value)
{
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f) {
            return false;
        }
    }
    return true;
}

bool isHttpVersionSyntax(const QByteArray &version)
{
    return version.size() == 8 && version.startsWith("HTTP/") && version.at(5) >= '0' && version.at(5) <= '9' && version.at(6) == '.' && version.at(7) >= '0'
        && version.at(7) <= '9';
}

} // namespace

HttpRequestHead::HttpRequestHead(int maxRequestLineSize, int maxHeaderSize, int maxHeaderCount)
    : m_maxRequestLineSize(maxRequestLineSize)
    , m_maxHeaderSize(maxHeaderSize)
    , m_maxHeaderCount(maxHeaderCount)
{
}

HttpRequestHead::Status HttpRequestHead::parse(const QByteArray &received)
{
    while (m_status == Status::Incomplete) {
        const int lineStart = m_parsedSize;
        const int lineEnd = received.indexOf('\n', lineStart);
        const bool inHeaders = m_headerStart >= 0;
        const int limit = inHeaders ? m_maxHeaderSize : m_maxRequestLineSize;
        // All header lines share one budget, counted from the end of the request line.
        const int sectionStart = inHeaders ? m_headerStart : 0;
        const int sectionEnd = lineEnd < 0 ? received.size() : lineEnd + 1;

        if (sectionEnd - sectionStart > limit) {
            return failTooLarge();
        }
        if (lineEnd < 0) {
            return m_status;
        }
        if (lineEnd == lineStart || received.at(lineEnd - 1) != '\r') {
            return fail(400, QStringLiteral("line does not end with CRLF"));
        }

        const QByteArray line = received.mid(lineStart, lineEnd - 1 - lineStart);
        m_parsedSize = lineEnd + 1;

        if (!inHeaders) {
            parseRequestLine(line);
            m_headerStart = m_parsedSize;
        } else if (line.isEmpty()) {
            finishHead();
        } else {
            parseHeaderLine(line);
        }
    }
    return m_status;
}

HttpRequestHead::Status HttpRequestHead::status() const
{
    return m_status;
}

int HttpRequestHead::errorStatusCode() const
{
    return m_errorStatusCode;
}

QString HttpRequestHead::errorString() const
{
    return m_errorString;
}

int HttpRequestHead::size() const
{
    return m_status == Status::Complete ? m_parsedSize : 0;
}

QByteArray HttpRequestHead::method() const
{
    return m_method;
}

QByteArray HttpRequestHead::target() const
{
    return m_target;
}

QByteArray HttpRequestHead::path() const
{
    const int query = m_target.indexOf('?');
    return query < 0 ? m_target : m_target.left(query);
}

QByteArray HttpRequestHead::version() const
{
    return m_version;
}

QList<QPair<QByteArray, QByteArray>> HttpRequestHead::headers() const
{
    return m_headers;
}

QByteArray HttpRequestHead::header(const QByteArray &name) const
{
    for (const auto &field : m_headers) {
        if (field.first == name) {
            return field.second;
        }
    }
    return {};
}

int HttpRequestHead::headerCount(const QByteArray &name) const
{
    int count = 0;
    for (const auto &field : m_headers) {
        if (field.first == name) {
            ++count;
        }
    }
    return count;
}

bool HttpRequestHead::headerContainsToken(const QByteArray &name, const QByteArray &token) const
{
    for (const auto &field : m_headers) {
        if (field.first != name) {
            continue;
        }
        const QList<QByteArray> items = field.second.split(',');
        for (const QByteArray &item : items) {
            if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
    }
    return false;
}

bool HttpRequestHead::isToken(const QByteArray &text)
{
    if (text.isEmpty()) {
        return false;
    }
    return std::all_of(text.cbegin(), text.cend(), isTokenCharacter);
}

HttpRequestHead::Status HttpRequestHead::fail(int statusCode, const QString &description)
{
    m_status = Status::Invalid;
    m_errorStatusCode = statusCode;
    m_errorString = description;
    return m_status;
}

HttpRequestHead::Status HttpRequestHead::failTooLarge()
{
    if (m_headerStart < 0) {
        return fail(414, QStringLiteral("request line exceeds %1 bytes").arg(m_maxRequestLineSize));
    }
    return fail(431, QStringLiteral("header fields exceed %1 bytes").arg(m_maxHeaderSize));
}

HttpRequestHead::Status HttpRequestHead::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3) {
        return fail(400, QStringLiteral("request line does not have the form METHOD TARGET VERSION"));
    }

    if (!isToken(parts.at(0))) {
        return fail(400, QStringLiteral("invalid method"));
    }
    if (!isValidTarget(parts.at(1))) {
        return fail(400, QStringLiteral("invalid request target"));
    }
    if (!isHttpVersionSyntax(parts.at(2))) {
        return fail(400, QStringLiteral("invalid HTTP version"));
    }
    if (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0") {
        return fail(505, QStringLiteral("HTTP version %1 is not supported").arg(QLatin1String(parts.at(2))));
    }

    m_method = parts.at(0);
    m_target = parts.at(1);
    m_version = parts.at(2);
    return m_status;
}

HttpRequestHead::Status HttpRequestHead::parseHeaderLine(const QByteArray &line)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        return fail(400, QStringLiteral("folded header field"));
    }

    const int colon = line.indexOf(':');
    if (colon < 0) {
        return fail(400, QStringLiteral("header field without a colon"));
    }
    const QByteArray name = line.left(colon);
    if (!isToken(name)) {
        return fail(400, QStringLiteral("invalid header field name"));
    }
    const QByteArray rawValue = line.mid(colon + 1);
    if (!isValidFieldValue(rawValue)) {
        return fail(400, QStringLiteral("control character in header field %1").arg(QLatin1String(name)));
    }

    const QByteArray value = rawValue.trimmed();

    if (m_headers.size() >= m_maxHeaderCount) {
        return fail(431, QStringLiteral("more than %1 header fields").arg(m_maxHeaderCount));
    }
    m_headers.append({name.toLower(), value});
    return m_status;
}

HttpRequestHead::Status HttpRequestHead::finishHead()
{
    // RFC 9112, section 3.2: an HTTP/1.1 request has exactly one Host field.
    const int hostCount = headerCount(QByteArrayLiteral("host"));
    if (hostCount > 1 || (hostCount == 0 && m_version == "HTTP/1.1")) {
        return fail(400, QStringLiteral("HTTP/1.1 request without exactly one Host field"));
    }

    m_status = Status::Complete;
    return m_status;
}
