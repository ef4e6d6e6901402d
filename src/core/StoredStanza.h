#pragma once

#include <QString>
#include <QXmppStanza.h>

/// A stanza sent again from its stored XML, written out token by token exactly as it was stored.
class StoredStanza : public QXmppStanza
{
public:
    explicit StoredStanza(const QString &xml);

    void toXml(QXmlStreamWriter *writer) const override;

    /// Serializes \a stanza as it would be sent.
    static QString serialize(const QXmppStanza &stanza);

private:
    QString m_xml;
};
