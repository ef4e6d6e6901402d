#pragma once

#include <QByteArray>
#include <QString>

/// Mapping of request targets to the files of the web front end.
///
/// The query and fragment are ignored, each path segment is
/// percent-decoded, and a path that ends with "/" names the index.html of
/// that folder. A dot segment ("." or ".."), raw or percent-encoded, is
/// rejected with 400 Bad Request: browsers remove dot segments before they
/// send a request (RFC 3986, section 5.2.4), so only a hand-made request
/// has one. A decoded segment with a NUL byte, a slash or a backslash is
/// also a 400. Empty segments ("//x") are not merged and, like names
/// starting with a dot and anything that is not a file under the root,
/// give 404 Not Found.
class StaticFileResolver
{
public:
    struct Result {
        /// 200 when filePath names a file, else 400 or 404.
        int statusCode = 404;
        /// Path of the file under the root, such as ":/web/index.html".
        QString filePath;
        /// Reason for the rejection of the target, for the log.
        QString errorString;
    };

    /// \a root is a folder or resource prefix, such as ":/web".
    explicit StaticFileResolver(const QString &root);

    QString root() const;

    /// Maps the request target \a target, such as "/app.js?v=2", to a file under root().
    Result resolve(const QByteArray &target) const;

    /// Media type for the file name \a filePath, with a UTF-8 charset for text types.
    static QByteArray contentType(const QString &filePath);

private:
    QString m_root;
};
