#pragma once

#include <QString>

class QUrl;
class QXmppMessage;

/// The file that a message shares by URL: out-of-band data (XEP-0066), or a body that is
/// only an https URL, as clients that upload through HTTP File Upload (XEP-0363) send it.
class Attachment
{
public:
    /// Returns the attachment URL of \a message: its out-of-band URL if that is an http or https
    /// URL, otherwise its body if the body is exactly one https URL, otherwise an empty string.
    static QString urlOf(const QXmppMessage &message);
    /// Returns whether \a url is a valid http or https URL with a host, the only URLs Salon fetches.
    static bool isFetchable(const QUrl &url);
    /// Returns "image", "video", "audio" or "file", from the extension of the URL's file name.
    static QString typeOf(const QString &url);
    /// Returns the type for a MIME type such as "image/png" (from a Content-Type header), as typeOf() does.
    static QString typeOfMimeType(const QString &mimeType);
    /// Returns the last segment of the URL's path, decoded and made safe as a local file name:
    /// without path separators, control characters or a leading dot. Returns "download" when
    /// nothing usable is left.
    static QString fileNameOf(const QString &url);
};
