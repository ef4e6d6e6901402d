#include "ChatMessage.h"

#include <algorithm>

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<ChatMessage::State, const char *>, 7> StateCodes = {{
    {ChatMessage::State::Pending, "pending"},
    {ChatMessage::State::Sent, "sent"},
    {ChatMessage::State::Delivered, "delivered"},
    {ChatMessage::State::Read, "read"},
    {ChatMessage::State::Failed, "failed"},
    {ChatMessage::State::Received, "received"},
    {ChatMessage::State::Displayed, "displayed"},
}};

// Position of a state in its direction's order; incoming and outgoing states never mix.
int stepOf(ChatMessage::State state)
{
    switch (state) {
    case ChatMessage::State::Pending:
    case ChatMessage::State::Received:
        return 0;
    case ChatMessage::State::Sent:
    case ChatMessage::State::Displayed:
        return 1;
    case ChatMessage::State::Delivered:
        return 2;
    case ChatMessage::State::Read:
        return 3;
    case ChatMessage::State::Failed:
        return 4;
    }
    return 0;
}

bool isIncoming(ChatMessage::State state)
{
    return state == ChatMessage::State::Received || state == ChatMessage::State::Displayed;
}

} // namespace

QString ChatMessage::directionCode(Direction direction)
{
    return direction == Direction::Outgoing ? QStringLiteral("out") : QStringLiteral("in");
}

ChatMessage::Direction ChatMessage::directionFromCode(const QString &code)
{
    return code == QLatin1String("out") ? Direction::Outgoing : Direction::Incoming;
}

QString ChatMessage::stateCode(State state)
{
    for (const auto &[value, code] : StateCodes) {
        if (value == state) {
            return QString::fromLatin1(code);
        }
    }
    return QStringLiteral("received");
}

ChatMessage::State ChatMessage::stateFromCode(const QString &code)
{
    for (const auto &[value, name] : StateCodes) {
        if (code == QLatin1String(name)) {
            return value;
        }
    }
    return State::Received;
}

bool ChatMessage::canChange(State from, State to)
{
    if (isIncoming(from) != isIncoming(to)) {
        return false;
    }
    if (from == State::Read && to == State::Failed) {
        return false;
    }
    return stepOf(to) > stepOf(from);
}

QVector<ChatMessage::State> ChatMessage::statesBefore(State to)
{
    QVector<State> states;
    for (const auto &[value, code] : StateCodes) {
        Q_UNUSED(code)
        if (canChange(value, to)) {
            states.append(value);
        }
    }
    return states;
}

QString ChatMessage::previewOf(const QString &body)
{
    if (body.size() <= MaxReplyPreviewLength) {
        return body;
    }
    int length = MaxReplyPreviewLength;
    if (body.at(length - 1).isHighSurrogate()) {
        --length;
    }
    return body.left(length);
}

void placeBefore(QVector<ChatMessage> &messages, qint64 boundaryMs)
{
    qint64 limit = boundaryMs;
    for (auto message = messages.rbegin(); message != messages.rend(); ++message) {
        if (message->timestampMs >= limit && message->timestampMs - limit < 1000) {
            message->timestampMs = limit - 1;
        }
        limit = std::min(limit, message->timestampMs);
    }
}
