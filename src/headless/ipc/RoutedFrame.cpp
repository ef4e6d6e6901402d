#include "RoutedFrame.h"

#include <limits>

namespace RoutedFrame
{
namespace {

// Digits of the largest quint64, 18446744073709551615.
constexpr int MaxTabDigits = 20;

} // namespace

bool isRouted(const QByteArray &payload)
{
    return !payload.isEmpty() && (payload.at(0) == char(Kind::ToTab) || payload.at(0) == char(Kind::FromTab));
}

QByteArray encode(Kind kind, quint64 tab, const QByteArray &json)
{
    QByteArray payload;
    payload.reserve(json.size() + 2 + MaxTabDigits);
    payload.append(char(kind));
    payload.append(QByteArray::number(tab));
    payload.append(' ');
    payload.append(json);
    return payload;
}

std::optional<Decoded> decode(const QByteArray &payload)
{
    if (!isRouted(payload)) {
        return std::nullopt;
    }
    const int space = payload.indexOf(' ', 1);
    const int digits = space - 1;
    if (digits < 1 || digits > MaxTabDigits || space + 1 >= payload.size()) {
        return std::nullopt;
    }

    quint64 tab = 0;
    for (int index = 1; index < space; ++index) {
        const char c = payload.at(index);
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        const quint64 digit = quint64(c - '0');
        if (tab > (std::numeric_limits<quint64>::max() - digit) / 10) {
            return std::nullopt;
        }
        tab = tab * 10 + digit;
    }

    Decoded decoded;
    decoded.kind = Kind(payload.at(0));
    decoded.tab = tab;
    decoded.json = payload.mid(space + 1);
    return decoded;
}

QJsonObject toJsonFrame(const Decoded &routed, const QJsonObject &message)
{
    return QJsonObject{
        {QStringLiteral("type"), routed.kind == Kind::ToTab ? QStringLiteral("toTab") : QStringLiteral("fromTab")},
        {QStringLiteral("tab"), double(routed.tab)},
        {QStringLiteral("message"), message},
    };
}

} // namespace RoutedFrame
