#include "LinkPreviewService.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

QByteArray response(const QByteArray &status, const QByteArray &contentType, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    QByteArray head = "HTTP/1.1 " + status + "\r\n";
    if (!contentType.isEmpty()) {
        head += "Content-Type: " + contentType + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "Connection: close\r\n\r\n";
    return head + body;
}

// Padding that makes a page larger than LinkPreviewService::MaxBodyBytes.
QByteArray hugeParagraphs()
{
    return QByteArray("<p>") + QByteArray(2 * 1024 * 1024, 'x') + QByteArray("</p>");
}

// A web server on 127.0.0.1 with one page per path, started by the test and stopped with it.
class PageServer : public QTcpServer
{
public:
    PageServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    serve(socket);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
    }

    /// Number of requests per path.
    QHash<QByteArray, int> requests;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &head = m_heads[socket];
        head += socket->readAll();
        if (!head.contains("\r\n\r\n")) {
            return;
        }
        const QByteArray target = head.split(' ').value(1);
        const QByteArray path = target.left(target.indexOf('?') >= 0 ? target.indexOf('?') : target.size());
        m_heads.remove(socket);
        ++requests[path];

        if (path == "/slow") {
            // Headers, then nothing: the socket stays open until the client gives up.
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n<html>");
            return;
        }
        socket->write(page(path));
        socket->disconnectFromHost();
    }

    QByteArray page(const QByteArray &path) const
    {
        if (path == "/normal") {
            return response("200 OK", "text/html; charset=utf-8",
                            "<!DOCTYPE html><html><head><title>  A normal\n page </title>"
                            "<meta name=\"description\" content=\"What the page is about.\"></head><body><p>Body</p></body></html>");
        }
        if (path == "/og") {
            return response("200 OK", "text/html",
                            "<html><head><title>Element title</title>"
                            "<meta property=\"og:title\" content=\"Open Graph title\">"
                            "<meta property=\"og:description\" content=\"Open Graph description\">"
                            "<meta property=\"og:image\" content=\"/images/card.png\">"
                            "<meta property=\"og:site_name\" content=\"Example News\">"
                            "<meta property=\"og:url\" content=\"https://news.example/articles/1\">"
                            "<meta name=\"twitter:title\" content=\"Twitter title\">"
                            "<meta name=\"description\" content=\"Plain description\">"
                            "</head><body></body></html>");
        }
        if (path == "/twitter") {
            return response("200 OK", "text/html",
                            "<html><head><meta name=\"twitter:title\" content=\"Card title\">"
                            "<meta name=\"twitter:description\" content=\"Card description\">"
                            "<meta name=\"twitter:image\" content=\"https://cdn.example/card.jpg\">"
                            "<link rel=\"canonical\" href=\"https://blog.example/post\"></head></html>");
        }
        if (path == "/latin1") {
            return response("200 OK", "text/html; charset=ISO-8859-1", "<html><head><title>Caf\xe9 cr\xe8me</title></head></html>");
        }
        if (path == "/no-tags") {
            return response("200 OK", "text/html", "<html><body><p>Nothing about itself.</p></body></html>");
        }
        if (path == "/image") {
            return response("200 OK", "image/png", QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\0'));
        }
        if (path == "/huge") {
            return response("200 OK", "text/html", "<html>" + hugeParagraphs() + "<head><title>Too late</title></head></html>");
        }
        if (path == "/huge-body") {
            return response("200 OK", "text/html", "<html><head><title>Long page</title></head><body>" + hugeParagraphs() + "</body></html>");
        }
        if (path == "/loop") {
            return response("302 Found", "text/html", "", "Location: /loop\r\n");
        }
        if (path == "/redirect") {
            return response("301 Moved Permanently", "text/html", "", "Location: /normal\r\n");
        }
        if (path == "/redirect-ftp") {
            return response("302 Found", "text/html", "", "Location: ftp://127.0.0.1/file\r\n");
        }
        if (path == "/hostile") {
            return response("200 OK", "text/html",
                            "<html><head><title><script>alert(1)</script>Hi <b>there</b></title>"
                            "<meta property=\"og:description\" content=\"&lt;img src=x onerror=alert(1)&gt;\">"
                            "<meta property=\"og:image\" content=\"javascript:alert(1)\">"
                            "<meta property=\"og:url\" content=\"javascript:alert(2)\">"
                            "<meta property=\"og:site_name\" content=\"Evil&#0;\x01Site\">"
                            "</head><body><script>document.title='x'</script></body></html>");
        }
        return response("404 Not Found", "text/html", "<html><head><title>Not found</title></head></html>");
    }

    QHash<QTcpSocket *, QByteArray> m_heads;
};

} // namespace

// LinkPreviewService against pages served on 127.0.0.1 by the test itself.
class LinkPreviewServiceTest : public QObject
{
    Q_OBJECT

private:
    PageServer *m_server = nullptr;
    LinkPreviewService *m_service = nullptr;

    // Requests a preview and waits for its one result. Returns the preview, or sets \a code.
    QVariantMap preview(const QString &path, QString *code = nullptr, QString *message = nullptr)
    {
        QSignalSpy ready(m_service, &LinkPreviewService::previewReady);
        QSignalSpy failed(m_service, &LinkPreviewService::previewFailed);
        const QString url = path.startsWith(QLatin1Char('/')) ? m_server->url(path) : path;
        m_service->requestPreview(url);
        if (!QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, 15000)) {
            qWarning() << "No result for" << url;
            return {};
        }
        if (!failed.isEmpty()) {
            if (code) {
                *code = failed.first().at(1).toString();
            }
            if (message) {
                *message = failed.first().at(2).toString();
            }
            return {};
        }
        [&] { QCOMPARE(ready.first().at(0).toString(), url); }();
        return ready.first().at(1).toMap();
    }

private Q_SLOTS:
    void init()
    {
        m_server = new PageServer;
        QVERIFY(m_server->listen(QHostAddress::LocalHost));
        m_service = new LinkPreviewService;
        m_service->setAllowPrivateAddresses(true);
    }

    void cleanup()
    {
        delete m_service;
        delete m_server;
    }

    void normalPage()
    {
        const QVariantMap result = preview(QStringLiteral("/normal"));
        QCOMPARE(result.value(QStringLiteral("title")).toString(), QStringLiteral("A normal page"));
        QCOMPARE(result.value(QStringLiteral("description")).toString(), QStringLiteral("What the page is about."));
        QCOMPARE(result.value(QStringLiteral("imageUrl")).toString(), QString());
        QCOMPARE(result.value(QStringLiteral("siteName")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(result.value(QStringLiteral("canonicalUrl")).toString(), m_server->url(QStringLiteral("/normal")));
        QCOMPARE(result.value(QStringLiteral("url")).toString(), m_server->url(QStringLiteral("/normal")));
    }

    void openGraphTags()
    {
        const QVariantMap result = preview(QStringLiteral("/og"));
        QCOMPARE(result.value(QStringLiteral("title")).toString(), QStringLiteral("Open Graph title"));
        QCOMPARE(result.value(QStringLiteral("description")).toString(), QStringLiteral("Open Graph description"));
        // A relative og:image is resolved against the page.
        QCOMPARE(result.value(QStringLiteral("imageUrl")).toString(), m_server->url(QStringLiteral("/images/card.png")));
        QCOMPARE(result.value(QStringLiteral("siteName")).toString(), QStringLiteral("Example News"));
        QCOMPARE(result.value(QStringLiteral("canonicalUrl")).toString(), QStringLiteral("https://news.example/articles/1"));
    }

    void twitterTags()
    {
        const QVariantMap result = preview(QStringLiteral("/twitter"));
        QCOMPARE(result.value(QStringLiteral("title")).toString(), QStringLiteral("Card title"));
        QCOMPARE(result.value(QStringLiteral("description")).toString(), QStringLiteral("Card description"));
        QCOMPARE(result.value(QStringLiteral("imageUrl")).toString(), QStringLiteral("https://cdn.example/card.jpg"));
        QCOMPARE(result.value(QStringLiteral("canonicalUrl")).toString(), QStringLiteral("https://blog.example/post"));
    }

    void charsetFromHeader()
    {
        const QVariantMap result = preview(QStringLiteral("/latin1"));
        QCOMPARE(result.value(QStringLiteral("title")).toString(), QStringLiteral("Caf\u00e9 cr\u00e8me"));
    }

    void pageWithoutTags()
    {
        const QVariantMap result = preview(QStringLiteral("/no-tags"));
        QVERIFY(!result.isEmpty());
        QCOMPARE(result.value(QStringLiteral("title")).toString(), QString());
        QCOMPARE(result.value(QStringLiteral("description")).toString(), QString());
        QCOMPARE(result.value(QStringLiteral("siteName")).toString(), QStringLiteral("127.0.0.1"));
    }

    void followsRedirect()
    {
        const QVariantMap result = preview(QStringLiteral("/redirect"));
        QCOMPARE(result.value(QStringLiteral("title")).toString(), QStringLiteral("A normal page"));
        QCOMPARE(result.value(QStringLiteral("canonicalUrl")).toString(), m_server->url(QStringLiteral("/normal")));
    }

    void hostilePageStaysText()
    {
        const QVariantMap result = preview(QStringLiteral("/hostile"));
        // Markup in the title element loses its tags and the script its code. Markup in an
        // attribute stays text, so a front end that shows it as plain text shows the tags.
        QCOMPARE(result.value(QStringLiteral("title")).toString(), QStringLiteral("Hi there"));
        QCOMPARE(result.value(QStringLiteral("description")).toString(), QStringLiteral("<img src=x onerror=alert(1)>"));
        QCOMPARE(result.value(QStringLiteral("imageUrl")).toString(), QString());
        QCOMPARE(result.value(QStringLiteral("canonicalUrl")).toString(), m_server->url(QStringLiteral("/hostile")));
        // libxml2 ends the value at the NUL character reference, and control characters never pass.
        const QString siteName = result.value(QStringLiteral("siteName")).toString();
        QVERIFY(siteName.startsWith(QStringLiteral("Evil")));
        for (const QChar character : siteName) {
            QVERIFY(character.unicode() >= 0x20);
        }
    }

    void cachesPreviews()
    {
        QVERIFY(!preview(QStringLiteral("/og")).isEmpty());
        QCOMPARE(m_server->requests.value("/og"), 1);
        QCOMPARE(m_service->cachedPreview(m_server->url(QStringLiteral("/og"))).value(QStringLiteral("title")).toString(), QStringLiteral("Open Graph title"));

        const QVariantMap again = preview(QStringLiteral("/og"));
        QCOMPARE(again.value(QStringLiteral("title")).toString(), QStringLiteral("Open Graph title"));
        QCOMPARE(m_server->requests.value("/og"), 1);
        QVERIFY(m_service->cachedPreview(m_server->url(QStringLiteral("/normal"))).isEmpty());
    }

    void cacheIsBounded()
    {
        // Each query makes another URL of the same page.
        for (int i = 0; i <= LinkPreviewService::CacheSize; ++i) {
            QVERIFY(!preview(QStringLiteral("/no-tags?n=%1").arg(i)).isEmpty());
        }
        QVERIFY(m_service->cachedPreview(m_server->url(QStringLiteral("/no-tags?n=0"))).isEmpty());
        QVERIFY(!m_service->cachedPreview(m_server->url(QStringLiteral("/no-tags?n=%1").arg(LinkPreviewService::CacheSize))).isEmpty());
    }

    void sharesRunningFetch()
    {
        QSignalSpy ready(m_service, &LinkPreviewService::previewReady);
        m_service->requestPreview(m_server->url(QStringLiteral("/normal")));
        m_service->requestPreview(m_server->url(QStringLiteral("/normal")));
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(m_server->requests.value("/normal"), 1);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");

        QTest::newRow("not html") << QStringLiteral("/image") << QStringLiteral("notHtml");
        QTest::newRow("huge page") << QStringLiteral("/huge") << QStringLiteral("tooLarge");
        QTest::newRow("redirect loop") << QStringLiteral("/loop") << QStringLiteral("badRedirect");
        QTest::newRow("redirect to ftp") << QStringLiteral("/redirect-ftp") << QStringLiteral("badRedirect");
        QTest::newRow("not found") << QStringLiteral("/missing") << QStringLiteral("httpError");
        QTest::newRow("ftp url") << QStringLiteral("ftp://127.0.0.1/file") << QStringLiteral("invalidUrl");
        QTest::newRow("javascript url") << QStringLiteral("javascript:alert(1)") << QStringLiteral("invalidUrl");
        QTest::newRow("no host") << QStringLiteral("https://") << QStringLiteral("invalidUrl");
    }

    void failures()
    {
        QFETCH(QString, path);
        QFETCH(QString, code);

        QString actualCode;
        QString message;
        QVERIFY(preview(path, &actualCode, &message).isEmpty());
        QCOMPARE(actualCode, code);
        QVERIFY(!message.isEmpty());
        QVERIFY(m_service->cachedPreview(m_server->url(path)).isEmpty());
    }

    void hugePageWithHeadFirst()
    {
        // The head ends within the bytes read, so the preview is made from them.
        const QVariantMap result = preview(QStringLiteral("/huge-body"));
        QCOMPARE(result.value(QStringLiteral("title")).toString(), QStringLiteral("Long page"));
    }

    void slowPageTimesOut()
    {
        m_service->setTimeout(300);
        QCOMPARE(m_service->timeout(), 300);
        QElapsedTimer elapsed;
        elapsed.start();
        QString code;
        QString message;
        QVERIFY(preview(QStringLiteral("/slow"), &code, &message).isEmpty());
        QCOMPARE(code, QStringLiteral("timedOut"));
        QVERIFY(message.contains(QStringLiteral("0.3")));
        QVERIFY(elapsed.elapsed() < 5000);
    }

    void unreachableServer()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(closed.serverPort());
        closed.close();
        QString code;
        QVERIFY(preview(url, &code).isEmpty());
        QCOMPARE(code, QStringLiteral("unreachable"));
    }

    void rejectsPrivateAddressesByDefault()
    {
        LinkPreviewService strict;
        QVERIFY(!strict.allowsPrivateAddresses());
        QSignalSpy failed(&strict, &LinkPreviewService::previewFailed);
        strict.requestPreview(m_server->url(QStringLiteral("/normal")));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("blockedAddress"));
        QCOMPARE(m_server->requests.value("/normal"), 0);

        strict.requestPreview(QStringLiteral("http://[::1]:%1/normal").arg(m_server->serverPort()));
        strict.requestPreview(QStringLiteral("http://10.1.2.3/"));
        strict.requestPreview(QStringLiteral("http://[::ffff:192.168.1.1]/"));
        QTRY_COMPARE(failed.count(), 4);
        for (const QList<QVariant> &arguments : qAsConst(failed)) {
            QCOMPARE(arguments.at(1).toString(), QStringLiteral("blockedAddress"));
        }
    }
};

QTEST_GUILESS_MAIN(LinkPreviewServiceTest)
#include "LinkPreviewServiceTest.moc"
