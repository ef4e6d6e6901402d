#include "ParkedEdits.h"

void ParkedEdits::park(const QString &peer, const QString &originId, std::function<void()> apply)
{
    const QString key = keyOf(peer, originId);
    const qint64 number = m_nextNumber++;
    m_edits.emplace(number, Edit{key, std::move(apply)});
    m_byTarget[key].append(number);
    if (m_edits.size() > std::size_t(MaxEdits)) {
        const auto oldest = m_edits.begin();
        auto numbers = m_byTarget.find(oldest->second.key);
        numbers->removeOne(oldest->first);
        if (numbers->isEmpty()) {
            m_byTarget.erase(numbers);
        }
        m_edits.erase(oldest);
    }
}

QVector<std::function<void()>> ParkedEdits::take(const QString &peer, const QString &originId)
{
    QVector<std::function<void()>> edits;
    const QVector<qint64> numbers = m_byTarget.take(keyOf(peer, originId));
    for (const qint64 number : numbers) {
        const auto found = m_edits.find(number);
        edits.append(std::move(found->second.apply));
        m_edits.erase(found);
    }
    return edits;
}

int ParkedEdits::size() const
{
    return int(m_edits.size());
}

void ParkedEdits::clear()
{
    m_edits.clear();
    m_byTarget.clear();
}

QString ParkedEdits::keyOf(const QString &peer, const QString &originId)
{
    return peer + QLatin1Char('\n') + originId;
}
