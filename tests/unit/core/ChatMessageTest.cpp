#include "ChatMessage.h"

#include <QTest>

using State = ChatMessage::State;

Q_DECLARE_METATYPE(ChatMessage::State)

// ChatMessage's state codes and the order in which states may change.
class ChatMessageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateCodesRoundTrip_data()
    {
        QTest::addColumn<State>("state");
        QTest::addColumn<QString>("code");
        QTest::newRow("pending") << State::Pending << QStringLiteral("pending");
        QTest::newRow("sent") << State::Sent << QStringLiteral("sent");
        QTest::newRow("delivered") << State::Delivered << QStringLiteral("delivered");
        QTest::newRow("read") << State::Read << QStringLiteral("read");
        QTest::newRow("failed") << State::Failed << QStringLiteral("failed");
        QTest::newRow("received") << State::Received << QStringLiteral("received");
        QTest::newRow("displayed") << State::Displayed << QStringLiteral("displayed");
    }

    void stateCodesRoundTrip()
    {
        QFETCH(State, state);
        QFETCH(QString, code);

        QCOMPARE(ChatMessage::stateCode(state), code);
        QCOMPARE(ChatMessage::stateFromCode(code), state);
    }

    void stateChanges_data()
    {
        QTest::addColumn<State>("from");
        QTest::addColumn<State>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("pending to sent") << State::Pending << State::Sent << true;
        QTest::newRow("pending to read") << State::Pending << State::Read << true;
        QTest::newRow("sent to delivered") << State::Sent << State::Delivered << true;
        QTest::newRow("delivered to read") << State::Delivered << State::Read << true;
        QTest::newRow("delivered to failed") << State::Delivered << State::Failed << true;
        QTest::newRow("sent to failed") << State::Sent << State::Failed << true;
        QTest::newRow("read to delivered") << State::Read << State::Delivered << false;
        QTest::newRow("read to sent") << State::Read << State::Sent << false;
        QTest::newRow("read to failed") << State::Read << State::Failed << false;
        QTest::newRow("delivered to sent") << State::Delivered << State::Sent << false;
        QTest::newRow("failed to read") << State::Failed << State::Read << false;
        QTest::newRow("failed to delivered") << State::Failed << State::Delivered << false;
        QTest::newRow("read to read") << State::Read << State::Read << false;
        QTest::newRow("received to displayed") << State::Received << State::Displayed << true;
        QTest::newRow("displayed to received") << State::Displayed << State::Received << false;
        QTest::newRow("received to read") << State::Received << State::Read << false;
        QTest::newRow("sent to displayed") << State::Sent << State::Displayed << false;
    }

    void stateChanges()
    {
        QFETCH(State, from);
        QFETCH(State, to);
        QFETCH(bool, allowed);

        QCOMPARE(ChatMessage::canChange(from, to), allowed);
        QCOMPARE(ChatMessage::statesBefore(to).contains(from), allowed);
    }
};

QTEST_GUILESS_MAIN(ChatMessageTest)
#include "ChatMessageTest.moc"
