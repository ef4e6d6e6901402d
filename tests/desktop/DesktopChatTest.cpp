// The chat features of the desktop window against a throwaway Prosody, with a
// slixmpp peer on the other side: reactions, replies, corrections, retractions,
// attachments, typing notifications, export and search, used through the QML
// items as a user would. Runs under Xvfb (run-under-xvfb.sh).

#include "Account.h"
#include "ChatService.h"
#include "CommandLine.h"
#include "ConversationsModel.h"
#include "DesktopApp.h"
#include "FileTransferService.h"
#include "MessageSearchModel.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "TransfersModel.h"
#include "UploadServiceExtension.h"
#include "AppLauncher.h"
#include "WindowTestTools.h"

#include <QBuffer>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const auto Alice = QStringLiteral("alice");
const auto Bob = QStringLiteral("bob");
// Shares a file with Alice through an Account of the core, because the slixmpp peer cannot upload.
const auto Dave = QStringLiteral("dave");

// Signing in and messages on the local Prosody took well under a second in these tests. The
// bound leaves room for a loaded machine.
constexpr int TimeoutMs = 15000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

// Returns a string that no earlier test function or run has used, for bodies and ids.
QString unique(const QString &prefix)
{
    return prefix + QString::number(QDateTime::currentMSecsSinceEpoch());
}

// Returns a PNG of width × height pixels with a colour gradient.
QByteArray pngImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            image.setPixel(x, y, qRgb(x % 256, y % 256, 128));
        }
    }
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

QJsonObject stanzaCommand(const QString &xml)
{
    return {{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), xml}};
}

// Whether item lies within the visible area of the ListView list.
bool isInView(QQuickItem *item, QQuickItem *list)
{
    const QRectF area = item->mapRectToItem(list, QRectF(0, 0, item->width(), item->height()));
    return area.bottom() > 0 && area.top() < list->height();
}

} // namespace

// Ends the test function when a helper that it called failed, because QVERIFY in a helper
// returns only from the helper.
#define STOP_IF_FAILED() \
    do { \
        if (QTest::currentTestFailed()) { \
            return; \
        } \
    } while (false)

class DesktopChatTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void reactionsReachPeer();
    void replyEditAndRetractReachPeer();
    void typingShowsBothWays();
    void exportWritesFile();
    void searchJumpsToMessage();
    void attachmentsUploadAndDownload();

private:
    bool launch(QString *error);
    // Signs Alice in and opens the conversation with the user from the contact row named displayName.
    void openConversation(const QString &user, const QString &displayName);
    QObject *findInWindow(const QString &objectName) const;
    QObject *conversationPage() const;
    // Returns the page on top of the window's page stack.
    QObject *currentPage() const;
    QQuickItem *messageList() const;
    // Returns the delegate of the message with body, or with the row id messageId, in the open conversation, or nullptr.
    QQuickItem *messageWithBody(const QString &body) const;
    QQuickItem *messageWithId(qint64 messageId) const;
    // Sends body from Bob to Alice with the stanza id messageId.
    void bobSends(const QString &body, const QString &messageId);
    // Opens the actions menu of delegate with a right click on its bubble.
    void openActionsMenu(QQuickItem *delegate);
    void saveScreenshot(const QString &fileName) const;

    TestXmppServer m_server;
    QTemporaryDir m_folder;
    std::unique_ptr<TestPeer> m_bob;
    std::unique_ptr<DesktopApp> m_app;
};

void DesktopChatTest::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    for (const QString &user : {Alice, Bob, Dave}) {
        QVERIFY(m_server.addAccount(user, passwordOf(user)));
    }
    QVERIFY(m_server.setRoster(Alice,
                               {
                                   {m_server.jid(Bob), QStringLiteral("Bob Martin"), {QStringLiteral("Friends")}, QStringLiteral("both")},
                                   {m_server.jid(Dave), QStringLiteral("Dave Okafor"), {}, QStringLiteral("both")},
                               }));
    for (const QString &user : {Bob, Dave}) {
        QVERIFY(m_server.setRoster(user, {{m_server.jid(Alice), QStringLiteral("Alice"), {}, QStringLiteral("both")}}));
    }

    m_bob = std::make_unique<TestPeer>(m_server, Bob, passwordOf(Bob));
    QVERIFY2(m_bob->waitOnline(), qPrintable(m_bob->lastError()));
}

void DesktopChatTest::init()
{
    m_bob->clearEvents();
}

void DesktopChatTest::cleanup()
{
    m_app.reset();
}

void DesktopChatTest::reactionsReachPeer()
{
    openConversation(Bob, QStringLiteral("Bob Martin"));
    STOP_IF_FAILED();
    const QString body = unique(QStringLiteral("Lunch at noon? "));
    const QString bobMessageId = unique(QStringLiteral("bob-lunch-"));
    bobSends(body, bobMessageId);
    STOP_IF_FAILED();
    QQuickItem *delegate = messageWithBody(body);
    QVERIFY(delegate);

    // The button that shows while the pointer is over the message opens its actions.
    QQuickItem *bubble = qobject_cast<QQuickItem *>(findObject(delegate, QStringLiteral("messageBubble")));
    QVERIFY(bubble);
    // The pointer comes from beside the bubble, as a user's does. The labels in the bubble take
    // hover events themselves, so the delegate notices a pointer that appears on them only later.
    QTest::mouseMove(m_app->window(), delegate->mapToScene(QPointF(delegate->width() - 10, delegate->height() / 2)).toPoint());
    hoverItem(bubble);
    auto *actionsButton = qobject_cast<QQuickItem *>(findObject(delegate, QStringLiteral("messageActionsButton")));
    QVERIFY(actionsButton);
    QTRY_VERIFY(actionsButton->isVisible());
    clickItem(actionsButton);
    QObject *menu = findInWindow(QStringLiteral("messageActionsMenu"));
    QTRY_VERIFY(isOpen(menu));

    // 👍 in the picker at the top of the menu.
    QQuickItem *thumbsUp = nullptr;
    const QList<QQuickItem *> choices = visibleItemsNamed(m_app->window()->contentItem(), QStringLiteral("reactionChoice"));
    for (QQuickItem *choice : choices) {
        if (textOf(choice) == QStringLiteral("👍")) {
            thumbsUp = choice;
        }
    }
    QVERIFY(thumbsUp);
    QTRY_VERIFY(qFuzzyCompare(menu->property("opacity").toReal(), 1.0) && qFuzzyCompare(menu->property("scale").toReal(), 1.0));
    saveScreenshot(QStringLiteral("desktop-chat-reaction-picker.png"));
    clickItem(thumbsUp);
    QTRY_VERIFY(!isOpen(menu));

    const auto reactionsToLunch = [&bobMessageId](const QJsonObject &event) {
        return event.value(QStringLiteral("reactionsId")).toString() == bobMessageId;
    };
    QJsonObject reaction = m_bob->waitForEvent(QStringLiteral("message"), reactionsToLunch, TimeoutMs);
    QCOMPARE(reaction.value(QStringLiteral("reactions")).toArray(), QJsonArray{QStringLiteral("👍")});

    // The chip shows the user's own reaction, highlighted.
    QList<QQuickItem *> chips;
    QTRY_COMPARE((chips = visibleItemsNamed(messageWithBody(body), QStringLiteral("reactionChip"))).size(), 1);
    QCOMPARE(chips.first()->property("emoji").toString(), QStringLiteral("👍"));
    QCOMPARE(chips.first()->property("count").toInt(), 1);
    QVERIFY(chips.first()->property("own").toBool());
    QVERIFY(chips.first()->property("checked").toBool());

    // Bob reacts with 👍 and 🎉: the counts follow, and the tooltip names both.
    const QString bobReactions = QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat' id='%2'>"
                                                "<reactions xmlns='urn:xmpp:reactions:0' id='%3'><reaction>👍</reaction><reaction>🎉</reaction></reactions>"
                                                "<store xmlns='urn:xmpp:hints'/></message>")
                                     .arg(m_server.jid(Alice), unique(QStringLiteral("bob-reactions-")), bobMessageId);
    QVERIFY2(m_bob->command(stanzaCommand(bobReactions)), qPrintable(m_bob->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT((chips = visibleItemsNamed(messageWithBody(body), QStringLiteral("reactionChip"))).size(), 2, TimeoutMs);
    std::sort(chips.begin(), chips.end(), [](QQuickItem *a, QQuickItem *b) {
        return a->x() < b->x();
    });
    QCOMPARE(chips.at(0)->property("emoji").toString(), QStringLiteral("👍"));
    QCOMPARE(chips.at(0)->property("count").toInt(), 2);
    QVERIFY(chips.at(0)->property("own").toBool());
    QCOMPARE(chips.at(0)->property("reactedBy").toString(), QStringLiteral("You, Bob Martin"));
    QCOMPARE(chips.at(1)->property("emoji").toString(), QStringLiteral("🎉"));
    QCOMPARE(chips.at(1)->property("count").toInt(), 1);
    QVERIFY(!chips.at(1)->property("own").toBool());
    QCOMPARE(textOf(chips.at(1)), QStringLiteral("🎉 1"));
    saveScreenshot(QStringLiteral("desktop-chat-reactions.png"));

    // Clicking the own reaction's chip takes it back: Bob receives an empty set, and his 👍 stays.
    clickItem(chips.at(0));
    reaction = m_bob->waitForEvent(QStringLiteral("message"), reactionsToLunch, TimeoutMs);
    QVERIFY(reaction.value(QStringLiteral("hasReactions")).toBool());
    QCOMPARE(reaction.value(QStringLiteral("reactions")).toArray(), QJsonArray());
    QTRY_VERIFY(!visibleItemsNamed(messageWithBody(body), QStringLiteral("reactionChip")).first()->property("own").toBool());
    QCOMPARE(visibleItemsNamed(messageWithBody(body), QStringLiteral("reactionChip")).first()->property("count").toInt(), 1);
}

void DesktopChatTest::replyEditAndRetractReachPeer()
{
    openConversation(Bob, QStringLiteral("Bob Martin"));
    STOP_IF_FAILED();
    const QString question = unique(QStringLiteral("Which day works for you? "));
    const QString questionId = unique(QStringLiteral("bob-question-"));
    bobSends(question, questionId);
    STOP_IF_FAILED();
    QQuickItem *questionDelegate = messageWithBody(question);
    QVERIFY(questionDelegate);
    const qint64 questionRowId = questionDelegate->property("messageId").toLongLong();

    // Copy Text puts the body on the clipboard.
    openActionsMenu(questionDelegate);
    STOP_IF_FAILED();
    clickItem(qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("copyMenuItem"))));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), question);

    // Reply: the banner quotes the question, and the reply reaches Bob with a reference to it.
    openActionsMenu(messageWithBody(question));
    STOP_IF_FAILED();
    QObject *editItem = findInWindow(QStringLiteral("editMenuItem"));
    QVERIFY2(!isShown(editItem), "Bob's message offers Edit");
    QVERIFY2(!isShown(findInWindow(QStringLiteral("deleteMenuItem"))), "Bob's message offers Delete");
    clickItem(qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("replyMenuItem"))));
    QObject *composer = findInWindow(QStringLiteral("messageComposer"));
    QTRY_COMPARE(composer->property("mode").toString(), QStringLiteral("reply"));
    QTRY_VERIFY(isShown(findInWindow(QStringLiteral("composerBanner"))));
    QCOMPARE(textOf(findInWindow(QStringLiteral("composerBannerText"))), question);
    // The menu keeps the keyboard focus until it is gone, then the field has it.
    QTRY_VERIFY(!findInWindow(QStringLiteral("messageActionsMenu"))->property("visible").toBool());
    auto *field = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("messageField")));
    QTRY_VERIFY(field->hasActiveFocus());
    const QString answer = unique(QStringLiteral("Friday works "));
    typeText(m_app->window(), answer.toUtf8().constData());
    QTest::keyClick(m_app->window(), Qt::Key_Return);

    const auto withBody = [](const QJsonObject &event) {
        return !event.value(QStringLiteral("body")).toString().isEmpty();
    };
    const QJsonObject reply = m_bob->waitForEvent(QStringLiteral("message"), withBody, TimeoutMs);
    QCOMPARE(reply.value(QStringLiteral("replyId")).toString(), questionId);
    QVERIFY2(reply.value(QStringLiteral("body")).toString().endsWith(answer), qPrintable(reply.value(QStringLiteral("body")).toString()));
    const QString replyId = reply.value(QStringLiteral("id")).toString();
    QCOMPARE(composer->property("mode").toString(), QString());
    QVERIFY(!isShown(findInWindow(QStringLiteral("composerBanner"))));

    // The reply shows the quote, and clicking it highlights the question.
    QTRY_VERIFY_WITH_TIMEOUT(messageWithBody(answer) != nullptr, TimeoutMs);
    auto *quote = qobject_cast<QQuickItem *>(findObject(messageWithBody(answer), QStringLiteral("replyQuote")));
    QVERIFY(isShown(quote));
    QCOMPARE(textOf(findObject(quote, QStringLiteral("replyPreview"))), question);
    clickItem(quote);
    QTRY_COMPARE(conversationPage()->property("highlightedMessageId").toLongLong(), questionRowId);
    QTRY_VERIFY(messageWithBody(question)->property("highlighted").toBool());
    saveScreenshot(QStringLiteral("desktop-chat-reply.png"));

    // Up in the empty field edits the reply, and Escape cancels.
    field->forceActiveFocus();
    QTRY_VERIFY(field->hasActiveFocus());
    QTest::keyClick(m_app->window(), Qt::Key_Up);
    QCOMPARE(composer->property("mode").toString(), QStringLiteral("edit"));
    QCOMPARE(textOf(field), answer);
    QTest::keyClick(m_app->window(), Qt::Key_Escape);
    QCOMPARE(composer->property("mode").toString(), QString());
    QCOMPARE(textOf(field), QString());

    // The correction reaches Bob, and the message shows its new text as edited.
    QTest::keyClick(m_app->window(), Qt::Key_Up);
    QCOMPARE(composer->property("mode").toString(), QStringLiteral("edit"));
    QTest::keyClick(m_app->window(), Qt::Key_A, Qt::ControlModifier);
    const QString corrected = unique(QStringLiteral("Saturday works "));
    typeText(m_app->window(), corrected.toUtf8().constData());
    QTest::keyClick(m_app->window(), Qt::Key_Return);
    const QJsonObject correction = m_bob->waitForEvent(QStringLiteral("message"), withBody, TimeoutMs);
    QCOMPARE(correction.value(QStringLiteral("replaceId")).toString(), replyId);
    QCOMPARE(correction.value(QStringLiteral("body")).toString(), corrected);
    QTRY_VERIFY_WITH_TIMEOUT(messageWithBody(corrected) != nullptr, TimeoutMs);
    QVERIFY(isShown(findObject(messageWithBody(corrected), QStringLiteral("messageEdited"))));
    QCOMPARE(textOf(field), QString());

    // Delete for Everyone requests a confirmation, then retracts the message at Bob's too.
    const qint64 ownRowId = messageWithBody(corrected)->property("messageId").toLongLong();
    openActionsMenu(messageWithBody(corrected));
    STOP_IF_FAILED();
    QVERIFY(isShown(findInWindow(QStringLiteral("editMenuItem"))));
    clickItem(qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("deleteMenuItem"))));
    QObject *dialog = findInWindow(QStringLiteral("deleteMessageDialog"));
    QTRY_VERIFY(isOpen(dialog));
    QCOMPARE(textOf(findInWindow(QStringLiteral("deleteMessageText"))), corrected);
    QObject *confirm = findInWindow(QStringLiteral("deleteMessageConfirmAction"));
    QVERIFY(confirm);
    QVERIFY(QMetaObject::invokeMethod(confirm, "trigger"));
    QTRY_VERIFY(!isOpen(dialog));
    const auto retraction = [](const QJsonObject &event) {
        return !event.value(QStringLiteral("retractId")).toString().isEmpty();
    };
    QCOMPARE(m_bob->waitForEvent(QStringLiteral("message"), retraction, TimeoutMs).value(QStringLiteral("retractId")).toString(), replyId);
    QTRY_VERIFY_WITH_TIMEOUT(messageWithId(ownRowId) && messageWithId(ownRowId)->property("retracted").toBool(), TimeoutMs);
    QObject *placeholder = findObject(messageWithId(ownRowId), QStringLiteral("messageBody"));
    QCOMPARE(textOf(placeholder), QStringLiteral("This message was deleted"));
    QVERIFY(placeholder->property("font").value<QFont>().italic());
    QVERIFY(!isShown(findObject(messageWithId(ownRowId), QStringLiteral("replyQuote"))));
    saveScreenshot(QStringLiteral("desktop-chat-retracted.png"));
}

void DesktopChatTest::typingShowsBothWays()
{
    openConversation(Bob, QStringLiteral("Bob Martin"));
    STOP_IF_FAILED();
    QObject *indicator = findInWindow(QStringLiteral("typingIndicator"));
    QVERIFY(indicator);
    QVERIFY(!isShown(indicator));

    const QString chatState = QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat'><%2 xmlns='http://jabber.org/protocol/chatstates'/></message>");
    QVERIFY2(m_bob->command(stanzaCommand(chatState.arg(m_server.jid(Alice), QStringLiteral("composing")))), qPrintable(m_bob->lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(isShown(indicator), TimeoutMs);
    QCOMPARE(textOf(indicator), QStringLiteral("Bob Martin is typing…"));
    saveScreenshot(QStringLiteral("desktop-chat-typing.png"));
    QVERIFY2(m_bob->command(stanzaCommand(chatState.arg(m_server.jid(Alice), QStringLiteral("paused")))), qPrintable(m_bob->lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(!isShown(indicator), TimeoutMs);

    // Bob sent chat states, so Alice's typing reaches him, and emptying the field ends it.
    const auto chatStateFromAlice = [](const QJsonObject &event) {
        return !event.value(QStringLiteral("chatState")).toString().isEmpty() && event.value(QStringLiteral("body")).toString().isEmpty();
    };
    auto *field = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("messageField")));
    field->forceActiveFocus();
    QTRY_VERIFY(field->hasActiveFocus());
    typeText(m_app->window(), "Hm");
    QCOMPARE(m_bob->waitForEvent(QStringLiteral("message"), chatStateFromAlice, TimeoutMs).value(QStringLiteral("chatState")).toString(),
             QStringLiteral("composing"));
    QTest::keyClick(m_app->window(), Qt::Key_Backspace);
    QTest::keyClick(m_app->window(), Qt::Key_Backspace);
    QCOMPARE(textOf(field), QString());
    QCOMPARE(m_bob->waitForEvent(QStringLiteral("message"), chatStateFromAlice, TimeoutMs).value(QStringLiteral("chatState")).toString(),
             QStringLiteral("active"));
}

void DesktopChatTest::exportWritesFile()
{
    openConversation(Bob, QStringLiteral("Bob Martin"));
    STOP_IF_FAILED();
    const QString body = unique(QStringLiteral("Keep this for the records "));
    bobSends(body, unique(QStringLiteral("bob-records-")));
    STOP_IF_FAILED();
    QObject *page = conversationPage();
    QObject *exporter = findObject(page, QStringLiteral("conversationExporter"));
    QVERIFY(exporter);

    // The export action opens a file dialog that suggests a name with the format's extension.
    QObject *jsonAction = findInWindow(QStringLiteral("exportJsonAction"));
    QVERIFY(jsonAction);
    QVERIFY(QMetaObject::invokeMethod(jsonAction, "trigger"));
    QObject *dialogLoader = findObject(exporter, QStringLiteral("exportFileDialogLoader"));
    QObject *dialog = nullptr;
    QTRY_VERIFY((dialog = dialogLoader->property("item").value<QObject *>()) != nullptr);
    QTRY_VERIFY(dialog->property("visible").toBool());
    const QString suggestedName = dialog->property("suggestedName").toString();
    QVERIFY2(suggestedName.startsWith(m_server.jid(Bob)), qPrintable(suggestedName));
    QVERIFY2(suggestedName.endsWith(QStringLiteral(".json")), qPrintable(suggestedName));
    QCOMPARE(dialog->property("defaultSuffix").toString(), QStringLiteral("json"));
    QVERIFY(QMetaObject::invokeMethod(dialog, "close"));

    // The dialog hands the chosen file to exportTo(), which writes the conversation there.
    const QString path = QDir(m_folder.path()).filePath(QStringLiteral("bob export.json"));
    QVERIFY(QMetaObject::invokeMethod(exporter, "exportTo", Q_ARG(QVariant, QUrl::fromLocalFile(path)), Q_ARG(QVariant, QStringLiteral("json"))));
    QObject *notice = findObject(page, QStringLiteral("conversationNotice"));
    QTRY_VERIFY_WITH_TIMEOUT(isFullyShown(notice), TimeoutMs);
    QVERIFY2(textOf(notice).contains(QStringLiteral("bob export.json")), qPrintable(textOf(notice)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains(body.toUtf8()));
    QVERIFY(content.contains("\"salon-conversation\""));

    // A file that cannot be written shows why.
    const QString badPath = QDir(m_folder.path()).filePath(QStringLiteral("missing-folder/bob.txt"));
    QVERIFY(QMetaObject::invokeMethod(exporter, "exportTo", Q_ARG(QVariant, QUrl::fromLocalFile(badPath)), Q_ARG(QVariant, QStringLiteral("text"))));
    QObject *error = findObject(page, QStringLiteral("conversationError"));
    QTRY_VERIFY_WITH_TIMEOUT(isFullyShown(error), TimeoutMs);
    QVERIFY2(textOf(error).contains(QStringLiteral("bob.txt")), qPrintable(textOf(error)));
    QVERIFY(!QFile::exists(badPath));
}

void DesktopChatTest::searchJumpsToMessage()
{
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));

    // The match is older than the newest page, so the conversation loads pages to show it.
    const QString word = unique(QStringLiteral("pelican"));
    const QString body = QStringLiteral("The password for the boat is %1, do not tell anyone").arg(word);
    QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), m_server.jid(Alice)}, {QStringLiteral("body"), body}}),
             qPrintable(m_bob->lastError()));
    const int fillerCount = ChatService::PageSize + 5;
    const QString lastFiller = unique(QStringLiteral("Filler "));
    for (int i = 0; i < fillerCount; ++i) {
        const QString filler = i == fillerCount - 1 ? lastFiller : QStringLiteral("Filler %1").arg(i);
        QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), m_server.jid(Alice)}, {QStringLiteral("body"), filler}}),
                 qPrintable(m_bob->lastError()));
    }
    const ConversationsModel *conversations = m_app->account()->conversations();
    QTRY_VERIFY_WITH_TIMEOUT(conversations->indexOf(m_server.jid(Bob)) >= 0
                                 && conversations->index(conversations->indexOf(m_server.jid(Bob))).data(ConversationsModel::LastMessageRole).toString() == lastFiller,
                             TimeoutMs);

    // Ctrl+F opens the search, whose field takes the typed word.
    QTest::keyClick(m_app->window(), Qt::Key_F, Qt::ControlModifier);
    QObject *searchPage = nullptr;
    QTRY_VERIFY((searchPage = findInWindow(QStringLiteral("messageSearchPage"))) != nullptr);
    auto *searchField = qobject_cast<QQuickItem *>(findObject(searchPage, QStringLiteral("messageSearchField")));
    QVERIFY(searchField);
    QTRY_VERIFY(searchField->hasActiveFocus());
    typeText(m_app->window(), word.toUtf8().constData());

    auto *results = qobject_cast<QQuickItem *>(findObject(searchPage, QStringLiteral("searchResultList")));
    QVERIFY(results);
    QTRY_COMPARE_WITH_TIMEOUT(results->property("count").toInt(), 1, TimeoutMs);
    QQuickItem *result = nullptr;
    QTRY_VERIFY((result = delegateAt(results, 0)) != nullptr);
    QCOMPARE(textOf(findObject(result, QStringLiteral("searchResultName"))), QStringLiteral("Bob Martin"));
    QVERIFY2(textOf(findObject(result, QStringLiteral("searchResultBody"))).contains(QStringLiteral("<b>%1</b>").arg(word)),
             qPrintable(textOf(findObject(result, QStringLiteral("searchResultBody")))));
    QCOMPARE(textOf(findObject(result, QStringLiteral("searchResultTime"))), QStringLiteral("now"));
    const qint64 messageId = result->property("messageId").toLongLong();
    // The page slides in; clicks land where the items are once it is at the left edge.
    QTRY_COMPARE(qobject_cast<QQuickItem *>(searchPage)->mapToScene(QPointF()).x(), 0.0);
    saveScreenshot(QStringLiteral("desktop-chat-search.png"));

    // Activating the result opens the conversation with the message in view and highlighted.
    clickItem(result);
    QObject *page = nullptr;
    QTRY_VERIFY((page = conversationPage()) != nullptr);
    QCOMPARE(page->property("peer").toString(), m_server.jid(Bob));
    QTRY_COMPARE(qobject_cast<QQuickItem *>(page)->mapToScene(QPointF()).x(), 0.0);
    QTRY_VERIFY_WITH_TIMEOUT(messageWithId(messageId) != nullptr, TimeoutMs);
    QCOMPARE(messageWithId(messageId)->property("body").toString(), body);
    QTRY_VERIFY(isInView(messageWithId(messageId), messageList()));
    QVERIFY(messageWithId(messageId)->property("highlighted").toBool());
    QVERIFY(messageList()->property("count").toInt() > ChatService::PageSize);
    saveScreenshot(QStringLiteral("desktop-chat-search-result.png"));

    // A message that is not in the conversation, such as one deleted since, shows a notice.
    QVERIFY(QMetaObject::invokeMethod(page, "jumpToMessage", Q_ARG(QVariant, double(messageId + 1000000))));
    QObject *notice = findObject(page, QStringLiteral("conversationNotice"));
    QTRY_VERIFY_WITH_TIMEOUT(isFullyShown(notice), TimeoutMs);
    QCOMPARE(textOf(notice), QStringLiteral("The message is no longer in this conversation."));

    // The Chats page's search action opens a new search, without the old results.
    QObject *chatsTab = findInWindow(QStringLiteral("chatsTabAction"));
    QVERIFY(chatsTab);
    QVERIFY(QMetaObject::invokeMethod(chatsTab, "trigger"));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("chatsPage"));
    QObject *searchAction = findInWindow(QStringLiteral("searchMessagesAction"));
    QVERIFY(searchAction);
    QVERIFY(QMetaObject::invokeMethod(searchAction, "trigger"));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("messageSearchPage"));
    QVERIFY(currentPage() != searchPage);
    searchPage = currentPage();
    QCOMPARE(m_app->account()->messageSearch()->query(), QString());
    QCOMPARE(m_app->account()->messageSearch()->rowCount(), 0);
    QCOMPARE(textOf(findObject(searchPage, QStringLiteral("messageSearchField"))), QString());
    QTRY_VERIFY(qobject_cast<QQuickItem *>(findObject(searchPage, QStringLiteral("messageSearchField")))->hasActiveFocus());
    QVERIFY(isShown(findObject(searchPage, QStringLiteral("searchPlaceholder"))));
}

void DesktopChatTest::attachmentsUploadAndDownload()
{
    QTemporaryDir downloads;
    QTemporaryDir thumbnails;
    QVERIFY(downloads.isValid());
    QVERIFY(thumbnails.isValid());

    // Dave signs in with the core alone and finds the server's upload service.
    Account dave;
    ConnectionSettings settings;
    settings.host = m_server.host();
    settings.port = m_server.clientPort();
    settings.extraCaCertificates = m_server.caCertificates();
    dave.setConnectionSettings(settings);
    dave.signIn(m_server.jid(Dave), passwordOf(Dave));
    QTRY_COMPARE_WITH_TIMEOUT(dave.state(), Account::State::Online, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(dave.uploadService()->isAvailable(), TimeoutMs);

    openConversation(Dave, QStringLiteral("Dave Okafor"));
    STOP_IF_FAILED();
    FileTransferService *files = m_app->account()->files();
    files->setDownloadFolder(downloads.path());
    files->setCacheFolder(thumbnails.path());

    // Dave's image arrives as a file card: no thumbnail until Alice downloads it.
    const QString imagePath = QDir(m_folder.path()).filePath(QStringLiteral("harbour.png"));
    {
        QFile image(imagePath);
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write(pngImage(640, 480));
    }
    QVERIFY(dave.files()->sendFile(m_server.jid(Alice), QUrl::fromLocalFile(imagePath)) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!visibleItemsNamed(messageList(), QStringLiteral("attachmentView")).isEmpty(), TimeoutMs);
    QQuickItem *attachment = visibleItemsNamed(messageList(), QStringLiteral("attachmentView")).constLast();
    auto *card = qobject_cast<QQuickItem *>(findObject(attachment, QStringLiteral("attachmentCard")));
    QVERIFY(isShown(card));
    QCOMPARE(textOf(findObject(card, QStringLiteral("attachmentName"))), QStringLiteral("harbour.png"));
    QVERIFY(!isShown(findObject(attachment, QStringLiteral("attachmentThumbnail"))));
    auto *download = qobject_cast<QQuickItem *>(findObject(card, QStringLiteral("attachmentDownloadButton")));
    QVERIFY(isShown(download));
    QCOMPARE(textOf(download), QStringLiteral("Download"));
    saveScreenshot(QStringLiteral("desktop-chat-attachment.png"));

    // Download fetches the file, and the thumbnail replaces the card.
    clickItem(download);
    auto *thumbnail = qobject_cast<QQuickItem *>(findObject(attachment, QStringLiteral("attachmentThumbnail")));
    QTRY_VERIFY_WITH_TIMEOUT(isShown(thumbnail), TimeoutMs);
    // QQuickImageBase::Ready is 1.
    QTRY_COMPARE(thumbnail->property("status").toInt(), 1);
    QVERIFY(thumbnail->width() > 0);
    QVERIFY(QFile::exists(QDir(downloads.path()).filePath(QStringLiteral("harbour.png"))));
    QVERIFY(!isShown(card));
    saveScreenshot(QStringLiteral("desktop-chat-thumbnail.png"));

    // Alice's own file shows its upload above the composer until it is sent.
    const QString notesPath = QDir(m_folder.path()).filePath(QStringLiteral("notes.txt"));
    {
        QFile notes(notesPath);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("Meeting notes\n");
    }
    QObject *page = conversationPage();
    QVERIFY(QMetaObject::invokeMethod(page, "attachFile", Q_ARG(QVariant, QUrl::fromLocalFile(notesPath))));
    const QList<QQuickItem *> uploads = visibleItemsNamed(m_app->window()->contentItem(), QStringLiteral("uploadRow"));
    QCOMPARE(uploads.size(), 1);
    QCOMPARE(textOf(findObject(uploads.first(), QStringLiteral("uploadFileName"))), QStringLiteral("Sending notes.txt"));
    QTRY_VERIFY_WITH_TIMEOUT(visibleItemsNamed(m_app->window()->contentItem(), QStringLiteral("uploadRow")).isEmpty(), TimeoutMs);
    const TransfersModel *transfers = m_app->account()->transfers();
    const QModelIndex upload = transfers->index(transfers->rowCount() - 1);
    QCOMPARE(upload.data(TransfersModel::FileNameRole).toString(), QStringLiteral("notes.txt"));
    QCOMPARE(upload.data(TransfersModel::StateRole).toString(), QStringLiteral("done"));
    QTRY_VERIFY_WITH_TIMEOUT(visibleItemsNamed(messageList(), QStringLiteral("attachmentName")).size() == 1
                                 && textOf(visibleItemsNamed(messageList(), QStringLiteral("attachmentName")).constFirst()) == QStringLiteral("notes.txt"),
                             TimeoutMs);
    QVERIFY(!isShown(findObject(page, QStringLiteral("conversationError"))));

    dave.signOut();
}

bool DesktopChatTest::launch(QString *error)
{
    m_app = launchSignedIn(m_server, m_server.jid(Alice), passwordOf(Alice), m_folder.filePath(QStringLiteral("cache.sqlite")), TimeoutMs, error);
    return m_app != nullptr;
}

void DesktopChatTest::openConversation(const QString &user, const QString &displayName)
{
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    auto *contactList = qobject_cast<QQuickItem *>(findInWindow(QStringLiteral("contactList")));
    QVERIFY(contactList);
    QTRY_COMPARE_WITH_TIMEOUT(contactList->property("count").toInt(), 2, TimeoutMs);

    QQuickItem *row = nullptr;
    for (int index = 0; index < 2 && !row; ++index) {
        QQuickItem *candidate = nullptr;
        QTRY_VERIFY((candidate = delegateAt(contactList, index)) != nullptr);
        if (textOf(findObject(candidate, QStringLiteral("contactName"))) == displayName) {
            row = candidate;
        }
    }
    QVERIFY2(row, qPrintable(displayName));
    QVERIFY(QMetaObject::invokeMethod(row, "clicked"));
    QObject *page = nullptr;
    QTRY_VERIFY((page = conversationPage()) != nullptr);
    QCOMPARE(page->property("peer").toString(), m_server.jid(user));
    QTRY_VERIFY(page->property("inView").toBool());
    // The page slides in; clicks land where the items are once it is at the left edge.
    QTRY_COMPARE(qobject_cast<QQuickItem *>(page)->mapToScene(QPointF()).x(), 0.0);
}

QObject *DesktopChatTest::findInWindow(const QString &objectName) const
{
    return findObject(m_app->window(), objectName);
}

QObject *DesktopChatTest::conversationPage() const
{
    return findInWindow(QStringLiteral("conversationPage"));
}

QObject *DesktopChatTest::currentPage() const
{
    auto *pageStack = m_app->window()->property("pageStack").value<QObject *>();
    return pageStack ? pageStack->property("currentItem").value<QObject *>() : nullptr;
}

QQuickItem *DesktopChatTest::messageList() const
{
    return qobject_cast<QQuickItem *>(findObject(conversationPage(), QStringLiteral("messageList")));
}

QQuickItem *DesktopChatTest::messageWithBody(const QString &body) const
{
    QQuickItem *list = messageList();
    if (!list) {
        return nullptr;
    }
    const QList<QQuickItem *> delegates = visibleItemsNamed(list, QStringLiteral("messageDelegate"));
    for (QQuickItem *delegate : delegates) {
        if (delegate->property("body").toString() == body) {
            return delegate;
        }
    }
    return nullptr;
}

QQuickItem *DesktopChatTest::messageWithId(qint64 messageId) const
{
    QQuickItem *list = messageList();
    if (!list) {
        return nullptr;
    }
    const QList<QQuickItem *> delegates = visibleItemsNamed(list, QStringLiteral("messageDelegate"));
    for (QQuickItem *delegate : delegates) {
        if (delegate->property("messageId").toLongLong() == messageId) {
            return delegate;
        }
    }
    return nullptr;
}

void DesktopChatTest::bobSends(const QString &body, const QString &messageId)
{
    QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("message")},
                             {QStringLiteral("to"), m_server.jid(Alice)},
                             {QStringLiteral("body"), body},
                             {QStringLiteral("messageId"), messageId}}),
             qPrintable(m_bob->lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(messageWithBody(body) != nullptr, TimeoutMs);
}

void DesktopChatTest::openActionsMenu(QQuickItem *delegate)
{
    QVERIFY(delegate);
    auto *bubble = qobject_cast<QQuickItem *>(findObject(delegate, QStringLiteral("messageBubble")));
    QVERIFY(bubble);
    // A menu that is closing still takes the clicks until it is gone.
    QObject *menu = findInWindow(QStringLiteral("messageActionsMenu"));
    QTRY_VERIFY(!menu->property("visible").toBool());
    clickItem(bubble, Qt::RightButton);
    QTRY_VERIFY(isOpen(menu));
    // The menu grows in; clicks land on its items once it is done.
    QTRY_VERIFY(qFuzzyCompare(menu->property("opacity").toReal(), 1.0) && qFuzzyCompare(menu->property("scale").toReal(), 1.0));
}

void DesktopChatTest::saveScreenshot(const QString &fileName) const
{
    const QImage screenshot = m_app->window()->grabWindow();
    QVERIFY(!screenshot.isNull());
    const QString path = QDir(QStringLiteral(SALON_DESKTOP_TEST_OUTPUT_DIR)).filePath(fileName);
    QVERIFY2(screenshot.save(path, "PNG"), qPrintable(path));
}

QTEST_MAIN(DesktopChatTest)
#include "DesktopChatTest.moc"
