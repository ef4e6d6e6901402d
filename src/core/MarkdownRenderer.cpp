#include "MarkdownRenderer.h"

#include <QUrl>
#include <QXmlStreamWriter>

#define CMARK_NO_SHORT_NAMES
#include <cmark.h>

#include <memory>

namespace {

// Returns whether url is an absolute address of one of schemes.
bool hasScheme(const QString &url, std::initializer_list<const char *> schemes)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid()) {
        return false;
    }
    const QString scheme = parsed.scheme().toLower();
    for (const char *allowed : schemes) {
        if (scheme == QLatin1String(allowed)) {
            return true;
        }
    }
    return false;
}

QString textOf(const char *literal)
{
    return literal ? QString::fromUtf8(literal) : QString();
}

class Renderer
{
public:
    explicit Renderer(cmark_node *document)
        : m_document(document)
        , m_writer(&m_xhtml)
    {
    }

    RenderedMarkdown run()
    {
        std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(m_document), &cmark_iter_free);
        cmark_event_type event;
        while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
            cmark_node *node = cmark_iter_get_node(iter.get());
            if (event == CMARK_EVENT_ENTER) {
                enter(node);
            } else {
                exit(node);
            }
        }
        return {m_xhtml, m_plain.trimmed()};
    }

private:
    void enter(cmark_node *node)
    {
        const cmark_node_type type = cmark_node_get_type(node);
        if (m_imageDepth > 0) {
            // Inside an image, text only makes its description.
            if (type == CMARK_NODE_IMAGE) {
                ++m_imageDepth;
            } else {
                m_imageAlt += textOf(cmark_node_get_literal(node));
            }
            return;
        }
        switch (type) {
        case CMARK_NODE_PARAGRAPH:
            // A tight list item shows its paragraph without one.
            if (!isTightItem(cmark_node_parent(node))) {
                m_writer.writeStartElement(QStringLiteral("p"));
            }
            break;
        case CMARK_NODE_BLOCK_QUOTE:
            m_writer.writeStartElement(QStringLiteral("blockquote"));
            break;
        case CMARK_NODE_LIST:
            if (cmark_node_get_list_type(node) == CMARK_ORDERED_LIST) {
                m_writer.writeStartElement(QStringLiteral("ol"));
                if (cmark_node_get_list_start(node) != 1) {
                    m_writer.writeAttribute(QStringLiteral("start"), QString::number(cmark_node_get_list_start(node)));
                }
            } else {
                m_writer.writeStartElement(QStringLiteral("ul"));
            }
            break;
        case CMARK_NODE_ITEM:
            m_writer.writeStartElement(QStringLiteral("li"));
            m_plain += QStringLiteral("• ");
            break;
        case CMARK_NODE_HEADING:
            m_writer.writeStartElement(QStringLiteral("h%1").arg(qBound(1, cmark_node_get_heading_level(node), 6)));
            break;
        case CMARK_NODE_CODE_BLOCK: {
            const QString code = textOf(cmark_node_get_literal(node));
            m_writer.writeStartElement(QStringLiteral("pre"));
            m_writer.writeTextElement(QStringLiteral("code"), code);
            m_writer.writeEndElement();
            m_plain += code + QLatin1Char('\n');
            break;
        }
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE: {
            // The user typed markup; it shows as typed.
            const QString html = textOf(cmark_node_get_literal(node));
            if (type == CMARK_NODE_HTML_BLOCK) {
                m_writer.writeTextElement(QStringLiteral("p"), html.trimmed());
                m_plain += html.trimmed() + QStringLiteral("\n\n");
            } else {
                m_writer.writeCharacters(html);
                m_plain += html;
            }
            break;
        }
        case CMARK_NODE_THEMATIC_BREAK:
            m_writer.writeEmptyElement(QStringLiteral("hr"));
            m_plain += QStringLiteral("———\n\n");
            break;
        case CMARK_NODE_TEXT: {
            const QString text = textOf(cmark_node_get_literal(node));
            m_writer.writeCharacters(text);
            m_plain += text;
            break;
        }
        case CMARK_NODE_CODE: {
            const QString code = textOf(cmark_node_get_literal(node));
            m_writer.writeTextElement(QStringLiteral("code"), code);
            m_plain += code;
            break;
        }
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            m_writer.writeEmptyElement(QStringLiteral("br"));
            m_plain += QLatin1Char('\n');
            break;
        case CMARK_NODE_EMPH:
            m_writer.writeStartElement(QStringLiteral("em"));
            break;
        case CMARK_NODE_STRONG:
            m_writer.writeStartElement(QStringLiteral("strong"));
            break;
        case CMARK_NODE_LINK: {
            const QString url = textOf(cmark_node_get_url(node));
            const bool allowed = hasScheme(url, {"http", "https", "xmpp", "mailto"});
            m_linkAllowed.push_back(allowed);
            m_linkUrls.push_back(url);
            if (allowed) {
                m_writer.writeStartElement(QStringLiteral("a"));
                m_writer.writeAttribute(QStringLiteral("href"), url);
            }
            m_linkTextStart.push_back(m_plain.size());
            break;
        }
        case CMARK_NODE_IMAGE:
            m_imageDepth = 1;
            m_imageAlt.clear();
            break;
        default:
            break;
        }
    }

    void exit(cmark_node *node)
    {
        const cmark_node_type type = cmark_node_get_type(node);
        if (m_imageDepth > 0) {
            if (type == CMARK_NODE_IMAGE && --m_imageDepth == 0) {
                writeImage(node);
            }
            return;
        }
        switch (type) {
        case CMARK_NODE_PARAGRAPH:
            if (!isTightItem(cmark_node_parent(node))) {
                m_writer.writeEndElement();
                m_plain += QStringLiteral("\n\n");
            } else {
                m_plain += QLatin1Char('\n');
            }
            break;
        case CMARK_NODE_HEADING:
            m_writer.writeEndElement();
            m_plain += QStringLiteral("\n\n");
            break;
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_LIST:
        case CMARK_NODE_ITEM:
        case CMARK_NODE_EMPH:
        case CMARK_NODE_STRONG:
            m_writer.writeEndElement();
            break;
        case CMARK_NODE_LINK: {
            const bool allowed = m_linkAllowed.back();
            const QString url = m_linkUrls.back();
            const int start = m_linkTextStart.back();
            m_linkAllowed.pop_back();
            m_linkUrls.pop_back();
            m_linkTextStart.pop_back();
            if (allowed) {
                m_writer.writeEndElement();
                // Plain text readers see the address unless the text already is it.
                if (m_plain.mid(start) != url) {
                    m_plain += QStringLiteral(" (%1)").arg(url);
                }
            }
            break;
        }
        default:
            break;
        }
    }

    void writeImage(cmark_node *node)
    {
        const QString url = textOf(cmark_node_get_url(node));
        if (hasScheme(url, {"http", "https"})) {
            m_writer.writeEmptyElement(QStringLiteral("img"));
            m_writer.writeAttribute(QStringLiteral("src"), url);
            m_writer.writeAttribute(QStringLiteral("alt"), m_imageAlt);
            m_plain += m_imageAlt.isEmpty() ? url : QStringLiteral("%1 (%2)").arg(m_imageAlt, url);
        } else {
            m_writer.writeCharacters(m_imageAlt);
            m_plain += m_imageAlt;
        }
    }

    static bool isTightItem(cmark_node *parent)
    {
        if (!parent || cmark_node_get_type(parent) != CMARK_NODE_ITEM) {
            return false;
        }
        cmark_node *list = cmark_node_parent(parent);
        return list && cmark_node_get_list_tight(list);
    }

    cmark_node *m_document;
    QString m_xhtml;
    QString m_plain;
    QXmlStreamWriter m_writer;
    int m_imageDepth = 0;
    QString m_imageAlt;
    std::vector<bool> m_linkAllowed;
    std::vector<QString> m_linkUrls;
    std::vector<int> m_linkTextStart;
};

} // namespace

RenderedMarkdown MarkdownRenderer::render(const QString &markdown)
{
    const QByteArray utf8 = markdown.left(MaxInputLength).toUtf8();
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> document(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_VALIDATE_UTF8), &cmark_node_free);
    if (!document) {
        return {};
    }
    return Renderer(document.get()).run();
}
