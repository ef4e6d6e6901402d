#include "MessageSearchModel.h"
#include "store/Database.h"
#include "store/MessageStore.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// MessageSearchModel over a MessageStore in SQLite, checked by QAbstractItemModelTester.
class MessageSearchModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_database = std::make_unique<Database>(QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("cache.sqlite")));
        QSignalSpy opened(m_database.get(), &Database::opened);
        m_database->open();
        QVERIFY(opened.wait(5000));
        QVERIFY2(opened.at(0).at(0).toBool(), qPrintable(m_database->lastError()));

        m_store = std::make_unique<MessageStore>(m_database.get(), QStringLiteral("alice@localhost"));
        add(QStringLiteral("bob@localhost"), QStringLiteral("b-1"), 1000, QStringLiteral("Shall we meet on Friday?"), ChatMessage::Direction::Incoming);
        add(QStringLiteral("carol@localhost"), QStringLiteral("c-1"), 2000, QStringLiteral("The meeting is at noon"), ChatMessage::Direction::Outgoing);
        add(QStringLiteral("bob@localhost"), QStringLiteral("b-2"), 3000, QStringLiteral("Unrelated"), ChatMessage::Direction::Incoming);
    }

    void init()
    {
        m_model = std::make_unique<MessageSearchModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setStore(m_store.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void searchFillsRoles()
    {
        QSignalSpy searching(m_model.get(), &MessageSearchModel::searchingChanged);

        m_model->search(QStringLiteral("meet"));

        QVERIFY(m_model->isSearching());
        QCOMPARE(m_model->query(), QStringLiteral("meet"));
        QTRY_VERIFY(!m_model->isSearching());
        QCOMPARE(searching.count(), 2);
        QCOMPARE(m_model->rowCount(), 2);
        const QModelIndex newest = m_model->index(0);
        QCOMPARE(newest.data(MessageSearchModel::PeerRole).toString(), QStringLiteral("carol@localhost"));
        QCOMPARE(newest.data(MessageSearchModel::BodyRole).toString(), QStringLiteral("The meeting is at noon"));
        QCOMPARE(newest.data(MessageSearchModel::DirectionRole).toString(), QStringLiteral("out"));
        QCOMPARE(newest.data(MessageSearchModel::TimestampRole).toDateTime(), QDateTime::fromMSecsSinceEpoch(2000, Qt::UTC));
        QVERIFY(newest.data(MessageSearchModel::MessageIdRole).toLongLong() > 0);
        QCOMPARE(m_model->index(1).data(MessageSearchModel::PeerRole).toString(), QStringLiteral("bob@localhost"));
        QCOMPARE(m_model->index(1).data(MessageSearchModel::GroupChatRole).toBool(), false);
    }

    void roomMessagesFound()
    {
        ChatMessage message;
        message.peer = QStringLiteral("team@conference.localhost");
        message.groupChat = true;
        message.senderNick = QStringLiteral("dave");
        message.direction = ChatMessage::Direction::Incoming;
        message.originId = QStringLiteral("room-1");
        message.body = QStringLiteral("Standup in five minutes");
        message.timestampMs = 3000;
        message.state = ChatMessage::State::Received;
        bool stored = false;
        m_store->add(message, this, [&stored](const std::optional<ChatMessage> &result) {
            stored = result.has_value();
        });
        QTRY_VERIFY(stored);

        m_model->search(QStringLiteral("standup"));
        QTRY_COMPARE(m_model->rowCount(), 1);
        const QModelIndex found = m_model->index(0);
        QCOMPARE(found.data(MessageSearchModel::PeerRole).toString(), QStringLiteral("team@conference.localhost"));
        QCOMPARE(found.data(MessageSearchModel::GroupChatRole).toBool(), true);
        QCOMPARE(found.data(MessageSearchModel::SenderNickRole).toString(), QStringLiteral("dave"));
    }

    void newerSearchWins()
    {
        m_model->search(QStringLiteral("unrelated"));
        m_model->search(QStringLiteral("friday"));

        // The database thread runs queries in order, so the first search's results arrived
        // before the second's and were dropped.
        QTRY_VERIFY(!m_model->isSearching());
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0).data(MessageSearchModel::BodyRole).toString(), QStringLiteral("Shall we meet on Friday?"));
    }

    void emptyQueryClears()
    {
        m_model->search(QStringLiteral("meet"));
        QTRY_COMPARE(m_model->rowCount(), 2);

        m_model->search(QStringLiteral("  ?! "));

        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->isSearching());

        m_model->search(QStringLiteral("meet"));
        QTRY_COMPARE(m_model->rowCount(), 2);
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->query(), QString());
    }

    void withoutStoreFindsNothing()
    {
        m_model->setStore(nullptr);

        m_model->search(QStringLiteral("meet"));

        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->isSearching());
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_database.reset();
    }

private:
    void add(const QString &peer, const QString &originId, qint64 timestampMs, const QString &body, ChatMessage::Direction direction)
    {
        ChatMessage message;
        message.peer = peer;
        message.direction = direction;
        message.originId = originId;
        message.body = body;
        message.timestampMs = timestampMs;
        message.state = direction == ChatMessage::Direction::Incoming ? ChatMessage::State::Received : ChatMessage::State::Sent;
        bool stored = false;
        m_store->add(message, this, [&stored](const std::optional<ChatMessage> &result) {
            stored = result.has_value();
        });
        QTRY_VERIFY(stored);
    }

    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<MessageSearchModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(MessageSearchModelTest)
#include "MessageSearchModelTest.moc"
