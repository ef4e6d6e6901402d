// Parsing of xmpp: URIs (RFC 5122): addresses, percent-encoding, resources, query types and
// parameters, and the rejection of invalid URIs with a message.

#include "XmppLink.h"

#include <QTest>

using Parameters = QList<QPair<QString, QString>>;

Q_DECLARE_METATYPE(XmppLink::Action)

class XmppLinkTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidUri_data();
    void parsesValidUri();
    void rejectsInvalidUri_data();
    void rejectsInvalidUri();
    void readsParameters();
    void keepsOriginalText();
};

void XmppLinkTest::parsesValidUri_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("jid");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("accountJid");
    QTest::addColumn<QString>("queryType");
    QTest::addColumn<XmppLink::Action>("action");

    const auto Message = XmppLink::Action::Message;
    QTest::newRow("bare JID") << "xmpp:romeo@montague.net" << "romeo@montague.net" << "" << "" << "" << Message;
    QTest::newRow("message") << "xmpp:romeo@montague.net?message" << "romeo@montague.net" << "" << "" << "message" << Message;
    QTest::newRow("join") << "xmpp:darkcave@chat.shakespeare.lit?join" << "darkcave@chat.shakespeare.lit" << "" << "" << "join"
                          << XmppLink::Action::Join;
    QTest::newRow("subscribe") << "xmpp:juliet@capulet.lit?subscribe" << "juliet@capulet.lit" << "" << "" << "subscribe"
                               << XmppLink::Action::Subscribe;
    QTest::newRow("roster") << "xmpp:juliet@capulet.lit?roster;name=Juliet" << "juliet@capulet.lit" << "" << "" << "roster"
                            << XmppLink::Action::Roster;
    QTest::newRow("unknown query type opens the chat") << "xmpp:juliet@capulet.lit?pubsub;action=subscribe" << "juliet@capulet.lit" << ""
                                                       << "" << "pubsub" << Message;
    QTest::newRow("query type in capitals") << "xmpp:juliet@capulet.lit?JOIN" << "juliet@capulet.lit" << "" << "" << "JOIN"
                                            << XmppLink::Action::Join;
    QTest::newRow("scheme in capitals") << "XMPP:juliet@capulet.lit" << "juliet@capulet.lit" << "" << "" << "" << Message;
    QTest::newRow("address lowercased") << "xmpp:Juliet@Capulet.LIT" << "juliet@capulet.lit" << "" << "" << "" << Message;
    QTest::newRow("surrounding spaces") << "  xmpp:juliet@capulet.lit\n" << "juliet@capulet.lit" << "" << "" << "" << Message;
    QTest::newRow("resource") << "xmpp:juliet@capulet.lit/balcony" << "juliet@capulet.lit" << "balcony" << "" << "" << Message;
    QTest::newRow("resource with slash and at") << "xmpp:juliet@capulet.lit/bal/c@ny?message" << "juliet@capulet.lit" << "bal/c@ny" << ""
                                                << "message" << Message;
    QTest::newRow("percent-encoded resource") << "xmpp:juliet@capulet.lit/Mobile%20Phone" << "juliet@capulet.lit" << "Mobile Phone" << ""
                                              << "" << Message;
    QTest::newRow("percent-encoded localpart") << "xmpp:guy%C3%A9@example.org" << "guyé@example.org" << "" << "" << "" << Message;
    QTest::newRow("non-ASCII characters as in an IRI") << "xmpp:guyé@exämple.org" << "guyé@exämple.org" << "" << "" << "" << Message;
    QTest::newRow("percent-encoded domain") << "xmpp:juliet@capulet%2Elit" << "juliet@capulet.lit" << "" << "" << "" << Message;
    QTest::newRow("lowercase hex digits") << "xmpp:juliet@capulet.lit/a%2fb" << "juliet@capulet.lit" << "a/b" << "" << "" << Message;
    QTest::newRow("fragment ignored") << "xmpp:juliet@capulet.lit?message#top" << "juliet@capulet.lit" << "" << "" << "message" << Message;
    QTest::newRow("authority") << "xmpp://guest@example.com/support@example.com?message" << "support@example.com" << "" << "guest@example.com"
                               << "message" << Message;
    QTest::newRow("IPv4 domain") << "xmpp:alice@127.0.0.1" << "alice@127.0.0.1" << "" << "" << "" << Message;
    QTest::newRow("IPv6 domain") << "xmpp:alice@[::1]" << "alice@[::1]" << "" << "" << "" << Message;
    QTest::newRow("trailing dot of the domain") << "xmpp:alice@example.org." << "alice@example.org" << "" << "" << "" << Message;
}

void XmppLinkTest::parsesValidUri()
{
    QFETCH(QString, text);
    QFETCH(QString, jid);
    QFETCH(QString, resource);
    QFETCH(QString, accountJid);
    QFETCH(QString, queryType);
    QFETCH(XmppLink::Action, action);

    const XmppLink uri = XmppLink::parse(text);
    QVERIFY2(uri.isValid(), qPrintable(uri.errorText()));
    QVERIFY(uri.errorText().isEmpty());
    QCOMPARE(uri.jid(), jid);
    QCOMPARE(uri.resource(), resource);
    QCOMPARE(uri.accountJid(), accountJid);
    QCOMPARE(uri.queryType(), queryType);
    QCOMPARE(uri.action(), action);
}

void XmppLinkTest::rejectsInvalidUri_data()
{
    QTest::addColumn<QString>("text");
    // A part of the message that names the cause.
    QTest::addColumn<QString>("cause");

    QTest::newRow("empty") << "" << "is not an xmpp: URI";
    QTest::newRow("other scheme") << "mailto:juliet@capulet.lit" << "is not an xmpp: URI";
    QTest::newRow("plain JID") << "juliet@capulet.lit" << "is not an xmpp: URI";
    QTest::newRow("no address") << "xmpp:" << "contains no address";
    QTest::newRow("only a query") << "xmpp:?message" << "contains no address";
    QTest::newRow("server JID") << "xmpp:capulet.lit" << "names the server capulet.lit";
    QTest::newRow("empty localpart") << "xmpp:@capulet.lit" << "needs a localpart";
    QTest::newRow("empty domain") << "xmpp:juliet@" << "invalid address";
    QTest::newRow("space in the domain") << "xmpp:juliet@capu let.lit" << "invalid address";
    QTest::newRow("empty label") << "xmpp:juliet@capulet..lit" << "invalid address";
    QTest::newRow("second at") << "xmpp:juliet@capulet@lit" << "invalid address";
    QTest::newRow("encoded at in the localpart") << "xmpp:ju%40liet@capulet.lit" << "contains \"@\"";
    QTest::newRow("encoded slash in the localpart") << "xmpp:ju%2Fliet@capulet.lit" << "contains \"/\"";
    QTest::newRow("encoded colon in the localpart") << "xmpp:xmpp%3Ajuliet@capulet.lit" << "contains \":\"";
    QTest::newRow("encoded space in the localpart") << "xmpp:ju%20liet@capulet.lit" << "contains \" \"";
    QTest::newRow("quote in the localpart") << "xmpp:ju'liet@capulet.lit" << "contains \"'\"";
    QTest::newRow("percent without digits") << "xmpp:juliet%@capulet.lit" << "invalid percent-encoding";
    QTest::newRow("percent with one digit") << "xmpp:juliet@capulet.lit/a%2" << "invalid percent-encoding";
    QTest::newRow("percent with a non-hex digit") << "xmpp:juliet@capulet.lit?message;body=%G1" << "invalid percent-encoding";
    QTest::newRow("invalid UTF-8") << "xmpp:guy%C3@example.org" << "not UTF-8 text";
    QTest::newRow("overlong UTF-8") << "xmpp:guy%C0%AF@example.org" << "not UTF-8 text";
    QTest::newRow("empty resource") << "xmpp:juliet@capulet.lit/" << "invalid resource";
    QTest::newRow("control character in the resource") << "xmpp:juliet@capulet.lit/a%0Ab" << "invalid resource";
    QTest::newRow("too long resource") << QStringLiteral("xmpp:juliet@capulet.lit/") + QString(1024, QLatin1Char('r')) << "invalid resource";
    QTest::newRow("too long localpart") << QStringLiteral("xmpp:") + QString(1024, QLatin1Char('j')) + QStringLiteral("@capulet.lit")
                                        << "invalid address";
    QTest::newRow("invalid account") << "xmpp://guest/support@example.com" << "invalid account";
    QTest::newRow("authority without a path") << "xmpp://guest@example.com" << "contains no address";
}

void XmppLinkTest::rejectsInvalidUri()
{
    QFETCH(QString, text);
    QFETCH(QString, cause);

    const XmppLink uri = XmppLink::parse(text);
    QVERIFY(!uri.isValid());
    QVERIFY2(uri.errorText().contains(cause), qPrintable(uri.errorText()));
}

void XmppLinkTest::readsParameters()
{
    const XmppLink uri = XmppLink::parse(QStringLiteral("xmpp:juliet@capulet.lit?roster;name=Juliet%20Capulet;group=Friends%3B%20Family;flag;;body=a+b=c"));
    QVERIFY2(uri.isValid(), qPrintable(uri.errorText()));

    const Parameters expected = {
        {QStringLiteral("name"), QStringLiteral("Juliet Capulet")},
        {QStringLiteral("group"), QStringLiteral("Friends; Family")},
        {QStringLiteral("flag"), QString()},
        // RFC 5122 encodes spaces as %20 only, so + stays, and only the first = separates.
        {QStringLiteral("body"), QStringLiteral("a+b=c")},
    };
    QCOMPARE(uri.parameters(), expected);
    QCOMPARE(uri.parameter(QStringLiteral("name")), QStringLiteral("Juliet Capulet"));
    QCOMPARE(uri.parameter(QStringLiteral("group")), QStringLiteral("Friends; Family"));
    QCOMPARE(uri.parameter(QStringLiteral("missing")), QString());
}

void XmppLinkTest::keepsOriginalText()
{
    const QString text = QStringLiteral("xmpp:Juliet@capulet.lit?message");
    QCOMPARE(XmppLink::parse(text).text(), text);
    QVERIFY(XmppLink::hasXmppScheme(QStringLiteral("XmPp:x@y")));
    QVERIFY(!XmppLink::hasXmppScheme(QStringLiteral("http://example.org")));
}

QTEST_GUILESS_MAIN(XmppLinkTest)
#include "XmppLinkTest.moc"
