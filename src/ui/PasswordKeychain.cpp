#include "PasswordKeychain.h"

#include "salon_ui_logging.h"

#ifdef SALON_HAVE_QTKEYCHAIN
#include <qt5keychain/keychain.h>
#endif

// The jobs have no parent and delete themselves when they finish. QtKeychain 0.13 with
// libsecret calls back into a job when its D-Bus call returns, even when the job was
// deleted in between, so a job deleted with its parent crashed the app.

namespace {

#ifdef SALON_HAVE_QTKEYCHAIN
// The key that probe() reads. No password is ever stored under it, so the probe ends with
// EntryNotFound when a keychain service responds.
const auto ProbeKey = QStringLiteral("salon-keychain-probe");

// Whether the error means that no keychain service could be reached, rather than a
// problem with one entry. QtKeychain 0.13 (Debian 12) fails on a session bus without a
// Secret Service with one of these codes and the message "The name org.freedesktop.secrets
// was not provided by any .service files".
bool meansNoService(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented || error == QKeychain::OtherError;
}
#endif

} // namespace

PasswordKeychain::PasswordKeychain(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
#ifdef SALON_HAVE_QTKEYCHAIN
    , m_available(true)
#else
    , m_available(false)
#endif
{
}

bool PasswordKeychain::available() const
{
    return m_available;
}

QString PasswordKeychain::unavailableMessage() const
{
    if (m_available) {
        return {};
    }
    return tr("Passwords cannot be saved: no keychain service is running. Salon will ask for the password at each start.");
}

void PasswordKeychain::probe()
{
#ifdef SALON_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(ProbeKey);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        const bool responded = !meansNoService(finished->error());
        if (!responded) {
            qCWarning(SALON_UI).noquote() << "No keychain service responds, so passwords are not stored:" << finished->errorString();
        }
        setAvailable(responded);
        Q_EMIT probed(responded);
    });
    job->start();
#else
    qCInfo(SALON_UI) << "This build has no QtKeychain, so passwords are not stored";
    Q_EMIT probed(false);
#endif
}

void PasswordKeychain::readPassword(const QString &jid)
{
#ifdef SALON_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(jid);
    connect(job, &QKeychain::Job::finished, this, [this, jid](QKeychain::Job *finished) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::NoError && !read->textData().isEmpty()) {
            Q_EMIT passwordRead(jid, read->textData());
            return;
        }
        if (read->error() != QKeychain::EntryNotFound) {
            qCWarning(SALON_UI).noquote() << "Could not read the password of" << jid << "from the keychain:" << read->errorString();
        }
        if (meansNoService(read->error())) {
            setAvailable(false);
        }
        Q_EMIT passwordNotRead(jid);
    });
    job->start();
#else
    Q_EMIT passwordNotRead(jid);
#endif
}

void PasswordKeychain::writePassword(const QString &jid, const QString &password)
{
#ifdef SALON_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(jid);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, jid](QKeychain::Job *finished) {
        const bool stored = finished->error() == QKeychain::NoError;
        if (stored) {
            qCInfo(SALON_UI).noquote() << "Stored the password of" << jid << "in the keychain";
        } else {
            qCWarning(SALON_UI).noquote() << "Could not store the password of" << jid << "in the keychain:" << finished->errorString();
            if (meansNoService(finished->error())) {
                setAvailable(false);
            }
        }
        Q_EMIT passwordWritten(jid, stored);
    });
    job->start();
#else
    Q_UNUSED(password)
    Q_EMIT passwordWritten(jid, false);
#endif
}

void PasswordKeychain::deletePassword(const QString &jid)
{
#ifdef SALON_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(jid);
    connect(job, &QKeychain::Job::finished, this, [jid](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            qCWarning(SALON_UI).noquote() << "Could not remove the password of" << jid << "from the keychain:" << finished->errorString();
        }
    });
    job->start();
#else
    Q_UNUSED(jid)
#endif
}

void PasswordKeychain::setAvailable(bool available)
{
    if (m_available == available) {
        return;
    }
    m_available = available;
    Q_EMIT availableChanged();
}
