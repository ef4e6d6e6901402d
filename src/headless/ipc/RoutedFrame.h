#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

/// Frame payloads that carry a browser's message between a tab and its linker unchanged.
///
/// A routed payload is a marker byte, the tab number in decimal, one space and the browser
/// message as UTF-8 JSON text. "T12 {...}" goes from a linker to tab 12, where tab 0 means every
/// tab of the session, and "F12 {...}" goes from tab 12 to its linker. Every other payload is a JSON
/// object, which starts with '{', so the first byte tells the two apart. salon-server passes
/// the text of a routed payload on without parsing it, which saves a JSON decode and encode
/// per frame. It still parses what a browser sends, to reject invalid messages.
namespace RoutedFrame
{
enum class Kind : char {
    ToTab = 'T',
    FromTab = 'F',
};

/// The decoded header and the message text, which may be any bytes: the receiver parses it.
struct Decoded {
    Kind kind = Kind::ToTab;
    quint64 tab = 0;
    QByteArray json;
};

/// Returns whether \a payload starts with a routed frame's marker.
bool isRouted(const QByteArray &payload);
/// Returns the payload that carries \a json to or from \a tab.
QByteArray encode(Kind kind, quint64 tab, const QByteArray &json);
/// Decodes a routed payload. Returns nothing when the marker, the tab number or the space is
/// missing or invalid, and when the message text is empty.
std::optional<Decoded> decode(const QByteArray &payload);
/// Returns \a message, already parsed from \a routed's text, in the shape of a JSON routing frame:
/// {"type": "toTab" or "fromTab", "tab": N, "message": {...}}.
QJsonObject toJsonFrame(const Decoded &routed, const QJsonObject &message);
} // namespace RoutedFrame
