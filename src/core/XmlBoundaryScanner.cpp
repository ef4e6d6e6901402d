#include "XmlBoundaryScanner.h"

#include <cstring>

namespace {

// Maximum length of the kept start of a name, enough for "stream:stream" and "[CDATA[".
constexpr int MaxNameLength = 16;
const QByteArray StreamTag = QByteArrayLiteral("stream:stream");
const QByteArray CommentStart = QByteArrayLiteral("--");
const QByteArray CDataStart = QByteArrayLiteral("[CDATA[");

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

void XmlBoundaryScanner::reset()
{
    *this = XmlBoundaryScanner();
}

bool XmlBoundaryScanner::atStanzaBoundary() const
{
    return m_state == State::Text && m_depth <= 1;
}

void XmlBoundaryScanner::feed(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (m_state == State::Text) {
            // Text is most of a stream, and only '<' ends it.
            const void *markup = std::memchr(data + i, '<', size_t(size - i));
            if (!markup) {
                return;
            }
            i = static_cast<const char *>(markup) - data;
        } else if (m_state == State::StartTag && m_quote != 0) {
            // Attribute values are the rest of a stanza's bytes, and only their quote ends them.
            const void *quote = std::memchr(data + i, m_quote, size_t(size - i));
            if (!quote) {
                return;
            }
            i = static_cast<const char *>(quote) - data;
        }
        const char c = data[i];
        switch (m_state) {
        case State::Text:
            if (c == '<') {
                m_state = State::MarkupStart;
                m_name.clear();
                m_nameDone = false;
                m_previous = 0;
                m_quote = 0;
            }
            break;
        case State::MarkupStart:
            if (c == '/') {
                m_state = State::EndTag;
            } else if (c == '?') {
                m_state = State::ProcessingInstruction;
                m_tail[0] = m_tail[1] = 0;
            } else if (c == '!') {
                m_state = State::Bang;
            } else {
                m_state = State::StartTag;
                m_name.append(c);
                m_previous = c;
            }
            break;
        case State::StartTag:
            if (m_quote != 0) {
                if (c == m_quote) {
                    m_quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                m_quote = c;
                m_nameDone = true;
            } else if (c == '>') {
                endStartTag();
            } else {
                if (isSpace(c) || c == '/') {
                    m_nameDone = true;
                } else if (!m_nameDone && m_name.size() < MaxNameLength) {
                    m_name.append(c);
                }
                m_previous = c;
            }
            break;
        case State::EndTag:
            if (c == '>') {
                endEndTag();
            } else if (isSpace(c)) {
                m_nameDone = true;
            } else if (!m_nameDone && m_name.size() < MaxNameLength) {
                m_name.append(c);
            }
            break;
        case State::Bang:
            m_name.append(c);
            if (m_name == CommentStart) {
                m_state = State::Comment;
                m_tail[0] = m_tail[1] = 0;
            } else if (m_name == CDataStart) {
                m_state = State::CData;
                m_tail[0] = m_tail[1] = 0;
            } else if (!CommentStart.startsWith(m_name) && !CDataStart.startsWith(m_name)) {
                // A document type declaration, which XMPP forbids (RFC 6120, section 11.1). It ends at the next '>'.
                m_state = c == '>' ? State::Text : State::Declaration;
            }
            break;
        case State::Declaration:
            if (c == '>') {
                m_state = State::Text;
            }
            break;
        case State::Comment:
            if (c == '>' && m_tail[0] == '-' && m_tail[1] == '-') {
                m_state = State::Text;
            }
            break;
        case State::CData:
            if (c == '>' && m_tail[0] == ']' && m_tail[1] == ']') {
                m_state = State::Text;
            }
            break;
        case State::ProcessingInstruction:
            if (c == '>' && m_tail[1] == '?') {
                m_state = State::Text;
            }
            break;
        }
        m_tail[0] = m_tail[1];
        m_tail[1] = c;
    }
}

void XmlBoundaryScanner::endStartTag()
{
    m_state = State::Text;
    if (m_name == StreamTag) {
        m_depth = 1;
    } else if (m_previous != '/') {
        ++m_depth;
    }
}

void XmlBoundaryScanner::endEndTag()
{
    m_state = State::Text;
    if (m_name == StreamTag) {
        m_depth = 0;
    } else if (m_depth > 0) {
        --m_depth;
    }
}
