#include "BlockingIq.h"

#include <QDomElement>
#include <QXmlStreamWriter>

namespace {

QString elementName(BlockingIq::Action action)
{
    switch (action) {
    case BlockingIq::Action::BlockList:
        return QStringLiteral("blocklist");
    case BlockingIq::Action::Block:
        return QStringLiteral("block");
    case BlockingIq::Action::Unblock:
        return QStringLiteral("unblock");
    }
    return {};
}

} // namespace

const QString BlockingIq::Namespace = QStringLiteral("urn:xmpp:blocking");

BlockingIq::BlockingIq() = default;

BlockingIq::Action BlockingIq::action() const
{
    return m_action;
}

void BlockingIq::setAction(Action action)
{
    m_action = action;
}

QStringList BlockingIq::jids() const
{
    return m_jids;
}

void BlockingIq::setJids(const QStringList &jids)
{
    m_jids = jids;
}

bool BlockingIq::isBlockingIq(const QDomElement &element)
{
    if (element.tagName() != QLatin1String("iq")) {
        return false;
    }
    for (QDomElement child = element.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.namespaceURI() == Namespace) {
            return true;
        }
    }
    return false;
}

void BlockingIq::parseElementFromChild(const QDomElement &element)
{
    for (QDomElement child = element.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.namespaceURI() != Namespace) {
            continue;
        }
        if (child.tagName() == QLatin1String("block")) {
            m_action = Action::Block;
        } else if (child.tagName() == QLatin1String("unblock")) {
            m_action = Action::Unblock;
        } else {
            m_action = Action::BlockList;
        }
        m_jids.clear();
        for (QDomElement item = child.firstChildElement(QStringLiteral("item")); !item.isNull(); item = item.nextSiblingElement(QStringLiteral("item"))) {
            const QString jid = item.attribute(QStringLiteral("jid"));
            if (!jid.isEmpty()) {
                m_jids.append(jid);
            }
        }
        return;
    }
}

void BlockingIq::toXmlElementFromChild(QXmlStreamWriter *writer) const
{
    // An error or a result of a block or unblock carries no payload.
    if (type() == QXmppIq::Result && m_action != Action::BlockList) {
        return;
    }
    if (type() == QXmppIq::Error) {
        return;
    }

    writer->writeStartElement(elementName(m_action));
    writer->writeDefaultNamespace(Namespace);
    for (const QString &jid : m_jids) {
        writer->writeStartElement(QStringLiteral("item"));
        writer->writeAttribute(QStringLiteral("jid"), jid);
        writer->writeEndElement();
    }
    writer->writeEndElement();
}
