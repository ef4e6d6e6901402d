#include "PublicPageCache.h"

#include <QCryptographicHash>

qint64 PublicPageCache::Entry::size() const
{
    return page.size() + feed.size();
}

PublicPageCache::PublicPageCache(int ttlSeconds, int maxEntries, qint64 maxBytes)
    : m_ttlSeconds(ttlSeconds)
    , m_maxEntries(maxEntries)
    , m_maxBytes(maxBytes)
{
}

int PublicPageCache::ttlSeconds() const
{
    return m_ttlSeconds;
}

int PublicPageCache::count() const
{
    return m_entries.size();
}

qint64 PublicPageCache::bytes() const
{
    return m_bytes;
}

const PublicPageCache::Entry *PublicPageCache::find(const QString &jid, const QDateTime &now)
{
    const auto entry = m_entries.constFind(jid);
    if (entry == m_entries.constEnd()) {
        return nullptr;
    }
    if (entry->expiresAt <= now) {
        remove(jid);
        return nullptr;
    }
    return &entry.value();
}

PublicPageCache::Entry PublicPageCache::insert(const QString &jid, Entry entry, const QDateTime &now)
{
    entry.pageEtag = etagOf(entry.page);
    entry.feedEtag = etagOf(entry.feed);
    entry.expiresAt = now.addSecs(m_ttlSeconds);

    remove(jid);
    if (m_ttlSeconds <= 0 || m_maxEntries <= 0 || entry.size() > m_maxBytes) {
        return entry;
    }
    evictFor(entry.size());
    m_bytes += entry.size();
    m_entries.insert(jid, entry);
    return entry;
}

QByteArray PublicPageCache::etagOf(const QByteArray &body)
{
    const QByteArray hash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return '"' + hash.left(32) + '"';
}

void PublicPageCache::evictFor(qint64 incomingBytes)
{
    while (!m_entries.isEmpty() && (m_entries.size() >= m_maxEntries || m_bytes + incomingBytes > m_maxBytes)) {
        auto first = m_entries.constBegin();
        for (auto candidate = m_entries.constBegin(); candidate != m_entries.constEnd(); ++candidate) {
            if (candidate->expiresAt < first->expiresAt) {
                first = candidate;
            }
        }
        remove(first.key());
    }
}

void PublicPageCache::remove(const QString &jid)
{
    const auto entry = m_entries.constFind(jid);
    if (entry != m_entries.constEnd()) {
        m_bytes -= entry->size();
        m_entries.erase(entry);
    }
}
