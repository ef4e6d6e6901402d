#include "ConversationsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

ChatMessage message(const QString &peer, qint64 id, qint64 timestampMs, ChatMessage::Direction direction = ChatMessage::Direction::Incoming)
{
    ChatMessage result;
    result.id = id;
    result.peer = peer;
    result.direction = direction;
    result.originId = QStringLiteral("m-%1").arg(id);
    result.body = QStringLiteral("Message %1").arg(id);
    result.timestampMs = timestampMs;
    result.state = direction == ChatMessage::Direction::Incoming ? ChatMessage::State::Received : ChatMessage::State::Sent;
    return result;
}

QString peerAt(const ConversationsModel &model, int row)
{
    return model.data(model.index(row), ConversationsModel::PeerRole).toString();
}

} // namespace

// ConversationsModel rows, order and unread counts, checked by QAbstractItemModelTester.
class ConversationsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<ConversationsModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void roleNames()
    {
        const QHash<int, QByteArray> names = m_model->roleNames();
        QCOMPARE(names.value(ConversationsModel::PeerRole), QByteArrayLiteral("peer"));
        QCOMPARE(names.value(ConversationsModel::LastMessageRole), QByteArrayLiteral("lastMessage"));
        QCOMPARE(names.value(ConversationsModel::LastDirectionRole), QByteArrayLiteral("lastDirection"));
        QCOMPARE(names.value(ConversationsModel::LastTimestampRole), QByteArrayLiteral("lastTimestamp"));
        QCOMPARE(names.value(ConversationsModel::UnreadCountRole), QByteArrayLiteral("unreadCount"));
        QCOMPARE(names.value(ConversationsModel::AvatarHashRole), QByteArrayLiteral("avatarHash"));
        QCOMPARE(names.value(ConversationsModel::PeerTypingRole), QByteArrayLiteral("peerTyping"));
    }

    void newMessageMovesConversationToTop()
    {
        m_model->addMessage(message(QStringLiteral("bob@localhost"), 1, 1000));
        m_model->addMessage(message(QStringLiteral("carol@localhost"), 2, 2000));
        m_model->addMessage(message(QStringLiteral("dave@localhost"), 3, 3000));
        QCOMPARE(peerAt(*m_model, 0), QStringLiteral("dave@localhost"));
        QCOMPARE(peerAt(*m_model, 2), QStringLiteral("bob@localhost"));

        m_model->addMessage(message(QStringLiteral("bob@localhost"), 4, 4000));

        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(peerAt(*m_model, 0), QStringLiteral("bob@localhost"));
        QCOMPARE(peerAt(*m_model, 1), QStringLiteral("dave@localhost"));
        QCOMPARE(m_model->data(m_model->index(0), ConversationsModel::LastMessageRole).toString(), QStringLiteral("Message 4"));
        QCOMPARE(m_model->data(m_model->index(0), ConversationsModel::UnreadCountRole).toInt(), 2);
    }

    void olderMessageKeepsPreview()
    {
        m_model->addMessage(message(QStringLiteral("bob@localhost"), 5, 5000));
        m_model->addMessage(message(QStringLiteral("carol@localhost"), 6, 6000));

        // An archived message from before the shown one only counts as unread.
        m_model->addMessage(message(QStringLiteral("carol@localhost"), 7, 1000));

        QCOMPARE(peerAt(*m_model, 0), QStringLiteral("carol@localhost"));
        QCOMPARE(m_model->data(m_model->index(0), ConversationsModel::LastMessageRole).toString(), QStringLiteral("Message 6"));
        QCOMPARE(m_model->data(m_model->index(0), ConversationsModel::UnreadCountRole).toInt(), 2);
    }

    void unreadTotalAndMarkRead()
    {
        QSignalSpy totalSpy(m_model.get(), &ConversationsModel::unreadTotalChanged);
        m_model->addMessage(message(QStringLiteral("bob@localhost"), 1, 1000));
        m_model->addMessage(message(QStringLiteral("bob@localhost"), 2, 2000));
        m_model->addMessage(message(QStringLiteral("carol@localhost"), 3, 3000, ChatMessage::Direction::Outgoing));
        QCOMPARE(m_model->unreadTotal(), 2);
        QCOMPARE(totalSpy.count(), 2);

        m_model->markRead(QStringLiteral("bob@localhost"));
        m_model->markRead(QStringLiteral("bob@localhost"));

        QCOMPARE(m_model->unreadTotal(), 0);
        QCOMPARE(totalSpy.count(), 3);
    }

    void setConversationsReplacesRows()
    {
        m_model->addMessage(message(QStringLiteral("bob@localhost"), 1, 1000));
        m_model->setConversations({ConversationSummary{QStringLiteral("erin@localhost"), message(QStringLiteral("erin@localhost"), 9, 9000), 3}});

        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->indexOf(QStringLiteral("bob@localhost")), -1);
        QCOMPARE(m_model->unreadTotal(), 3);
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
    }

    void avatarShownBeforeAndAfterRow()
    {
        m_model->setAvatarHash(QStringLiteral("bob@localhost"), QStringLiteral("hash-1"));
        m_model->addMessage(message(QStringLiteral("bob@localhost"), 1, 1000));
        QCOMPARE(m_model->data(m_model->index(0), ConversationsModel::AvatarHashRole).toString(), QStringLiteral("hash-1"));
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);

        m_model->setAvatarHash(QStringLiteral("bob@localhost"), QString());
        m_model->setAvatarHash(QStringLiteral("carol@localhost"), QStringLiteral("hash-2"));

        QCOMPARE(changes.count(), 1);
        QCOMPARE(m_model->data(m_model->index(0), ConversationsModel::AvatarHashRole).toString(), QString());
    }

    void peerTypingShownBeforeAndAfterRow()
    {
        // A standalone chat state creates no row, but the flag shows once the conversation starts.
        m_model->setPeerTyping(QStringLiteral("bob@localhost"), true);
        QCOMPARE(m_model->rowCount(), 0);
        m_model->addMessage(message(QStringLiteral("bob@localhost"), 1, 1000, ChatMessage::Direction::Outgoing));
        m_model->addMessage(message(QStringLiteral("carol@localhost"), 2, 2000));
        QCOMPARE(m_model->data(m_model->index(1), ConversationsModel::PeerTypingRole).toBool(), true);
        QCOMPARE(m_model->data(m_model->index(0), ConversationsModel::PeerTypingRole).toBool(), false);
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);

        m_model->setPeerTyping(QStringLiteral("bob@localhost"), false);
        m_model->setPeerTyping(QStringLiteral("bob@localhost"), false);
        m_model->setPeerTyping(QStringLiteral("dave@localhost"), true);

        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changes.first().at(2).value<QVector<int>>(), QVector<int>{ConversationsModel::PeerTypingRole});
        QCOMPARE(m_model->data(m_model->index(1), ConversationsModel::PeerTypingRole).toBool(), false);
    }

    void clearForgetsPeerTyping()
    {
        m_model->setPeerTyping(QStringLiteral("bob@localhost"), true);
        m_model->clear();
        m_model->addMessage(message(QStringLiteral("bob@localhost"), 1, 1000));

        QCOMPARE(m_model->data(m_model->index(0), ConversationsModel::PeerTypingRole).toBool(), false);
    }

private:
    std::unique_ptr<ConversationsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(ConversationsModelTest)
#include "ConversationsModelTest.moc"
