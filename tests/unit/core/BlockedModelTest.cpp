#include "BlockedModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class BlockedModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<BlockedModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void roleNamesAreStable()
    {
        const QHash<int, QByteArray> names = m_model->roleNames();
        QCOMPARE(names.size(), 1);
        QCOMPARE(names.value(BlockedModel::JidRole), QByteArrayLiteral("jid"));
    }

    void setJidsSortsAndRemovesDuplicates()
    {
        QSignalSpy countSpy(m_model.get(), &BlockedModel::countChanged);

        m_model->setJids({QStringLiteral("carol@example.org"), QStringLiteral("bob@example.org"), QStringLiteral("carol@example.org")});

        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->data(m_model->index(0), BlockedModel::JidRole).toString(), QStringLiteral("bob@example.org"));
        QCOMPARE(m_model->data(m_model->index(1), BlockedModel::JidRole).toString(), QStringLiteral("carol@example.org"));
        QCOMPARE(countSpy.count(), 1);
        QVERIFY(m_model->contains(QStringLiteral("bob@example.org")));
        QVERIFY(!m_model->contains(QStringLiteral("dave@example.org")));
    }

    void addJidsInsertsInOrder()
    {
        m_model->setJids({QStringLiteral("bob@example.org"), QStringLiteral("erin@example.org")});
        QSignalSpy insertSpy(m_model.get(), &QAbstractItemModel::rowsInserted);

        m_model->addJids({QStringLiteral("dave@example.org"), QStringLiteral("bob@example.org"), QStringLiteral("alice@example.org")});

        QCOMPARE(m_model->jids(),
                 (QStringList{QStringLiteral("alice@example.org"), QStringLiteral("bob@example.org"), QStringLiteral("dave@example.org"),
                              QStringLiteral("erin@example.org")}));
        // Bob was already blocked, so only two rows were inserted.
        QCOMPARE(insertSpy.count(), 2);
    }

    void removeJidsIgnoresUnknown()
    {
        m_model->setJids({QStringLiteral("bob@example.org"), QStringLiteral("carol@example.org")});
        QSignalSpy removeSpy(m_model.get(), &QAbstractItemModel::rowsRemoved);

        m_model->removeJids({QStringLiteral("carol@example.org"), QStringLiteral("nobody@example.org")});

        QCOMPARE(m_model->jids(), QStringList{QStringLiteral("bob@example.org")});
        QCOMPARE(removeSpy.count(), 1);
    }

    void clearEmptiesModel()
    {
        m_model->setJids({QStringLiteral("bob@example.org")});
        QSignalSpy countSpy(m_model.get(), &BlockedModel::countChanged);

        m_model->clear();

        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(countSpy.count(), 1);
    }

    void sameListChangesNothing()
    {
        m_model->setJids({QStringLiteral("bob@example.org")});
        QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);

        m_model->setJids({QStringLiteral("bob@example.org")});

        QCOMPARE(resetSpy.count(), 0);
    }

private:
    std::unique_ptr<BlockedModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(BlockedModelTest)
#include "BlockedModelTest.moc"
