#pragma once

#include "JsonMessage.h"
#include "RoutedFrame.h"

#include <QJsonObject>

/// Decodes a frame payload that salon-linker wrote: a JSON frame as it is, and a routed frame
/// for a tab in the shape of a JSON toTab frame, {"type": "toTab", "tab": N, "message": {...}}.
inline JsonMessage::DecodeResult decodeLinkerPayload(const QByteArray &payload)
{
    const std::optional<RoutedFrame::Decoded> routed = RoutedFrame::decode(payload);
    if (!routed || routed->kind != RoutedFrame::Kind::ToTab) {
        return JsonMessage::decode(payload);
    }
    JsonMessage::DecodeResult message = JsonMessage::decode(routed->json);
    if (message.isValid()) {
        message.object = RoutedFrame::toJsonFrame(*routed, message.object);
    }
    return message;
}
