#include "RoomDirectoryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

RoomInfo room(const QString &localpart, const QString &name, const QString &description = QString())
{
    RoomInfo result;
    result.jid = localpart + QStringLiteral("@conference.example.org");
    result.name = name;
    result.description = description;
    return result;
}

} // namespace

// RoomDirectoryModel: sorting, the search filter and info updates, under QAbstractItemModelTester.
class RoomDirectoryModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<RoomDirectoryModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->reset(QStringLiteral("conference.example.org"));
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void roleNamesStable()
    {
        const QHash<int, QByteArray> names = m_model->roleNames();
        QCOMPARE(names.value(RoomDirectoryModel::JidRole), QByteArrayLiteral("jid"));
        QCOMPARE(names.value(RoomDirectoryModel::NameRole), QByteArrayLiteral("name"));
        QCOMPARE(names.value(RoomDirectoryModel::DisplayNameRole), QByteArrayLiteral("displayName"));
        QCOMPARE(names.value(RoomDirectoryModel::DescriptionRole), QByteArrayLiteral("description"));
        QCOMPARE(names.value(RoomDirectoryModel::OccupantsRole), QByteArrayLiteral("occupants"));
        QCOMPARE(names.value(RoomDirectoryModel::PasswordProtectedRole), QByteArrayLiteral("passwordProtected"));
        QCOMPARE(names.value(RoomDirectoryModel::MembersOnlyRole), QByteArrayLiteral("membersOnly"));
        QCOMPARE(names.value(RoomDirectoryModel::InfoLoadedRole), QByteArrayLiteral("infoLoaded"));
        QCOMPARE(names.size(), 11);
    }

    void roomsSortedByDisplayName()
    {
        QSignalSpy counted(m_model.get(), &RoomDirectoryModel::countChanged);
        m_model->addRooms({room(QStringLiteral("zeta"), QStringLiteral("Zeta")), room(QStringLiteral("beta"), QString()),
                           room(QStringLiteral("alpha"), QStringLiteral("alpha"))});
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->totalCount(), 3);
        QCOMPARE(counted.count(), 3);
        QCOMPARE(rowJids(), (QStringList{QStringLiteral("alpha@conference.example.org"), QStringLiteral("beta@conference.example.org"),
                                         QStringLiteral("zeta@conference.example.org")}));
        QCOMPARE(m_model->data(m_model->index(1), RoomDirectoryModel::DisplayNameRole).toString(), QStringLiteral("beta@conference.example.org"));
        QCOMPARE(m_model->data(m_model->index(1), RoomDirectoryModel::OccupantsRole).toInt(), -1);
        QCOMPARE(m_model->data(m_model->index(1), RoomDirectoryModel::InfoLoadedRole).toBool(), false);
    }

    void infoUpdatesRow()
    {
        m_model->addRooms({room(QStringLiteral("a"), QStringLiteral("Apple")), room(QStringLiteral("b"), QStringLiteral("Banana")),
                           room(QStringLiteral("c"), QStringLiteral("Cherry"))});
        QSignalSpy changed(m_model.get(), &RoomDirectoryModel::dataChanged);

        RoomInfo banana = *m_model->room(QStringLiteral("b@conference.example.org"));
        banana.occupants = 4;
        banana.passwordProtected = true;
        banana.infoLoaded = true;
        m_model->updateRoom(banana);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->data(m_model->index(1), RoomDirectoryModel::OccupantsRole).toInt(), 4);
        QCOMPARE(m_model->data(m_model->index(1), RoomDirectoryModel::PasswordProtectedRole).toBool(), true);

        // A new name moves the row.
        banana.name = QStringLiteral("Zucchini");
        m_model->updateRoom(banana);
        QCOMPARE(rowJids().last(), QStringLiteral("b@conference.example.org"));
        QCOMPARE(m_model->rowCount(), 3);

        // A room that is not listed stays out.
        m_model->updateRoom(room(QStringLiteral("unknown"), QStringLiteral("Unknown")));
        QCOMPARE(m_model->totalCount(), 3);
    }

    void filterMatchesNameJidAndDescription()
    {
        m_model->addRooms({room(QStringLiteral("xmpp"), QStringLiteral("Standards")), room(QStringLiteral("cafe"), QStringLiteral("Coffee talk")),
                           room(QStringLiteral("misc"), QStringLiteral("Misc"), QStringLiteral("All about XMPP clients"))});
        QSignalSpy filterChanged(m_model.get(), &RoomDirectoryModel::filterChanged);

        m_model->setFilter(QStringLiteral("XMPP"));
        QCOMPARE(filterChanged.count(), 1);
        QCOMPARE(rowJids(), (QStringList{QStringLiteral("misc@conference.example.org"), QStringLiteral("xmpp@conference.example.org")}));

        m_model->setFilter(QStringLiteral("coffee"));
        QCOMPARE(rowJids(), QStringList{QStringLiteral("cafe@conference.example.org")});

        m_model->setFilter(QStringLiteral("  xmpp   clients "));
        QCOMPARE(rowJids(), QStringList{QStringLiteral("misc@conference.example.org")});

        m_model->setFilter(QString());
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->totalCount(), 3);
    }

    void infoMovesRoomIntoFilter()
    {
        m_model->setFilter(QStringLiteral("chess"));
        m_model->addRooms({room(QStringLiteral("r1"), QString()), room(QStringLiteral("r2"), QString())});
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->totalCount(), 2);

        RoomInfo withInfo = *m_model->room(QStringLiteral("r2@conference.example.org"));
        withInfo.description = QStringLiteral("Chess players meet here");
        withInfo.infoLoaded = true;
        m_model->updateRoom(withInfo);
        QCOMPARE(rowJids(), QStringList{QStringLiteral("r2@conference.example.org")});

        withInfo.description = QStringLiteral("Closed");
        m_model->updateRoom(withInfo);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void resetStartsNewService()
    {
        m_model->addRooms({room(QStringLiteral("a"), QStringLiteral("A"))});
        QSignalSpy serviceChanged(m_model.get(), &RoomDirectoryModel::serviceChanged);
        QSignalSpy totalChanged(m_model.get(), &RoomDirectoryModel::totalCountChanged);
        m_model->reset(QStringLiteral("rooms.example.net"));
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->service(), QStringLiteral("rooms.example.net"));
        QCOMPARE(serviceChanged.count(), 1);
        QCOMPARE(totalChanged.count(), 1);
        QVERIFY(!m_model->room(QStringLiteral("a@conference.example.org")));
    }

    void loadingReported()
    {
        QSignalSpy loadingChanged(m_model.get(), &RoomDirectoryModel::loadingChanged);
        m_model->setLoading(true);
        m_model->setLoading(true);
        QVERIFY(m_model->isLoading());
        m_model->setLoading(false);
        QCOMPARE(loadingChanged.count(), 2);
    }

    void thousandRoomsWithInfo()
    {
        QVector<RoomInfo> rooms;
        for (int i = 0; i < 1000; ++i) {
            rooms.append(room(QStringLiteral("room%1").arg(i), QStringLiteral("Room %1").arg(i)));
        }
        m_model->addRooms(rooms);
        QCOMPARE(m_model->rowCount(), 1000);
        for (int i = 0; i < 1000; i += 7) {
            RoomInfo info = rooms.at(i);
            info.name = QStringLiteral("Renamed %1").arg(i);
            info.infoLoaded = true;
            m_model->updateRoom(info);
        }
        QCOMPARE(m_model->rowCount(), 1000);
        QCOMPARE(m_model->data(m_model->index(0), RoomDirectoryModel::NameRole).toString(), QStringLiteral("Renamed 0"));
    }

private:
    QStringList rowJids() const
    {
        QStringList jids;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            jids.append(m_model->data(m_model->index(row), RoomDirectoryModel::JidRole).toString());
        }
        return jids;
    }

    std::unique_ptr<RoomDirectoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(RoomDirectoryModelTest)
#include "RoomDirectoryModelTest.moc"
