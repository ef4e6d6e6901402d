#include "PostText.h"

#include "salon_ui_logging.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

// Writes the replacement of an img element: a link to a web source, or the alt text alone.
void writeImagePlaceholder(QXmlStreamWriter *writer, const QXmlStreamAttributes &attributes)
{
    const QUrl source(attributes.value(QLatin1String("src")).toString().trimmed());
    const QString alt = attributes.value(QLatin1String("alt")).toString().trimmed();
    const QString label = alt.isEmpty() ? PostText::tr("[image]") : PostText::tr("[image: %1]").arg(alt);

    if (!isWebUrl(source)) {
        writer->writeCharacters(label);
        return;
    }
    writer->writeStartElement(QStringLiteral("a"));
    writer->writeAttribute(QStringLiteral("href"), source.toString(QUrl::FullyEncoded));
    writer->writeCharacters(label);
    writer->writeEndElement();
}

} // namespace

PostText::PostText(QObject *parent)
    : QObject(parent)
{
}

QString PostText::displayHtml(const QString &html)
{
    if (html.trimmed().isEmpty()) {
        return QString();
    }

    QString output;
    QXmlStreamWriter writer(&output);
    QXmlStreamReader reader(html);
    // The sanitizer writes XHTML in a namespace; a RichText item reads plain element names.
    reader.setNamespaceProcessing(false);
    int skippedDepth = 0;

    while (!reader.atEnd()) {
        reader.readNext();
        if (skippedDepth > 0) {
            if (reader.isStartElement()) {
                ++skippedDepth;
            } else if (reader.isEndElement()) {
                --skippedDepth;
            }
            continue;
        }

        if (reader.isStartElement()) {
            if (reader.name() == QLatin1String("img")) {
                writeImagePlaceholder(&writer, reader.attributes());
                skippedDepth = 1;
                continue;
            }
            writer.writeStartElement(reader.name().toString());
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                if (attribute.qualifiedName() != QLatin1String("xmlns")) {
                    writer.writeAttribute(attribute.qualifiedName().toString(), attribute.value().toString());
                }
            }
        } else if (reader.isEndElement()) {
            writer.writeEndElement();
        } else if (reader.isCharacters()) {
            writer.writeCharacters(reader.text().toString());
        }
    }

    if (reader.hasError()) {
        qCWarning(SALON_UI) << "Post content is no well-formed XML, shown as plain text:" << reader.errorString();
        return html.toHtmlEscaped();
    }
    return output;
}

bool PostText::isOpenableLink(const QString &link)
{
    const QUrl url(link.trimmed());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("xmpp")) {
        return !url.path().isEmpty();
    }
    return isWebUrl(url);
}

QStringList PostText::parseTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QStringList tags;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString tag = part.startsWith(QLatin1Char('#')) ? part.mid(1) : part;
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive)) {
            tags.append(tag);
        }
    }
    return tags;
}
