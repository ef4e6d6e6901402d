#include "StaticFileResolver.h"

#include <QFileInfo>
#include <QTextCodec>

namespace {

StaticFileResolver::Result reject(int statusCode, const QString &reason)
{
    StaticFileResolver::Result result;
    result.statusCode = statusCode;
    result.errorString = reason;
    return result;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// Decodes %XX escapes; returns false on a '%' not followed by two hex digits.
bool percentDecode(const QByteArray &encoded, QByteArray *decoded)
{
    decoded->clear();
    decoded->reserve(encoded.size());
    for (int i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c != '%') {
            decoded->append(c);
            continue;
        }
        if (i + 2 >= encoded.size()) {
            return false;
        }
        const int high = hexValue(encoded.at(i + 1));
        const int low = hexValue(encoded.at(i + 2));
        if (high < 0 || low < 0) {
            return false;
        }
        decoded->append(char(high * 16 + low));
        i += 2;
    }
    return true;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QTextDecoder decoder(QTextCodec::codecForName("UTF-8"), QTextCodec::ConvertInvalidToNull);
    decoder.toUnicode(bytes);
    return !decoder.hasFailure();
}

} // namespace

StaticFileResolver::StaticFileResolver(const QString &root)
    : m_root(root)
{
}

QString StaticFileResolver::root() const
{
    return m_root;
}

StaticFileResolver::Result StaticFileResolver::resolve(const QByteArray &target) const
{
    QByteArray path = target;
    const int queryStart = path.indexOf('?');
    if (queryStart >= 0) {
        path.truncate(queryStart);
    }
    const int fragmentStart = path.indexOf('#');
    if (fragmentStart >= 0) {
        path.truncate(fragmentStart);
    }

    if (!path.startsWith('/')) {
        return reject(400, QStringLiteral("target is not an absolute path"));
    }
    if (path.endsWith('/')) {
        path.append("index.html");
    }

    QString relativePath;
    const QList<QByteArray> segments = path.mid(1).split('/');
    for (const QByteArray &segment : segments) {
        QByteArray decoded;
        if (!percentDecode(segment, &decoded)) {
            return reject(400, QStringLiteral("invalid percent-encoding"));
        }
        if (decoded == "." || decoded == "..") {
            return reject(400, QStringLiteral("dot segment in path"));
        }
        if (decoded.contains('\0') || decoded.contains('/') || decoded.contains('\\')) {
            return reject(400, QStringLiteral("NUL byte, slash or backslash in a path segment"));
        }
        if (decoded.isEmpty()) {
            return reject(404, QStringLiteral("empty path segment"));
        }
        if (decoded.startsWith('.')) {
            return reject(404, QStringLiteral("hidden file name"));
        }
        if (!isValidUtf8(decoded)) {
            return reject(404, QStringLiteral("path is not valid UTF-8"));
        }
        relativePath += QLatin1Char('/') + QString::fromUtf8(decoded);
    }

    const QString filePath = m_root + relativePath;
    if (!QFileInfo(filePath).isFile()) {
        return reject(404, QStringLiteral("no such file"));
    }

    Result result;
    result.statusCode = 200;
    result.filePath = filePath;
    return result;
}

QByteArray StaticFileResolver::contentType(const QString &filePath)
{
    struct Type {
        const char *suffix;
        const char *mediaType;
    };
    static const Type types[] = {
        {"html", "text/html; charset=utf-8"},
        {"css", "text/css; charset=utf-8"},
        {"js", "text/javascript; charset=utf-8"},
        {"mjs", "text/javascript; charset=utf-8"},
        {"json", "application/json"},
        {"map", "application/json"},
        {"webmanifest", "application/manifest+json"},
        {"txt", "text/plain; charset=utf-8"},
        {"svg", "image/svg+xml"},
        {"png", "image/png"},
        {"jpg", "image/jpeg"},
        {"jpeg", "image/jpeg"},
        {"gif", "image/gif"},
        {"webp", "image/webp"},
        {"ico", "image/vnd.microsoft.icon"},
        {"woff", "font/woff"},
        {"woff2", "font/woff2"},
        {"wasm", "application/wasm"},
    };

    const QString suffix = QFileInfo(filePath).suffix().toLower();
    for (const Type &type : types) {
        if (suffix == QLatin1String(type.suffix)) {
            return QByteArray(type.mediaType);
        }
    }
    return QByteArrayLiteral("application/octet-stream");
}
