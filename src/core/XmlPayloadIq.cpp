#include "XmlPayloadIq.h"

XmlPayloadIq::XmlPayloadIq(QXmppIq::Type type, const QString &to, PayloadWriter payloadWriter)
    : QXmppIq(type)
    , m_payloadWriter(std::move(payloadWriter))
{
    setTo(to);
}

void XmlPayloadIq::toXmlElementFromChild(QXmlStreamWriter *writer) const
{
    if (m_payloadWriter) {
        m_payloadWriter(writer);
    }
}
