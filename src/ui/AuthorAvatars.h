#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class AvatarService;

/// The avatars of post authors for QML, registered as \c AuthorAvatars in org.salon.social.
///
/// AvatarService keeps each address's avatar hash, but offers it to C++ only. source() returns the
/// image URL of an author's avatar for the \c avatar image provider (AvatarImageProvider), and
/// \c revision changes whenever an avatar changes, so that bindings that read it call source() again.
///
/// \code
/// AuthorAvatars {
///     id: authorAvatars
///     avatars: account.avatars
/// }
/// Kirigami.Avatar {
///     source: authorAvatars.revision >= 0 ? authorAvatars.source(model.authorJid, model.own) : ""
/// }
/// \endcode
class AuthorAvatars : public QObject
{
    Q_OBJECT
    /// The account's AvatarService; a QObject so that QML may assign any account's service.
    Q_PROPERTY(QObject *avatars READ avatars WRITE setAvatars NOTIFY avatarsChanged)
    /// Number of avatar changes since the service was set.
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    explicit AuthorAvatars(QObject *parent = nullptr);

    QObject *avatars() const;
    void setAvatars(QObject *avatars);
    int revision() const;

    /// Returns \c image://avatar/HASH for the avatar of \a jid, or of the user when \a own is true,
    /// or an empty string when there is no avatar or no service.
    Q_INVOKABLE QString source(const QString &jid, bool own = false) const;

Q_SIGNALS:
    void avatarsChanged();
    void revisionChanged();

private:
    void bumpRevision();

    QPointer<AvatarService> m_avatars;
    int m_revision = 0;
};
