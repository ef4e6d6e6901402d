#include "ProfilesModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

namespace {

QVariant roleValue(const ProfilesModel &model, const QString &jid, ProfilesModel::Role role)
{
    const int row = model.indexOf(jid);
    return row < 0 ? QVariant() : model.data(model.index(row), role);
}

} // namespace

// ProfilesModel rows and roles, checked by QAbstractItemModelTester.
class ProfilesModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleNames()
    {
        ProfilesModel model;
        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(ProfilesModel::JidRole), QByteArrayLiteral("jid"));
        QCOMPARE(names.value(ProfilesModel::FullNameRole), QByteArrayLiteral("fullName"));
        QCOMPARE(names.value(ProfilesModel::SourceRole), QByteArrayLiteral("source"));
        QCOMPARE(names.value(ProfilesModel::LoadingRole), QByteArrayLiteral("loading"));
        QCOMPARE(names.value(ProfilesModel::AvatarHashRole), QByteArrayLiteral("avatarHash"));
        QCOMPARE(names.value(ProfilesModel::LastSeenRole), QByteArrayLiteral("lastSeen"));
        QCOMPARE(names.size(), 10);
    }

    void loadingAddsOneRowPerJid()
    {
        ProfilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countSpy(&model, &ProfilesModel::countChanged);

        model.setLoading(QStringLiteral("bob@example.org"), true);
        model.setLoading(QStringLiteral("bob@example.org"), true);
        model.setLoading(QStringLiteral("carol@example.org"), true);

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(countSpy.count(), 2);
        QCOMPARE(roleValue(model, QStringLiteral("bob@example.org"), ProfilesModel::LoadingRole).toBool(), true);
        QCOMPARE(roleValue(model, QStringLiteral("bob@example.org"), ProfilesModel::SourceRole).toString(), QStringLiteral("none"));
    }

    void setProfileFillsRoles()
    {
        ProfilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString jid = QStringLiteral("bob@example.org");
        model.setLoading(jid, true);
        QSignalSpy changedSpy(&model, &QAbstractItemModel::dataChanged);

        Profile profile;
        profile.fullName = QStringLiteral("Bob");
        profile.nickname = QStringLiteral("bobby");
        profile.about = QStringLiteral("Hi");
        profile.url = QStringLiteral("https://example.org");
        profile.locality = QStringLiteral("Lyon");
        model.setProfile(jid, profile, ProfilesModel::Source::VCardTemp);

        QCOMPARE(changedSpy.count(), 1);
        QCOMPARE(roleValue(model, jid, ProfilesModel::FullNameRole).toString(), QStringLiteral("Bob"));
        QCOMPARE(roleValue(model, jid, ProfilesModel::NicknameRole).toString(), QStringLiteral("bobby"));
        QCOMPARE(roleValue(model, jid, ProfilesModel::AboutRole).toString(), QStringLiteral("Hi"));
        QCOMPARE(roleValue(model, jid, ProfilesModel::UrlRole).toString(), QStringLiteral("https://example.org"));
        QCOMPARE(roleValue(model, jid, ProfilesModel::LocationRole).toString(), QStringLiteral("Lyon"));
        QCOMPARE(roleValue(model, jid, ProfilesModel::SourceRole).toString(), QStringLiteral("vcard-temp"));
        QCOMPARE(roleValue(model, jid, ProfilesModel::LoadingRole).toBool(), false);
        QCOMPARE(model.data(model.index(0), Qt::DisplayRole).toString(), QStringLiteral("Bob"));
    }

    void stopLoadingEndsEveryRequest()
    {
        ProfilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLoading(QStringLiteral("a@example.org"), true);
        model.setProfile(QStringLiteral("b@example.org"), {}, ProfilesModel::Source::None);
        model.setLoading(QStringLiteral("c@example.org"), true);

        model.stopLoading();

        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.data(model.index(row), ProfilesModel::LoadingRole).toBool(), false);
        }
    }

    void avatarShownBeforeAndAfterRow()
    {
        ProfilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAvatarHash(QStringLiteral("bob@example.org"), QStringLiteral("hash-1"));
        model.setLoading(QStringLiteral("bob@example.org"), true);
        QCOMPARE(roleValue(model, QStringLiteral("bob@example.org"), ProfilesModel::AvatarHashRole).toString(), QStringLiteral("hash-1"));
        QSignalSpy changedSpy(&model, &QAbstractItemModel::dataChanged);

        model.setAvatarHash(QStringLiteral("bob@example.org"), QStringLiteral("hash-2"));

        QCOMPARE(changedSpy.count(), 1);
        QCOMPARE(roleValue(model, QStringLiteral("bob@example.org"), ProfilesModel::AvatarHashRole).toString(), QStringLiteral("hash-2"));
        model.setAvatarHash(QStringLiteral("bob@example.org"), QString());
        QCOMPARE(roleValue(model, QStringLiteral("bob@example.org"), ProfilesModel::AvatarHashRole).toString(), QString());
    }

    void lastSeenSetAndCleared()
    {
        ProfilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString jid = QStringLiteral("bob@example.org");
        model.setLoading(jid, true);
        QVERIFY(!roleValue(model, jid, ProfilesModel::LastSeenRole).isValid());
        QSignalSpy changedSpy(&model, &QAbstractItemModel::dataChanged);

        const QDateTime lastSeen(QDate(2026, 1, 2), QTime(10, 30), Qt::UTC);
        model.setLastSeen(jid, lastSeen);
        model.setLastSeen(jid, lastSeen);

        QCOMPARE(changedSpy.count(), 1);
        QCOMPARE(changedSpy.at(0).at(2).value<QVector<int>>(), QVector<int>{ProfilesModel::LastSeenRole});
        QCOMPARE(roleValue(model, jid, ProfilesModel::LastSeenRole).toDateTime(), lastSeen);

        // A new profile keeps the time, which comes from another query.
        model.setProfile(jid, {}, ProfilesModel::Source::None);
        QCOMPARE(roleValue(model, jid, ProfilesModel::LastSeenRole).toDateTime(), lastSeen);

        model.setLastSeen(jid, {});
        QVERIFY(!roleValue(model, jid, ProfilesModel::LastSeenRole).isValid());

        // Only rows that exist get a time.
        model.setLastSeen(QStringLiteral("carol@example.org"), lastSeen);
        QCOMPARE(model.rowCount(), 1);
    }

    void unknownJidHasNoRow()
    {
        ProfilesModel model;
        QCOMPARE(model.indexOf(QStringLiteral("nobody@example.org")), -1);
        QVERIFY(model.profile(QStringLiteral("nobody@example.org")).isEmpty());
        QVERIFY(!model.data(model.index(0), ProfilesModel::JidRole).isValid());
    }
};

QTEST_GUILESS_MAIN(ProfilesModelTest)
#include "ProfilesModelTest.moc"
