#include "SingleInstance.h"

#include "salon_ui_logging.h"

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

const QString SingleInstance::ServiceName = QStringLiteral("org.salon.Salon");
const QString SingleInstance::ObjectPath = QStringLiteral("/org/salon/Salon");

namespace {

const auto ApplicationInterface = QStringLiteral("org.freedesktop.Application");
// A running app responds at once. The bound covers one that is busy starting.
constexpr int HandOverTimeoutMs = 10000;

} // namespace

/// The org.freedesktop.Application interface (Desktop Entry Specification, "D-Bus Activation").
class ApplicationAdaptor : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Application")

public:
    explicit ApplicationAdaptor(SingleInstance *instance)
        : QDBusAbstractAdaptor(instance)
        , m_instance(instance)
    {
    }

public Q_SLOTS:
    void Activate(const QVariantMap &platformData)
    {
        Q_UNUSED(platformData)
        qCInfo(SALON_UI) << "Activation requested over D-Bus";
        Q_EMIT m_instance->activationRequested();
    }

    void Open(const QStringList &uris, const QVariantMap &platformData)
    {
        Q_UNUSED(platformData)
        qCInfo(SALON_UI) << "Request over D-Bus to open" << uris.size() << "URIs";
        Q_EMIT m_instance->openRequested(uris);
    }

    // The app declares no actions in its desktop entry, so an action only shows the window.
    void ActivateAction(const QString &actionName, const QVariantList &parameter, const QVariantMap &platformData)
    {
        Q_UNUSED(parameter)
        Q_UNUSED(platformData)
        qCInfo(SALON_UI).noquote() << "Unknown action" << actionName << "requested over D-Bus; showing the window";
        Q_EMIT m_instance->activationRequested();
    }

private:
    SingleInstance *const m_instance;
};

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
    new ApplicationAdaptor(this);
}

SingleInstance::~SingleInstance()
{
    if (m_registered) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterObject(ObjectPath);
        bus.unregisterService(ServiceName);
    }
}

SingleInstance::Role SingleInstance::claim()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()) {
        qCInfo(SALON_UI).noquote() << "No D-Bus session bus, so this app does not hand over to a running one:" << bus.lastError().message();
        return Role::NoBus;
    }

    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> reply =
        bus.interface()->registerService(ServiceName, QDBusConnectionInterface::DontQueueService, QDBusConnectionInterface::DontAllowReplacement);
    if (!reply.isValid()) {
        qCWarning(SALON_UI).noquote() << "Could not request the D-Bus name" << ServiceName << ":" << reply.error().message();
        return Role::NoBus;
    }
    if (reply.value() != QDBusConnectionInterface::ServiceRegistered) {
        return Role::Other;
    }

    m_registered = true;
    if (!bus.registerObject(ObjectPath, this, QDBusConnection::ExportAdaptors)) {
        qCWarning(SALON_UI).noquote() << "Could not serve" << ObjectPath << "on D-Bus:" << bus.lastError().message();
    }
    return Role::First;
}

bool SingleInstance::handOver(const QStringList &uris)
{
    QDBusMessage call = uris.isEmpty() ? QDBusMessage::createMethodCall(ServiceName, ObjectPath, ApplicationInterface, QStringLiteral("Activate"))
                                       : QDBusMessage::createMethodCall(ServiceName, ObjectPath, ApplicationInterface, QStringLiteral("Open"));
    if (uris.isEmpty()) {
        call << QVariantMap();
    } else {
        call << uris << QVariantMap();
    }

    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, HandOverTimeoutMs);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        m_errorText = tr("Salon is already running, but it did not respond: %1").arg(reply.errorMessage());
        return false;
    }
    m_errorText.clear();
    return true;
}

QString SingleInstance::errorText() const
{
    return m_errorText;
}

#include "SingleInstance.moc"
