#include "MessagesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

ChatMessage message(qint64 id, qint64 timestampMs, ChatMessage::Direction direction = ChatMessage::Direction::Incoming)
{
    ChatMessage result;
    result.id = id;
    result.peer = QStringLiteral("bob@localhost");
    result.direction = direction;
    result.originId = QStringLiteral("m-%1").arg(id);
    result.body = QStringLiteral("Message %1").arg(id);
    result.timestampMs = timestampMs;
    result.state = direction == ChatMessage::Direction::Incoming ? ChatMessage::State::Received : ChatMessage::State::Pending;
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

} // namespace

// MessagesModel paging, ordering and states, checked by QAbstractItemModelTester.
class MessagesModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<MessagesModel>(QStringLiteral("bob@localhost"));
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void fetchMoreRequestsPagesUntilExhausted()
    {
        // A model of its own, because QAbstractItemModelTester calls fetchMore() when it starts.
        MessagesModel model(QStringLiteral("bob@localhost"));
        QVector<std::optional<MessagePosition>> requests;
        connect(&model, &MessagesModel::olderPageRequested, this, [&requests](std::optional<MessagePosition> before) {
            requests.append(before);
        });
        QVERIFY(model.canFetchMore({}));

        model.fetchMore({});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(requests.count(), 1);
        QVERIFY(!requests.constLast());
        QVERIFY(model.isLoading());
        // No second request while one runs.
        QVERIFY(!model.canFetchMore({}));

        model.prependPage(page(11, 10), 10);
        QCOMPARE(model.rowCount(), 10);
        model.fetchMore({});
        QCOMPARE(requests.count(), 2);
        const std::optional<MessagePosition> before = requests.constLast();
        QVERIFY(before);
        QCOMPARE(before->id, qint64(11));
        QCOMPARE(before->timestampMs, qint64(11000));

        // A short page means the start of the conversation.
        model.prependPage(page(5, 6), 10);
        QCOMPARE(model.rowCount(), 16);
        QCOMPARE(model.data(model.index(0), MessagesModel::MessageIdRole).toLongLong(), qint64(5));
        QVERIFY(!model.canFetchMore({}));
    }

    void archivePageKeepsFetching()
    {
        // A model of its own, because QAbstractItemModelTester calls fetchMore() when it starts.
        MessagesModel model(QStringLiteral("bob@localhost"));
        int requests = 0;
        connect(&model, &MessagesModel::olderPageRequested, this, [&requests] {
            ++requests;
        });
        model.fetchMore({});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A short page from the archive that has older messages still allows fetching.
        model.prependMessages(page(11, 3), true);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(requests, 2);

        // An empty last page ends the paging.
        model.prependMessages({}, false);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore({}));
    }

    void messagesInsertedByTime()
    {
        m_model->prependPage(page(1, 3), 50);
        m_model->addMessage(message(10, 10000));
        // An archived message from between two shown ones.
        m_model->addMessage(message(20, 1500));

        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->data(m_model->index(1), MessagesModel::MessageIdRole).toLongLong(), qint64(20));
        QCOMPARE(m_model->data(m_model->index(4), MessagesModel::MessageIdRole).toLongLong(), qint64(10));
    }

    void duplicateIgnored()
    {
        m_model->addMessage(message(1, 1000));
        m_model->addMessage(message(1, 1000));
        m_model->prependPage(page(1, 1), 50);

        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(m_model->containsOriginId(ChatMessage::Direction::Incoming, QStringLiteral("m-1")));
        QVERIFY(!m_model->containsOriginId(ChatMessage::Direction::Outgoing, QStringLiteral("m-1")));
    }

    void stateChangesOneRow()
    {
        m_model->addMessage(message(1, 1000, ChatMessage::Direction::Outgoing));
        m_model->addMessage(message(2, 2000));
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);

        m_model->setState(ChatMessage::Direction::Outgoing, QStringLiteral("m-1"), ChatMessage::State::Delivered);
        m_model->setState(ChatMessage::Direction::Outgoing, QStringLiteral("unknown"), ChatMessage::State::Delivered);
        m_model->markDisplayed();

        QCOMPARE(changes.count(), 2);
        QCOMPARE(m_model->data(m_model->index(0), MessagesModel::StateRole).toString(), QStringLiteral("delivered"));
        QCOMPARE(m_model->data(m_model->index(1), MessagesModel::StateRole).toString(), QStringLiteral("displayed"));
        QCOMPARE(m_model->data(m_model->index(1), MessagesModel::DirectionRole).toString(), QStringLiteral("in"));
    }

private:
    std::unique_ptr<MessagesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(MessagesModelTest)
#include "MessagesModelTest.moc"
