#pragma once

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QVector>

class AvatarService;
class RoomService;

/// Brings the avatars that occupants of group chat rooms announce (XEP-0153) into their rows.
///
/// RoomService reports the photo hash of each occupant's presence. Unless the image is known to be
/// cached, AvatarService fetches it from the occupant's vCard, at most MaxParallelFetches at once,
/// so that a room of thousands of occupants does not send thousands of requests at the same time.
/// When the image is cached, each occupant that still announces it shows it
/// (OccupantsModel::setAvatarHash()).
class OccupantAvatars : public QObject
{
    Q_OBJECT

public:
    /// Maximum number of images fetched at the same time.
    static constexpr int MaxParallelFetches = 4;
    /// Maximum number of occupants waiting for an image, over all rooms. Announcements beyond are dropped.
    static constexpr int MaxWaiting = 20000;

    /// \a rooms and \a avatars must outlive this object.
    OccupantAvatars(RoomService *rooms, AvatarService *avatars, QObject *parent = nullptr);

    /// Forgets the fetches in progress, as when the connection drops and AvatarService ends them.
    void reset();

private:
    struct Target {
        QString room;
        QString nick;
    };

    void request(const QString &room, const QString &nick, const QString &hash);
    void handleCached(const QString &hash);
    void handleFailed(const QString &hash);
    void startFetches();

    RoomService *m_rooms;
    AvatarService *m_avatars;
    /// Occupants waiting for an image, by its SHA-1.
    QHash<QString, QVector<Target>> m_waiting;
    int m_waitingCount = 0;
    /// Images to fetch, with the occupant JID to fetch each from.
    QQueue<QString> m_queue;
    QHash<QString, QString> m_sources;
    QSet<QString> m_running;
    /// Images known to be in the cache, which need no request.
    QSet<QString> m_cached;
};
