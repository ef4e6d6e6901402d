#pragma once

#include <QString>

struct AtomText;

/// Reduces the content of posts and comments written by other clients to a safe subset of XHTML.
///
/// Microblog posts (XEP-0277) carry Atom content (RFC 4287, section 3.1) of three types:
/// \c xhtml (an XHTML \c div), \c html (escaped HTML, often not well-formed) and \c text.
/// Front ends show only the output of this class, never the content as received.
///
/// \c html and \c xhtml content are both read with libxml2's HTML parser, which builds the tree
/// a browser would build from the same markup. The output is written with QXmlStreamWriter, so
/// it is always one well-formed XML element: <tt>\<div xmlns="http://www.w3.org/1999/xhtml"\></tt>
/// holding the allowed content. The root \c div is written even when nothing else survives.
///
/// What is kept:
/// - text, with entities decoded by the parser and escaped again by the writer. Characters
///   that XML 1.0 does not allow (NUL, other C0 controls, lone surrogates) are removed.
/// - the elements \c p, \c br, \c strong, \c b, \c em, \c i, \c u, \c s, \c del, \c ins, \c sub,
///   \c sup, \c blockquote, \c q, \c cite, \c code, \c pre, \c ul, \c ol, \c li, \c hr, \c span,
///   \c figure, \c figcaption, \c table, \c caption, \c thead, \c tbody, \c tfoot, \c tr, \c th,
///   \c td, without attributes unless listed here. \c strike becomes \c s.
/// - headings shifted down by two levels (\c h1 becomes \c h3, \c h4 to \c h6 become \c h6), so
///   that a post never outranks the headings of the page that shows it.
/// - \c a with \c href (schemes http, https, xmpp and mailto) and \c title, always written with
///   <tt>rel="nofollow noopener noreferrer"</tt>. No \c target is written: each front end decides
///   how to open a link (the desktop app hands it to the system, the web front end sets the target
///   when it builds the DOM). A link whose \c href is missing or rejected keeps only its content.
/// - \c img with \c src (schemes http and https), \c alt, \c title, and \c width and \c height
///   when they are plain integers from 1 to 4096. An image whose \c src is missing or rejected
///   is replaced by its \c alt text.
/// - \c colspan and \c rowspan on \c th and \c td when they are plain integers from 1 to 100,
///   and \c start on \c ol when it is a plain integer from 0 to 99999.
///
/// What is removed:
/// - with all their content: \c script, \c style, \c iframe, \c object, \c applet, \c form,
///   \c button, \c textarea, \c select, \c svg, \c math, \c template, \c noscript, \c head,
///   \c title, \c frameset and a few more, see the source.
/// - the void elements \c embed, \c input, \c meta, \c link, \c base, \c frame, \c param and a
///   few more. Markup that libxml2 puts inside them (it reads \c embed as a container) is kept.
/// - keeping their content: every other element (\c div, \c font, unknown names, ...).
///   A \c br keeps the text of a block element such as \c div apart from the text before
///   and after it.
/// - keeping their content: an allowed element whose start tag would make an HTML parser close
///   the element around it in the output, such as a \c p that libxml2 nests in a \c p through an
///   unknown element. Written, it would parse to another tree when the output is sanitized again.
/// - every attribute not listed above: event handlers, \c style, \c class and \c id (which could
///   pick up the front end's styles or clobber its element ids), \c data-*, \c dir, ...
/// - comments, processing instructions and document types. Entity declarations are never
///   expanded, because the HTML parser does not read internal DTD subsets, and a leading
///   document type declaration is removed before parsing.
///
/// URLs are checked after the parser has decoded character references: leading and trailing
/// spaces and C0 controls are trimmed and tabs and line breaks removed, as browsers do, and
/// then the scheme must be on the list. Relative URLs, protocol-relative ones (\c //host) and
/// anything without a scheme are rejected, because post content has no base URL.
///
/// Limits: input longer than \c MaxInputLength is cut, elements nested deeper than
/// \c MaxDepth are unwrapped, attribute values longer than \c MaxAttributeLength are dropped,
/// and writing stops once the output exceeds \c MaxOutputLength. Each of these, and each removed
/// element or rejected URL, is counted in one line of the \c salon.core.content log per call;
/// the content itself is never logged.
///
/// NOTE: bidirectional override characters (U+202A to U+202E, U+2066 to U+2069) are kept in
/// text; front ends that show content next to names should isolate it (e.g. in its own block).
///
/// Usage:
/// \code
/// const QString safe = ContentSanitizer::sanitizeAtomText(entry.content);
/// label.setText(safe);                                    // rich text
/// notification.setText(ContentSanitizer::plainText(safe)); // preview
/// \endcode
class ContentSanitizer
{
public:
    /// Maximum input length in UTF-16 code units (256 Ki). Longer input is cut.
    static constexpr int MaxInputLength = 256 * 1024;
    /// Maximum output length in UTF-16 code units (1 Mi). Writing stops beyond it.
    static constexpr int MaxOutputLength = 1024 * 1024;
    /// Maximum number of nested elements in the output, the root \c div included.
    static constexpr int MaxDepth = 64;
    /// Maximum length of an attribute value in UTF-16 code units. Longer values are dropped.
    static constexpr int MaxAttributeLength = 2048;

    /// Sanitizes HTML that need not be well-formed (Atom content of type \c html, after the
    /// XML parser has unescaped it).
    static QString sanitizeHtml(const QString &html);

    /// Sanitizes XHTML (Atom content of type \c xhtml, serialized with or without its \c div).
    /// It is read as HTML, so it need not be well-formed either. Namespace prefixes on element
    /// names are ignored, and CDATA sections are read as text, as XML defines them.
    static QString sanitizeXhtml(const QString &xhtml);

    /// Wraps plain text (Atom content of type \c text) in the same output form: paragraphs
    /// split at blank lines, other line breaks as \c br.
    static QString sanitizeText(const QString &text);

    /// Sanitizes \a content by its Atom \a type: \c "xhtml", \c "html", or \c "text" (also used
    /// when \a type is empty or unknown, as RFC 4287 makes \c text the default).
    static QString sanitizeAtomContent(const QString &type, const QString &content);

    /// Sanitizes an Atom text construct as read by MicroblogEntry, by its type.
    static QString sanitizeAtomText(const AtomText &text);

    /// Returns the text of sanitized content for previews, notifications and search: blocks and
    /// \c br become line breaks, other white space is collapsed except inside \c pre, and images
    /// give their \c alt text. Returns an empty string, with a log line, when \a sanitized is not
    /// well-formed XML.
    static QString plainText(const QString &sanitized);

    /// Returns \a url cleaned as described above when it is an allowed link target (http, https,
    /// xmpp, mailto), or an empty string when it is rejected.
    static QString checkedLinkUrl(const QString &url);

    /// Returns \a url cleaned as described above when it is an allowed image source (http,
    /// https with a host), or an empty string when it is rejected.
    static QString checkedImageUrl(const QString &url);
};
