#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class DiscoInfoQueue;
class IqRequestExtension;
class MucServiceFinder;
class QXmppClient;
class RoomDirectoryModel;
class RoomListing;
struct IqResponse;

/// The public rooms of a group chat service (XEP-0045, sections 6.3 and 6.4), for a room browser.
///
/// requestRooms() lists the rooms through the service's disco#items result (XEP-0030), page by
/// page where the service supports Result Set Management (XEP-0059), up to MaxRooms rooms. Then
/// it requests each room's disco#info, at most MaxConcurrentInfoRequests at a time, for its name,
/// description, occupant count and flags. Rooms show in rooms() as soon as they are listed, and
/// change as their info arrives. rooms()->loading() is true until every request has ended.
/// RoomListing drops the items of a hostile or broken service that are no room of it (invalid,
/// duplicate, or another domain's).
///
/// A failed listing reaches the user through actionFailed() with a translated sentence. Rooms
/// whose info request fails stay listed with infoLoaded false, and only the log counts them.
///
/// findMucServices() finds the group chat services of the user's server (MucServiceFinder),
/// to offer them for requestRooms().
///
/// \code
/// auto *directory = new RoomDirectory(client, requests, this);
/// connect(directory, &RoomDirectory::actionFailed, this, [](const QString &service, const QString &message) { ... });
/// directory->requestRooms(QStringLiteral("conference.example.org"));
/// directory->rooms()->setFilter(QStringLiteral("xmpp"));
/// \endcode
class RoomDirectory : public QObject
{
    Q_OBJECT
    Q_PROPERTY(RoomDirectoryModel *rooms READ rooms CONSTANT)
    Q_PROPERTY(QStringList mucServices READ mucServices NOTIFY mucServicesFound)

public:
    /// Maximum number of rooms listed from one service.
    static constexpr int MaxRooms = 1000;
    /// Rooms requested per page from services that support Result Set Management.
    static constexpr int PageSize = 100;
    /// Maximum number of room info requests that wait for a response at once.
    static constexpr int MaxConcurrentInfoRequests = 8;
    /// Time to wait for each room's info, in milliseconds. Shorter than for the list, because a
    /// single room that does not respond keeps the list loading until then.
    static constexpr int DefaultInfoTimeoutMs = 15000;

    /// Sends its requests through \a requests, which must be an extension of \a client placed
    /// before QXmpp's discovery manager. Without one, the directory inserts its own as the client's
    /// first extension. \a client must outlive the directory.
    explicit RoomDirectory(QXmppClient *client, IqRequestExtension *requests = nullptr, QObject *parent = nullptr);
    ~RoomDirectory() override;

    RoomDirectoryModel *rooms() const;
    /// The group chat services that the last findMucServices() found.
    QStringList mucServices() const;

    /// Sets the time to wait for each response, in milliseconds, of the list and of each room's info.
    void setTimeoutMs(int timeoutMs);

    /// Lists the rooms of \a service, a domain such as \c conference.example.org that the user may
    /// have typed, replacing the rooms shown and any listing still running.
    Q_INVOKABLE void requestRooms(const QString &service);
    /// Stops the running listing. The rooms listed so far stay.
    Q_INVOKABLE void cancel();
    /// Looks for the group chat services of the user's server and reports them through mucServicesFound().
    Q_INVOKABLE void findMucServices();

    /// Returns a translated reason why a disco request that did not end in a result failed,
    /// which completes a sentence such as "Salon could not list the rooms of X: …".
    static QString failureReason(const IqResponse &response);

Q_SIGNALS:
    /// The listing of \a service and its info requests have ended, with \a count rooms listed.
    void roomsListed(const QString &service, int count);
    void mucServicesFound(const QStringList &services);
    /// Listing the rooms of \a service, or finding services on the user's server \a service,
    /// failed. \a message is a translated sentence.
    void actionFailed(const QString &service, const QString &message);

private:
    void requestPage();
    void handlePage(const IqResponse &response);
    void handleInfo(const QString &jid, const IqResponse &response);
    void finishIfDone();
    QString accountJid() const;

    QXmppClient *m_client;
    IqRequestExtension *m_requests;
    RoomDirectoryModel *m_rooms;
    DiscoInfoQueue *m_infoQueue;
    MucServiceFinder *m_serviceFinder;
    std::unique_ptr<RoomListing> m_listing;
    /// Changes with every listing, so that responses of an earlier one are ignored.
    int m_run = 0;
    bool m_pagePending = false;
    int m_failedInfoRequests = 0;
    int m_timeoutMs;
};
