#pragma once

#include <QHash>
#include <QObject>
#include <QVariant>

class DataFormModel;
class IqRequestExtension;
struct IqResponse;
class QXmppClient;
class RoomService;

/// The configuration of group chat rooms that the user owns (XEP-0045, sections 10.1 and 10.2):
/// requesting a room's configuration form, submitting changed values and cancelling.
///
/// Each room has one DataFormModel, created by form() and kept until closeForm(). Its \c status
/// shows the request: "loading" while the form is requested, "ready" when the user may fill it
/// in, "submitting", then "saved" or "cancelled". A failed request sets a translated \c errorText
/// with the status "failed", or "ready" again when a loaded form may be corrected and submitted.
///
/// A room that RoomService created with configuration (RoomService::createRoom() with
/// \c configure) stays locked until its form is submitted or cancelled: its form is requested
/// as soon as the room reports that it was created, and cancelling destroys the new room. When
/// that room existed already, its form is requested all the same, which only its owners get.
/// Every request ends within RequestTimeoutMs.
class RoomConfigurationService : public QObject
{
    Q_OBJECT

public:
    /// Time to wait for the room's response to a request, in milliseconds.
    static constexpr int RequestTimeoutMs = 30 * 1000;

    /// \a client and \a rooms must outlive the configuration.
    RoomConfigurationService(QXmppClient *client, RoomService *rooms, QObject *parent = nullptr);

    /// Returns the configuration form of the room \a jid, created empty with status "idle" when
    /// there was none, or null for an invalid address. The configuration owns the model.
    Q_INVOKABLE DataFormModel *form(const QString &jid);
    /// Requests the configuration form of the room \a jid, which needs the owner affiliation.
    Q_INVOKABLE void requestForm(const QString &jid);
    /// Submits the form of the room \a jid after setting \a values, a map from field names to
    /// values as DataFormModel::setValue() takes them. Null or an empty map submits the form as it is.
    Q_INVOKABLE void submit(const QString &jid, const QVariant &values = QVariant());
    /// Cancels the configuration of the room \a jid. A new room that waits for its configuration is destroyed.
    Q_INVOKABLE void cancel(const QString &jid);
    /// Drops the form of the room \a jid, which views must no longer use.
    Q_INVOKABLE void closeForm(const QString &jid);

Q_SIGNALS:
    /// The form of the room \a jid arrived and may be filled in.
    void formReady(const QString &jid);
    /// The room \a jid accepted the submitted form.
    void saved(const QString &jid);
    /// The configuration of the room \a jid was cancelled; a new room was destroyed.
    void cancelled(const QString &jid);
    /// A request for the room \a jid failed. \a message is a translated sentence.
    void actionFailed(const QString &jid, const QString &message);

private:
    void fail(const QString &room, const QString &action, const IqResponse &response);
    QString errorText(const IqResponse &response) const;
    QString accountJid() const;

    QXmppClient *m_client;
    RoomService *m_rooms;
    IqRequestExtension *m_requests;
    QHash<QString, DataFormModel *> m_forms;
};
