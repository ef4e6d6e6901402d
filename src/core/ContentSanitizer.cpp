#include "ContentSanitizer.h"

#include "MicroblogEntry.h"
#include "salon_core_content_logging.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <optional>
#include <vector>

namespace {

const QString XhtmlNamespace = QStringLiteral("http://www.w3.org/1999/xhtml");
const QString LinkRel = QStringLiteral("nofollow noopener noreferrer");
constexpr int MaxImageDimension = 4096;
constexpr int MaxTableSpan = 100;
constexpr int MaxListStart = 99999;

// Elements removed together with everything inside them: they run code, load other documents,
// submit data, or hold text that is not meant to be read as part of the post.
const QSet<QString> &elementsDroppedWithContent()
{
    static const QSet<QString> names = {
        QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("iframe"),
        QStringLiteral("object"), QStringLiteral("applet"), QStringLiteral("form"),
        QStringLiteral("button"), QStringLiteral("textarea"), QStringLiteral("select"),
        QStringLiteral("option"), QStringLiteral("optgroup"), QStringLiteral("datalist"),
        QStringLiteral("svg"), QStringLiteral("math"), QStringLiteral("template"),
        QStringLiteral("noscript"), QStringLiteral("noembed"), QStringLiteral("noframes"),
        QStringLiteral("head"), QStringLiteral("title"), QStringLiteral("frameset"),
        QStringLiteral("canvas"), QStringLiteral("dialog"), QStringLiteral("portal"),
        QStringLiteral("xml"),
    };
    return names;
}

// Void elements that are removed. They have no content of their own, but libxml2 2.9.14 reads
// some of them (embed, for one) as containers of the markup that follows, so their children
// are still sanitized and kept.
const QSet<QString> &voidElementsDropped()
{
    static const QSet<QString> names = {
        QStringLiteral("embed"), QStringLiteral("param"), QStringLiteral("input"), QStringLiteral("meta"),
        QStringLiteral("link"), QStringLiteral("base"), QStringLiteral("frame"), QStringLiteral("keygen"),
        QStringLiteral("source"), QStringLiteral("track"), QStringLiteral("area"),
    };
    return names;
}

// Allowed elements with their output names.
const QHash<QString, QString> &allowedElements()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> table;
        const QStringList sameNameElements = {
            QStringLiteral("p"), QStringLiteral("strong"), QStringLiteral("b"), QStringLiteral("em"),
            QStringLiteral("i"), QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("del"),
            QStringLiteral("ins"), QStringLiteral("sub"), QStringLiteral("sup"),
            QStringLiteral("blockquote"), QStringLiteral("q"), QStringLiteral("cite"),
            QStringLiteral("code"), QStringLiteral("pre"), QStringLiteral("ul"), QStringLiteral("ol"),
            QStringLiteral("li"), QStringLiteral("a"), QStringLiteral("span"),
            QStringLiteral("figure"), QStringLiteral("figcaption"), QStringLiteral("table"),
            QStringLiteral("caption"), QStringLiteral("thead"), QStringLiteral("tbody"),
            QStringLiteral("tfoot"), QStringLiteral("tr"), QStringLiteral("th"), QStringLiteral("td"),
        };
        for (const QString &name : sameNameElements) {
            table.insert(name, name);
        }
        table.insert(QStringLiteral("strike"), QStringLiteral("s"));
        table.insert(QStringLiteral("h1"), QStringLiteral("h3"));
        table.insert(QStringLiteral("h2"), QStringLiteral("h4"));
        table.insert(QStringLiteral("h3"), QStringLiteral("h5"));
        table.insert(QStringLiteral("h4"), QStringLiteral("h6"));
        table.insert(QStringLiteral("h5"), QStringLiteral("h6"));
        table.insert(QStringLiteral("h6"), QStringLiteral("h6"));
        return table;
    }();
    return names;
}

// Unwrapped elements that a browser shows as blocks.
const QSet<QString> &unwrappedBlockElements()
{
    static const QSet<QString> names = {
        QStringLiteral("div"), QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("main"),
        QStringLiteral("aside"), QStringLiteral("nav"), QStringLiteral("address"),
        QStringLiteral("center"), QStringLiteral("details"), QStringLiteral("summary"),
        QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd"),
        QStringLiteral("fieldset"), QStringLiteral("legend"),
    };
    return names;
}

bool isValidXmlCharacter(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

// Removes what XML 1.0 does not allow in a document: C0 controls but tab and line breaks,
// U+FFFE, U+FFFF and lone surrogates.
QString removeInvalidXmlCharacters(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result.append(c);
            result.append(text.at(i + 1));
            ++i;
        } else if (!c.isSurrogate() && isValidXmlCharacter(c.unicode())) {
            result.append(c);
        }
    }
    return result;
}

// Upper bound of the length of \a text once QXmlStreamWriter has escaped it as character data
// or as an attribute value.
int escapedLength(QStringView text)
{
    int length = 0;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
        case '"':
            length += 6;
            break;
        case '<':
        case '>':
            length += 4;
            break;
        case '\t':
        case '\n':
        case '\r':
            length += 5;
            break;
        default:
            length += 1;
        }
    }
    return length;
}

// Returns the longest start of \a text whose escaped form fits into \a budget characters.
QString textWithinBudget(const QString &text, int budget)
{
    int length = 0;
    for (int i = 0; i < text.size(); ++i) {
        length += escapedLength(QStringView(text).mid(i, 1));
        if (length > budget) {
            if (i > 0 && text.at(i).isLowSurrogate()) {
                --i;
            }
            return text.left(i);
        }
    }
    return text;
}

bool isSchemeCharacter(QChar c, bool first)
{
    const bool letter = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    if (first) {
        return letter;
    }
    return letter || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('+') || c == QLatin1Char('-')
        || c == QLatin1Char('.');
}

// Cleans a URL as browsers do before they read its scheme, then accepts it only with one of
// \a schemes. http and https URLs must have a host.
QString checkedUrl(const QString &url, const QStringList &schemes)
{
    QString cleaned = removeInvalidXmlCharacters(url);

    int begin = 0;
    int end = cleaned.size();
    while (begin < end && cleaned.at(begin).unicode() <= 0x20) {
        ++begin;
    }
    while (end > begin && cleaned.at(end - 1).unicode() <= 0x20) {
        --end;
    }
    cleaned = cleaned.mid(begin, end - begin);
    cleaned.remove(QLatin1Char('\t'));
    cleaned.remove(QLatin1Char('\n'));
    cleaned.remove(QLatin1Char('\r'));

    const int colon = cleaned.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return {};
    }
    for (int i = 0; i < colon; ++i) {
        if (!isSchemeCharacter(cleaned.at(i), i == 0)) {
            return {};
        }
    }
    const QString scheme = cleaned.left(colon).toLower();
    if (!schemes.contains(scheme)) {
        return {};
    }

    const QUrl parsed(cleaned, QUrl::TolerantMode);
    if (!parsed.isValid() || parsed.scheme().toLower() != scheme) {
        return {};
    }
    const bool needsHost = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (needsHost && parsed.host().isEmpty()) {
        return {};
    }
    return parsed.toString(QUrl::FullyEncoded);
}

// Returns the value of \a text when it is a plain decimal integer from \a minimum to
// \a maximum (at most 99999), else std::nullopt.
std::optional<int> boundedInteger(const QString &text, int minimum, int maximum)
{
    if (text.isEmpty() || text.size() > 5) {
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return std::nullopt;
        }
    }
    const int value = text.toInt();
    if (value < minimum || value > maximum) {
        return std::nullopt;
    }
    return value;
}

QString fromXmlChars(const xmlChar *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

// Lower-case element name without a namespace prefix.
QString localName(const xmlNode *node)
{
    const QString name = fromXmlChars(node->name).toLower();
    const int colon = name.lastIndexOf(QLatin1Char(':'));
    return colon >= 0 ? name.mid(colon + 1) : name;
}

struct SanitizerCounts {
    int droppedElements = 0;
    int droppedAttributes = 0;
    int rejectedUrls = 0;
    int flattenedElements = 0;
    int inputLength = 0;
    bool inputCut = false;
    bool outputCut = false;
};

void logCounts(const char *kind, const SanitizerCounts &counts)
{
    const bool notable = counts.droppedElements > 0 || counts.rejectedUrls > 0 || counts.flattenedElements > 0
        || counts.inputCut || counts.outputCut;
    if (!notable && counts.droppedAttributes == 0) {
        return;
    }
    const QString line = QStringLiteral("Sanitized %1 content of %2 characters: removed %3 elements, %4 attributes, "
                                        "%5 URLs; unwrapped %6 elements nested too deep; input cut: %7; output cut: %8")
                             .arg(QLatin1String(kind))
                             .arg(counts.inputLength)
                             .arg(counts.droppedElements)
                             .arg(counts.droppedAttributes)
                             .arg(counts.rejectedUrls)
                             .arg(counts.flattenedElements)
                             .arg(counts.inputCut ? QStringLiteral("yes") : QStringLiteral("no"))
                             .arg(counts.outputCut ? QStringLiteral("yes") : QStringLiteral("no"));
    if (notable) {
        qCInfo(SALON_CORE_CONTENT).noquote() << line;
    } else {
        qCDebug(SALON_CORE_CONTENT).noquote() << line;
    }
}

// Cuts \a input to the maximum input length.
QString limitedInput(const QString &input, SanitizerCounts &counts)
{
    counts.inputLength = input.size();
    if (input.size() <= ContentSanitizer::MaxInputLength) {
        return input;
    }
    counts.inputCut = true;
    return input.left(ContentSanitizer::MaxInputLength);
}

// Writes the allowed part of a libxml2 tree. The walk is iterative, so that nesting depth only
// costs heap memory.
class TreeWriter
{
public:
    TreeWriter(QString *output, SanitizerCounts *counts)
        : m_output(output)
        , m_counts(counts)
        , m_writer(output)
    {
        m_writer.writeDefaultNamespace(XhtmlNamespace);
        m_writer.writeStartElement(XhtmlNamespace, QStringLiteral("div"));
        m_startWithoutContent = true;
    }

    void writeTree(xmlNode *first)
    {
        xmlNode *current = first;
        while (!m_counts->outputCut) {
            if (current) {
                current = visit(current);
                continue;
            }
            if (m_open.empty()) {
                break;
            }
            const OpenNode open = m_open.back();
            m_open.pop_back();
            close(open);
            current = open.node->next;
        }
    }

    // Closes the elements still open, the root included. writeEndDocument() would add a newline.
    void finish()
    {
        if (m_startWithoutContent) {
            m_writer.writeCharacters(QString());
        }
        for (; m_depth > 0; --m_depth) {
            m_writer.writeEndElement();
        }
    }

private:
    struct OpenNode {
        xmlNode *node;
        bool wroteElement;
        bool unwrappedBlock;
    };

    // Handles \a node and returns the next node to visit: its first child when the walk
    // descends into it, else its next sibling.
    xmlNode *visit(xmlNode *node)
    {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            writeText(fromXmlChars(node->content));
            return node->next;
        }
        if (node->type != XML_ELEMENT_NODE) {
            return node->next;
        }

        const QString name = localName(node);
        if (elementsDroppedWithContent().contains(name)) {
            ++m_counts->droppedElements;
            return node->next;
        }
        if (voidElementsDropped().contains(name)) {
            ++m_counts->droppedElements;
            if (!node->children) {
                return node->next;
            }
            m_open.push_back({node, false, false});
            return node->children;
        }
        if (name == QLatin1String("br") || name == QLatin1String("hr")) {
            countAttributes(node, 0);
            if (closesOpenElement(name)) {
                // Left out as an unwrapped block is: the text around it is kept apart.
                m_lineBreakPending = m_lineBreakPending || m_endsWithText;
                return node->next;
            }
            writeEmpty(name);
            return node->next;
        }
        if (name == QLatin1String("img")) {
            writeImage(node);
            return node->next;
        }

        const bool wroteElement = startElement(node, name);
        // An allowed block element that is unwrapped (nested too deep, or see closesOpenElement())
        // is kept apart from the text around it as other blocks are.
        const bool unwrappedBlock = !wroteElement
            && (unwrappedBlockElements().contains(name) || (allowedElements().contains(name) && !isInlineElement(allowedElements().value(name))));
        if (unwrappedBlock && m_endsWithText) {
            m_lineBreakPending = true;
        }
        if (!node->children) {
            close({node, wroteElement, unwrappedBlock});
            return node->next;
        }
        m_open.push_back({node, wroteElement, unwrappedBlock});
        return node->children;
    }

    // Writes the start tag of an allowed element and returns whether it did.
    bool startElement(xmlNode *node, const QString &name)
    {
        const auto allowed = allowedElements().constFind(name);
        if (allowed == allowedElements().constEnd()) {
            countAttributes(node, 0);
            return false;
        }
        if (m_depth >= ContentSanitizer::MaxDepth) {
            ++m_counts->flattenedElements;
            countAttributes(node, 0);
            return false;
        }

        if (closesOpenElement(allowed.value())) {
            countAttributes(node, 0);
            return false;
        }

        if (name == QLatin1String("a")) {
            return startLink(node);
        }

        QVector<std::pair<QString, int>> numbers;
        if (name == QLatin1String("td") || name == QLatin1String("th")) {
            for (const QString &attribute : {QStringLiteral("colspan"), QStringLiteral("rowspan")}) {
                const std::optional<int> span = boundedInteger(attributeValue(node, attribute), 1, MaxTableSpan);
                if (span) {
                    numbers.append({attribute, *span});
                }
            }
        } else if (name == QLatin1String("ol")) {
            const QString attribute = QStringLiteral("start");
            const std::optional<int> start = boundedInteger(attributeValue(node, attribute), 0, MaxListStart);
            if (start) {
                numbers.append({attribute, *start});
            }
        }
        countAttributes(node, numbers.size());

        if (!reserve(allowed.value().size() + 40)) {
            return false;
        }
        writeStart(allowed.value());
        for (const auto &number : qAsConst(numbers)) {
            m_writer.writeAttribute(number.first, QString::number(number.second));
        }
        return true;
    }

    bool startLink(xmlNode *node)
    {
        const QString href = attributeValue(node, QStringLiteral("href"));
        const QString url = href.isEmpty() ? QString() : ContentSanitizer::checkedLinkUrl(href);
        if (url.isEmpty()) {
            if (hasAttribute(node, QStringLiteral("href"))) {
                ++m_counts->rejectedUrls;
            }
            countAttributes(node, 0);
            return false;
        }
        const QString title = attributeValue(node, QStringLiteral("title"));
        countAttributes(node, title.isEmpty() ? 1 : 2);

        if (!reserve(escapedLength(url) + escapedLength(title) + LinkRel.size() + 40)) {
            return false;
        }
        writeStart(QStringLiteral("a"));
        m_writer.writeAttribute(QStringLiteral("href"), url);
        if (!title.isEmpty()) {
            m_writer.writeAttribute(QStringLiteral("title"), title);
        }
        m_writer.writeAttribute(QStringLiteral("rel"), LinkRel);
        return true;
    }

    void writeImage(xmlNode *node)
    {
        const QString src = attributeValue(node, QStringLiteral("src"));
        const QString url = src.isEmpty() ? QString() : ContentSanitizer::checkedImageUrl(src);
        const QString alt = attributeValue(node, QStringLiteral("alt"));
        if (url.isEmpty()) {
            if (hasAttribute(node, QStringLiteral("src"))) {
                ++m_counts->rejectedUrls;
            }
            countAttributes(node, 0);
            writeText(alt);
            return;
        }

        QVector<std::pair<QString, QString>> attributes = {{QStringLiteral("src"), url}};
        for (const QString &attribute : {QStringLiteral("alt"), QStringLiteral("title")}) {
            const QString value = attributeValue(node, attribute);
            if (!value.isEmpty()) {
                attributes.append({attribute, value});
            }
        }
        for (const QString &attribute : {QStringLiteral("width"), QStringLiteral("height")}) {
            const std::optional<int> size = boundedInteger(attributeValue(node, attribute), 1, MaxImageDimension);
            if (size) {
                attributes.append({attribute, QString::number(*size)});
            }
        }
        countAttributes(node, attributes.size());

        int length = 40;
        for (const auto &attribute : qAsConst(attributes)) {
            length += attribute.first.size() + escapedLength(attribute.second) + 4;
        }
        if (!reserve(length)) {
            return;
        }
        writePendingLineBreak();
        markContent();
        m_writer.writeEmptyElement(QStringLiteral("img"));
        for (const auto &attribute : qAsConst(attributes)) {
            m_writer.writeAttribute(attribute.first, attribute.second);
        }
        m_endsWithText = true;
        checkOutputLength();
    }

    void close(const OpenNode &open)
    {
        if (open.wroteElement) {
            if (m_startWithoutContent) {
                // An empty character run closes the start tag, so that "<p></p>" is written
                // in place of "<p/>", which HTML parsers read as an open element.
                m_writer.writeCharacters(QString());
                m_startWithoutContent = false;
            }
            m_writer.writeEndElement();
            --m_depth;
            m_writtenNames.pop_back();
            if (!isInlineElement(localName(open.node))) {
                m_endsWithText = false;
                m_lineBreakPending = false;
            }
        } else if (open.unwrappedBlock && m_endsWithText) {
            m_lineBreakPending = true;
        }
        checkOutputLength();
    }

    // Returns whether an HTML parser would close the innermost open output element on reading
    // a start tag of \a name. libxml2 builds such a nesting when an unwrapped element stood
    // between the two (as in <p><font><p>), so writing it would make the output parse to
    // another tree; the sanitizer unwraps \a name instead, and its output stays the same when
    // it is sanitized again. The rules are libxml2's own, through htmlAutoCloseTag(), which
    // leaves out an element closed by its own name; those are listed here from libxml2's table.
    bool closesOpenElement(const QString &name) const
    {
        static const QSet<QString> closedBySameName = {
            QStringLiteral("a"), QStringLiteral("p"), QStringLiteral("li"), QStringLiteral("tr"),
            QStringLiteral("td"), QStringLiteral("th"), QStringLiteral("tbody"),
        };
        const QString &open = m_writtenNames.back();
        if (open == name) {
            return closedBySameName.contains(name);
        }
        const QByteArray openName = open.toUtf8();
        xmlNode *probe = xmlNewNode(nullptr, reinterpret_cast<const xmlChar *>(name.toUtf8().constData()));
        const bool closes = htmlAutoCloseTag(nullptr, reinterpret_cast<const xmlChar *>(openName.constData()), probe) == 1;
        xmlFreeNode(probe);
        return closes;
    }

    static bool isInlineElement(const QString &name)
    {
        static const QSet<QString> names = {
            QStringLiteral("strong"), QStringLiteral("b"), QStringLiteral("em"), QStringLiteral("i"),
            QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("del"), QStringLiteral("ins"),
            QStringLiteral("sub"), QStringLiteral("sup"), QStringLiteral("q"), QStringLiteral("cite"),
            QStringLiteral("code"), QStringLiteral("a"), QStringLiteral("span"), QStringLiteral("strike"),
        };
        return names.contains(name);
    }

    void writeStart(const QString &name)
    {
        if (isInlineElement(name)) {
            writePendingLineBreak();
        } else {
            m_lineBreakPending = false;
        }
        markContent();
        m_writer.writeStartElement(name);
        m_startWithoutContent = true;
        ++m_depth;
        m_writtenNames.push_back(name);
        checkOutputLength();
    }

    void writeEmpty(const QString &name)
    {
        if (!reserve(name.size() + 3)) {
            return;
        }
        markContent();
        m_writer.writeEmptyElement(name);
        m_endsWithText = false;
        m_lineBreakPending = false;
        checkOutputLength();
    }

    // Writes the br that keeps the text of an unwrapped block apart from the text around it.
    // It is written only before more text, so content never ends with an empty line.
    void writePendingLineBreak()
    {
        if (m_lineBreakPending) {
            writeEmpty(QStringLiteral("br"));
        }
    }

    void writeText(const QString &text)
    {
        QString cleaned = removeInvalidXmlCharacters(text);
        const int budget = ContentSanitizer::MaxOutputLength - m_output->size();
        if (escapedLength(cleaned) > budget) {
            cleaned = textWithinBudget(cleaned, budget);
            m_counts->outputCut = true;
        }
        if (cleaned.isEmpty()) {
            return;
        }
        const bool whiteSpaceOnly = cleaned.trimmed().isEmpty();
        if (!whiteSpaceOnly) {
            writePendingLineBreak();
        }
        markContent();
        m_writer.writeCharacters(cleaned);
        if (!whiteSpaceOnly) {
            m_endsWithText = true;
        }
        checkOutputLength();
    }

    void markContent()
    {
        m_startWithoutContent = false;
    }

    void checkOutputLength()
    {
        if (m_output->size() >= ContentSanitizer::MaxOutputLength) {
            m_counts->outputCut = true;
        }
    }

    // Returns whether \a length more characters fit into the output, and marks the output as
    // cut when they do not.
    bool reserve(int length)
    {
        if (m_output->size() + length > ContentSanitizer::MaxOutputLength) {
            m_counts->outputCut = true;
            return false;
        }
        return true;
    }

    // Returns the decoded value of an attribute, or an empty string when it is missing, too
    // long, or only white space.
    QString attributeValue(xmlNode *node, const QString &name) const
    {
        for (xmlAttr *attribute = node->properties; attribute; attribute = attribute->next) {
            if (fromXmlChars(attribute->name).toLower() != name) {
                continue;
            }
            xmlChar *raw = xmlNodeGetContent(reinterpret_cast<xmlNode *>(attribute));
            const QString value = removeInvalidXmlCharacters(fromXmlChars(raw));
            xmlFree(raw);
            if (value.size() > ContentSanitizer::MaxAttributeLength || value.trimmed().isEmpty()) {
                return {};
            }
            return value;
        }
        return {};
    }

    static bool hasAttribute(xmlNode *node, const QString &name)
    {
        for (xmlAttr *attribute = node->properties; attribute; attribute = attribute->next) {
            if (fromXmlChars(attribute->name).toLower() == name) {
                return true;
            }
        }
        return false;
    }

    // Counts the attributes of \a node beyond the \a keptCount ones written to the output.
    void countAttributes(xmlNode *node, int keptCount)
    {
        int total = 0;
        for (xmlAttr *attribute = node->properties; attribute; attribute = attribute->next) {
            ++total;
        }
        m_counts->droppedAttributes += std::max(0, total - keptCount);
    }

    QString *m_output;
    SanitizerCounts *m_counts;
    QXmlStreamWriter m_writer;
    std::vector<OpenNode> m_open;
    int m_depth = 1;
    /// Output names of the elements open in the output, the root div first.
    std::vector<QString> m_writtenNames = {QStringLiteral("div")};
    bool m_startWithoutContent = false;
    bool m_endsWithText = false;
    bool m_lineBreakPending = false;
};

// Parses \a html with libxml2's HTML parser, which recovers from broken markup as browsers do.
// XML_PARSE_HUGE lifts the parser's nesting limit of 256 levels, beyond which libxml2 2.9.14
// stops and loses the rest of the input. The input is already bounded by MaxInputLength.
xmlDoc *parseHtml(const QString &html, SanitizerCounts &counts)
{
    static const bool initialized = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(initialized)

    const QByteArray bytes = removeInvalidXmlCharacters(html).toUtf8();
    if (bytes.isEmpty()) {
        return nullptr;
    }
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    htmlParserCtxtPtr context = htmlNewParserCtxt();
    if (!context) {
        qCWarning(SALON_CORE_CONTENT) << "Could not create an HTML parser context: out of memory";
        return nullptr;
    }
    xmlDoc *document = htmlCtxtReadMemory(context, bytes.constData(), bytes.size(), nullptr, "UTF-8", options);
    if (context->instate == XML_PARSER_EOF && context->disableSAX) {
        // The parser stopped on a fatal error, so what follows that point is lost.
        counts.inputCut = true;
    }
    htmlFreeParserCtxt(context);
    return document;
}

// Removes a leading document type declaration. The HTML parser does not read internal DTD
// subsets, so it would show their entity declarations as text.
QString withoutDoctype(const QString &markup)
{
    static const QRegularExpression doctype(QStringLiteral("^\\s*<!DOCTYPE[^\\[>]*(\\[[^\\]]*\\])?\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = doctype.match(markup);
    return match.hasMatch() ? markup.mid(match.capturedEnd()) : markup;
}

QString sanitizeMarkup(const char *kind, const QString &markup)
{
    SanitizerCounts counts;
    const QString input = withoutDoctype(limitedInput(markup, counts));

    QString output;
    TreeWriter writer(&output, &counts);
    xmlDoc *document = parseHtml(input, counts);
    if (document) {
        writer.writeTree(document->children);
        xmlFreeDoc(document);
    }
    writer.finish();

    logCounts(kind, counts);
    return output;
}

// Replaces the CDATA sections of XHTML with their content as escaped text, which is what they
// mean in XML. The HTML parser does not know them and would show their delimiters as text.
QString withEscapedCdataSections(const QString &xhtml)
{
    static const QString open = QStringLiteral("<![CDATA[");
    static const QString close = QStringLiteral("]]>");

    QString result;
    int position = 0;
    while (true) {
        const int start = xhtml.indexOf(open, position);
        if (start < 0) {
            result.append(QStringView(xhtml).mid(position));
            return result;
        }
        result.append(QStringView(xhtml).mid(position, start - position));

        const int contentStart = start + open.size();
        const int end = xhtml.indexOf(close, contentStart);
        const int contentEnd = end < 0 ? xhtml.size() : end;
        result.append(xhtml.mid(contentStart, contentEnd - contentStart).toHtmlEscaped());
        if (end < 0) {
            return result;
        }
        position = end + close.size();
    }
}

} // namespace

QString ContentSanitizer::sanitizeHtml(const QString &html)
{
    return sanitizeMarkup("html", html);
}

QString ContentSanitizer::sanitizeXhtml(const QString &xhtml)
{
    return sanitizeMarkup("xhtml", withEscapedCdataSections(xhtml));
}

QString ContentSanitizer::sanitizeText(const QString &text)
{
    SanitizerCounts counts;
    QString input = removeInvalidXmlCharacters(limitedInput(text, counts));
    input.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    input.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    QString output;
    QXmlStreamWriter writer(&output);
    writer.writeDefaultNamespace(XhtmlNamespace);
    writer.writeStartElement(XhtmlNamespace, QStringLiteral("div"));
    writer.writeCharacters(QString());

    static const QRegularExpression paragraphBreak(QStringLiteral("\\n[ \\t]*\\n\\s*"));
    const QStringList paragraphs = input.split(paragraphBreak, Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        const QString trimmed = paragraph.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        writer.writeStartElement(QStringLiteral("p"));
        const QStringList lines = trimmed.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size() && !counts.outputCut; ++i) {
            if (i > 0) {
                writer.writeEmptyElement(QStringLiteral("br"));
            }
            const int budget = ContentSanitizer::MaxOutputLength - output.size() - 16;
            if (escapedLength(lines.at(i)) > budget) {
                writer.writeCharacters(textWithinBudget(lines.at(i), budget));
                counts.outputCut = true;
            } else {
                writer.writeCharacters(lines.at(i));
            }
        }
        writer.writeEndElement();
        if (counts.outputCut) {
            break;
        }
    }
    writer.writeEndElement();

    logCounts("text", counts);
    return output;
}

QString ContentSanitizer::sanitizeAtomContent(const QString &type, const QString &content)
{
    if (type == QLatin1String("xhtml")) {
        return sanitizeXhtml(content);
    }
    if (type == QLatin1String("html")) {
        return sanitizeHtml(content);
    }
    return sanitizeText(content);
}

QString ContentSanitizer::sanitizeAtomText(const AtomText &text)
{
    switch (text.type) {
    case AtomText::Type::Xhtml:
        return sanitizeXhtml(text.value);
    case AtomText::Type::Html:
        return sanitizeHtml(text.value);
    case AtomText::Type::Text:
        break;
    }
    return sanitizeText(text.value);
}

QString ContentSanitizer::plainText(const QString &sanitized)
{
    static const QSet<QString> blocks = {
        QStringLiteral("div"), QStringLiteral("p"), QStringLiteral("blockquote"), QStringLiteral("pre"),
        QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("hr"),
        QStringLiteral("figure"), QStringLiteral("figcaption"), QStringLiteral("table"),
        QStringLiteral("caption"), QStringLiteral("tr"),
    };

    QString text;
    const auto breakLine = [&text] {
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n'))) {
            text.append(QLatin1Char('\n'));
        }
    };

    QXmlStreamReader reader(sanitized);
    int preDepth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QStringRef name = reader.name();
            if (name == QLatin1String("br")) {
                text.append(QLatin1Char('\n'));
            } else if (name == QLatin1String("img")) {
                text.append(reader.attributes().value(QLatin1String("alt")));
            } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
                if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n'))) {
                    text.append(QLatin1Char(' '));
                }
            } else if (blocks.contains(name.toString())) {
                breakLine();
            }
            if (name == QLatin1String("pre")) {
                ++preDepth;
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (reader.name() == QLatin1String("pre")) {
                --preDepth;
            }
            if (blocks.contains(reader.name().toString())) {
                breakLine();
            }
            break;
        case QXmlStreamReader::Characters:
            if (preDepth > 0) {
                text.append(reader.text());
            } else {
                QString run = reader.text().toString().simplified();
                const QChar first = reader.text().isEmpty() ? QChar() : reader.text().front();
                const QChar last = reader.text().isEmpty() ? QChar() : reader.text().back();
                const bool spaceBefore = first.isSpace() && !text.isEmpty() && !text.endsWith(QLatin1Char('\n'))
                    && !text.endsWith(QLatin1Char(' '));
                if (spaceBefore) {
                    text.append(QLatin1Char(' '));
                }
                text.append(run);
                if (!run.isEmpty() && last.isSpace()) {
                    text.append(QLatin1Char(' '));
                }
            }
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        qCWarning(SALON_CORE_CONTENT).noquote()
            << "Plain text requested for content that is not well-formed XML:" << reader.errorString() << "at line"
            << reader.lineNumber() << "column" << reader.columnNumber();
        return {};
    }

    // Remove spaces at line ends, then shorten runs of empty lines to one.
    static const QRegularExpression spacesBeforeBreak(QStringLiteral(" +\\n"));
    static const QRegularExpression emptyLines(QStringLiteral("\\n{3,}"));
    text.replace(spacesBeforeBreak, QStringLiteral("\n"));
    text.replace(emptyLines, QStringLiteral("\n\n"));
    return text.trimmed();
}

QString ContentSanitizer::checkedLinkUrl(const QString &url)
{
    static const QStringList schemes = {
        QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("xmpp"), QStringLiteral("mailto"),
    };
    return checkedUrl(url, schemes);
}

QString ContentSanitizer::checkedImageUrl(const QString &url)
{
    static const QStringList schemes = {QStringLiteral("http"), QStringLiteral("https")};
    return checkedUrl(url, schemes);
}
