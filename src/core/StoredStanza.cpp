#include "StoredStanza.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

StoredStanza::StoredStanza(const QString &xml)
    : m_xml(xml)
{
}

void StoredStanza::toXml(QXmlStreamWriter *writer) const
{
    QXmlStreamReader reader(m_xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartDocument() || reader.isEndDocument() || reader.hasError()) {
            continue;
        }
        writer->writeCurrentToken(reader);
    }
}

QString StoredStanza::serialize(const QXmppStanza &stanza)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    stanza.toXml(&writer);
    return xml;
}
