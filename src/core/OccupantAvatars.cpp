#include "OccupantAvatars.h"

#include "AvatarService.h"
#include "OccupantsModel.h"
#include "RoomService.h"

namespace {

/// Maximum number of hashes remembered as cached. The set then starts over, which costs only cache lookups.
constexpr int MaxKnownCached = 10000;

} // namespace

OccupantAvatars::OccupantAvatars(RoomService *rooms, AvatarService *avatars, QObject *parent)
    : QObject(parent)
    , m_rooms(rooms)
    , m_avatars(avatars)
{
    connect(rooms, &RoomService::occupantAvatarAnnounced, this, &OccupantAvatars::request);
    connect(avatars, &AvatarService::imageCached, this, &OccupantAvatars::handleCached);
    connect(avatars, &AvatarService::imageFetchFailed, this, &OccupantAvatars::handleFailed);
}

void OccupantAvatars::reset()
{
    m_waiting.clear();
    m_waitingCount = 0;
    m_queue.clear();
    m_sources.clear();
    m_running.clear();
}

void OccupantAvatars::request(const QString &room, const QString &nick, const QString &hash)
{
    if (m_cached.contains(hash)) {
        if (OccupantsModel *occupants = m_rooms->occupants(room)) {
            occupants->setAvatarHash(nick, hash);
        }
        return;
    }
    if (m_waitingCount >= MaxWaiting) {
        return;
    }
    m_waiting[hash].append(Target{room, nick});
    ++m_waitingCount;
    if (!m_running.contains(hash) && !m_sources.contains(hash)) {
        m_sources.insert(hash, room + QLatin1Char('/') + nick);
        m_queue.enqueue(hash);
        startFetches();
    }
}

void OccupantAvatars::handleCached(const QString &hash)
{
    if (m_cached.size() >= MaxKnownCached) {
        m_cached.clear();
    }
    m_cached.insert(hash);
    const QVector<Target> targets = m_waiting.take(hash);
    m_waitingCount -= int(targets.size());
    for (const Target &target : targets) {
        if (OccupantsModel *occupants = m_rooms->occupants(target.room)) {
            occupants->setAvatarHash(target.nick, hash);
        }
    }
    if (m_running.remove(hash)) {
        startFetches();
    } else if (m_sources.remove(hash)) {
        m_queue.removeOne(hash);
    }
}

void OccupantAvatars::handleFailed(const QString &hash)
{
    if (!m_running.remove(hash)) {
        return;
    }
    m_waitingCount -= int(m_waiting.take(hash).size());
    startFetches();
}

void OccupantAvatars::startFetches()
{
    while (m_running.size() < MaxParallelFetches && !m_queue.isEmpty()) {
        const QString hash = m_queue.dequeue();
        const QString source = m_sources.take(hash);
        m_running.insert(hash);
        m_avatars->cacheAnnouncedPhoto(source, hash);
    }
}
