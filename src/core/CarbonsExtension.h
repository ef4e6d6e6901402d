#pragma once

#include <QXmppClientExtension.h>

class IqRequestExtension;
class QXmppMessage;

/// Message Carbons (XEP-0280): copies of the messages that the user's other clients send and receive.
///
/// On every new stream (not after a resumed one) the extension enables carbons on the user's
/// server. It takes the carbon wrappers out of the stream and reports the forwarded messages
/// through carbonReceived() and carbonSent(). Only the user's own server may send carbons,
/// from the user's bare JID: a wrapper from anyone else is forged, so it is dropped and logged
/// (XEP-0280, Security Considerations).
class CarbonsExtension : public QXmppClientExtension
{
    Q_OBJECT

public:
    static const QString Namespace;

    CarbonsExtension();
    ~CarbonsExtension() override;

    QStringList discoveryFeatures() const override;
    bool handleStanza(const QDomElement &stanza) override;

Q_SIGNALS:
    /// Another client of the user received \a message.
    void carbonReceived(const QXmppMessage &message);
    /// Another client of the user sent \a message.
    void carbonSent(const QXmppMessage &message);

protected:
    void setClient(QXmppClient *client) override;

private:
    void enableCarbons();
    QString accountJid();

    IqRequestExtension *m_iqRequests;
};
