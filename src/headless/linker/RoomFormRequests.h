#pragma once

#include <QJsonObject>
#include <QObject>

class ModelSubscriptions;
class RoomConfigurationService;

/// The `invoke` requests of a tab on the object `roomConfiguration` that concern a room's
/// configuration form, which the linker publishes to the tabs that opened it.
///
/// | method | effect |
/// | --- | --- |
/// | `openForm(jid)` | sends the tab the room's DataFormModel under `roomConfiguration/<bare JID>`, with its properties (`status`, `errorText`, `title`, `instructions`) as `object` messages; the reply names it as `model` |
/// | `closeForm(jid)` | ends the tab's subscription; the form is dropped when no tab has it open |
///
/// Opening a form requests nothing: a room created with configuration fills it by itself, and
/// `roomConfiguration.requestForm` fills it for an existing room. Every other method of
/// `roomConfiguration` goes through ObjectInvoker.
class RoomFormRequests : public QObject
{
    Q_OBJECT

public:
    /// Prefix of the names of the rooms' configuration forms.
    static const QString FormPrefix;

    /// Publishes through \a subscriptions the forms of \a configuration; both must outlive this object.
    RoomFormRequests(RoomConfigurationService *configuration, ModelSubscriptions *subscriptions, QObject *parent = nullptr);

    /// Returns whether \a request is an invoke request that handle() carries out.
    static bool handles(const QJsonObject &request);
    /// Carries out the request of \a tab and returns its `invokeResult` message.
    QJsonObject handle(quint64 tab, const QJsonObject &request);

private:
    void closeReleasedForm(const QString &name);

    RoomConfigurationService *m_configuration;
    ModelSubscriptions *m_subscriptions;
};
