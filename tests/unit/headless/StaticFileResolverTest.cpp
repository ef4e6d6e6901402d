#include "StaticFileResolver.h"
#include "HttpRequestHead.h"
#include "StaticFileHandler.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class StaticFileResolverTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolve_data();
    void resolve();
    void contentType_data();
    void contentType();
    void handlerServesFileWithHeaders();
    void handlerAnswersHeadWithoutBody();
    void handlerRevalidatesWithEntityTag();
    void handlerRejectsOtherMethods();
    void handlerReportsNotFound();

private:
    void writeFile(const QString &relativePath, const QByteArray &content);
    HttpRequestHead request(const QByteArray &head);

    QTemporaryDir m_root;
};

void StaticFileResolverTest::writeFile(const QString &relativePath, const QByteArray &content)
{
    const QString path = m_root.filePath(relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), qint64(content.size()));
}

HttpRequestHead StaticFileResolverTest::request(const QByteArray &head)
{
    HttpRequestHead parsed;
    if (parsed.parse(head) != HttpRequestHead::Status::Complete) {
        qWarning() << "test request is not a complete head:" << parsed.errorString();
    }
    return parsed;
}

void StaticFileResolverTest::initTestCase()
{
    QVERIFY(m_root.isValid());
    writeFile(QStringLiteral("index.html"), "<!DOCTYPE html><title>Salon</title>");
    writeFile(QStringLiteral("app.js"), "export {};");
    writeFile(QStringLiteral("style.css"), "body {}");
    writeFile(QStringLiteral("modules/feed.js"), "export {};");
    writeFile(QStringLiteral("modules/index.html"), "<p>modules</p>");
    writeFile(QStringLiteral("with space.txt"), "x");
    writeFile(QStringLiteral(".hidden"), "secret");
    QVERIFY(QDir(m_root.path()).mkdir(QStringLiteral("empty")));
}

void StaticFileResolverTest::resolve_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("statusCode");
    QTest::addColumn<QString>("relativePath");

    QTest::newRow("root") << QByteArray("/") << 200 << QStringLiteral("/index.html");
    QTest::newRow("index.html") << QByteArray("/index.html") << 200 << QStringLiteral("/index.html");
    QTest::newRow("app.js") << QByteArray("/app.js") << 200 << QStringLiteral("/app.js");
    QTest::newRow("subfolder file") << QByteArray("/modules/feed.js") << 200 << QStringLiteral("/modules/feed.js");
    QTest::newRow("subfolder index") << QByteArray("/modules/") << 200 << QStringLiteral("/modules/index.html");
    QTest::newRow("query string") << QByteArray("/app.js?v=2&x=/../y") << 200 << QStringLiteral("/app.js");
    QTest::newRow("query on root") << QByteArray("/?lang=de") << 200 << QStringLiteral("/index.html");
    QTest::newRow("fragment") << QByteArray("/app.js#top") << 200 << QStringLiteral("/app.js");
    QTest::newRow("encoded letters") << QByteArray("/%61pp.js") << 200 << QStringLiteral("/app.js");
    QTest::newRow("encoded space") << QByteArray("/with%20space.txt") << 200 << QStringLiteral("/with space.txt");

    QTest::newRow("parent of root") << QByteArray("/../etc/passwd") << 400 << QString();
    QTest::newRow("encoded parent") << QByteArray("/%2e%2e/x") << 400 << QString();
    QTest::newRow("upper-case encoded parent") << QByteArray("/%2E%2E/index.html") << 400 << QString();
    QTest::newRow("half-encoded parent") << QByteArray("/.%2e/index.html") << 400 << QString();
    QTest::newRow("parent inside path") << QByteArray("/a/../b") << 400 << QString();
    QTest::newRow("parent at end") << QByteArray("/modules/..") << 400 << QString();
    QTest::newRow("current folder") << QByteArray("/./index.html") << 400 << QString();
    QTest::newRow("encoded slash") << QByteArray("/modules%2ffeed.js") << 400 << QString();
    QTest::newRow("encoded backslash") << QByteArray("/..%5c..%5cetc") << 400 << QString();
    QTest::newRow("encoded NUL") << QByteArray("/index.html%00.js") << 400 << QString();
    QTest::newRow("raw NUL") << QByteArray("/index.html\0.js", 16) << 400 << QString();
    QTest::newRow("invalid escape") << QByteArray("/%zz") << 400 << QString();
    QTest::newRow("cut escape") << QByteArray("/app.js%2") << 400 << QString();
    QTest::newRow("not absolute") << QByteArray("app.js") << 400 << QString();
    QTest::newRow("absolute form") << QByteArray("http://example.org/app.js") << 400 << QString();
    QTest::newRow("asterisk") << QByteArray("*") << 400 << QString();

    QTest::newRow("double slash") << QByteArray("//x") << 404 << QString();
    QTest::newRow("double slash to existing file") << QByteArray("//app.js") << 404 << QString();
    QTest::newRow("unknown file") << QByteArray("/missing.js") << 404 << QString();
    QTest::newRow("folder without slash") << QByteArray("/modules") << 404 << QString();
    QTest::newRow("folder without index") << QByteArray("/empty/") << 404 << QString();
    QTest::newRow("hidden file") << QByteArray("/.hidden") << 404 << QString();
    QTest::newRow("invalid UTF-8") << QByteArray("/%ff%fe.js") << 404 << QString();
    QTest::newRow("case differs") << QByteArray("/APP.JS") << 404 << QString();
}

void StaticFileResolverTest::resolve()
{
    QFETCH(QByteArray, target);
    QFETCH(int, statusCode);
    QFETCH(QString, relativePath);

    const StaticFileResolver resolver(m_root.path());
    const StaticFileResolver::Result result = resolver.resolve(target);
    QCOMPARE(result.statusCode, statusCode);
    if (statusCode == 200) {
        QCOMPARE(result.filePath, m_root.path() + relativePath);
        QVERIFY(result.errorString.isEmpty());
    } else {
        QVERIFY(result.filePath.isEmpty());
        QVERIFY(!result.errorString.isEmpty());
    }
}

void StaticFileResolverTest::contentType_data()
{
    QTest::addColumn<QString>("filePath");
    QTest::addColumn<QByteArray>("contentType");

    QTest::newRow("html") << QStringLiteral(":/web/index.html") << QByteArray("text/html; charset=utf-8");
    QTest::newRow("js") << QStringLiteral(":/web/app.js") << QByteArray("text/javascript; charset=utf-8");
    QTest::newRow("mjs") << QStringLiteral(":/web/a.mjs") << QByteArray("text/javascript; charset=utf-8");
    QTest::newRow("css") << QStringLiteral(":/web/style.css") << QByteArray("text/css; charset=utf-8");
    QTest::newRow("svg") << QStringLiteral(":/web/icon.svg") << QByteArray("image/svg+xml");
    QTest::newRow("png upper case") << QStringLiteral(":/web/ICON.PNG") << QByteArray("image/png");
    QTest::newRow("manifest") << QStringLiteral(":/web/app.webmanifest") << QByteArray("application/manifest+json");
    QTest::newRow("unknown") << QStringLiteral(":/web/data.bin") << QByteArray("application/octet-stream");
    QTest::newRow("no suffix") << QStringLiteral(":/web/LICENSE") << QByteArray("application/octet-stream");
}

void StaticFileResolverTest::contentType()
{
    QFETCH(QString, filePath);
    QFETCH(QByteArray, contentType);
    QCOMPARE(StaticFileResolver::contentType(filePath), contentType);
}

void StaticFileResolverTest::handlerServesFileWithHeaders()
{
    StaticFileHandler handler(m_root.path());
    QString errorString;
    const HttpResponse response = handler.respond(request("GET / HTTP/1.1\r\nHost: a\r\n\r\n"), &errorString);

    QCOMPARE(response.statusCode(), 200);
    QCOMPARE(response.body(), QByteArray("<!DOCTYPE html><title>Salon</title>"));
    QCOMPARE(response.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(response.header("Cache-Control"), QByteArray("no-cache"));
    QCOMPARE(response.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QVERIFY(response.header("Content-Security-Policy").contains("script-src 'self'"));
    QVERIFY(response.header("ETag").startsWith('"'));

    const QByteArray bytes = response.toByteArray();
    QVERIFY(bytes.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(bytes.contains("\r\nContent-Length: 35\r\n"));
    QVERIFY(bytes.contains("\r\nConnection: close\r\n"));
    QVERIFY(bytes.endsWith("\r\n\r\n<!DOCTYPE html><title>Salon</title>"));
}

void StaticFileResolverTest::handlerAnswersHeadWithoutBody()
{
    StaticFileHandler handler(m_root.path());
    QString errorString;
    const HttpRequestHead head = request("HEAD /app.js HTTP/1.1\r\nHost: a\r\n\r\n");
    const HttpResponse response = handler.respond(head, &errorString);

    QCOMPARE(response.statusCode(), 200);
    const QByteArray bytes = response.toByteArray(true);
    QVERIFY(bytes.contains("\r\nContent-Length: 10\r\n"));
    QVERIFY(bytes.endsWith("\r\n\r\n"));
}

void StaticFileResolverTest::handlerRevalidatesWithEntityTag()
{
    StaticFileHandler handler(m_root.path());
    QString errorString;
    const QByteArray entityTag = handler.respond(request("GET /app.js HTTP/1.1\r\nHost: a\r\n\r\n"), &errorString).header("ETag");
    QVERIFY(!entityTag.isEmpty());

    const HttpResponse notModified =
        handler.respond(request("GET /app.js HTTP/1.1\r\nHost: a\r\nIf-None-Match: \"other\", W/" + entityTag + "\r\n\r\n"), &errorString);
    QCOMPARE(notModified.statusCode(), 304);
    QVERIFY(notModified.body().isEmpty());
    QCOMPARE(notModified.header("ETag"), entityTag);
    QVERIFY(!notModified.toByteArray().contains("Content-Length"));

    const HttpResponse changed = handler.respond(request("GET /app.js HTTP/1.1\r\nHost: a\r\nIf-None-Match: \"other\"\r\n\r\n"), &errorString);
    QCOMPARE(changed.statusCode(), 200);
}

void StaticFileResolverTest::handlerRejectsOtherMethods()
{
    StaticFileHandler handler(m_root.path());
    QString errorString;
    const HttpResponse response = handler.respond(request("POST /index.html HTTP/1.1\r\nHost: a\r\n\r\n"), &errorString);
    QCOMPARE(response.statusCode(), 405);
    QCOMPARE(response.header("Allow"), QByteArray("GET, HEAD"));
    QVERIFY(!errorString.isEmpty());
}

void StaticFileResolverTest::handlerReportsNotFound()
{
    StaticFileHandler handler(m_root.path());
    QString errorString;
    const HttpResponse response = handler.respond(request("GET /missing HTTP/1.1\r\nHost: a\r\n\r\n"), &errorString);
    QCOMPARE(response.statusCode(), 404);
    QCOMPARE(response.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(response.body(), QByteArray("404 Not Found\n"));
    QCOMPARE(errorString, QStringLiteral("no such file"));
}

QTEST_GUILESS_MAIN(StaticFileResolverTest)
#include "StaticFileResolverTest.moc"
