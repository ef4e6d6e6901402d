#pragma once

#include "AvatarService.h"
#include "ContactsModel.h"
#include "TestPeer.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QJsonObject>

// Avatar helpers shared by the integration tests: images, and a slixmpp peer that publishes them.

// Encodes a square PNG of one color, so that each color gives another image and hash.
inline QByteArray pngImage(const QColor &color, int side = 48)
{
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(color);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

inline QString metadataXml(const QString &hash, qint64 bytes)
{
    return QStringLiteral("<metadata xmlns='urn:xmpp:avatar:metadata'><info bytes='%1' id='%2' type='image/png'/></metadata>").arg(bytes).arg(hash);
}

inline QJsonObject publish(const QString &node, const QString &itemId, const QString &payload)
{
    return QJsonObject{{QStringLiteral("command"), QStringLiteral("publish")},
                       {QStringLiteral("node"), node},
                       {QStringLiteral("itemId"), itemId},
                       {QStringLiteral("payload"), payload}};
}

inline QString avatarOf(const ContactsModel *contacts, const QString &jid)
{
    const int row = contacts->indexOf(jid);
    return row < 0 ? QString() : contacts->data(contacts->index(row), ContactsModel::AvatarHashRole).toString();
}

// Sets the vCard-temp of the peer's account, jid, to one with photo and waits for the server's reply.
inline bool setVCardPhoto(TestPeer *peer, const QString &jid, const QByteArray &photo, int timeoutMs)
{
    const QString vCard = QStringLiteral("<vCard xmlns='vcard-temp'><FN>Photo owner</FN><PHOTO><TYPE>image/png</TYPE><BINVAL>%1</BINVAL></PHOTO></vCard>")
                              .arg(QString::fromLatin1(photo.toBase64()));
    peer->clearEvents();
    if (!peer->command({{QStringLiteral("command"), QStringLiteral("iqSet")}, {QStringLiteral("to"), jid}, {QStringLiteral("xml"), vCard}})) {
        return false;
    }
    return peer->waitForEvent(QStringLiteral("iqResponse"), timeoutMs).value(QStringLiteral("type")).toString() == QLatin1String("result");
}
