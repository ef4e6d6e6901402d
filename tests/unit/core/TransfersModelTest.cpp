#include "TransfersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

Transfer upload(int id, const QString &fileName)
{
    Transfer transfer;
    transfer.id = id;
    transfer.peer = QStringLiteral("bob@example.org");
    transfer.fileName = fileName;
    transfer.bytesTotal = 1000;
    transfer.state = Transfer::State::Uploading;
    transfer.localPath = QStringLiteral("/home/alice/") + fileName;
    return transfer;
}

} // namespace

// TransfersModel's rows and roles, under QAbstractItemModelTester.
class TransfersModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<TransfersModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void addedTransferShowsRoles()
    {
        QSignalSpy count(m_model.get(), &TransfersModel::countChanged);
        m_model->add(upload(7, QStringLiteral("photo.jpg")));

        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(count.count(), 1);
        const QModelIndex index = m_model->index(0, 0);
        QCOMPARE(index.data(TransfersModel::TransferIdRole).toInt(), 7);
        QCOMPARE(index.data(TransfersModel::PeerRole).toString(), QStringLiteral("bob@example.org"));
        QCOMPARE(index.data(TransfersModel::FileNameRole).toString(), QStringLiteral("photo.jpg"));
        QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("photo.jpg"));
        QCOMPARE(index.data(TransfersModel::BytesDoneRole).toLongLong(), 0);
        QCOMPARE(index.data(TransfersModel::BytesTotalRole).toLongLong(), 1000);
        QCOMPARE(index.data(TransfersModel::StateRole).toString(), QStringLiteral("uploading"));
        QCOMPARE(index.data(TransfersModel::ErrorRole).toString(), QString());
        QCOMPARE(index.data(TransfersModel::LocalPathRole).toString(), QStringLiteral("/home/alice/photo.jpg"));
        QCOMPARE(index.data(TransfersModel::MessageIdRole).toLongLong(), 0);
        QVERIFY(m_model->roleNames().value(TransfersModel::TransferIdRole) == "transferId");
    }

    void progressChangesOnlyItsRow()
    {
        m_model->add(upload(1, QStringLiteral("a.txt")));
        m_model->add(upload(2, QStringLiteral("b.txt")));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        m_model->setProgress(2, 400, 1000);

        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 1);
        QCOMPARE(m_model->index(1, 0).data(TransfersModel::BytesDoneRole).toLongLong(), 400);
        QCOMPARE(m_model->index(0, 0).data(TransfersModel::BytesDoneRole).toLongLong(), 0);

        // The same progress again changes nothing.
        m_model->setProgress(2, 400, 1000);
        QCOMPARE(changed.count(), 1);
    }

    void finishedTransferStaysFinished()
    {
        m_model->add(upload(1, QStringLiteral("a.txt")));
        m_model->finish(1, Transfer::State::Failed, QStringLiteral("The server is full."));

        QCOMPARE(m_model->index(0, 0).data(TransfersModel::StateRole).toString(), QStringLiteral("failed"));
        QCOMPARE(m_model->index(0, 0).data(TransfersModel::ErrorRole).toString(), QStringLiteral("The server is full."));

        // A late progress report or a cancellation of an ended transfer changes nothing.
        m_model->setProgress(1, 1000, 1000);
        m_model->finish(1, Transfer::State::Cancelled);
        QCOMPARE(m_model->index(0, 0).data(TransfersModel::BytesDoneRole).toLongLong(), 0);
        QCOMPARE(m_model->index(0, 0).data(TransfersModel::StateRole).toString(), QStringLiteral("failed"));
        QVERIFY(!m_model->find(1)->isActive());
    }

    void uploadUrlAndMimeType()
    {
        Transfer transfer = upload(3, QStringLiteral("card.png"));
        transfer.peer.clear();
        transfer.mimeType = QStringLiteral("image/png");
        m_model->add(transfer);
        const QModelIndex index = m_model->index(0, 0);
        QCOMPARE(index.data(TransfersModel::PeerRole).toString(), QString());
        QCOMPARE(index.data(TransfersModel::MimeTypeRole).toString(), QStringLiteral("image/png"));
        QCOMPARE(index.data(TransfersModel::UrlRole).toString(), QString());
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        m_model->setUrl(3, QStringLiteral("https://upload.example.org/abc/card.png"));

        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().at(2).value<QVector<int>>(), QVector<int>{TransfersModel::UrlRole});
        QCOMPARE(index.data(TransfersModel::UrlRole).toString(), QStringLiteral("https://upload.example.org/abc/card.png"));
        QVERIFY(m_model->roleNames().value(TransfersModel::UrlRole) == "url");
        QVERIFY(m_model->roleNames().value(TransfersModel::MimeTypeRole) == "mimeType");
    }

    void unknownTransferIgnored()
    {
        m_model->add(upload(1, QStringLiteral("a.txt")));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        m_model->setProgress(9, 1, 2);
        m_model->finish(9, Transfer::State::Done);

        QCOMPARE(changed.count(), 0);
        QVERIFY(!m_model->find(9));
    }

    void stateCodes()
    {
        QCOMPARE(Transfer::stateCode(Transfer::State::Uploading), QStringLiteral("uploading"));
        QCOMPARE(Transfer::stateCode(Transfer::State::Downloading), QStringLiteral("downloading"));
        QCOMPARE(Transfer::stateCode(Transfer::State::Done), QStringLiteral("done"));
        QCOMPARE(Transfer::stateCode(Transfer::State::Failed), QStringLiteral("failed"));
        QCOMPARE(Transfer::stateCode(Transfer::State::Cancelled), QStringLiteral("cancelled"));
    }

private:
    std::unique_ptr<TransfersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TransfersModelTest)
#include "TransfersModelTest.moc"
