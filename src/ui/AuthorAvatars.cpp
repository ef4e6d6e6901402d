#include "AuthorAvatars.h"

#include "AvatarImageProvider.h"
#include "AvatarService.h"
#include "salon_ui_logging.h"

AuthorAvatars::AuthorAvatars(QObject *parent)
    : QObject(parent)
{
}

QObject *AuthorAvatars::avatars() const
{
    return m_avatars;
}

void AuthorAvatars::setAvatars(QObject *avatars)
{
    auto *service = qobject_cast<AvatarService *>(avatars);
    if (avatars && !service) {
        qCWarning(SALON_UI) << "AuthorAvatars needs an AvatarService, not" << avatars->metaObject()->className();
    }
    if (service == m_avatars) {
        return;
    }

    if (m_avatars) {
        disconnect(m_avatars, nullptr, this, nullptr);
    }
    m_avatars = service;
    if (m_avatars) {
        connect(m_avatars, &AvatarService::avatarChanged, this, &AuthorAvatars::bumpRevision);
        connect(m_avatars, &AvatarService::ownAvatarHashChanged, this, &AuthorAvatars::bumpRevision);
    }
    Q_EMIT avatarsChanged();
    bumpRevision();
}

int AuthorAvatars::revision() const
{
    return m_revision;
}

QString AuthorAvatars::source(const QString &jid, bool own) const
{
    if (!m_avatars) {
        return QString();
    }
    const QString hash = own ? m_avatars->ownAvatarHash() : m_avatars->avatarHash(jid);
    if (hash.isEmpty()) {
        return QString();
    }
    return QStringLiteral("image://%1/%2").arg(AvatarImageProvider::ProviderId, hash);
}

void AuthorAvatars::bumpRevision()
{
    ++m_revision;
    Q_EMIT revisionChanged();
}
