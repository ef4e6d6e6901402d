#include "MessageFallbackExtension.h"

#include <QDomElement>
#include <QXmppMessage.h>

#include <algorithm>
#include <optional>

namespace {

const auto FallbackNamespace = QStringLiteral("urn:xmpp:fallback:0");
const auto CarbonsNamespace = QStringLiteral("urn:xmpp:carbons:2");
const auto ForwardNamespace = QStringLiteral("urn:xmpp:forward:0");
const auto ArchiveNamespace = QStringLiteral("urn:xmpp:mam:2");

} // namespace

bool MessageFallbackExtension::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("message")) {
        return false;
    }
    read(stanza);
    // The forwarded message of a carbon, <sent|received><forwarded><message>, or of an archive result, <result><forwarded><message>.
    for (QDomElement wrapper = stanza.firstChildElement(); !wrapper.isNull(); wrapper = wrapper.nextSiblingElement()) {
        const bool isResult = wrapper.tagName() == QLatin1String("result") && wrapper.namespaceURI() == ArchiveNamespace;
        if (wrapper.namespaceURI() != CarbonsNamespace && !isResult) {
            continue;
        }
        const QDomElement forwarded = wrapper.firstChildElement(QStringLiteral("forwarded"));
        if (forwarded.namespaceURI() == ForwardNamespace) {
            read(forwarded.firstChildElement(QStringLiteral("message")));
        }
    }
    return false;
}

void MessageFallbackExtension::read(const QDomElement &message)
{
    const QString id = message.attribute(QStringLiteral("id"));
    if (message.isNull() || id.isEmpty()) {
        return;
    }
    const QString body = message.firstChildElement(QStringLiteral("body")).text();
    const QString key = keyOf(message.attribute(QStringLiteral("from")), id);
    for (QDomElement fallback = message.firstChildElement(QStringLiteral("fallback")); !fallback.isNull();
         fallback = fallback.nextSiblingElement(QStringLiteral("fallback"))) {
        if (fallback.namespaceURI() != FallbackNamespace) {
            continue;
        }
        const QString feature = fallback.attribute(QStringLiteral("for"));
        for (QDomElement range = fallback.firstChildElement(QStringLiteral("body")); !range.isNull();
             range = range.nextSiblingElement(QStringLiteral("body"))) {
            bool startOk = false;
            bool endOk = false;
            const int start = range.attribute(QStringLiteral("start")).toInt(&startOk);
            const int end = range.attribute(QStringLiteral("end")).toInt(&endOk);
            const std::optional<FallbackRange> units = startOk && endOk ? toCodeUnits(body, start, end) : std::nullopt;
            if (!units) {
                // An invalid range marks nothing, so the whole body stays shown.
                continue;
            }
            m_entries.enqueue({key, feature, *units});
            if (m_entries.size() > MaxKeptMessages) {
                m_entries.dequeue();
            }
        }
    }
}

QVector<FallbackRange> MessageFallbackExtension::takeRanges(const QXmppMessage &message, const QString &featureNamespace)
{
    QVector<FallbackRange> ranges;
    if (message.id().isEmpty()) {
        return ranges;
    }
    const QString key = keyOf(message.from(), message.id());
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->key != key) {
            ++it;
            continue;
        }
        if (it->featureNamespace == featureNamespace) {
            ranges.append(it->range);
        }
        it = m_entries.erase(it);
    }

    std::sort(ranges.begin(), ranges.end(), [](const FallbackRange &a, const FallbackRange &b) {
        return a.start < b.start;
    });
    for (int i = 1; i < ranges.size(); ++i) {
        if (ranges.at(i).start < ranges.at(i - 1).end) {
            // Overlapping ranges are invalid, so nothing is stripped.
            return {};
        }
    }
    return ranges;
}

std::optional<FallbackRange> MessageFallbackExtension::toCodeUnits(const QString &body, int start, int end)
{
    if (start < 0 || end < start) {
        return std::nullopt;
    }
    int codePoint = 0;
    std::optional<int> startUnit;
    std::optional<int> endUnit;
    for (int unit = 0; unit <= body.size(); ++codePoint) {
        if (codePoint == start) {
            startUnit = unit;
        }
        if (codePoint == end) {
            endUnit = unit;
            break;
        }
        if (unit == body.size()) {
            break;
        }
        const bool pair = body.at(unit).isHighSurrogate() && unit + 1 < body.size() && body.at(unit + 1).isLowSurrogate();
        unit += pair ? 2 : 1;
    }
    if (!startUnit || !endUnit) {
        return std::nullopt;
    }
    return FallbackRange{*startUnit, *endUnit};
}

int MessageFallbackExtension::codePointCount(const QString &text)
{
    return int(text.toUcs4().size());
}

QString MessageFallbackExtension::keyOf(const QString &from, const QString &id)
{
    return from + QLatin1Char('\n') + id;
}
