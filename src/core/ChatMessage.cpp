#include "ChatMessage.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<ChatMessage::State, const char *>, 6> StateCodes = {{
    {ChatMessage::State::Pending, "pending"},
    {ChatMessage::State::Sent, "sent"},
    {ChatMessage::State::Delivered, "delivered"},
    {ChatMessage::State::Failed, "failed"},
    {ChatMessage::State::Received, "received"},
    {ChatMessage::State::Displayed, "displayed"},
}};

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
