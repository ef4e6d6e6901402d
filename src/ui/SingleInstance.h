#pragma once

#include <QObject>
#include <QStringList>

/// Keeps one desktop app per user session: the first process owns the D-Bus name
/// \c org.salon.Salon on the session bus, and a later one hands its URIs to it and exits.
///
/// The first process serves the \c org.freedesktop.Application interface of the Desktop Entry
/// Specification at \c /org/salon/Salon, so desktops that activate apps over D-Bus reach it too.
///
/// \code
/// SingleInstance instance;
/// if (instance.claim() == SingleInstance::Role::Other)
///     return instance.handOver(uris) ? 0 : 1;
/// connect(&instance, &SingleInstance::openRequested, handler, &XmppLinkHandler::openUris);
/// \endcode
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    static const QString ServiceName;
    static const QString ObjectPath;

    enum class Role {
        /// This process owns the name and receives the requests of later ones.
        First,
        /// Another process owns the name: hand over to it with handOver().
        Other,
        /// There is no session bus, so every process runs on its own.
        NoBus,
    };

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Requests the D-Bus name and, when this process got it, serves the interface.
    Role claim();
    /// Asks the process that owns the name to open \a uris, or only to show its window when
    /// \a uris is empty. Returns false and sets errorText() when the call failed.
    bool handOver(const QStringList &uris);
    QString errorText() const;

Q_SIGNALS:
    /// Another process, or the desktop, asked to show the window.
    void activationRequested();
    /// Another process, or the desktop, asked to open \a uris.
    void openRequested(const QStringList &uris);

private:
    bool m_registered = false;
    QString m_errorText;
};
