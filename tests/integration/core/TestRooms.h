#pragma once

#include "TestPeer.h"

#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

// Group chat helpers shared by the integration tests: a slixmpp peer joins and configures rooms
// with raw stanzas (XEP-0045), because peer.py has no group chat commands of its own.

using RoomConfiguration = QVector<QPair<QString, QString>>;

/// Joins \a room as \a nick through \a peer, with \a password unless it is empty, and waits for
/// the room's presence of \a nick. A new room is created by the join. Returns an empty string,
/// or what failed.
inline QString joinRoom(TestPeer &peer, const QString &room, const QString &nick, int timeoutMs, const QString &password = QString())
{
    const QString occupant = room + QLatin1Char('/') + nick;
    const QString passwordElement = password.isEmpty() ? QString() : QStringLiteral("<password>%1</password>").arg(password);
    const QJsonObject presence{
        {QStringLiteral("command"), QStringLiteral("stanza")},
        {QStringLiteral("xml"), QStringLiteral("<presence to='%1'><x xmlns='http://jabber.org/protocol/muc'>%2</x></presence>").arg(occupant, passwordElement)},
    };
    if (!peer.command(presence, timeoutMs)) {
        return peer.lastError();
    }
    const QJsonObject joined = peer.waitForEvent(
        QStringLiteral("presence"),
        [&occupant](const QJsonObject &event) {
            return event.value(QStringLiteral("from")).toString() == occupant && event.value(QStringLiteral("type")).toString() == QLatin1String("available");
        },
        timeoutMs);
    if (joined.isEmpty()) {
        QStringList errors;
        const QList<QJsonObject> events = peer.events();
        for (const QJsonObject &event : events) {
            if (event.value(QStringLiteral("event")).toString() == QLatin1String("error")) {
                errors.append(event.value(QStringLiteral("message")).toString());
            }
        }
        return QStringLiteral("%1 did not join %2. Errors of the peer: %3").arg(peer.jid(), room, errors.join(QStringLiteral(", ")));
    }
    return QString();
}

/// Submits the room configuration form (XEP-0045, section 10.1.3) of \a room with \a fields as
/// its owner \a peer. Submitting it also unlocks a room that the join has just created.
/// Returns an empty string, or what failed.
inline QString configureRoom(TestPeer &peer, const QString &room, const RoomConfiguration &fields, int timeoutMs)
{
    QString form = QStringLiteral("<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>");
    for (const auto &[name, value] : fields) {
        form += QStringLiteral("<field var='%1'><value>%2</value></field>").arg(name, value);
    }
    const QJsonObject submit{
        {QStringLiteral("command"), QStringLiteral("iqSet")},
        {QStringLiteral("to"), room},
        {QStringLiteral("xml"), QStringLiteral("<query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'>%1</x></query>").arg(form)},
    };
    if (!peer.command(submit, timeoutMs)) {
        return peer.lastError();
    }
    const QJsonObject response = peer.waitForEvent(QStringLiteral("iqResponse"), timeoutMs);
    if (response.value(QStringLiteral("type")).toString() != QLatin1String("result")) {
        return QStringLiteral("configuring %1 failed: %2").arg(room, response.value(QStringLiteral("condition")).toString());
    }
    return QString();
}

/// Sets the affiliation of \a jid with \a room to \a affiliation, as its owner \a peer
/// (XEP-0045, sections 9 and 10). Returns an empty string, or what failed.
inline QString setAffiliation(TestPeer &peer, const QString &room, const QString &jid, const QString &affiliation, int timeoutMs)
{
    const QJsonObject request{
        {QStringLiteral("command"), QStringLiteral("iqSet")},
        {QStringLiteral("to"), room},
        {QStringLiteral("xml"), QStringLiteral("<query xmlns='http://jabber.org/protocol/muc#admin'><item affiliation='%1' jid='%2'/></query>").arg(affiliation, jid)},
    };
    if (!peer.command(request, timeoutMs)) {
        return peer.lastError();
    }
    const QJsonObject response = peer.waitForEvent(QStringLiteral("iqResponse"), timeoutMs);
    if (response.value(QStringLiteral("type")).toString() != QLatin1String("result")) {
        return QStringLiteral("setting the affiliation of %1 with %2 failed: %3").arg(jid, room, response.value(QStringLiteral("condition")).toString());
    }
    return QString();
}
