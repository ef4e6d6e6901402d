#pragma once

#include <QHash>
#include <QString>

/// The avatar of each bare JID that a model shows, as the SHA-1 of its image in lowercase hex.
///
/// Models keep the avatars of JIDs that have no row yet too, so that an avatar known before a
/// contact, profile or conversation is added shows in its row at once.
class AvatarHashes
{
public:
    /// Returns the avatar of \a jid, or an empty string when it has none.
    QString value(const QString &jid) const
    {
        return m_hashes.value(jid);
    }

    /// Sets the avatar of \a jid; an empty \a hash removes it. Returns whether the avatar changed.
    bool set(const QString &jid, const QString &hash)
    {
        if (m_hashes.value(jid) == hash) {
            return false;
        }
        if (hash.isEmpty()) {
            m_hashes.remove(jid);
        } else {
            m_hashes.insert(jid, hash);
        }
        return true;
    }

private:
    QHash<QString, QString> m_hashes;
};
