#pragma once

#include "AvatarHashes.h"
#include "Profile.h"

#include <QAbstractListModel>
#include <QDateTime>

/// The profiles that the user requested, one row per bare JID, in the order of the first request.
///
/// Roles (the names are those of roleNames(), used by QML and the web front end):
/// - \c jid (QString): the bare JID of the profile's account.
/// - \c fullName (QString): the full name, empty when unknown.
/// - \c nickname (QString): the nickname, empty when unknown.
/// - \c about (QString): free text about the person.
/// - \c url (QString): a web address as published. It is not checked: front
///   ends show it as a link only for http and https.
/// - \c location (QString): "locality, country", or a free-text address.
/// - \c source (QString): where the fields come from: \c "vcard4" (XEP-0292),
///   \c "vcard-temp" (XEP-0054) or \c "none" when neither has a profile yet.
/// - \c loading (bool): true while a request for the profile runs.
/// - \c avatarHash (QString): SHA-1 of the account's avatar image as lowercase hex; empty when none is known.
/// - \c lastSeen (QDateTime in UTC, or an invalid QVariant when unknown): when the contact was
///   last online (XEP-0012, Last Activity). Set only while the contact is offline, from
///   the server's reply or from the contact's own unavailable presence (see LastSeenTracker).
class ProfilesModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        JidRole = Qt::UserRole + 1,
        FullNameRole,
        NicknameRole,
        AboutRole,
        UrlRole,
        LocationRole,
        SourceRole,
        LoadingRole,
        AvatarHashRole,
        LastSeenRole,
    };
    Q_ENUM(Role)

    enum class Source {
        None,
        VCard4,
        VCardTemp,
    };

    explicit ProfilesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Returns the row of \a jid, or -1.
    Q_INVOKABLE int indexOf(const QString &jid) const;
    bool contains(const QString &jid) const;
    /// Returns the fields of \a jid; an empty profile when it has no row.
    Profile profile(const QString &jid) const;

    /// Adds a row for \a jid when it has none, and sets its loading state.
    void setLoading(const QString &jid, bool loading);
    /// Adds or replaces the row of \a jid and ends its loading state.
    void setProfile(const QString &jid, const Profile &profile, Source source);
    /// Ends the loading state of every row, as after a lost connection.
    void stopLoading();
    /// Sets the avatar of \a jid; an empty \a hash removes it. The avatar shows in the row of \a jid
    /// whether the row exists yet or is added later.
    void setAvatarHash(const QString &jid, const QString &hash);
    /// Sets the last-seen time of the row of \a jid; an invalid \a lastSeen means unknown.
    /// JIDs without a row are ignored.
    void setLastSeen(const QString &jid, const QDateTime &lastSeen);

    static QString sourceName(Source source);

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        QString jid;
        Profile profile;
        Source source = Source::None;
        bool loading = false;
        QDateTime lastSeen;
    };

    int ensureRow(const QString &jid);
    void emitRowChanged(int row, const QVector<int> &roles = {});

    QVector<Row> m_rows;
    AvatarHashes m_avatarHashes;
};
