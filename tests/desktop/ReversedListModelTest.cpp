// The messages in reverse order for the bottom-up conversation view, under QAbstractItemModelTester.

#include "MessagesModel.h"
#include "ReversedListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

ChatMessage message(qint64 id, qint64 timestampMs)
{
    ChatMessage result;
    result.id = id;
    result.peer = QStringLiteral("bob@example.org");
    result.direction = ChatMessage::Direction::Outgoing;
    result.originId = QStringLiteral("m-%1").arg(id);
    result.body = QStringLiteral("Message %1").arg(id);
    result.timestampMs = timestampMs;
    result.state = ChatMessage::State::Pending;
    return result;
}

QVector<ChatMessage> page(qint64 firstId, int count)
{
    QVector<ChatMessage> messages;
    for (int i = 0; i < count; ++i) {
        messages.append(message(firstId + i, (firstId + i) * 1000));
    }
    return messages;
}

// Returns the row ids of model, row 0 first.
QList<qint64> ids(const QAbstractItemModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result.append(model.index(row, 0).data(MessagesModel::MessageIdRole).toLongLong());
    }
    return result;
}

} // namespace

class ReversedListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_messages = new MessagesModel(QStringLiteral("bob@example.org"), this);
        m_reversed = new ReversedListModel(this);
        m_tester = new QAbstractItemModelTester(m_reversed, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_reversed->setSourceModel(m_messages);
        // The view's first request: the newest page.
        m_messages->fetchMore({});
        m_messages->prependPage(page(11, 3), 3);
    }

    void cleanup()
    {
        delete m_tester;
        delete m_reversed;
        delete m_messages;
    }

    void newestFirst()
    {
        QCOMPARE(ids(*m_reversed), (QList<qint64>{13, 12, 11}));
        QCOMPARE(m_reversed->count(), 3);
        QCOMPARE(m_reversed->roleNames(), m_messages->roleNames());
    }

    void olderPageGoesLast()
    {
        QSignalSpy requested(m_messages, &MessagesModel::olderPageRequested);
        QVERIFY(m_reversed->canFetchMore({}));

        m_reversed->fetchMore({});
        QCOMPARE(requested.count(), 1);
        m_messages->prependPage(page(9, 2), 3);

        QCOMPARE(ids(*m_reversed), (QList<qint64>{13, 12, 11, 10, 9}));
        // The page was short, so the model has no older messages.
        QVERIFY(!m_reversed->canFetchMore({}));
    }

    void newMessageGoesFirst()
    {
        m_messages->addMessage(message(14, 14000));

        QCOMPARE(ids(*m_reversed), (QList<qint64>{14, 13, 12, 11}));
        QCOMPARE(m_reversed->count(), 4);
    }

    void stateChangeKeepsOrder()
    {
        m_messages->setState(ChatMessage::Direction::Outgoing, QStringLiteral("m-12"), ChatMessage::State::Delivered);

        QCOMPARE(ids(*m_reversed), (QList<qint64>{13, 12, 11}));
        QCOMPARE(m_reversed->index(1, 0).data(MessagesModel::StateRole).toString(), QStringLiteral("delivered"));
    }

    void rowFromSourceCountsFromBottom()
    {
        QCOMPARE(m_reversed->rowFromSource(0), 2);
        QCOMPARE(m_reversed->rowFromSource(2), 0);
        QCOMPARE(m_reversed->rowFromSource(m_messages->rowOfMessage(12)), 1);
        QCOMPARE(m_reversed->rowFromSource(3), -1);
        QCOMPARE(m_reversed->rowFromSource(-1), -1);

        // An older page moves no row of the newer ones.
        m_reversed->fetchMore({});
        m_messages->prependPage(page(9, 2), 3);
        QCOMPARE(m_reversed->rowFromSource(m_messages->rowOfMessage(12)), 1);
        QCOMPARE(m_reversed->rowFromSource(m_messages->rowOfMessage(9)), 4);
    }

private:
    MessagesModel *m_messages = nullptr;
    ReversedListModel *m_reversed = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

QTEST_GUILESS_MAIN(ReversedListModelTest)
#include "ReversedListModelTest.moc"
