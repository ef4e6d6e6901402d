#pragma once

#include "HttpResponse.h"
#include "StaticFileResolver.h"

#include <QHash>

class HttpRequestHead;

/// Responder for GET and HEAD requests of the web front end's files.
///
/// Every file is sent with its media type, an ETag, "Cache-Control:
/// no-cache" (the file names carry no version, so browsers revalidate and
/// get 304 Not Modified while the file is unchanged) and
/// "X-Content-Type-Options: nosniff". HTML files also carry a
/// Content-Security-Policy that allows scripts, styles and connections of
/// the same origin only.
class StaticFileHandler
{
public:
    /// \a root is the folder or resource prefix of the files, such as ":/web".
    explicit StaticFileHandler(const QString &root);

    /// Builds the response to \a request; for an error status, \a errorString receives the reason.
    HttpResponse respond(const HttpRequestHead &request, QString *errorString);

private:
    struct File {
        QByteArray content;
        QByteArray entityTag;
    };

    /// Reads \a filePath once; returns false if it cannot be read.
    bool load(const QString &filePath, File *file);

    StaticFileResolver m_resolver;
    // NOTE: files are read once and kept, which suits the read-only resources they come from.
    QHash<QString, File> m_files;
};
