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

    void storedPartShowsWhileArchiveLoads()
    {
        // A model of its own, because QAbstractItemModelTester calls fetchMore() when it starts.
        MessagesModel model(QStringLiteral("bob@localhost"));
        int requests = 0;
        connect(&model, &MessagesModel::olderPageRequested, this, [&requests] {
            ++requests;
        });
        model.fetchMore({});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The store's short page shows at once; the archive's part is still on its way.
        model.prependWhileLoading(page(21, 3));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(requests, 1);

        // The whole page comes again with the archive's older messages; the shown rows stay once.
        model.prependMessages(page(11, 10) + page(21, 3), true);
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(model.data(model.index(0, 0), MessagesModel::MessageIdRole).toLongLong(), 11);
        QCOMPARE(model.data(model.index(12, 0), MessagesModel::MessageIdRole).toLongLong(), 23);
        QVERIFY(!model.isLoading());
        QVERIFY(model.canFetchMore({}));
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

    void readMarkerMovesEarlierOutgoingToRead()
    {
        ChatMessage failed = message(2, 2000, ChatMessage::Direction::Outgoing);
        failed.state = ChatMessage::State::Failed;
        ChatMessage later = message(5, 5000, ChatMessage::Direction::Outgoing);
        later.state = ChatMessage::State::Sent;
        m_model->prependPage({message(1, 1000, ChatMessage::Direction::Outgoing), failed, message(3, 3000),
                              message(4, 4000, ChatMessage::Direction::Outgoing), later},
                             50);

        const std::optional<MessagePosition> marked = m_model->findPosition(ChatMessage::Direction::Outgoing, QStringLiteral("m-4"));
        QVERIFY(marked);
        QVERIFY(!m_model->findPosition(ChatMessage::Direction::Outgoing, QStringLiteral("m-3")));
        m_model->markReadUpTo(*marked);

        QCOMPARE(stateAt(0), QStringLiteral("read"));
        QCOMPARE(stateAt(1), QStringLiteral("failed"));
        QCOMPARE(stateAt(2), QStringLiteral("received"));
        QCOMPARE(stateAt(3), QStringLiteral("read"));
        QCOMPARE(stateAt(4), QStringLiteral("sent"));
    }

    void lateReceiptKeepsRead()
    {
        m_model->addMessage(message(1, 1000, ChatMessage::Direction::Outgoing));
        m_model->setState(ChatMessage::Direction::Outgoing, QStringLiteral("m-1"), ChatMessage::State::Read);
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);

        m_model->setState(ChatMessage::Direction::Outgoing, QStringLiteral("m-1"), ChatMessage::State::Delivered);
        m_model->setState(ChatMessage::Direction::Outgoing, QStringLiteral("m-1"), ChatMessage::State::Sent);
        m_model->setState(ChatMessage::Direction::Outgoing, QStringLiteral("m-1"), ChatMessage::State::Failed);

        QCOMPARE(changes.count(), 0);
        QCOMPARE(stateAt(0), QStringLiteral("read"));
    }

    void markDisplayedReturnsNewestMarkerId()
    {
        ChatMessage older = message(1, 1000);
        older.markerId = QStringLiteral("stanza-1");
        ChatMessage newest = message(2, 2000);
        newest.markerId = QStringLiteral("stanza-2");
        // The newest incoming message did not ask for markers, so the one before it is marked.
        m_model->prependPage({older, newest, message(3, 3000)}, 50);

        QCOMPARE(m_model->markDisplayed(), QStringLiteral("stanza-2"));
        QCOMPARE(stateAt(2), QStringLiteral("displayed"));
        // Marked once: nothing new to mark.
        QCOMPARE(m_model->markDisplayed(), QString());
    }

    void markDisplayedSkipsOlderThanMarked()
    {
        ChatMessage marked = message(2, 2000);
        marked.markerId = QStringLiteral("stanza-2");
        marked.state = ChatMessage::State::Displayed;
        // An archived message that arrives later is older than the one marked before.
        ChatMessage archived = message(1, 1000);
        archived.markerId = QStringLiteral("stanza-1");
        m_model->addMessage(marked);
        m_model->addMessage(archived);

        QCOMPARE(m_model->markDisplayed(), QString());
        QCOMPARE(stateAt(0), QStringLiteral("displayed"));
    }

    void peerTypingNotifiesOnChange()
    {
        QSignalSpy changes(m_model.get(), &MessagesModel::peerTypingChanged);
        QCOMPARE(m_model->property("peerTyping").toBool(), false);

        m_model->setPeerTyping(true);
        m_model->setPeerTyping(true);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(m_model->property("peerTyping").toBool(), true);

        m_model->setPeerTyping(false);
        QCOMPARE(changes.count(), 2);
        QCOMPARE(m_model->isPeerTyping(), false);
    }

    void revealLoadsOlderPagesUntilFound()
    {
        servePages(500);
        QSignalSpy revealed(m_model.get(), &MessagesModel::messageRevealed);
        QSignalSpy failed(m_model.get(), &MessagesModel::revealFailed);

        m_model->revealMessage(120);

        QTRY_COMPARE(revealed.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(revealed.first().at(0).toLongLong(), qint64(120));
        const int row = revealed.first().at(1).toInt();
        QCOMPARE(row, m_model->rowOfMessage(120));
        QCOMPARE(m_model->index(row).data(MessagesModel::BodyRole).toString(), QStringLiteral("Message 120"));
        // Whole pages of 50 were loaded: the newest 400 messages.
        QCOMPARE(m_model->rowCount(), 400);
    }

    void revealShownMessageAtOnce()
    {
        servePages(500);
        QTRY_COMPARE(m_model->rowCount(), 50);
        QSignalSpy revealed(m_model.get(), &MessagesModel::messageRevealed);

        m_model->revealMessage(480);

        QCOMPARE(revealed.count(), 1);
        QCOMPARE(revealed.first().at(1).toInt(), 29);
        QCOMPARE(m_model->rowCount(), 50);
    }

    void revealUnknownMessageFails()
    {
        servePages(120);
        QSignalSpy revealed(m_model.get(), &MessagesModel::messageRevealed);
        QSignalSpy failed(m_model.get(), &MessagesModel::revealFailed);

        m_model->revealMessage(9999);

        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toLongLong(), qint64(9999));
        QCOMPARE(revealed.count(), 0);
        QCOMPARE(m_model->rowCount(), 120);
        QCOMPARE(m_model->rowOfMessage(9999), -1);
    }

    void editedAndRetractedRoles()
    {
        m_model->prependPage(page(1, 2), 50);
        QCOMPARE(m_model->data(m_model->index(0), MessagesModel::EditedRole).toBool(), false);
        QCOMPARE(m_model->data(m_model->index(0), MessagesModel::RetractedRole).toBool(), false);
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);

        ChatMessage corrected = message(1, 1000);
        corrected.body = QStringLiteral("Corrected");
        corrected.edited = true;
        m_model->updateMessage(corrected);
        ChatMessage retracted = message(2, 2000);
        retracted.body.clear();
        retracted.retracted = true;
        m_model->updateMessage(retracted);
        // A message that the model does not show changes nothing.
        m_model->updateMessage(message(99, 99000));

        QCOMPARE(changes.count(), 2);
        QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 0);
        QVERIFY(changes.at(0).at(2).value<QVector<int>>().contains(MessagesModel::BodyRole));
        QCOMPARE(m_model->data(m_model->index(0), MessagesModel::BodyRole).toString(), QStringLiteral("Corrected"));
        QCOMPARE(m_model->data(m_model->index(0), MessagesModel::EditedRole).toBool(), true);
        QCOMPARE(m_model->data(m_model->index(1), MessagesModel::BodyRole).toString(), QString());
        QCOMPARE(m_model->data(m_model->index(1), MessagesModel::RetractedRole).toBool(), true);
        QCOMPARE(m_model->rowCount(), 2);
    }

    void replyRolesResolveShownMessage()
    {
        m_model->addMessage(message(1, 1000));
        ChatMessage reply = message(2, 2000, ChatMessage::Direction::Outgoing);
        reply.replyToOriginId = QStringLiteral("m-1");
        reply.replyToDirection = ChatMessage::Direction::Incoming;
        m_model->addMessage(reply);
        ChatMessage wrongDirection = message(3, 3000, ChatMessage::Direction::Outgoing);
        wrongDirection.replyToOriginId = QStringLiteral("m-1");
        wrongDirection.replyToDirection = ChatMessage::Direction::Outgoing;
        m_model->addMessage(wrongDirection);

        QCOMPARE(m_model->data(m_model->index(0), MessagesModel::ReplyToIdRole).toLongLong(), qint64(0));
        QCOMPARE(m_model->data(m_model->index(1), MessagesModel::ReplyToIdRole).toLongLong(), qint64(1));
        QCOMPARE(m_model->data(m_model->index(1), MessagesModel::ReplyPreviewRole).toString(), QStringLiteral("Message 1"));
        QCOMPARE(m_model->data(m_model->index(2), MessagesModel::ReplyToIdRole).toLongLong(), qint64(0));
        QCOMPARE(m_model->data(m_model->index(2), MessagesModel::ReplyPreviewRole).toString(), QString());

        // A correction of the quoted message shows in the reply's preview.
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        ChatMessage corrected = message(1, 1000);
        corrected.body = QString(ChatMessage::MaxReplyPreviewLength + 10, QLatin1Char('z'));
        corrected.edited = true;
        m_model->updateMessage(corrected);
        QCOMPARE(changes.count(), 2);
        QCOMPARE(changes.at(1).at(0).toModelIndex().row(), 1);
        QCOMPARE(changes.at(1).at(2).value<QVector<int>>(), QVector<int>({MessagesModel::ReplyPreviewRole}));
        QCOMPARE(m_model->data(m_model->index(1), MessagesModel::ReplyPreviewRole).toString(), QString(ChatMessage::MaxReplyPreviewLength, QLatin1Char('z')));
    }

    void reactionsRoleCountsSenders()
    {
        m_model->setAccountJid(QStringLiteral("alice@localhost"));
        ChatMessage reacted = message(1, 1000);
        reacted.reactions.insert(QStringLiteral("carol@localhost"), {QStringLiteral("👍")});
        reacted.reactions.insert(QStringLiteral("bob@localhost"), {QStringLiteral("🎉"), QStringLiteral("👍")});
        m_model->addMessage(reacted);
        m_model->addMessage(message(2, 2000));

        QVariantList reactions = m_model->data(m_model->index(0), MessagesModel::ReactionsRole).toList();
        QCOMPARE(reactions.size(), 2);
        // Emojis in the order they first appear among the senders, sorted by bare JID.
        QVariantMap first = reactions.at(0).toMap();
        QCOMPARE(first.value(QStringLiteral("emoji")).toString(), QStringLiteral("🎉"));
        QCOMPARE(first.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("senders")).toStringList(), QStringList({QStringLiteral("bob@localhost")}));
        QCOMPARE(first.value(QStringLiteral("own")).toBool(), false);
        QVariantMap second = reactions.at(1).toMap();
        QCOMPARE(second.value(QStringLiteral("emoji")).toString(), QStringLiteral("👍"));
        QCOMPARE(second.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(second.value(QStringLiteral("senders")).toStringList(), QStringList({QStringLiteral("bob@localhost"), QStringLiteral("carol@localhost")}));
        QCOMPARE(m_model->data(m_model->index(1), MessagesModel::ReactionsRole).toList().size(), 0);

        // The user's own reaction.
        reacted.reactions.insert(QStringLiteral("alice@localhost"), {QStringLiteral("👍")});
        m_model->updateMessage(reacted);
        reactions = m_model->data(m_model->index(0), MessagesModel::ReactionsRole).toList();
        QCOMPARE(reactions.size(), 2);
        QCOMPARE(reactions.at(0).toMap().value(QStringLiteral("emoji")).toString(), QStringLiteral("👍"));
        QCOMPARE(reactions.at(0).toMap().value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(reactions.at(0).toMap().value(QStringLiteral("own")).toBool(), true);
        QCOMPARE(reactions.at(1).toMap().value(QStringLiteral("own")).toBool(), false);
    }

    void lookupsForEdits()
    {
        m_model->addMessage(message(1, 1000, ChatMessage::Direction::Outgoing));
        m_model->addMessage(message(2, 2000, ChatMessage::Direction::Outgoing));
        m_model->addMessage(message(3, 3000));

        QVERIFY(m_model->lastOutgoing());
        QCOMPARE(m_model->lastOutgoing()->id, qint64(2));
        QVERIFY(m_model->message(3));
        QCOMPARE(m_model->message(3)->originId, QStringLiteral("m-3"));
        QVERIFY(!m_model->message(4));
        QVERIFY(m_model->findMessage(ChatMessage::Direction::Incoming, QStringLiteral("m-3")));
        QVERIFY(!m_model->findMessage(ChatMessage::Direction::Outgoing, QStringLiteral("m-3")));

        ChatMessage retracted = message(2, 2000, ChatMessage::Direction::Outgoing);
        retracted.retracted = true;
        retracted.body.clear();
        m_model->updateMessage(retracted);
        QVERIFY(!m_model->lastOutgoing());
    }

    void roleNamesListEditRoles()
    {
        const QHash<int, QByteArray> names = m_model->roleNames();
        QCOMPARE(names.value(MessagesModel::EditedRole), QByteArrayLiteral("edited"));
        QCOMPARE(names.value(MessagesModel::RetractedRole), QByteArrayLiteral("retracted"));
        QCOMPARE(names.value(MessagesModel::ReplyToIdRole), QByteArrayLiteral("replyToId"));
        QCOMPARE(names.value(MessagesModel::ReplyPreviewRole), QByteArrayLiteral("replyPreview"));
        QCOMPARE(names.value(MessagesModel::ReactionsRole), QByteArrayLiteral("reactions"));
    }

private:
    QString stateAt(int row) const
    {
        return m_model->data(m_model->index(row), MessagesModel::StateRole).toString();
    }

    // Serves the model's page requests from a conversation of \a total messages with the ids
    // 1 to total, a page of 50 at a time, on the next turn of the event loop as the store does.
    void servePages(int total)
    {
        constexpr int PageSize = 50;
        const auto serve = [this, total](std::optional<MessagePosition> before) {
            const qint64 end = before ? before->id : total + 1;
            const qint64 first = std::max<qint64>(1, end - PageSize);
            const QVector<ChatMessage> older = page(first, int(end - first));
            QMetaObject::invokeMethod(this, [this, older] {
                m_model->prependPage(older, PageSize);
            }, Qt::QueuedConnection);
        };
        connect(m_model.get(), &MessagesModel::olderPageRequested, this, serve);
        // QAbstractItemModelTester already requested the newest page when it started.
        if (m_model->isLoading()) {
            serve(std::nullopt);
        } else {
            m_model->fetchMore({});
        }
    }

    std::unique_ptr<MessagesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(MessagesModelTest)
#include "MessagesModelTest.moc"
