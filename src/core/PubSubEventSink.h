#pragma once

#include <QXmppClientExtension.h>

/// Ends the handling of PubSub event notifications (XEP-0060, section 7) that carry nothing else.
///
/// QXmpp 1.4 parses every message that no extension takes into a QXmppMessage, once for
/// QXmppClient::messageReceived and once more in QXmppMessageReceiptManager. A notification's
/// payload is an unknown extension to QXmppMessage, which copies it into QXmppElement objects:
/// for a microblog post this costs more than everything else the account does with it.
/// Notifications are read by PubSubEventReader and by the extensions before this one (avatars,
/// profiles), so Account puts the sink in the client's list after them and before the receipt
/// manager. Extensions after the sink, and handlers of messageReceived, never see such a
/// notification. A message with a body, a receipt request or any other payload goes on as before.
class PubSubEventSink : public QXmppClientExtension
{
    Q_OBJECT

public:
    bool handleStanza(const QDomElement &stanza) override;

    /// Returns whether \a stanza is a message with a PubSub event and otherwise only delivery
    /// metadata: a delay (XEP-0203), extended addresses (XEP-0033) or headers (XEP-0131).
    static bool isPlainNotification(const QDomElement &stanza);
};
