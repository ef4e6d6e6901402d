// The news feed and the communities of the desktop window against a throwaway Prosody (PEP, its
// PubSub component pubsub.localhost and its upload component upload.localhost), with a slixmpp
// peer as a contact. The test works through the QML items, as a user would. It writes a post in
// the composer, and publishes one with an image attachment and a link preview. It comments on and
// likes that post and receives the contact's comments live. It reads a contact's post with
// hostile markup, and subscribes to a community from the directory and posts there. Runs under
// Xvfb (run-under-xvfb.sh).

#include "Account.h"
#include "AppLauncher.h"
#include "CommunityDirectoryModel.h"
#include "CommunityService.h"
#include "DesktopApp.h"
#include "FeedModel.h"
#include "LinkPreviewService.h"
#include "MicroblogService.h"
#include "SocialNotifier.h"
#include "UploadServiceExtension.h"
#include "SubscriptionsModel.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "WindowTestTools.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QQmlListReference>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const auto Alice = QStringLiteral("alice");
const auto Bob = QStringLiteral("bob");
// A contact of Alice who never posted.
const auto Carol = QStringLiteral("carol");
const auto GardenNode = QStringLiteral("garden");

// Requests to the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

// An Atom entry with a script, an image whose error handler runs code, a javascript: link, a
// web link and an image attachment, as a hostile client could publish it. Both images point at \a imageUrl.
QString hostileEntry(const QString &itemId, const QString &imageUrl)
{
    return QStringLiteral("<entry xmlns='http://www.w3.org/2005/Atom'>"
                          "<title>Hostile post</title>"
                          "<id>tag:localhost,2026-12-05:%1</id>"
                          "<published>%2</published><updated>%2</updated>"
                          "<author><name>Bob</name><uri>xmpp:bob@localhost</uri></author>"
                          "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>"
                          "<p>Look <script>document.title='owned'</script>"
                          "<img src='%3' alt='pixel' onerror='document.title=\"owned\"'/>"
                          "<a href='javascript:document.title=&quot;owned&quot;'>bad link</a> "
                          "<a href='https://example.org/good'>good link</a></p>"
                          "</div></content>"
                          "<link rel='enclosure' type='image/png' title='pixel.png' href='%3'/></entry>")
        .arg(itemId, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), imageUrl);
}

// A comment as a hostile client could publish it on \a node at \a service: XHTML content with a
// script, an image whose error handler runs code and a javascript: link (XEP-0277, section 4).
QString hostileCommentXml(const QString &node, const QString &itemId, const QString &imageUrl)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='%1'><item id='%2'>"
                          "<entry xmlns='http://www.w3.org/2005/Atom'>"
                          "<title>Hostile comment</title>"
                          "<author><name>Bob</name><uri>xmpp:bob@localhost</uri></author>"
                          "<id>tag:localhost,2026-12-05:%2</id><published>%3</published><updated>%3</updated>"
                          "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>"
                          "<p>Hi <script>document.title='owned'</script>"
                          "<img src='%4' alt='pixel' onerror='document.title=\"owned\"'/>"
                          "<a href='javascript:document.title=&quot;owned&quot;'>bad link</a></p>"
                          "</div></content></entry></item></publish></pubsub>")
        .arg(node, itemId, now, imageUrl);
}

// Creates a community that everyone may read and post to.
QString createNodeXml(const QString &node, const QString &title, const QString &description)
{
    return QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub'><create node='%1'/><configure>"
                          "<x xmlns='jabber:x:data' type='submit'>"
                          "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#node_config</value></field>"
                          "<field var='pubsub#title'><value>%2</value></field>"
                          "<field var='pubsub#description'><value>%3</value></field>"
                          "<field var='pubsub#access_model'><value>open</value></field>"
                          "<field var='pubsub#publish_model'><value>open</value></field>"
                          "</x></configure></pubsub>")
        .arg(node, title, description);
}

} // namespace

// Records the URLs that the app hands to the desktop, in place of the browser.
class OpenedUrls : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url)
    {
        urls.append(url);
    }
};

// Serves one HTML page with a title, a description and a site name to every request, for link previews.
class PreviewPageServer : public QTcpServer
{
public:
    PreviewPageServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    // The request head ends with an empty line; the page goes out once it arrived.
                    if (!socket->peek(socket->bytesAvailable()).contains("\r\n\r\n")) {
                        return;
                    }
                    socket->readAll();
                    const QByteArray page = "<!DOCTYPE html><html><head><title>Tomato Guide</title>"
                                            "<meta property=\"og:title\" content=\"Tomato Guide\">"
                                            "<meta property=\"og:description\" content=\"How to grow tomatoes\">"
                                            "<meta property=\"og:site_name\" content=\"Garden Pages\">"
                                            "</head><body>Tomatoes</body></html>";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\nContent-Length: "
                                  + QByteArray::number(page.size()) + "\r\n\r\n" + page);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

class DesktopSocialTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void composerPostReachesPeer();
    void imagePostCommentsAndLikes();
    void hostilePostIsInert();
    void emptyBlogHasNoPostsYet();
    void subscribeFromDirectory();
    void ownerConfiguresAndDeletes();

private:
    bool launch(QString *error);
    QObject *findInWindow(const QString &objectName) const;
    QObject *currentPage() const;
    // Returns the visible delegate named delegateName under the item named listName whose
    // property has value, or nullptr.
    QQuickItem *rowWith(const QString &listName, const QString &delegateName, const char *property, const QString &value) const;
    void trigger(const QString &actionName);
    void triggerIn(QObject *root, const QString &actionName);
    // Gives the field named fieldName under root the focus and types text into it.
    void typeInto(QObject *root, const QString &fieldName, const QString &text);
    void openFeed();
    // Opens the communities page on its Discover tab and waits until it lists the communities of pubsub.localhost.
    void openCommunityDirectory();
    // Opens the owner menu of the community row and clicks its item itemName.
    void clickOwnerMenuItem(QQuickItem *row, const QString &itemName);
    void saveScreenshot(const QString &fileName) const;
    // Returns the payloads of the items of node at service, as Bob reads them.
    QStringList peerPayloads(const QString &service, const QString &node);

    TestXmppServer m_server;
    QTemporaryDir m_folder;
    std::unique_ptr<TestPeer> m_bob;
    std::unique_ptr<DesktopApp> m_app;
    OpenedUrls m_opened;
};

void DesktopSocialTest::initTestCase()
{
    QVERIFY(m_folder.isValid());
    for (const QString &user : {Alice, Bob, Carol}) {
        QVERIFY(m_server.addAccount(user, passwordOf(user)));
    }
    QVERIFY(m_server.setRoster(Alice, {{m_server.jid(Bob), QStringLiteral("Bob"), {}}, {m_server.jid(Carol), QStringLiteral("Carol Rossi"), {}}}));
    QVERIFY(m_server.setRoster(Carol, {{m_server.jid(Alice), QStringLiteral("Alice"), {}}}));
    QVERIFY(m_server.setRoster(Bob, {{m_server.jid(Alice), QStringLiteral("Alice"), {}}}));
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_bob = std::make_unique<TestPeer>(m_server, Bob, passwordOf(Bob));
    QVERIFY2(m_bob->waitOnline(), qPrintable(m_bob->lastError()));

    for (const QString &scheme : {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("javascript"), QStringLiteral("xmpp")}) {
        QDesktopServices::setUrlHandler(scheme, &m_opened, "open");
    }
}

void DesktopSocialTest::cleanup()
{
    m_app.reset();
}

void DesktopSocialTest::cleanupTestCase()
{
    for (const QString &scheme : {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("javascript"), QStringLiteral("xmpp")}) {
        QDesktopServices::unsetUrlHandler(scheme);
    }
}

void DesktopSocialTest::composerPostReachesPeer()
{
    const QString title = QStringLiteral("Hello from the composer ") + QString::number(QDateTime::currentMSecsSinceEpoch());
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    openFeed();
    MicroblogService *microblog = m_app->account()->microblog();

    // The composer opens empty and saves what the user types as the draft.
    trigger(QStringLiteral("newPostAction"));
    QObject *composer = findInWindow(QStringLiteral("postComposer"));
    QVERIFY(composer);
    QTRY_VERIFY(isOpen(composer));
    typeInto(composer, QStringLiteral("postTitleField"), title);
    typeInto(composer, QStringLiteral("postBodyArea"), QStringLiteral("Some **bold** words"));
    typeInto(composer, QStringLiteral("postTagsField"), QStringLiteral("news, desktop"));
    QTRY_COMPARE_WITH_TIMEOUT(microblog->draft().value(QStringLiteral("title")).toString(), title, TimeoutMs);
    QCOMPARE(microblog->draft().value(QStringLiteral("tags")).toStringList(), (QStringList{QStringLiteral("news"), QStringLiteral("desktop")}));
    saveScreenshot(QStringLiteral("desktop-social-composer.png"));

    // Closing keeps the draft, and New Post offers to continue it.
    QVERIFY(QMetaObject::invokeMethod(composer, "close"));
    QTRY_VERIFY(!isOpen(composer));
    QCOMPARE(textOf(findInWindow(QStringLiteral("newPostAction"))), QStringLiteral("Continue Draft…"));

    // The draft survives a restart of the app.
    m_app.reset();
    QVERIFY2(launch(&error), qPrintable(error));
    openFeed();
    microblog = m_app->account()->microblog();
    QTRY_COMPARE(textOf(findInWindow(QStringLiteral("newPostAction"))), QStringLiteral("Continue Draft…"));
    trigger(QStringLiteral("newPostAction"));
    composer = findInWindow(QStringLiteral("postComposer"));
    QVERIFY(composer);
    QTRY_VERIFY(isOpen(composer));
    QCOMPARE(textOf(findObject(composer, QStringLiteral("postTitleField"))), title);
    QCOMPARE(textOf(findObject(composer, QStringLiteral("postTagsField"))), QStringLiteral("news, desktop"));

    // Publish sends the post, discards the draft, and the post shows in the feed, published.
    triggerIn(composer, QStringLiteral("publishPostAction"));
    // The dialog's exit transition runs after it closed, and its overlay takes clicks until it ends.
    QTRY_VERIFY(!composer->property("visible").toBool());
    QTRY_VERIFY(microblog->draft().value(QStringLiteral("title")).toString().isEmpty());
    QCOMPARE(textOf(findInWindow(QStringLiteral("newPostAction"))), QStringLiteral("New Post…"));
    QQuickItem *post = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((post = rowWith(QStringLiteral("feedList"), QStringLiteral("postDelegate"), "title", title)) != nullptr, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!rowWith(QStringLiteral("feedList"), QStringLiteral("postDelegate"), "title", title)->property("pending").toBool(), TimeoutMs);
    post = rowWith(QStringLiteral("feedList"), QStringLiteral("postDelegate"), "title", title);
    QVERIFY(post->property("own").toBool());
    QVERIFY(isShown(findObject(post, QStringLiteral("editPostButton"))));
    QVERIFY2(textOf(findObject(post, QStringLiteral("postContent"))).contains(QStringLiteral("<strong>bold</strong>")),
             qPrintable(textOf(findObject(post, QStringLiteral("postContent")))));

    // Bob reads the post from Alice's node.
    QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("iqGet")},
                             {QStringLiteral("to"), m_server.jid(Alice)},
                             {QStringLiteral("xml"), QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='%1'/></pubsub>")
                                                         .arg(MicroblogService::node())}}),
             qPrintable(m_bob->lastError()));
    const QJsonObject items = m_bob->waitForEvent(QStringLiteral("iqResponse"));
    QCOMPARE(items.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
    const QString itemsXml = items.value(QStringLiteral("xml")).toString();
    QVERIFY2(itemsXml.contains(title), qPrintable(itemsXml));
    QVERIFY2(itemsXml.contains(QStringLiteral("term=\"desktop\"")), qPrintable(itemsXml));
    saveScreenshot(QStringLiteral("desktop-social-feed.png"));

    // A click on a tag opens the explore page with the public posts of that tag.
    QQuickItem *newsTag = nullptr;
    for (QQuickItem *tag : visibleItemsNamed(post, QStringLiteral("postTag"))) {
        if (textOf(tag) == QStringLiteral("#news")) {
            newsTag = tag;
        }
    }
    QVERIFY(newsTag);
    clickItem(newsTag);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), QStringLiteral("explorePage"), TimeoutMs);
    QCOMPARE(currentPage()->property("tag").toString(), QStringLiteral("news"));
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(QStringLiteral("taggedPostList"), QStringLiteral("postDelegate"), "title", title) != nullptr, TimeoutMs);
    saveScreenshot(QStringLiteral("desktop-social-explore.png"));
    openFeed();
    QTRY_VERIFY((post = rowWith(QStringLiteral("feedList"), QStringLiteral("postDelegate"), "title", title)) != nullptr);

    // Edit opens the composer on the post, and saving publishes the new title.
    const QString editedTitle = title + QStringLiteral(" edited");
    clickItem(qobject_cast<QQuickItem *>(findObject(post, QStringLiteral("editPostButton"))));
    QTRY_VERIFY(isOpen(composer));
    QCOMPARE(textOf(findObject(composer, QStringLiteral("postTitleField"))), title);
    // The body is the post's Markdown source, and the visibility the post's.
    QCOMPARE(textOf(findObject(composer, QStringLiteral("postBodyArea"))), QStringLiteral("Some **bold** words"));
    QCOMPARE(findObject(composer, QStringLiteral("postVisibilityBox"))->property("currentIndex").toInt(), 0);
    auto *titleField = qobject_cast<QQuickItem *>(findObject(composer, QStringLiteral("postTitleField")));
    titleField->forceActiveFocus();
    QTRY_VERIFY(titleField->hasActiveFocus());
    QTest::keyClick(m_app->window(), Qt::Key_End);
    typeText(m_app->window(), " edited");
    QTRY_COMPARE(titleField->property("text").toString(), editedTitle);
    triggerIn(composer, QStringLiteral("publishPostAction"));
    QTRY_VERIFY(!composer->property("visible").toBool());
    // Editing never touches the draft of a new post.
    QVERIFY(microblog->draft().value(QStringLiteral("title")).toString().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT((post = rowWith(QStringLiteral("feedList"), QStringLiteral("postDelegate"), "title", editedTitle)) != nullptr, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!rowWith(QStringLiteral("feedList"), QStringLiteral("postDelegate"), "title", editedTitle)->property("pending").toBool(), TimeoutMs);
    post = rowWith(QStringLiteral("feedList"), QStringLiteral("postDelegate"), "title", editedTitle);
    QVERIFY(rowWith(QStringLiteral("feedList"), QStringLiteral("postDelegate"), "title", title) == nullptr);

    // Delete requests a confirmation, then removes the post.
    clickItem(qobject_cast<QQuickItem *>(findObject(post, QStringLiteral("deletePostButton"))));
    QObject *confirm = findInWindow(QStringLiteral("deletePostDialog"));
    QTRY_VERIFY(isOpen(confirm));
    triggerIn(confirm, QStringLiteral("deletePostConfirmAction"));
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(QStringLiteral("feedList"), QStringLiteral("postDelegate"), "title", editedTitle) == nullptr, TimeoutMs);
}

void DesktopSocialTest::imagePostCommentsAndLikes()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    const QString imagePath = m_folder.filePath(QStringLiteral("garden.png"));
    QVERIFY(image.save(imagePath, "PNG"));
    // The comment's image points at a server of the test, which counts every connection.
    QTcpServer imageServer;
    QVERIFY(imageServer.listen(QHostAddress::LocalHost));
    const QString imageUrl = QStringLiteral("http://127.0.0.1:%1/pixel.png").arg(imageServer.serverPort());

    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    // The composer with an attachment and a link preview is taller than the default window.
    m_app->window()->resize(m_app->window()->width(), 900);
    QTRY_COMPARE(m_app->window()->height(), 900);
    openFeed();
    const QString windowTitle = m_app->window()->title();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->account()->uploadService()->isAvailable(), TimeoutMs);

    // The composer uploads the chosen image at once and lists it.
    const QString title = QStringLiteral("Garden picture ") + QString::number(QDateTime::currentMSecsSinceEpoch());
    trigger(QStringLiteral("newPostAction"));
    QObject *composer = findInWindow(QStringLiteral("postComposer"));
    QVERIFY(composer);
    QTRY_VERIFY(isOpen(composer));
    typeInto(composer, QStringLiteral("postTitleField"), title);

    // Preview Link shows a card of the body's link, which goes out with the post.
    PreviewPageServer pageServer;
    QVERIFY(pageServer.listen(QHostAddress::LocalHost));
    m_app->account()->linkPreviews()->setAllowPrivateAddresses(true);
    const QString pageUrl = QStringLiteral("http://127.0.0.1:%1/tomatoes").arg(pageServer.serverPort());
    QVERIFY(!isShown(findObject(composer, QStringLiteral("previewLinkButton"))));
    typeInto(composer, QStringLiteral("postBodyArea"), QStringLiteral("Read ") + pageUrl);
    QTRY_VERIFY(isShown(findObject(composer, QStringLiteral("previewLinkButton"))));
    auto *previewButton = qobject_cast<QQuickItem *>(findObject(composer, QStringLiteral("previewLinkButton")));
    clickItem(previewButton);
    QTRY_VERIFY_WITH_TIMEOUT(isShown(findObject(composer, QStringLiteral("linkPreviewCard"))), TimeoutMs);
    QCOMPARE(textOf(findObject(composer, QStringLiteral("linkPreviewTitle"))), QStringLiteral("Tomato Guide"));
    QCOMPARE(textOf(findObject(composer, QStringLiteral("linkPreviewDescription"))), QStringLiteral("How to grow tomatoes"));
    QCOMPARE(textOf(findObject(composer, QStringLiteral("linkPreviewSite"))), QStringLiteral("Garden Pages"));

    QVERIFY(QMetaObject::invokeMethod(composer, "attachFile", Q_ARG(QVariant, QUrl::fromLocalFile(imagePath))));
    QTRY_COMPARE(textOf(findObject(composer, QStringLiteral("composerAttachmentName"))), QStringLiteral("garden.png"));
    QTRY_VERIFY_WITH_TIMEOUT(!composer->property("uploading").toBool(), TimeoutMs);

    // A second file, removed before publishing, does not go out with the post.
    const QString notesPath = m_folder.filePath(QStringLiteral("notes.txt"));
    QFile notes(notesPath);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    QVERIFY(notes.write("Sow in March.\n") > 0);
    notes.close();
    QVERIFY(QMetaObject::invokeMethod(composer, "attachFile", Q_ARG(QVariant, QUrl::fromLocalFile(notesPath))));
    QTRY_COMPARE(visibleItemsNamed(qobject_cast<QQuickItem *>(composer->property("contentItem").value<QObject *>()), QStringLiteral("composerAttachment")).size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!composer->property("uploading").toBool(), TimeoutMs);
    const QList<QQuickItem *> attachmentRows =
        visibleItemsNamed(qobject_cast<QQuickItem *>(composer->property("contentItem").value<QObject *>()), QStringLiteral("composerAttachment"));
    QCOMPARE(textOf(findObject(attachmentRows.at(1), QStringLiteral("composerAttachmentName"))), QStringLiteral("notes.txt"));
    clickItem(qobject_cast<QQuickItem *>(findObject(attachmentRows.at(1), QStringLiteral("removeAttachmentButton"))));
    QTRY_COMPARE(visibleItemsNamed(qobject_cast<QQuickItem *>(composer->property("contentItem").value<QObject *>()), QStringLiteral("composerAttachment")).size(), 1);
    QVERIFY(!isShown(findObject(composer, QStringLiteral("composerError"))));
    saveScreenshot(QStringLiteral("desktop-social-attachment.png"));
    triggerIn(composer, QStringLiteral("publishPostAction"));
    QTRY_VERIFY(!composer->property("visible").toBool());

    // The post shows in the feed with its image, which loads because it is the user's own upload.
    const auto postRow = [this, &title] {
        QQuickItem *row = rowWith(QStringLiteral("feedList"), QStringLiteral("postDelegate"), "title", title);
        return row && !row->property("pending").toBool() ? row : nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(postRow() != nullptr, TimeoutMs);
    QQuickItem *post = postRow();
    const QVariantList enclosures = post->property("enclosures").toList();
    QCOMPARE(enclosures.size(), 1);
    const QString href = enclosures.first().toMap().value(QStringLiteral("href")).toString();
    // The test server's upload URLs name 127.0.0.1, because upload.localhost does not resolve everywhere.
    QVERIFY2(href.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(href));
    QCOMPARE(enclosures.first().toMap().value(QStringLiteral("type")).toString(), QStringLiteral("image/png"));
    auto *enclosureImage = qobject_cast<QQuickItem *>(findObject(post, QStringLiteral("postEnclosureImage")));
    QVERIFY(enclosureImage);
    QTRY_COMPARE_WITH_TIMEOUT(enclosureImage->property("status").toInt(), 1 /* Image.Ready */, TimeoutMs);
    const QString itemId = post->property("itemId").toString();

    // Bob reads the post with its enclosure.
    const QStringList posts = peerPayloads(m_server.jid(Alice), MicroblogService::node());
    const QString postXml = posts.filter(title).value(0);
    QVERIFY2(postXml.contains(QStringLiteral("rel=\"enclosure\"")) && postXml.contains(href.toHtmlEscaped()), qPrintable(postXml));
    QVERIFY2(postXml.contains(QStringLiteral("rel=\"related\"")) && postXml.contains(pageUrl), qPrintable(postXml));
    QCOMPARE(textOf(findObject(post, QStringLiteral("postLinkTitle"))), QStringLiteral("Tomato Guide"));
    saveScreenshot(QStringLiteral("desktop-social-image-post.png"));

    // Alice comments and likes; Bob reads both from the post's comments node.
    const QString commentsNode = MicroblogService::commentsNode(itemId);
    clickItem(qobject_cast<QQuickItem *>(findObject(post, QStringLiteral("commentsButton"))));
    QTRY_VERIFY(isShown(findObject(postRow(), QStringLiteral("commentField"))));
    post = postRow();
    typeInto(post, QStringLiteral("commentField"), QStringLiteral("What a green"));
    clickItem(qobject_cast<QQuickItem *>(findObject(post, QStringLiteral("sendCommentButton"))));
    QTRY_VERIFY_WITH_TIMEOUT(visibleItemsNamed(postRow(), QStringLiteral("commentDelegate")).size() == 1, TimeoutMs);
    // The new comment grows the post's row, and the feed lays out again meanwhile.
    const QPointer<QQuickItem> likeButton = qobject_cast<QQuickItem *>(findObject(postRow(), QStringLiteral("likeButton")));
    QVERIFY(waitUntilSettled(likeButton));
    clickItem(likeButton);
    QTRY_COMPARE_WITH_TIMEOUT(textOf(findObject(postRow(), QStringLiteral("likeButton"))), QStringLiteral("♥ 1"), TimeoutMs);
    QTRY_VERIFY(findObject(postRow(), QStringLiteral("likeButton"))->property("checked").toBool());
    QStringList comments;
    QTRY_VERIFY_WITH_TIMEOUT((comments = peerPayloads(m_server.jid(Alice), commentsNode)).size() == 2, TimeoutMs);
    QVERIFY2(comments.join(QString()).contains(QStringLiteral("What a green")), qPrintable(comments.join(QLatin1Char('\n'))));
    QVERIFY2(comments.join(QString()).contains(QString(QChar(0x2665))), qPrintable(comments.join(QLatin1Char('\n'))));

    // Bob's comments arrive live, raise a notification, and their markup stays inert.
    QSignalSpy notified(m_app->socialNotifier(), &SocialNotifier::notificationSent);
    QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("comment")},
                             {QStringLiteral("to"), m_server.jid(Alice)},
                             {QStringLiteral("node"), commentsNode},
                             {QStringLiteral("itemId"), QStringLiteral("bob-comment")},
                             {QStringLiteral("text"), QStringLiteral("Lovely")},
                             {QStringLiteral("name"), QStringLiteral("Bob")}}),
             qPrintable(m_bob->lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(visibleItemsNamed(postRow(), QStringLiteral("commentDelegate")).size() == 2, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(notified.count() >= 1, TimeoutMs);
    QCOMPARE(notified.first().at(0).toString(), QStringLiteral("comment"));

    QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("iqSet")},
                             {QStringLiteral("to"), m_server.jid(Alice)},
                             {QStringLiteral("xml"), hostileCommentXml(commentsNode, QStringLiteral("bob-hostile"), imageUrl)}}),
             qPrintable(m_bob->lastError()));
    QCOMPARE(m_bob->waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
    QList<QQuickItem *> shownComments;
    QTRY_VERIFY_WITH_TIMEOUT((shownComments = visibleItemsNamed(postRow(), QStringLiteral("commentDelegate"))).size() == 3, TimeoutMs);
    QString hostileText;
    for (QQuickItem *comment : shownComments) {
        if (comment->property("itemId").toString() == QStringLiteral("bob-hostile")) {
            hostileText = textOf(findObject(comment, QStringLiteral("commentContent")));
        }
    }
    QVERIFY2(hostileText.contains(QStringLiteral("Hi")), qPrintable(hostileText));
    QVERIFY2(!hostileText.contains(QStringLiteral("<img")), qPrintable(hostileText));
    QVERIFY2(!hostileText.contains(QStringLiteral("script")), qPrintable(hostileText));
    QVERIFY2(!hostileText.contains(QStringLiteral("onerror")), qPrintable(hostileText));
    QVERIFY2(!hostileText.contains(QStringLiteral("javascript:")), qPrintable(hostileText));
    saveScreenshot(QStringLiteral("desktop-social-comments.png"));
    QVERIFY(!imageServer.waitForNewConnection(1000));
    QCOMPARE(m_app->window()->title(), windowTitle);

    // A second click on ♥ takes the like back.
    clickItem(qobject_cast<QQuickItem *>(findObject(postRow(), QStringLiteral("likeButton"))));
    QTRY_COMPARE_WITH_TIMEOUT(textOf(findObject(postRow(), QStringLiteral("likeButton"))), QStringLiteral("♥"), TimeoutMs);
    QVERIFY(!findObject(postRow(), QStringLiteral("likeButton"))->property("checked").toBool());
    QTRY_VERIFY_WITH_TIMEOUT(!peerPayloads(m_server.jid(Alice), commentsNode).join(QString()).contains(QString(QChar(0x2665))), TimeoutMs);

    // Activating the notification from another tab shows the post in the feed with its comments.
    trigger(QStringLiteral("contactsTabAction"));
    QTRY_VERIFY(currentPage()->objectName() != QStringLiteral("feedPage"));
    Q_EMIT m_app->socialNotifier()->postRequested(m_server.jid(Alice), MicroblogService::node(), itemId);
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("feedPage"));
    QTRY_VERIFY_WITH_TIMEOUT(postRow() != nullptr, TimeoutMs);
    QTRY_VERIFY(isShown(findObject(postRow(), QStringLiteral("commentField"))));
}

void DesktopSocialTest::hostilePostIsInert()
{
    // The image points at a server of the test, which counts every connection.
    QTcpServer imageServer;
    QVERIFY(imageServer.listen(QHostAddress::LocalHost));
    const QString imageUrl = QStringLiteral("http://127.0.0.1:%1/pixel.png").arg(imageServer.serverPort());

    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    openFeed();
    const QString windowTitle = m_app->window()->title();

    QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("publish")},
                             {QStringLiteral("node"), MicroblogService::node()},
                             {QStringLiteral("itemId"), QStringLiteral("hostile")},
                             {QStringLiteral("payload"), hostileEntry(QStringLiteral("hostile"), imageUrl)}}),
             qPrintable(m_bob->lastError()));
    QQuickItem *post = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((post = rowWith(QStringLiteral("feedList"), QStringLiteral("postDelegate"), "itemId", QStringLiteral("hostile"))) != nullptr,
                             TimeoutMs);
    QCOMPARE(textOf(findObject(post, QStringLiteral("postAuthor"))), QStringLiteral("Bob"));
    // A new post of a contact is marked unread until it has been in view.
    QTRY_VERIFY_WITH_TIMEOUT(!rowWith(QStringLiteral("feedList"), QStringLiteral("postDelegate"), "itemId", QStringLiteral("hostile"))->property("unread").toBool(),
                             TimeoutMs);
    post = rowWith(QStringLiteral("feedList"), QStringLiteral("postDelegate"), "itemId", QStringLiteral("hostile"));

    // The content shows no script and no image, only a link to it.
    const QString contentText = textOf(findObject(post, QStringLiteral("postContent")));
    QVERIFY2(!contentText.contains(QStringLiteral("<img")), qPrintable(contentText));
    QVERIFY2(!contentText.contains(QStringLiteral("script")), qPrintable(contentText));
    QVERIFY2(!contentText.contains(QStringLiteral("onerror")), qPrintable(contentText));
    QVERIFY2(!contentText.contains(QStringLiteral("javascript:")), qPrintable(contentText));
    QVERIFY2(contentText.contains(QStringLiteral("[image: pixel]")), qPrintable(contentText));
    saveScreenshot(QStringLiteral("desktop-social-hostile.png"));

    // The image server gets no request, and nothing changed the window.
    QVERIFY(!imageServer.waitForNewConnection(2000));
    QCOMPARE(m_app->window()->title(), windowTitle);

    // Links of other schemes do not open; web links open in the browser.
    m_opened.urls.clear();
    QVERIFY(QMetaObject::invokeMethod(post, "openLink", Q_ARG(QVariant, QStringLiteral("javascript:document.title='owned'"))));
    QVERIFY(QMetaObject::invokeMethod(post, "openLink", Q_ARG(QVariant, QStringLiteral("file:///etc/passwd"))));
    QVERIFY(m_opened.urls.isEmpty());
    QVERIFY(QMetaObject::invokeMethod(post, "openLink", Q_ARG(QVariant, QStringLiteral("https://example.org/good"))));
    QCOMPARE(m_opened.urls, QList<QUrl>{QUrl(QStringLiteral("https://example.org/good"))});
    QVERIFY(!imageServer.hasPendingConnections());

    // The attached image of another author loads only once the user asks for it.
    auto *loadButton = qobject_cast<QQuickItem *>(findObject(post, QStringLiteral("postEnclosureLoadButton")));
    QVERIFY(isShown(loadButton));
    QVERIFY(!isShown(findObject(post, QStringLiteral("postEnclosureImage"))));
    clickItem(loadButton);
    QTRY_VERIFY_WITH_TIMEOUT(imageServer.hasPendingConnections(), TimeoutMs);

    // Mark All Read leaves no unread post, also among those out of view.
    trigger(QStringLiteral("markAllReadAction"));
    QTRY_COMPARE(m_app->account()->feed()->unreadCount(), 0);
    QVERIFY(!findInWindow(QStringLiteral("markAllReadAction"))->property("enabled").toBool());

    // A click on the author opens the author's posts.
    post = rowWith(QStringLiteral("feedList"), QStringLiteral("postDelegate"), "itemId", QStringLiteral("hostile"));
    QVERIFY(post);
    clickItem(qobject_cast<QQuickItem *>(findObject(post, QStringLiteral("postAuthor"))));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), QStringLiteral("profilePostsPage"), TimeoutMs);
    QCOMPARE(currentPage()->property("service").toString(), m_server.jid(Bob));
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(QStringLiteral("postList"), QStringLiteral("postDelegate"), "itemId", QStringLiteral("hostile")) != nullptr, TimeoutMs);
}

void DesktopSocialTest::emptyBlogHasNoPostsYet()
{
    // Carol, a contact, never posted, so her PEP service has no blog node.
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    const QString carolJid = m_server.jid(Carol);
    QVERIFY(QMetaObject::invokeMethod(m_app->window(), "openProfilePosts", Q_ARG(QVariant, carolJid), Q_ARG(QVariant, QStringLiteral("Carol Rossi"))));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), QStringLiteral("profilePostsPage"), TimeoutMs);
    QObject *page = currentPage();
    QCOMPARE(page->property("service").toString(), carolJid);
    QObject *posts = page->property("posts").value<QObject *>();
    QVERIFY(posts);
    QTRY_VERIFY_WITH_TIMEOUT(!posts->property("loading").toBool(), TimeoutMs);

    QObject *placeholder = findObject(page, QStringLiteral("postListPlaceholder"));
    QVERIFY(placeholder);
    QTRY_VERIFY(isShown(placeholder));
    QCOMPARE(textOf(placeholder), QStringLiteral("Carol Rossi has no posts yet."));
    QCOMPARE(posts->property("errorText").toString(), QString());
    QVERIFY(!isShown(findObject(page, QStringLiteral("postListFailureMessage"))));
    saveScreenshot(QStringLiteral("desktop-social-empty-blog.png"));
}

void DesktopSocialTest::subscribeFromDirectory()
{
    QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("iqSet")},
                             {QStringLiteral("to"), m_server.pubsubDomain()},
                             {QStringLiteral("xml"), createNodeXml(GardenNode, QStringLiteral("Garden Friends"), QStringLiteral("Seeds, soil and sun"))}}),
             qPrintable(m_bob->lastError()));
    QCOMPARE(m_bob->waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString(), QStringLiteral("result"));

    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    openFeed();
    trigger(QStringLiteral("communitiesAction"));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("communitiesPage"));
    QObject *page = currentPage();
    QTRY_COMPARE(qobject_cast<QQuickItem *>(page)->mapToScene(QPointF()).x(), 0.0);

    // Discover lists the services of the user's server; the user picks pubsub.localhost.
    auto *discoverTab = qobject_cast<QQuickItem *>(findObject(page, QStringLiteral("discoverTab")));
    QVERIFY(discoverTab);
    clickItem(discoverTab);
    QObject *serviceBox = findObject(page, QStringLiteral("communityServiceBox"));
    QVERIFY(serviceBox);
    QTRY_VERIFY_WITH_TIMEOUT(serviceBox->property("count").toInt() > 0, TimeoutMs);
    int pubsubIndex = -1;
    QVERIFY(QMetaObject::invokeMethod(serviceBox, "find", Q_RETURN_ARG(int, pubsubIndex), Q_ARG(QString, m_server.pubsubDomain())));
    QVERIFY(pubsubIndex >= 0);
    serviceBox->setProperty("currentIndex", pubsubIndex);
    QVERIFY(QMetaObject::invokeMethod(page, "listService", Q_ARG(QVariant, m_server.pubsubDomain())));

    QQuickItem *garden = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((garden = rowWith(QStringLiteral("communityDirectoryList"), QStringLiteral("communityDelegate"), "node", GardenNode)) != nullptr,
                             TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(textOf(findObject(garden, QStringLiteral("communityDescription"))), QStringLiteral("Seeds, soil and sun"), TimeoutMs);
    garden = rowWith(QStringLiteral("communityDirectoryList"), QStringLiteral("communityDelegate"), "node", GardenNode);
    QCOMPARE(textOf(findObject(garden, QStringLiteral("communityTitle"))), QStringLiteral("Garden Friends"));
    saveScreenshot(QStringLiteral("desktop-social-discover.png"));

    // Subscribe subscribes, and the community shows in the Subscribed tab.
    clickItem(qobject_cast<QQuickItem *>(findObject(garden, QStringLiteral("communitySubscribeButton"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->communities()->subscriptionState(m_server.pubsubDomain(), GardenNode), QStringLiteral("subscribed"), TimeoutMs);
    QTRY_COMPARE(textOf(findObject(rowWith(QStringLiteral("communityDirectoryList"), QStringLiteral("communityDelegate"), "node", GardenNode),
                                   QStringLiteral("communitySubscribeButton"))),
                 QStringLiteral("Unsubscribe"));
    clickItem(qobject_cast<QQuickItem *>(findObject(page, QStringLiteral("subscribedTab"))));
    QQuickItem *subscription = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((subscription = rowWith(QStringLiteral("subscriptionList"), QStringLiteral("subscriptionDelegate"), "node", GardenNode)) != nullptr,
                             TimeoutMs);
    QCOMPARE(textOf(findObject(subscription, QStringLiteral("subscriptionTitle"))), QStringLiteral("Garden Friends"));
    saveScreenshot(QStringLiteral("desktop-social-subscribed.png"));

    // The switch requests notifications of the community's new posts.
    auto *notifySwitch = qobject_cast<QQuickItem *>(findObject(subscription, QStringLiteral("subscriptionNotifySwitch")));
    QVERIFY(notifySwitch);
    QVERIFY(!notifySwitch->property("checked").toBool());
    clickItem(notifySwitch);
    const auto notifyOf = [this] {
        const std::optional<CommunitySubscription> entry = m_app->account()->subscriptions()->subscription(m_server.pubsubDomain(), GardenNode);
        return entry && entry->notify;
    };
    QTRY_VERIFY_WITH_TIMEOUT(notifyOf(), TimeoutMs);
    subscription = rowWith(QStringLiteral("subscriptionList"), QStringLiteral("subscriptionDelegate"), "node", GardenNode);
    QVERIFY(subscription);

    // A click on its title opens the community's page, where Post Here publishes into the community.
    clickItem(qobject_cast<QQuickItem *>(findObject(subscription, QStringLiteral("subscriptionTitle"))));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), QStringLiteral("communityPage"), TimeoutMs);
    QObject *communityPage = currentPage();
    QTRY_COMPARE(qobject_cast<QQuickItem *>(communityPage)->mapToScene(QPointF()).x(), 0.0);
    triggerIn(communityPage, QStringLiteral("postHereAction"));
    QObject *composer = findObject(communityPage, QStringLiteral("postComposer"));
    QVERIFY(composer);
    QTRY_VERIFY(isOpen(composer));
    QCOMPARE(findObject(composer, QStringLiteral("postTargetBox"))->property("currentText").toString(), QStringLiteral("Garden Friends"));
    QVERIFY(!isShown(findObject(composer, QStringLiteral("postVisibilityBox"))));
    const QString title = QStringLiteral("Tomatoes are ripe");
    typeInto(composer, QStringLiteral("postTitleField"), title);
    triggerIn(composer, QStringLiteral("publishPostAction"));
    QTRY_VERIFY(!composer->property("visible").toBool());
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(QStringLiteral("postList"), QStringLiteral("postDelegate"), "title", title) != nullptr, TimeoutMs);
    QStringList gardenPosts;
    QTRY_VERIFY_WITH_TIMEOUT(!(gardenPosts = peerPayloads(m_server.pubsubDomain(), GardenNode)).filter(title).isEmpty(), TimeoutMs);
    saveScreenshot(QStringLiteral("desktop-social-community.png"));

    // Explore, among the feed's actions, lists the public community, and a click on it opens its page again.
    const QQmlListReference feedActions(findInWindow(QStringLiteral("feedPage"))->property("actions").value<QObject *>(), "contextualActions");
    QStringList feedActionNames;
    for (int index = 0; index < feedActions.count(); ++index) {
        feedActionNames.append(feedActions.at(index)->objectName());
    }
    QVERIFY2(feedActionNames.contains(QStringLiteral("exploreAction")), qPrintable(feedActionNames.join(QLatin1Char(','))));
    trigger(QStringLiteral("exploreAction"));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), QStringLiteral("explorePage"), TimeoutMs);
    QTRY_COMPARE(qobject_cast<QQuickItem *>(currentPage())->mapToScene(QPointF()).x(), 0.0);
    QQuickItem *publicCommunity = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (publicCommunity = rowWith(QStringLiteral("exploreCommunityList"), QStringLiteral("exploreCommunityDelegate"), "node", GardenNode)) != nullptr,
        TimeoutMs);
    clickItem(publicCommunity);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), QStringLiteral("communityPage"), TimeoutMs);
    QCOMPARE(currentPage()->property("node").toString(), GardenNode);

    trigger(QStringLiteral("communitiesAction"));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), QStringLiteral("communitiesPage"), TimeoutMs);
    QTRY_COMPARE(qobject_cast<QQuickItem *>(currentPage())->mapToScene(QPointF()).x(), 0.0);
    QTRY_VERIFY_WITH_TIMEOUT((subscription = rowWith(QStringLiteral("subscriptionList"), QStringLiteral("subscriptionDelegate"), "node", GardenNode)) != nullptr,
                             TimeoutMs);

    // Unsubscribe removes it.
    clickItem(qobject_cast<QQuickItem *>(findObject(subscription, QStringLiteral("unsubscribeButton"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->communities()->subscriptionState(m_server.pubsubDomain(), GardenNode), QStringLiteral("none"), TimeoutMs);
}

void DesktopSocialTest::ownerConfiguresAndDeletes()
{
    const QString node = CommunityService::nodeFromTitle(QStringLiteral("Book Club"));
    QString error;
    QVERIFY2(launch(&error), qPrintable(error));
    openCommunityDirectory();
    QObject *page = currentPage();

    // Create Community fills in the service of the list and creates the node from the title.
    trigger(QStringLiteral("createCommunityAction"));
    QObject *createDialog = findObject(page, QStringLiteral("createCommunityDialog"));
    QTRY_VERIFY(isOpen(createDialog));
    QCOMPARE(textOf(findObject(createDialog, QStringLiteral("communityServiceField"))), m_server.pubsubDomain());
    typeInto(createDialog, QStringLiteral("communityTitleField"), QStringLiteral("Book Club"));
    typeInto(createDialog, QStringLiteral("communityDescriptionArea"), QStringLiteral("Novels"));
    triggerIn(createDialog, QStringLiteral("createCommunityConfirmAction"));
    QTRY_VERIFY(!createDialog->property("visible").toBool());
    QQuickItem *row = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((row = rowWith(QStringLiteral("communityDirectoryList"), QStringLiteral("communityDelegate"), "node", node)) != nullptr, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(textOf(findObject(rowWith(QStringLiteral("communityDirectoryList"), QStringLiteral("communityDelegate"), "node", node),
                                                QStringLiteral("communityDescription"))),
                              QStringLiteral("Novels"), TimeoutMs);

    // Configure shows the node's form; a new description saved there shows in the list.
    clickOwnerMenuItem(rowWith(QStringLiteral("communityDirectoryList"), QStringLiteral("communityDelegate"), "node", node), QStringLiteral("configureCommunityItem"));
    QObject *configuration = findObject(page, QStringLiteral("communityConfigurationDialog"));
    QTRY_VERIFY(isOpen(configuration));
    QTRY_COMPARE_WITH_TIMEOUT(configuration->property("status").toString(), QStringLiteral("ready"), TimeoutMs);
    QObject *description = nullptr;
    QTRY_VERIFY((description = findObject(configuration, QStringLiteral("communityConfigurationText_pubsub#description"))) != nullptr);
    QCOMPARE(description->property("text").toString(), QStringLiteral("Novels"));
    auto *descriptionField = qobject_cast<QQuickItem *>(description);
    QTRY_VERIFY(isShown(descriptionField));
    descriptionField->forceActiveFocus();
    QTRY_VERIFY(descriptionField->hasActiveFocus());
    typeText(m_app->window(), " and poems");
    QTRY_COMPARE(descriptionField->property("text").toString(), QStringLiteral("Novels and poems"));
    saveScreenshot(QStringLiteral("desktop-social-configuration.png"));
    triggerIn(configuration, QStringLiteral("communityConfigurationSaveAction"));
    QTRY_VERIFY_WITH_TIMEOUT(!configuration->property("visible").toBool(), TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(textOf(findObject(rowWith(QStringLiteral("communityDirectoryList"), QStringLiteral("communityDelegate"), "node", node),
                                                QStringLiteral("communityDescription"))),
                              QStringLiteral("Novels and poems"), TimeoutMs);

    // Delete requests a confirmation, then the community leaves the list.
    clickOwnerMenuItem(rowWith(QStringLiteral("communityDirectoryList"), QStringLiteral("communityDelegate"), "node", node), QStringLiteral("deleteCommunityItem"));
    QObject *confirm = findObject(page, QStringLiteral("deleteCommunityDialog"));
    QTRY_VERIFY(isOpen(confirm));
    triggerIn(confirm, QStringLiteral("deleteCommunityConfirmAction"));
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(QStringLiteral("communityDirectoryList"), QStringLiteral("communityDelegate"), "node", node) == nullptr, TimeoutMs);
    QVERIFY(!isShown(findObject(page, QStringLiteral("communitiesFailureMessage"))));
}

bool DesktopSocialTest::launch(QString *error)
{
    m_app = launchSignedIn(m_server, m_server.jid(Alice), passwordOf(Alice), m_folder.filePath(QStringLiteral("cache.sqlite")), TimeoutMs, error);
    return m_app != nullptr;
}

QObject *DesktopSocialTest::findInWindow(const QString &objectName) const
{
    return findObject(m_app->window(), objectName);
}

QObject *DesktopSocialTest::currentPage() const
{
    auto *pageStack = m_app->window()->property("pageStack").value<QObject *>();
    auto *page = pageStack ? pageStack->property("currentItem").value<QObject *>() : nullptr;
    // An empty object keeps QTRY_COMPARE on objectName() from dereferencing null.
    static QObject none;
    return page ? page : &none;
}

QQuickItem *DesktopSocialTest::rowWith(const QString &listName, const QString &delegateName, const char *property, const QString &value) const
{
    auto *list = qobject_cast<QQuickItem *>(findObject(currentPage(), listName));
    if (!list) {
        return nullptr;
    }
    const QList<QQuickItem *> delegates = visibleItemsNamed(list, delegateName);
    for (QQuickItem *delegate : delegates) {
        if (delegate->property(property).toString() == value) {
            return delegate;
        }
    }
    return nullptr;
}

void DesktopSocialTest::trigger(const QString &actionName)
{
    QObject *action = findInWindow(actionName);
    QVERIFY2(action, qPrintable(actionName));
    QVERIFY(QMetaObject::invokeMethod(action, "trigger"));
}

void DesktopSocialTest::triggerIn(QObject *root, const QString &actionName)
{
    QObject *action = findObject(root, actionName);
    QVERIFY2(action, qPrintable(actionName));
    QVERIFY(QMetaObject::invokeMethod(action, "trigger"));
}

void DesktopSocialTest::typeInto(QObject *root, const QString &fieldName, const QString &text)
{
    auto *field = qobject_cast<QQuickItem *>(findObject(root, fieldName));
    QVERIFY2(field, qPrintable(fieldName));
    field->forceActiveFocus();
    QTRY_VERIFY(field->hasActiveFocus());
    typeText(m_app->window(), text.toLatin1().constData());
    QTRY_COMPARE(field->property("text").toString(), text);
}

void DesktopSocialTest::openFeed()
{
    trigger(QStringLiteral("feedTabAction"));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("feedPage"));
}

void DesktopSocialTest::openCommunityDirectory()
{
    openFeed();
    trigger(QStringLiteral("communitiesAction"));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), QStringLiteral("communitiesPage"), TimeoutMs);
    auto *page = qobject_cast<QQuickItem *>(currentPage());
    QTRY_COMPARE(page->mapToScene(QPointF()).x(), 0.0);
    clickItem(qobject_cast<QQuickItem *>(findObject(page, QStringLiteral("discoverTab"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->account()->communityDirectory()->service(), m_server.pubsubDomain(), TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->account()->communityDirectory()->isLoading(), TimeoutMs);
}

void DesktopSocialTest::clickOwnerMenuItem(QQuickItem *row, const QString &itemName)
{
    QVERIFY(row);
    auto *button = qobject_cast<QQuickItem *>(findObject(row, QStringLiteral("communityOwnerMenuButton")));
    QVERIFY(button);
    QObject *menu = findObject(button, QStringLiteral("communityOwnerMenu"));
    QVERIFY(menu);
    clickItem(button);
    QTRY_VERIFY(isOpen(menu));
    auto *item = qobject_cast<QQuickItem *>(findObject(menu, itemName));
    QVERIFY2(item, qPrintable(itemName));
    QTRY_VERIFY(isShown(item));
    clickItem(item);
    QTRY_VERIFY(!isOpen(menu));
}

QStringList DesktopSocialTest::peerPayloads(const QString &service, const QString &node)
{
    m_bob->clearEvents();
    if (!m_bob->command({{QStringLiteral("command"), QStringLiteral("nodeItems")}, {QStringLiteral("jid"), service}, {QStringLiteral("node"), node}})) {
        qWarning() << "items request failed:" << m_bob->lastError();
        return {};
    }
    const QJsonArray payloads = m_bob->waitForEvent(QStringLiteral("nodeItems")).value(QStringLiteral("payloads")).toArray();
    QStringList result;
    for (const QJsonValue &payload : payloads) {
        result.append(payload.toString());
    }
    return result;
}

void DesktopSocialTest::saveScreenshot(const QString &fileName) const
{
    const QImage screenshot = m_app->window()->grabWindow();
    QVERIFY(!screenshot.isNull());
    const QString path = QDir(QStringLiteral(SALON_DESKTOP_TEST_OUTPUT_DIR)).filePath(fileName);
    QVERIFY2(screenshot.save(path, "PNG"), qPrintable(path));
}

QTEST_MAIN(DesktopSocialTest)
#include "DesktopSocialTest.moc"
