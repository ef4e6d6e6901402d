#include "OccupantsModel.h"
#include "RoomsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

Occupant occupant(const QString &nick, const QString &role = QStringLiteral("participant"))
{
    Occupant result;
    result.nick = nick;
    result.role = role;
    result.affiliation = QStringLiteral("none");
    result.presence = QStringLiteral("online");
    return result;
}

QStringList nicks(const OccupantsModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result.append(model.data(model.index(row, 0), OccupantsModel::NickRole).toString());
    }
    return result;
}

RoomEntry room(const QString &jid, const QString &name)
{
    RoomEntry entry;
    entry.jid = jid;
    entry.name = name;
    return entry;
}

} // namespace

// OccupantsModel and RoomsModel: order, moves and limits, checked by QAbstractItemModelTester.
class RoomModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void occupantsSortedByRoleThenNick()
    {
        OccupantsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOccupants({occupant(QStringLiteral("zoe")), occupant(QStringLiteral("Bob")), occupant(QStringLiteral("mod"), QStringLiteral("moderator")),
                            occupant(QStringLiteral("zoe"), QStringLiteral("visitor"))});
        QCOMPARE(nicks(model), (QStringList{QStringLiteral("mod"), QStringLiteral("Bob"), QStringLiteral("zoe")}));
        QCOMPARE(model.occupant(QStringLiteral("zoe"))->role, QStringLiteral("visitor"));

        // A voice moves the visitor up; a rename keeps the data.
        model.setOccupant(occupant(QStringLiteral("zoe"), QStringLiteral("moderator")));
        QCOMPARE(nicks(model), (QStringList{QStringLiteral("mod"), QStringLiteral("zoe"), QStringLiteral("Bob")}));
        model.renameOccupant(QStringLiteral("zoe"), QStringLiteral("alice"));
        QCOMPARE(nicks(model), (QStringList{QStringLiteral("alice"), QStringLiteral("mod"), QStringLiteral("Bob")}));
        QCOMPARE(model.occupant(QStringLiteral("alice"))->role, QStringLiteral("moderator"));

        model.setSelfNick(QStringLiteral("Bob"));
        QVERIFY(model.data(model.index(2, 0), OccupantsModel::SelfRole).toBool());
        model.removeOccupant(QStringLiteral("mod"));
        model.removeOccupant(QStringLiteral("unknown"));
        QCOMPARE(nicks(model), (QStringList{QStringLiteral("alice"), QStringLiteral("Bob")}));
    }

    void occupantsBounded()
    {
        OccupantsModel model;
        QVector<Occupant> crowd;
        for (int number = 0; number < OccupantsModel::MaxOccupants + 3; ++number) {
            crowd.append(occupant(QStringLiteral("guest%1").arg(number)));
        }
        model.setOccupants(crowd);
        QCOMPARE(model.rowCount(), OccupantsModel::MaxOccupants);
        QCOMPARE(model.droppedCount(), 3);
        model.setOccupant(occupant(QStringLiteral("late")));
        QCOMPARE(model.rowCount(), OccupantsModel::MaxOccupants);
        QCOMPARE(model.droppedCount(), 4);
        model.clear();
        QCOMPARE(model.droppedCount(), 0);
    }

    void occupantAvatarShownOnlyWhileAnnounced()
    {
        OccupantsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString first(40, QLatin1Char('a'));
        const QString second(40, QLatin1Char('b'));
        Occupant bob = occupant(QStringLiteral("bob"));
        bob.announcedAvatarHash = first;
        model.setOccupants({bob});
        QVERIFY(model.data(model.index(0, 0), OccupantsModel::AvatarHashRole).toString().isEmpty());

        // An image cached for a photo the occupant no longer announces is not shown.
        model.setAvatarHash(QStringLiteral("bob"), second);
        QVERIFY(model.data(model.index(0, 0), OccupantsModel::AvatarHashRole).toString().isEmpty());
        model.setAvatarHash(QStringLiteral("bob"), first);
        QCOMPARE(model.data(model.index(0, 0), OccupantsModel::AvatarHashRole).toString(), first);
        model.setAvatarHash(QStringLiteral("nobody"), first);
        QCOMPARE(model.rowCount(), 1);
    }

    void roomAvatarKeptUntilRowAdded()
    {
        RoomsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString hash(40, QLatin1Char('c'));
        model.setAvatarHash(QStringLiteral("team@conference.example.org"), hash);
        model.setRoom(room(QStringLiteral("team@conference.example.org"), QStringLiteral("Team")));
        QCOMPARE(model.data(model.index(0, 0), RoomsModel::AvatarHashRole).toString(), hash);
        model.setAvatarHash(QStringLiteral("team@conference.example.org"), QString());
        QVERIFY(model.data(model.index(0, 0), RoomsModel::AvatarHashRole).toString().isEmpty());
    }

    void roomsSortedByDisplayName()
    {
        RoomsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoom(room(QStringLiteral("zeta@conference.example.org"), QString()));
        model.setRoom(room(QStringLiteral("b@conference.example.org"), QStringLiteral("Alpha")));
        QCOMPARE(model.data(model.index(0, 0), RoomsModel::DisplayNameRole).toString(), QStringLiteral("Alpha"));
        QCOMPARE(model.data(model.index(1, 0), RoomsModel::DisplayNameRole).toString(), QStringLiteral("zeta"));

        RoomEntry renamed = room(QStringLiteral("zeta@conference.example.org"), QStringLiteral("Aardvark"));
        renamed.state = RoomEntry::State::Joined;
        model.setRoom(renamed);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, 0), RoomsModel::JidRole).toString(), QStringLiteral("zeta@conference.example.org"));
        QCOMPARE(model.data(model.index(0, 0), RoomsModel::StateRole).toString(), QStringLiteral("joined"));
        model.removeRoom(QStringLiteral("b@conference.example.org"));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(RoomModelsTest)
#include "RoomModelsTest.moc"
