#pragma once

#include <QXmppIq.h>

#include <functional>

/// An IQ whose child element is written by a function with QXmlStreamWriter.
///
/// QXmppElement reorders mixed content and QXmpp 1.4 has no PubSub IQ that
/// writes publish-options or node configuration, so payloads such as a vCard4
/// publish are written directly.
class XmlPayloadIq : public QXmppIq
{
public:
    using PayloadWriter = std::function<void(QXmlStreamWriter *writer)>;

    XmlPayloadIq(QXmppIq::Type type, const QString &to, PayloadWriter payloadWriter);

protected:
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override;

private:
    PayloadWriter m_payloadWriter;
};
