#include "SanitizedOutputCheck.h"

#include "ContentSanitizer.h"
#include "FuzzSupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

namespace {

const QString XhtmlNamespace = QStringLiteral("http://www.w3.org/1999/xhtml");

// Output elements with the attributes each may carry.
const QHash<QString, QSet<QString>> &allowedOutput()
{
    static const QHash<QString, QSet<QString>> table = [] {
        QHash<QString, QSet<QString>> elements;
        const QStringList plainElements = {
            QStringLiteral("div"), QStringLiteral("p"), QStringLiteral("br"), QStringLiteral("strong"), QStringLiteral("b"),
            QStringLiteral("em"), QStringLiteral("i"), QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("del"),
            QStringLiteral("ins"), QStringLiteral("sub"), QStringLiteral("sup"), QStringLiteral("blockquote"), QStringLiteral("q"),
            QStringLiteral("cite"), QStringLiteral("code"), QStringLiteral("pre"), QStringLiteral("ul"), QStringLiteral("li"),
            QStringLiteral("hr"), QStringLiteral("span"), QStringLiteral("figure"), QStringLiteral("figcaption"),
            QStringLiteral("table"), QStringLiteral("caption"), QStringLiteral("thead"), QStringLiteral("tbody"),
            QStringLiteral("tfoot"), QStringLiteral("tr"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
            QStringLiteral("h6"),
        };
        for (const QString &name : plainElements) {
            elements.insert(name, {});
        }
        elements.insert(QStringLiteral("a"), {QStringLiteral("href"), QStringLiteral("title"), QStringLiteral("rel")});
        elements.insert(QStringLiteral("img"),
                        {QStringLiteral("src"), QStringLiteral("alt"), QStringLiteral("title"), QStringLiteral("width"), QStringLiteral("height")});
        elements.insert(QStringLiteral("th"), {QStringLiteral("colspan"), QStringLiteral("rowspan")});
        elements.insert(QStringLiteral("td"), {QStringLiteral("colspan"), QStringLiteral("rowspan")});
        elements.insert(QStringLiteral("ol"), {QStringLiteral("start")});
        return elements;
    }();
    return table;
}

QString schemeOf(const QString &url)
{
    const int colon = url.indexOf(QLatin1Char(':'));
    return colon > 0 ? url.left(colon).toLower() : QString();
}

bool isPlainInteger(const QString &text, int minimum, int maximum)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    if (!digits.match(text).hasMatch()) {
        return false;
    }
    const int value = text.toInt();
    return value >= minimum && value <= maximum;
}

void checkAttribute(const QString &element, const QXmlStreamAttribute &attribute)
{
    const QString name = attribute.name().toString();
    const QString value = attribute.value().toString();
    FUZZ_CHECK(attribute.namespaceUri().isEmpty(), "an attribute with a namespace");
    FUZZ_CHECK(allowedOutput().value(element).contains(name), "an attribute that is not allowed on its element");
    FUZZ_CHECK(value.size() <= ContentSanitizer::MaxAttributeLength * 12, "an attribute value beyond the limit");

    if (name == QLatin1String("href")) {
        const QString scheme = schemeOf(value);
        FUZZ_CHECK(scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("xmpp")
                       || scheme == QLatin1String("mailto"),
                   "a link with a scheme that is not allowed");
    } else if (name == QLatin1String("src")) {
        const QString scheme = schemeOf(value);
        FUZZ_CHECK(scheme == QLatin1String("http") || scheme == QLatin1String("https"), "an image with a scheme that is not allowed");
    } else if (name == QLatin1String("rel")) {
        FUZZ_CHECK(value == QLatin1String("nofollow noopener noreferrer"), "a link with another rel");
    } else if (name == QLatin1String("width") || name == QLatin1String("height")) {
        FUZZ_CHECK(isPlainInteger(value, 1, 4096), "an image size that is not an integer from 1 to 4096");
    } else if (name == QLatin1String("colspan") || name == QLatin1String("rowspan")) {
        FUZZ_CHECK(isPlainInteger(value, 1, 100), "a table span that is not an integer from 1 to 100");
    } else if (name == QLatin1String("start")) {
        FUZZ_CHECK(isPlainInteger(value, 0, 99999), "a list start that is not an integer from 0 to 99999");
    }
}

void checkMarkup(const QString &sanitized)
{
    QXmlStreamReader reader(sanitized);
    int depth = 0;
    int rootCount = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QString name = reader.name().toString();
            FUZZ_CHECK(reader.namespaceUri() == XhtmlNamespace, "an element outside the XHTML namespace");
            FUZZ_CHECK(reader.prefix().isEmpty(), "an element with a namespace prefix");
            FUZZ_CHECK(allowedOutput().contains(name), "an element that is not allowed");
            FUZZ_CHECK(depth > 0 || name == QLatin1String("div"), "the root is not a div");
            FUZZ_CHECK(depth == 0 || name != QLatin1String("div"), "a div inside the root");
            if (depth == 0) {
                ++rootCount;
                FUZZ_CHECK(reader.attributes().isEmpty(), "the root div has attributes");
            }
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                checkAttribute(name, attribute);
            }
            ++depth;
            FUZZ_CHECK(depth <= ContentSanitizer::MaxDepth, "elements nested deeper than the limit");
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            FUZZ_CHECK(depth > 0 || reader.isWhitespace(), "text outside the root");
            break;
        case QXmlStreamReader::StartDocument:
        case QXmlStreamReader::EndDocument:
            break;
        default:
            FUZZ_CHECK(false, "a comment, processing instruction, DTD or entity reference in the output");
        }
    }
    FUZZ_CHECK(!reader.hasError(), "the output is not well-formed XML");
    FUZZ_CHECK(rootCount == 1, "the output is not exactly one element");
}

// Gives every heading one name, so that the shift on each pass does not count as a change.
QString withUniformHeadings(QString markup)
{
    static const QRegularExpression headings(QStringLiteral("<(/?)h[3-6]([ >/])"));
    return markup.replace(headings, QStringLiteral("<\\1h\\2"));
}

} // namespace

void checkSanitizedOutput(const QString &sanitized)
{
    FUZZ_CHECK(sanitized.size() <= ContentSanitizer::MaxOutputLength + 64 * 1024, "the output exceeds the limit");
    checkMarkup(sanitized);

    const QString again = ContentSanitizer::sanitizeXhtml(sanitized);
    FUZZ_CHECK(withUniformHeadings(again) == withUniformHeadings(sanitized), "sanitizing the output again changed it");

    // plainText() logs and returns an empty string for output it cannot read; text in the
    // output must come through.
    const QString text = ContentSanitizer::plainText(sanitized);
    QXmlStreamReader reader(sanitized);
    bool hasText = false;
    while (!reader.atEnd() && !hasText) {
        hasText = reader.readNext() == QXmlStreamReader::Characters && !reader.text().trimmed().isEmpty();
    }
    FUZZ_CHECK(!hasText || !text.trimmed().isEmpty(), "plainText() lost the text of the output");
}
