#pragma once

#include <QJsonObject>
#include <QObject>

class CommunityService;
class ModelSubscriptions;

/// The `invoke` requests of a tab on the object `communities` that concern the configuration
/// form of a community, which the linker publishes to the tabs that opened it, as
/// RoomFormRequests does for rooms.
///
/// | method | effect |
/// | --- | --- |
/// | `openConfiguration(service, node)` | sends the tab the community's DataFormModel under `communityConfiguration/<service>/<node>`, with its properties as `object` messages; the reply names it as `model` |
/// | `closeConfiguration(service, node)` | ends the tab's subscription; the form is dropped when no tab has it open |
///
/// Opening a form requests nothing: `communities.requestConfiguration` fills it. Every other
/// method of `communities` goes through ObjectInvoker.
class CommunityFormRequests : public QObject
{
    Q_OBJECT

public:
    /// Prefix of the names of the communities' configuration forms.
    static const QString FormPrefix;

    /// Publishes through \a subscriptions the forms of \a communities; both must outlive this object.
    CommunityFormRequests(CommunityService *communities, ModelSubscriptions *subscriptions, QObject *parent = nullptr);

    /// Returns whether \a request is an invoke request that handle() carries out.
    static bool handles(const QJsonObject &request);
    /// Carries out the request of \a tab and returns its `invokeResult` message.
    QJsonObject handle(quint64 tab, const QJsonObject &request);

private:
    void closeReleasedForm(const QString &name);

    CommunityService *m_communities;
    ModelSubscriptions *m_subscriptions;
};
