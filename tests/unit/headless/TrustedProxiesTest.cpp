#include "SubnetList.h"
#include "TrustedProxies.h"

#include <QTest>

class TrustedProxiesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subnetList_data();
    void subnetList();
    void invalidSubnets_data();
    void invalidSubnets();
    void clientAddress_data();
    void clientAddress();
    void forwardedProto_data();
    void forwardedProto();
    void forwardedAddress_data();
    void forwardedAddress();
};

namespace {

SubnetList subnets(const QString &text)
{
    SubnetList list;
    QString errorString;
    if (!list.parse(text, &errorString)) {
        qWarning() << "Invalid subnets in the test:" << errorString;
    }
    return list;
}

QList<QByteArray> headerValues(const QStringList &values)
{
    QList<QByteArray> list;
    for (const QString &value : values) {
        list.append(value.toLatin1());
    }
    return list;
}

} // namespace

void TrustedProxiesTest::subnetList_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("contained");

    QTest::newRow("single IPv4 address") << QStringLiteral("192.0.2.1") << QStringLiteral("192.0.2.1") << true;
    QTest::newRow("other IPv4 address") << QStringLiteral("192.0.2.1") << QStringLiteral("192.0.2.2") << false;
    QTest::newRow("IPv4 subnet") << QStringLiteral("10.0.0.0/8") << QStringLiteral("10.200.3.4") << true;
    QTest::newRow("host bits in subnet") << QStringLiteral("127.0.0.1/8") << QStringLiteral("127.9.9.9") << true;
    QTest::newRow("outside IPv4 subnet") << QStringLiteral("10.0.0.0/8") << QStringLiteral("11.0.0.1") << false;
    QTest::newRow("IPv6 address") << QStringLiteral("::1") << QStringLiteral("::1") << true;
    QTest::newRow("IPv6 subnet") << QStringLiteral("2001:db8::/32") << QStringLiteral("2001:db8:1::5") << true;
    QTest::newRow("outside IPv6 subnet") << QStringLiteral("2001:db8::/32") << QStringLiteral("2001:db9::5") << false;
    QTest::newRow("mapped IPv4 peer") << QStringLiteral("127.0.0.0/8") << QStringLiteral("::ffff:127.0.0.1") << true;
    QTest::newRow("mapped IPv4 entry") << QStringLiteral("::ffff:192.0.2.1") << QStringLiteral("192.0.2.1") << true;
    QTest::newRow("second entry") << QStringLiteral("10.0.0.1, 192.0.2.0/24") << QStringLiteral("192.0.2.77") << true;
    QTest::newRow("whole IPv4 space") << QStringLiteral("0.0.0.0/0") << QStringLiteral("203.0.113.9") << true;
    QTest::newRow("empty list") << QString() << QStringLiteral("127.0.0.1") << false;
    QTest::newRow("IPv4 list and IPv6 address") << QStringLiteral("0.0.0.0/0") << QStringLiteral("::1") << false;
}

void TrustedProxiesTest::subnetList()
{
    QFETCH(QString, list);
    QFETCH(QString, address);
    QFETCH(bool, contained);

    SubnetList parsed;
    QString errorString;
    QVERIFY2(parsed.parse(list, &errorString), qPrintable(errorString));
    QCOMPARE(parsed.contains(QHostAddress(address)), contained);
}

void TrustedProxiesTest::invalidSubnets_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("host name") << QStringLiteral("localhost") << QStringLiteral("\"localhost\" is not an IP address");
    QTest::newRow("second entry") << QStringLiteral("10.0.0.1, 10.0.0") << QStringLiteral("\"10.0.0\" is not an IP address");
    QTest::newRow("IPv4 prefix too long") << QStringLiteral("10.0.0.0/33") << QStringLiteral("expected 0 to 32");
    QTest::newRow("IPv6 prefix too long") << QStringLiteral("::/129") << QStringLiteral("expected 0 to 128");
    QTest::newRow("negative prefix") << QStringLiteral("10.0.0.0/-1") << QStringLiteral("invalid prefix length");
    QTest::newRow("empty prefix") << QStringLiteral("10.0.0.0/") << QStringLiteral("invalid prefix length");
    QTest::newRow("netmask") << QStringLiteral("10.0.0.0/255.0.0.0") << QStringLiteral("invalid prefix length");
}

void TrustedProxiesTest::invalidSubnets()
{
    QFETCH(QString, list);
    QFETCH(QString, expectedError);

    SubnetList parsed;
    QString errorString;
    QVERIFY(!parsed.parse(list, &errorString));
    QVERIFY2(errorString.contains(expectedError), qPrintable(errorString));
}

void TrustedProxiesTest::clientAddress_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QStringList>("forwardedFor");
    QTest::addColumn<QString>("expected");

    // The trusted proxies are 127.0.0.1 and 10.0.0.0/8.
    QTest::newRow("untrusted peer, header ignored") << QStringLiteral("198.51.100.4") << QStringList{QStringLiteral("203.0.113.9")}
                                                    << QStringLiteral("198.51.100.4");
    QTest::newRow("trusted peer without header") << QStringLiteral("127.0.0.1") << QStringList() << QStringLiteral("127.0.0.1");
    QTest::newRow("one client") << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("203.0.113.9")} << QStringLiteral("203.0.113.9");
    QTest::newRow("forged entry left of client") << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("192.0.2.66, 203.0.113.9")}
                                                 << QStringLiteral("203.0.113.9");
    QTest::newRow("chain of trusted proxies") << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("203.0.113.9, 10.1.1.1, 10.2.2.2")}
                                              << QStringLiteral("203.0.113.9");
    QTest::newRow("several header fields") << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("192.0.2.66"), QStringLiteral("203.0.113.9, 10.1.1.1")}
                                           << QStringLiteral("203.0.113.9");
    QTest::newRow("only trusted addresses") << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("10.3.3.3, 10.1.1.1")} << QStringLiteral("10.3.3.3");
    QTest::newRow("IPv6 client") << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("2001:db8::7")} << QStringLiteral("2001:db8::7");
    QTest::newRow("client with port") << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("203.0.113.9:4711")} << QStringLiteral("203.0.113.9");
    QTest::newRow("bracketed IPv6 client") << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("[2001:db8::7]:4711")} << QStringLiteral("2001:db8::7");
    QTest::newRow("unknown entry stops the walk") << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("203.0.113.9, unknown, 10.1.1.1")}
                                                  << QStringLiteral("10.1.1.1");
    QTest::newRow("garbage only") << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("not an address")} << QStringLiteral("127.0.0.1");
    QTest::newRow("mapped IPv4 peer") << QStringLiteral("::ffff:127.0.0.1") << QStringList{QStringLiteral("203.0.113.9")} << QStringLiteral("203.0.113.9");
}

void TrustedProxiesTest::clientAddress()
{
    QFETCH(QString, peer);
    QFETCH(QStringList, forwardedFor);
    QFETCH(QString, expected);

    const TrustedProxies proxies(subnets(QStringLiteral("127.0.0.1, 10.0.0.0/8")));
    QCOMPARE(proxies.clientAddress(QHostAddress(peer), headerValues(forwardedFor)), QHostAddress(expected));
}

void TrustedProxiesTest::forwardedProto_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QStringList>("forwardedProto");
    QTest::addColumn<bool>("secure");

    QTest::newRow("trusted peer, https") << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("https")} << true;
    QTest::newRow("upper case") << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("HTTPS")} << true;
    QTest::newRow("trusted peer, http") << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("http")} << false;
    QTest::newRow("trusted peer, no header") << QStringLiteral("127.0.0.1") << QStringList() << false;
    QTest::newRow("untrusted peer, https") << QStringLiteral("198.51.100.4") << QStringList{QStringLiteral("https")} << false;
    QTest::newRow("last value counts") << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("https, http")} << false;
    QTest::newRow("last field counts") << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("http"), QStringLiteral("https")} << true;
}

void TrustedProxiesTest::forwardedProto()
{
    QFETCH(QString, peer);
    QFETCH(QStringList, forwardedProto);
    QFETCH(bool, secure);

    const TrustedProxies proxies(subnets(QStringLiteral("127.0.0.1")));
    QCOMPARE(proxies.isForwardedSecure(QHostAddress(peer), headerValues(forwardedProto)), secure);
}

void TrustedProxiesTest::forwardedAddress_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("expected");

    QTest::newRow("IPv4") << QByteArray("192.0.2.1") << QStringLiteral("192.0.2.1");
    QTest::newRow("IPv4 and port") << QByteArray(" 192.0.2.1:80 ") << QStringLiteral("192.0.2.1");
    QTest::newRow("IPv6") << QByteArray("2001:db8::1") << QStringLiteral("2001:db8::1");
    QTest::newRow("bracketed IPv6") << QByteArray("[2001:db8::1]") << QStringLiteral("2001:db8::1");
    QTest::newRow("unclosed bracket") << QByteArray("[2001:db8::1") << QString();
    QTest::newRow("name") << QByteArray("unknown") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TrustedProxiesTest::forwardedAddress()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, expected);

    QCOMPARE(TrustedProxies::parseForwardedAddress(entry), expected.isEmpty() ? QHostAddress() : QHostAddress(expected));
}

QTEST_GUILESS_MAIN(TrustedProxiesTest)
#include "TrustedProxiesTest.moc"
