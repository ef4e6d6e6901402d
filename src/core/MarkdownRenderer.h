#pragma once

#include <QString>

/// A post or comment written in Markdown, rendered for publishing.
struct RenderedMarkdown
{
    /// An XHTML fragment, the children of the Atom content's div (XEP-0277).
    QString xhtml;
    /// The same text without markup, for clients and notifications that show only text.
    QString plainText;
};

/// Renders what the user writes in Markdown (CommonMark, read by cmark) to XHTML and to plain text.
///
/// The XHTML is written element by element with QXmlStreamWriter, so it is always well-formed,
/// and it uses only the elements that ContentSanitizer keeps. Line breaks inside a paragraph
/// stay line breaks, as people expect of a social post. HTML in the input is shown as the text
/// it is, never as markup. Links and images keep only http, https, xmpp and mailto addresses
/// (images only http and https); other addresses leave their text.
class MarkdownRenderer
{
public:
    /// Maximum length of the input, in UTF-16 code units; the rest is left out.
    static constexpr int MaxInputLength = 256 * 1024;

    static RenderedMarkdown render(const QString &markdown);
};
