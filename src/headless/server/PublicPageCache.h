#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

/// The rendered public pages of users (page and Atom feed of /blog/JID), kept by the daemon
/// for a time to live so that repeated requests do not reach the public reader.
///
/// The cache is bounded in entries and in bytes (page and feed together). When a new entry
/// exceeds a bound, the entries that expire first are evicted. Both "found" and "not found"
/// results are kept, so requests for unknown addresses do not reach the reader either.
class PublicPageCache
{
public:
    struct Entry {
        /// False for an unknown user, an opted-out user or an invalid address.
        bool found = false;
        QByteArray page;
        QByteArray feed;
        /// The newest change of the posts, in UTC.
        QDateTime lastModified;
        /// Strong entity tags (RFC 9110, section 8.8.3) of page and feed, quotes included.
        QByteArray pageEtag;
        QByteArray feedEtag;
        /// When the entry stops being served, in UTC.
        QDateTime expiresAt;

        qint64 size() const;
    };

    static constexpr int DefaultMaxEntries = 1000;
    static constexpr qint64 DefaultMaxBytes = 32 * 1024 * 1024;

    /// \a ttlSeconds is how long an entry is served; 0 keeps nothing.
    explicit PublicPageCache(int ttlSeconds, int maxEntries = DefaultMaxEntries, qint64 maxBytes = DefaultMaxBytes);

    int ttlSeconds() const;
    int count() const;
    qint64 bytes() const;

    /// Returns the unexpired entry of \a jid, or null; an expired entry is removed.
    const Entry *find(const QString &jid, const QDateTime &now);
    /// Stores \a entry for \a jid with its ETags and expiry set from \a now, and returns it. An
    /// entry larger than the byte bound is returned without being stored.
    Entry insert(const QString &jid, Entry entry, const QDateTime &now);

    /// Returns a strong entity tag of \a body: a hash of its bytes.
    static QByteArray etagOf(const QByteArray &body);

private:
    void evictFor(qint64 incomingBytes);
    void remove(const QString &jid);

    int m_ttlSeconds;
    int m_maxEntries;
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    QHash<QString, Entry> m_entries;
};
