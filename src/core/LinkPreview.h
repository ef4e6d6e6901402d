#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QVariantMap>

/// The preview of a web page that a post links to: what the page declares about itself in its
/// Open Graph (https://ogp.me) and Twitter card \c meta tags, its \c title element and its
/// \c meta description.
///
/// Every field is plain text or a checked URL. Front ends must show the text fields as plain
/// text, never as rich text, because they come from the page as published.
struct LinkPreview
{
    /// Maximum length of the title, in UTF-16 code units. Longer titles are cut.
    static constexpr int MaxTitleLength = 300;
    /// Maximum length of the description, in UTF-16 code units. Longer ones are cut.
    static constexpr int MaxDescriptionLength = 1000;
    /// Maximum length of the site name, in UTF-16 code units. Longer ones are cut.
    static constexpr int MaxSiteNameLength = 100;

    /// The URL that the preview was requested for.
    QString url;
    /// og:title, else twitter:title, else the \c title element; empty when the page has none.
    QString title;
    /// og:description, else twitter:description, else \c meta name="description".
    QString description;
    /// og:image (or og:image:secure_url, og:image:url), else twitter:image, resolved against
    /// the page's URL and checked with ContentSanitizer::checkedImageUrl(); empty when missing
    /// or rejected.
    QString imageUrl;
    /// og:site_name, else the host of the page.
    QString siteName;
    /// og:url, else \c link rel="canonical", else the page's URL after redirects; always an http
    /// or https URL.
    QString canonicalUrl;

    /// Returns the preview as a map with the keys \c url, \c title, \c description,
    /// \c imageUrl, \c siteName and \c canonicalUrl, for QML and the linker.
    QVariantMap toVariantMap() const;

    /// Reads the preview from the HTML document \a html, fetched from \a pageUrl (after redirects),
    /// with libxml2's HTML parser. \a charset is the charset of the Content-Type header, or empty
    /// to let the parser read the document's own declaration. \a requestedUrl fills url.
    static LinkPreview fromHtml(const QByteArray &html, const QByteArray &charset, const QUrl &pageUrl, const QString &requestedUrl);
};
