#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

/// Parser of an HTTP/1.x request head: the request line and the header fields (RFC 9112).
///
/// The parser is strict, because it only has to understand browsers and
/// test clients. Lines end with CRLF, header fields are not folded, and
/// anything else is rejected with the status code of the error response.
///
/// parse() takes all bytes received so far on the connection, so a server
/// can peek at the socket without consuming the head, and resumes after the
/// last complete line it has seen.
class HttpRequestHead
{
public:
    enum class Status {
        /// More bytes are needed.
        Incomplete,
        Complete,
        /// The head is invalid; errorStatusCode() is the response status.
        Invalid,
    };

    static constexpr int DefaultMaxRequestLineSize = 8 * 1024;
    static constexpr int DefaultMaxHeaderSize = 16 * 1024;
    static constexpr int DefaultMaxHeaderCount = 100;

    /// \a maxRequestLineSize and \a maxHeaderSize are in bytes, line endings included.
    explicit HttpRequestHead(int maxRequestLineSize = DefaultMaxRequestLineSize,
                             int maxHeaderSize = DefaultMaxHeaderSize,
                             int maxHeaderCount = DefaultMaxHeaderCount);

    /// Parses \a received, the bytes from the start of the connection; each call passes a longer prefix.
    Status parse(const QByteArray &received);
    Status status() const;

    /// 400, 414, 431 or 505 after Invalid.
    int errorStatusCode() const;
    /// Description of the problem with the head, fit for a log line.
    QString errorString() const;

    /// Size of the complete head in bytes, including the empty line that ends it.
    int size() const;

    QByteArray method() const;
    /// Request target as sent, such as "/app.js?v=2".
    QByteArray target() const;
    /// Request target without its query.
    QByteArray path() const;
    /// "HTTP/1.0" or "HTTP/1.1".
    QByteArray version() const;

    /// Header fields in the order received, with lower-case names and values without surrounding blanks.
    QList<QPair<QByteArray, QByteArray>> headers() const;
    /// Value of the first field named \a name (lower case), or a null array.
    QByteArray header(const QByteArray &name) const;
    /// Number of fields named \a name (lower case).
    int headerCount(const QByteArray &name) const;
    /// Whether the comma-separated field \a name contains \a token, compared without case.
    bool headerContainsToken(const QByteArray &name, const QByteArray &token) const;

    /// Whether \a text is a non-empty token (RFC 9110, section 5.6.2).
    static bool isToken(const QByteArray &text);

private:
    Status fail(int statusCode, const QString &description);
    Status failTooLarge();
    Status parseRequestLine(const QByteArray &line);
    Status parseHeaderLine(const QByteArray &line);
    Status finishHead();

    int m_maxRequestLineSize;
    int m_maxHeaderSize;
    int m_maxHeaderCount;

    Status m_status = Status::Incomplete;
    int m_errorStatusCode = 0;
    QString m_errorString;

    /// Offset of the first byte after the last complete line.
    int m_parsedSize = 0;
    /// Offset of the first header line, or -1 before the request line is complete.
    int m_headerStart = -1;

    QByteArray m_method;
    QByteArray m_target;
    QByteArray m_version;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};
