#pragma once

#include "PubSubClient.h"

#include <QXmppClientExtension.h>

/// Reads PubSub event notifications (XEP-0060, section 7) from incoming messages: published and
/// retracted items, purged and deleted nodes.
///
/// The extension never takes a stanza, so services with their own event handling still see it.
/// \c service in the signals is the bare JID that sent the event: a PubSub service, or the
/// contact whose PEP node changed. Events from a full JID are ignored, because only services send them.
class PubSubEventReader : public QXmppClientExtension
{
    Q_OBJECT

public:
    bool handleStanza(const QDomElement &stanza) override;

Q_SIGNALS:
    void itemsPublished(const QString &service, const QString &node, const QVector<PubSubItem> &items);
    void itemsRetracted(const QString &service, const QString &node, const QStringList &itemIds);
    void nodePurged(const QString &service, const QString &node);
    void nodeDeleted(const QString &service, const QString &node);
};
