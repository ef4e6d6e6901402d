#pragma once

#include <QByteArray>

/// Follows an XMPP stream's bytes far enough to tell when they end between two top-level elements.
///
/// It tracks tags, quoted attribute values, comments, CDATA sections and processing
/// instructions, and counts the element depth. An opening \c stream:stream tag sets the depth to
/// 1, as a restarted stream (RFC 6120, section 4.3.3) begins a new document, and the closing tag
/// sets it to 0. Like QXmpp 1.4, which finds the stream header by that name, it expects the
/// prefix "stream". It checks nothing else: a malformed stream is for the XML parser to reject.
/// '<', '>' and quotes are ASCII, never part of a multi-byte UTF-8 sequence, so bytes may come
/// in pieces of any size.
class XmlBoundaryScanner
{
public:
    /// Reads \a size more bytes of the stream.
    void feed(const char *data, qsizetype size);
    /// Returns whether the bytes read so far end outside any markup and between top-level
    /// elements (the stream's children), or outside the stream.
    bool atStanzaBoundary() const;
    /// Forgets everything read, for a new connection.
    void reset();

private:
    enum class State {
        Text,
        // After '<', before the character that tells which markup follows.
        MarkupStart,
        StartTag,
        EndTag,
        // After "<!", until it is known to be a comment, a CDATA section or a declaration.
        Bang,
        Comment,
        CData,
        Declaration,
        ProcessingInstruction,
    };

    void endStartTag();
    void endEndTag();

    State m_state = State::Text;
    int m_depth = 0;
    // The quote that opened the attribute value being read, or 0.
    char m_quote = 0;
    // The last character of the tag outside attribute values: '/' before '>' closes an empty element.
    char m_previous = 0;
    // The last two characters, for the ends of comments, CDATA sections and instructions.
    char m_tail[2] = {0, 0};
    // The start of the tag's name, or of the text after "<!". Long names are cut.
    QByteArray m_name;
    bool m_nameDone = false;
};
