#include "ProfilesModel.h"

ProfilesModel::ProfilesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ProfilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProfilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }

    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.profile.fullName.isEmpty() ? row.jid : row.profile.fullName;
    case JidRole:
        return row.jid;
    case FullNameRole:
        return row.profile.fullName;
    case NicknameRole:
        return row.profile.nickname;
    case AboutRole:
        return row.profile.about;
    case UrlRole:
        return row.profile.url;
    case LocationRole:
        return row.profile.location();
    case SourceRole:
        return sourceName(row.source);
    case LoadingRole:
        return row.loading;
    case AvatarHashRole:
        return m_avatarHashes.value(row.jid);
    case LastSeenRole:
        return row.lastSeen.isValid() ? QVariant(row.lastSeen) : QVariant();
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfilesModel::roleNames() const
{
    return {
        {JidRole, QByteArrayLiteral("jid")},
        {FullNameRole, QByteArrayLiteral("fullName")},
        {NicknameRole, QByteArrayLiteral("nickname")},
        {AboutRole, QByteArrayLiteral("about")},
        {UrlRole, QByteArrayLiteral("url")},
        {LocationRole, QByteArrayLiteral("location")},
        {SourceRole, QByteArrayLiteral("source")},
        {LoadingRole, QByteArrayLiteral("loading")},
        {AvatarHashRole, QByteArrayLiteral("avatarHash")},
        {LastSeenRole, QByteArrayLiteral("lastSeen")},
    };
}

int ProfilesModel::indexOf(const QString &jid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).jid == jid) {
            return i;
        }
    }
    return -1;
}

bool ProfilesModel::contains(const QString &jid) const
{
    return indexOf(jid) >= 0;
}

Profile ProfilesModel::profile(const QString &jid) const
{
    const int row = indexOf(jid);
    return row < 0 ? Profile() : m_rows.at(row).profile;
}

void ProfilesModel::setLoading(const QString &jid, bool loading)
{
    const int row = ensureRow(jid);
    if (m_rows.at(row).loading != loading) {
        m_rows[row].loading = loading;
        emitRowChanged(row);
    }
}

void ProfilesModel::setProfile(const QString &jid, const Profile &profile, Source source)
{
    const int row = ensureRow(jid);
    Row &entry = m_rows[row];
    entry.profile = profile;
    entry.source = source;
    entry.loading = false;
    emitRowChanged(row);
}

void ProfilesModel::stopLoading()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).loading) {
            m_rows[row].loading = false;
            emitRowChanged(row);
        }
    }
}

void ProfilesModel::setLastSeen(const QString &jid, const QDateTime &lastSeen)
{
    const int row = indexOf(jid);
    if (row < 0) {
        return;
    }
    QDateTime &entry = m_rows[row].lastSeen;
    // Two invalid times compare equal, so clearing an unknown time emits nothing.
    if (entry == lastSeen) {
        return;
    }
    entry = lastSeen;
    emitRowChanged(row, {LastSeenRole});
}

QString ProfilesModel::sourceName(Source source)
{
    switch (source) {
    case Source::VCard4:
        return QStringLiteral("vcard4");
    case Source::VCardTemp:
        return QStringLiteral("vcard-temp");
    case Source::None:
        break;
    }
    return QStringLiteral("none");
}

int ProfilesModel::ensureRow(const QString &jid)
{
    const int existing = indexOf(jid);
    if (existing >= 0) {
        return existing;
    }

    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{jid, {}, Source::None, false, {}});
    endInsertRows();
    Q_EMIT countChanged();
    return row;
}

void ProfilesModel::emitRowChanged(int row, const QVector<int> &roles)
{
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, roles);
}

void ProfilesModel::setAvatarHash(const QString &jid, const QString &hash)
{
    if (!m_avatarHashes.set(jid, hash)) {
        return;
    }

    const int row = indexOf(jid);
    if (row >= 0) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, {AvatarHashRole});
    }
}
