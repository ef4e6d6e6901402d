#include "HttpRequestHead.h"
#include "HttpResponse.h"
#include "WebSocketEndpoint.h"

#include <QTest>

Q_DECLARE_METATYPE(HttpRequestHead::Status)

class HttpRequestHeadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validRequest();
    void validRequestByteByByte();
    void incompleteHead();
    void invalidHead_data();
    void invalidHead();
    void oversizedRequestLine();
    void oversizedRequestLineWithoutLineEnd();
    void oversizedHeaders();
    void tooManyHeaders();
    void limitsAreInclusive();
    void http10WithoutHost();
    void headerTokens();
    void webSocketUpgrade_data();
    void webSocketUpgrade();
    void sameOrigin_data();
    void sameOrigin();
};

namespace {

const QByteArray upgradeHead =
    "GET /ws HTTP/1.1\r\n"
    "Host: 127.0.0.1:8080\r\n"
    "Upgrade: websocket\r\n"
    "Connection: keep-alive, Upgrade\r\n"
    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
    "Sec-WebSocket-Version: 13\r\n";

} // namespace

void HttpRequestHeadTest::validRequest()
{
    const QByteArray bytes =
        "GET /app.js?v=2 HTTP/1.1\r\n"
        "Host: example.org:8080\r\n"
        "User-Agent:Test/1.0\r\n"
        "Accept:  text/javascript , */*  \r\n"
        "\r\n"
        "body bytes that are not part of the head";

    HttpRequestHead head;
    QCOMPARE(head.parse(bytes), HttpRequestHead::Status::Complete);
    QCOMPARE(head.method(), QByteArray("GET"));
    QCOMPARE(head.target(), QByteArray("/app.js?v=2"));
    QCOMPARE(head.path(), QByteArray("/app.js"));
    QCOMPARE(head.version(), QByteArray("HTTP/1.1"));
    QCOMPARE(head.headers().size(), 3);
    QCOMPARE(head.header("host"), QByteArray("example.org:8080"));
    QCOMPARE(head.header("user-agent"), QByteArray("Test/1.0"));
    QCOMPARE(head.header("accept"), QByteArray("text/javascript , */*"));
    QVERIFY(head.header("cookie").isNull());
    QCOMPARE(head.size(), bytes.indexOf("body"));
}

void HttpRequestHeadTest::validRequestByteByByte()
{
    const QByteArray bytes = upgradeHead + "\r\n";
    HttpRequestHead head;
    for (int size = 1; size < bytes.size(); ++size) {
        QCOMPARE(head.parse(bytes.left(size)), HttpRequestHead::Status::Incomplete);
    }
    QCOMPARE(head.parse(bytes), HttpRequestHead::Status::Complete);
    QCOMPARE(head.header("sec-websocket-version"), QByteArray("13"));
    QCOMPARE(head.size(), bytes.size());
}

void HttpRequestHeadTest::incompleteHead()
{
    HttpRequestHead head;
    QCOMPARE(head.parse("GET / HTTP/1.1\r\nHost: a\r\n"), HttpRequestHead::Status::Incomplete);
    QCOMPARE(head.size(), 0);
    QCOMPARE(head.parse(""), HttpRequestHead::Status::Incomplete);
}

void HttpRequestHeadTest::invalidHead_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("statusCode");

    QTest::newRow("missing CRLF in request line") << QByteArray("GET / HTTP/1.1\nHost: a\r\n\r\n") << 400;
    QTest::newRow("missing CRLF in header") << QByteArray("GET / HTTP/1.1\r\nHost: a\n\r\n") << 400;
    QTest::newRow("missing CRLF at end") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\n") << 400;
    QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("empty method") << QByteArray(" / HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("method with NUL") << QByteArray("GE") + '\0' + "T / HTTP/1.1\r\nHost: a\r\n\r\n" << 400;
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("missing version") << QByteArray("GET /\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("extra word") << QByteArray("GET / x HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("empty request line") << QByteArray("\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("not HTTP") << QByteArray("GET / FTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << 505;
    QTest::newRow("HTTP/0.9") << QByteArray("GET / HTTP/0.9\r\n\r\n") << 505;
    QTest::newRow("control character in target") << QByteArray("GET /\x01 HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("non-ASCII target") << QByteArray("GET /\xc3\xa4 HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost a\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << 400;
    QTest::newRow("empty header name") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n: b\r\n\r\n") << 400;
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-A: b\r\n c\r\n\r\n") << 400;
    QTest::newRow("NUL in header value") << QByteArray("GET / HTTP/1.1\r\nHost: a") + '\0' + "b\r\n\r\n" << 400;
    QTest::newRow("CR in header value") << QByteArray("GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n") << 400;
    QTest::newRow("HTTP/1.1 without Host") << QByteArray("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n") << 400;
    QTest::newRow("two Host fields") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
}

void HttpRequestHeadTest::invalidHead()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, statusCode);

    HttpRequestHead head;
    QCOMPARE(head.parse(bytes), HttpRequestHead::Status::Invalid);
    QCOMPARE(head.errorStatusCode(), statusCode);
    QVERIFY(!head.errorString().isEmpty());
    QCOMPARE(head.size(), 0);

    // The parser stays invalid when more bytes arrive.
    QCOMPARE(head.parse(bytes + "GET / HTTP/1.1\r\nHost: a\r\n\r\n"), HttpRequestHead::Status::Invalid);
}

void HttpRequestHeadTest::oversizedRequestLine()
{
    const QByteArray target = '/' + QByteArray(HttpRequestHead::DefaultMaxRequestLineSize, 'a');
    HttpRequestHead head;
    QCOMPARE(head.parse("GET " + target + " HTTP/1.1\r\nHost: a\r\n\r\n"), HttpRequestHead::Status::Invalid);
    QCOMPARE(head.errorStatusCode(), 414);
}

void HttpRequestHeadTest::oversizedRequestLineWithoutLineEnd()
{
    // The parser rejects a line as soon as it is too long, without waiting for its end.
    HttpRequestHead head;
    QCOMPARE(head.parse("GET /" + QByteArray(HttpRequestHead::DefaultMaxRequestLineSize, 'a')), HttpRequestHead::Status::Invalid);
    QCOMPARE(head.errorStatusCode(), 414);
}

void HttpRequestHeadTest::oversizedHeaders()
{
    QByteArray bytes = "GET / HTTP/1.1\r\nHost: a\r\n";
    for (int i = 0; i < 20; ++i) {
        bytes += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'x') + "\r\n";
    }
    HttpRequestHead head;
    QCOMPARE(head.parse(bytes), HttpRequestHead::Status::Invalid);
    QCOMPARE(head.errorStatusCode(), 431);

    HttpRequestHead oneLongField;
    QCOMPARE(oneLongField.parse("GET / HTTP/1.1\r\nCookie: " + QByteArray(HttpRequestHead::DefaultMaxHeaderSize, 'c')), HttpRequestHead::Status::Invalid);
    QCOMPARE(oneLongField.errorStatusCode(), 431);
}

void HttpRequestHeadTest::tooManyHeaders()
{
    QByteArray bytes = "GET / HTTP/1.1\r\nHost: a\r\n";
    for (int i = 0; i < HttpRequestHead::DefaultMaxHeaderCount; ++i) {
        bytes += "X-" + QByteArray::number(i) + ": 1\r\n";
    }
    HttpRequestHead head;
    QCOMPARE(head.parse(bytes + "\r\n"), HttpRequestHead::Status::Invalid);
    QCOMPARE(head.errorStatusCode(), 431);
}

void HttpRequestHeadTest::limitsAreInclusive()
{
    // Request line of exactly 32 bytes with CRLF, and header section of exactly 32 bytes with the final CRLF.
    const QByteArray requestLine = "GET /" + QByteArray(16, 'a') + " HTTP/1.1\r\n";
    QCOMPARE(requestLine.size(), 32);
    const QByteArray headers = "Host: " + QByteArray(22, 'h') + "\r\n\r\n";
    QCOMPARE(headers.size(), 32);

    HttpRequestHead fits(32, 32);
    QCOMPARE(fits.parse(requestLine + headers), HttpRequestHead::Status::Complete);

    HttpRequestHead lineTooLong(31, 32);
    QCOMPARE(lineTooLong.parse(requestLine + headers), HttpRequestHead::Status::Invalid);
    QCOMPARE(lineTooLong.errorStatusCode(), 414);

    HttpRequestHead headersTooLong(32, 31);
    QCOMPARE(headersTooLong.parse(requestLine + headers), HttpRequestHead::Status::Invalid);
    QCOMPARE(headersTooLong.errorStatusCode(), 431);
}

void HttpRequestHeadTest::http10WithoutHost()
{
    HttpRequestHead head;
    QCOMPARE(head.parse("HEAD /index.html HTTP/1.0\r\n\r\n"), HttpRequestHead::Status::Complete);
    QCOMPARE(head.method(), QByteArray("HEAD"));
    QCOMPARE(head.version(), QByteArray("HTTP/1.0"));
}

void HttpRequestHeadTest::headerTokens()
{
    HttpRequestHead head;
    QCOMPARE(head.parse(upgradeHead + "Connection: close\r\n\r\n"), HttpRequestHead::Status::Complete);
    QVERIFY(head.headerContainsToken("connection", "upgrade"));
    QVERIFY(head.headerContainsToken("connection", "CLOSE"));
    QVERIFY(head.headerContainsToken("upgrade", "WebSocket"));
    QVERIFY(!head.headerContainsToken("upgrade", "h2c"));
    QCOMPARE(head.headerCount("connection"), 2);
}

void HttpRequestHeadTest::webSocketUpgrade_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("statusCode");

    const QByteArray liveCookie = "Cookie: salon_session=live\r\n";
    QTest::newRow("valid same origin") << upgradeHead + "Origin: http://127.0.0.1:8080\r\n" + liveCookie + "\r\n" << 0;
    QTest::newRow("without origin") << upgradeHead + liveCookie + "\r\n" << 403;
    QTest::newRow("without cookie") << upgradeHead + "Origin: http://127.0.0.1:8080\r\n\r\n" << 403;
    QTest::newRow("ended session") << upgradeHead + "Origin: http://127.0.0.1:8080\r\nCookie: salon_session=ended\r\n\r\n" << 403;
    QTest::newRow("cross origin") << upgradeHead + "Origin: http://evil.example:8080\r\n\r\n" << 403;
    QTest::newRow("other port") << upgradeHead + "Origin: http://127.0.0.1:8081\r\n\r\n" << 403;
    QTest::newRow("null origin") << upgradeHead + "Origin: null\r\n\r\n" << 403;
    QTest::newRow("POST") << QByteArray(upgradeHead).replace("GET", "POST") + "\r\n" << 405;
    QTest::newRow("no upgrade") << QByteArray("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n") << 426;
    QTest::newRow("version 8") << QByteArray(upgradeHead).replace("Version: 13", "Version: 8") + "\r\n" << 426;
    QTest::newRow("short key") << QByteArray(upgradeHead).replace("dGhlIHNhbXBsZSBub25jZQ==", "c2hvcnQ=") + "\r\n" << 400;
    QTest::newRow("HTTP/1.0") << QByteArray(upgradeHead).replace("HTTP/1.1", "HTTP/1.0") + "\r\n" << 400;
}

void HttpRequestHeadTest::webSocketUpgrade()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, statusCode);

    HttpRequestHead head;
    QCOMPARE(head.parse(bytes), HttpRequestHead::Status::Complete);

    // A stand-in for the session manager: only the cookie "salon_session=live" names a session.
    WebSocketEndpoint endpoint;
    endpoint.setSessionCheck([](const HttpRequestHead &request) {
        return request.header("cookie") == "salon_session=live";
    });
    HttpResponse rejection;
    QString errorString;
    const bool accepted = endpoint.checkUpgrade(head, &rejection, &errorString);
    QCOMPARE(accepted, statusCode == 0);
    if (!accepted) {
        QCOMPARE(rejection.statusCode(), statusCode);
        QVERIFY(!errorString.isEmpty());
    }
    if (statusCode == 405) {
        QCOMPARE(rejection.header("Allow"), QByteArray("GET"));
    }
}

void HttpRequestHeadTest::sameOrigin_data()
{
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("same");

    QTest::newRow("same host and port") << QByteArray("http://127.0.0.1:8080") << QByteArray("127.0.0.1:8080") << true;
    QTest::newRow("host case") << QByteArray("http://Example.ORG") << QByteArray("example.org") << true;
    QTest::newRow("default http port") << QByteArray("http://example.org") << QByteArray("example.org:80") << true;
    QTest::newRow("https behind proxy") << QByteArray("https://example.org") << QByteArray("example.org") << true;
    QTest::newRow("IPv6") << QByteArray("http://[::1]:8080") << QByteArray("[::1]:8080") << true;
    QTest::newRow("other host") << QByteArray("http://evil.example") << QByteArray("example.org") << false;
    QTest::newRow("suffix host") << QByteArray("http://example.org.evil.example") << QByteArray("example.org") << false;
    QTest::newRow("other port") << QByteArray("http://example.org:8081") << QByteArray("example.org:8080") << false;
    QTest::newRow("https on port 80") << QByteArray("https://example.org") << QByteArray("example.org:80") << false;
    QTest::newRow("null") << QByteArray("null") << QByteArray("example.org") << false;
    QTest::newRow("file scheme") << QByteArray("file://") << QByteArray("example.org") << false;
    QTest::newRow("origin with path") << QByteArray("http://example.org/x") << QByteArray("example.org") << false;
    QTest::newRow("empty host header") << QByteArray("http://example.org") << QByteArray() << false;
    QTest::newRow("host header with user") << QByteArray("http://example.org") << QByteArray("u@example.org") << false;
}

void HttpRequestHeadTest::sameOrigin()
{
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, host);
    QFETCH(bool, same);
    QCOMPARE(WebSocketEndpoint::isSameOrigin(origin, host), same);
}

QTEST_GUILESS_MAIN(HttpRequestHeadTest)
#include "HttpRequestHeadTest.moc"
