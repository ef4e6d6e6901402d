#include "MicroblogEntry.h"
#include "XmppUri.h"

#include <QDomDocument>
#include <QTest>
#include <QXmlStreamWriter>

#include <cmath>

namespace {

std::optional<MicroblogEntry> parsed(const QString &xml)
{
    QDomDocument document;
    if (!document.setContent(xml, true)) {
        return std::nullopt;
    }
    return MicroblogEntry::fromAtom(document.documentElement());
}

QString written(const MicroblogEntry &entry)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    entry.writeAtom(&writer);
    return xml;
}

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

} // namespace

// MicroblogEntry: reading the Atom entries that clients publish (XEP-0277) and writing strict ones.
class MicroblogEntryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsSpecificationReply()
    {
        const auto entry = parsed(QStringLiteral(
            "<entry xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0'>"
            "<author><name>Benvolio Montague</name><uri>xmpp:benvolio@montague.lit</uri></author>"
            "<title type='text'>@romeo cappuccino this late in the day?</title>"
            "<link rel='alternate' type='text/html' href='http://montague.lit/benvolio/posts/c414'/>"
            "<link rel='alternate' href='xmpp:benvolio@montague.lit?;\n      node=urn%3Axmpp%3Amicroblog%3A0;\n      item=c414'/>"
            "<link rel='replies' title='comments' href='xmpp:pubsub.montague.lit?;node=urn%3Axmpp%3Amicroblog%3A0%3Acomments%2Fc414'/>"
            "<id>tag:montague.lit,2008-05-08:posts-c414</id>"
            "<published>2008-05-08T18:31:21Z</published>"
            "<updated>2008-05-08T18:35:00+02:00</updated>"
            "<thr:in-reply-to ref='tag:montague.lit,2008-05-08:posts-1cb5' href='xmpp:romeo@montague.lit?;node=urn%3Axmpp%3Amicroblog%3A0;item=1cb5'/>"
            "<category term='coffee'/><category term='coffee'/><category term=' late '/>"
            "<geoloc xmlns='http://jabber.org/protocol/geoloc'><lat>45.44</lat><lon>12.33</lon><locality>Verona</locality><country>Italy</country></geoloc>"
            "</entry>"));
        QVERIFY(entry);
        QCOMPARE(entry->authorName, QStringLiteral("Benvolio Montague"));
        QCOMPARE(entry->authorJid, QStringLiteral("benvolio@montague.lit"));
        QCOMPARE(entry->title.type, AtomText::Type::Text);
        QCOMPARE(entry->title.value, QStringLiteral("@romeo cappuccino this late in the day?"));
        QVERIFY(entry->content.isEmpty());
        QCOMPARE(entry->atomId, QStringLiteral("tag:montague.lit,2008-05-08:posts-c414"));
        QCOMPARE(entry->published, utc(QStringLiteral("2008-05-08T18:31:21Z")));
        QCOMPARE(entry->updated, utc(QStringLiteral("2008-05-08T16:35:00Z")));
        QCOMPARE(entry->inReplyToRef, QStringLiteral("tag:montague.lit,2008-05-08:posts-1cb5"));
        QCOMPARE(entry->categories, (QStringList{QStringLiteral("coffee"), QStringLiteral("late")}));
        QVERIFY(entry->geolocation);
        QCOMPARE(entry->geolocation->latitude, 45.44);
        QCOMPARE(entry->geolocation->description, QStringLiteral("Verona, Italy"));
        QCOMPARE(entry->links.size(), 3);

        // The URI broken across lines still reads.
        const auto alternate = XmppUri::parse(entry->links.at(1).href);
        QVERIFY(alternate);
        QCOMPARE(alternate->jid(), QStringLiteral("benvolio@montague.lit"));
        QCOMPARE(alternate->queryItem(QStringLiteral("node")), QStringLiteral("urn:xmpp:microblog:0"));
        QCOMPARE(alternate->queryItem(QStringLiteral("item")), QStringLiteral("c414"));
        const auto comments = XmppUri::parse(entry->commentsUri());
        QVERIFY(comments);
        QCOMPARE(comments->jid(), QStringLiteral("pubsub.montague.lit"));
        QCOMPARE(comments->queryItem(QStringLiteral("node")), QStringLiteral("urn:xmpp:microblog:0:comments/c414"));
    }

    void readsRichContentAndEnclosures()
    {
        // A post with a title, XHTML content with mixed text, an image attachment and a plain text copy.
        const auto entry = parsed(QStringLiteral(
            "<entry xmlns='http://www.w3.org/2005/Atom'>"
            "<title>Holidays</title>"
            "<content type='text'>Back from the sea, see the photo</content>"
            "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><p>Back from the <b>sea</b>, see <a href='https://example.org/p'>the photo</a></p><p>Bye &amp; thanks</p></div></content>"
            "<link rel='enclosure' type='image/jpeg' href='https://upload.example.org/sea.jpg' length='123456' title='sea.jpg'/>"
            "<link rel='enclosure' href='https://upload.example.org/clip.webm' length='-5'/>"
            "<link rel='related' href='https://example.org/p'/>"
            "<link/>"
            "<published>2026-12-05T09:00:00.250Z</published>"
            "</entry>"));
        QVERIFY(entry);
        QCOMPARE(entry->title.value, QStringLiteral("Holidays"));
        QCOMPARE(entry->content.type, AtomText::Type::Xhtml);
        QVERIFY2(entry->content.value.contains(QStringLiteral("Back from the <b")), qPrintable(entry->content.value));
        QVERIFY(entry->content.value.contains(QStringLiteral(">sea</b>, see <a")));
        QVERIFY(entry->content.value.contains(QStringLiteral("Bye &amp; thanks")));
        QCOMPARE(entry->plainContent, QStringLiteral("Back from the sea, see the photo"));
        // The updated time defaults to the published one.
        QCOMPARE(entry->updated, utc(QStringLiteral("2026-12-05T09:00:00.250Z")));
        QCOMPARE(entry->links.size(), 3);
        const QVector<AtomLink> enclosures = entry->enclosures();
        QCOMPARE(enclosures.size(), 2);
        QCOMPARE(enclosures.at(0).length, 123456);
        QCOMPARE(enclosures.at(0).type, QStringLiteral("image/jpeg"));
        QCOMPARE(enclosures.at(1).length, -1);
        QVERIFY(entry->commentsUri().isEmpty());
    }

    void toleratesOddEntries()
    {
        QVERIFY(!parsed(QStringLiteral("<feed xmlns='http://www.w3.org/2005/Atom'/>")));
        QVERIFY(!parsed(QStringLiteral("<entry xmlns='urn:example:other'/>")));
        QVERIFY(!MicroblogEntry::fromAtom(QDomElement()));

        // Unknown types read as text, bad dates stay invalid, a lone coordinate is dropped, and
        // links and categories stop at their limits.
        QString links;
        for (int number = 0; number < MicroblogEntry::MaxLinks + 10; ++number) {
            links += QStringLiteral("<link href='https://example.org/%1'/><category term='tag%1'/>").arg(number);
        }
        const auto entry = parsed(QStringLiteral("<entry xmlns='http://www.w3.org/2005/Atom'><title type='image/png'>odd</title>"
                                                 "<content type='html'>&lt;p&gt;unclosed &lt;b&gt;bold</content><published>yesterday</published>"
                                                 "<geoloc xmlns='http://jabber.org/protocol/geoloc'><lat>91</lat><lon>10</lon></geoloc>"
                                                 "<unknown xmlns='urn:example'>x</unknown>%1</entry>")
                                      .arg(links));
        QVERIFY(entry);
        QCOMPARE(entry->title.type, AtomText::Type::Text);
        QCOMPARE(entry->content.type, AtomText::Type::Html);
        QCOMPARE(entry->content.value, QStringLiteral("<p>unclosed <b>bold"));
        QVERIFY(!entry->published.isValid());
        QVERIFY(!entry->geolocation);
        QCOMPARE(entry->links.size(), MicroblogEntry::MaxLinks);
        QCOMPARE(entry->categories.size(), MicroblogEntry::MaxCategories);

        // Deeply nested XHTML keeps its text, with the elements beyond the depth limit left out.
        const int levels = 10000;
        const auto deep = parsed(QStringLiteral("<entry xmlns='http://www.w3.org/2005/Atom'><content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>%1core%2<p>after</p></div></content></entry>")
                                     .arg(QStringLiteral("<span>").repeated(levels), QStringLiteral("</span>").repeated(levels)));
        QVERIFY(deep);
        QCOMPARE(deep->content.type, AtomText::Type::Xhtml);
        QVERIFY(deep->content.value.contains(QStringLiteral("core")));
        QVERIFY(deep->content.value.endsWith(QStringLiteral("<p>after</p>")));
        QCOMPARE(deep->content.value.count(QStringLiteral("<span>")), 256);
        QCOMPARE(deep->content.value.count(QStringLiteral("</span>")), 256);

        // A huge title is cut.
        const auto huge = parsed(QStringLiteral("<entry xmlns='http://www.w3.org/2005/Atom'><title>%1</title></entry>")
                                     .arg(QString(MicroblogEntry::MaxTextLength + 100, QLatin1Char('t'))));
        QVERIFY(huge);
        QCOMPARE(huge->title.value.size(), MicroblogEntry::MaxTextLength);
    }

    void writesStrictEntryThatReadsBack()
    {
        MicroblogEntry entry;
        entry.atomId = QStringLiteral("tag:localhost,2026-12-05:posts-abc");
        entry.title = {AtomText::Type::Text, QStringLiteral("Hello <world> & you")};
        entry.content = {AtomText::Type::Xhtml, QStringLiteral("<p>One <em>two</em></p><p>3 &lt; 4</p><img src=\"https://example.org/a.png\" alt=\"a\"/>")};
        entry.summary = {AtomText::Type::Text, QStringLiteral("Short")};
        entry.authorName = QStringLiteral("Alice");
        entry.authorJid = QStringLiteral("alice@localhost");
        entry.published = utc(QStringLiteral("2026-12-05T10:00:00Z"));
        entry.updated = utc(QStringLiteral("2026-12-05T11:00:00Z"));
        entry.links = {AtomLink{QStringLiteral("enclosure"), QStringLiteral("https://upload.example.org/a b.png"), QStringLiteral("image/png"), QStringLiteral("a b.png"), 42},
                       AtomLink{QStringLiteral("replies"), XmppUri::build(QStringLiteral("pubsub.localhost"), QString(), {{QStringLiteral("node"), QStringLiteral("urn:xmpp:microblog:0:comments/abc")}}),
                                QString(), QStringLiteral("comments"), -1}};
        entry.categories = QStringList{QStringLiteral("xmpp"), QStringLiteral("café")};
        Geolocation place;
        place.latitude = 48.8566;
        place.longitude = 2.3522;
        place.description = QStringLiteral("Paris");
        entry.geolocation = place;
        entry.inReplyToRef = QStringLiteral("tag:localhost,2026-12-04:posts-xyz");
        entry.inReplyToHref = QStringLiteral("xmpp:bob@localhost?;node=urn%3Axmpp%3Amicroblog%3A0;item=xyz");

        const QString xml = written(entry);
        QDomDocument document;
        QVERIFY2(document.setContent(xml, true), qPrintable(xml));
        const QDomElement root = document.documentElement();
        QCOMPARE(root.namespaceURI(), QStringLiteral("http://www.w3.org/2005/Atom"));
        QCOMPARE(root.elementsByTagName(QStringLiteral("content")).size(), 1);
        QCOMPARE(root.firstChildElement(QStringLiteral("content")).firstChildElement(QStringLiteral("div")).namespaceURI(), QStringLiteral("http://www.w3.org/1999/xhtml"));
        QCOMPARE(root.firstChildElement(QStringLiteral("author")).firstChildElement(QStringLiteral("uri")).text(), QStringLiteral("xmpp:alice@localhost"));

        auto reread = MicroblogEntry::fromAtom(root);
        QVERIFY(reread);
        QCOMPARE(reread->authorUri, QStringLiteral("xmpp:alice@localhost"));
        reread->authorUri.clear();
        // QDom writes the namespace on each top-level element of the fragment.
        QVERIFY2(reread->content.value.contains(QStringLiteral("<em>two</em>")), qPrintable(reread->content.value));
        QVERIFY(reread->content.value.contains(QStringLiteral("3 &lt; 4")));
        reread->content = entry.content;
        QCOMPARE(*reread, entry);
        QCOMPARE(XmppUri::parse(reread->commentsUri())->queryItem(QStringLiteral("node")), QStringLiteral("urn:xmpp:microblog:0:comments/abc"));
    }

    void writesMalformedXhtmlAsHtml()
    {
        MicroblogEntry entry;
        entry.atomId = QStringLiteral("urn:uuid:1");
        entry.content = {AtomText::Type::Xhtml, QStringLiteral("<p>unclosed <b>bold</p><!DOCTYPE x [<!ENTITY a 'b'>]>&a;")};
        const QString xml = written(entry);
        const auto reread = parsed(xml);
        QVERIFY2(reread, qPrintable(xml));
        QCOMPARE(reread->content.type, AtomText::Type::Html);
        QCOMPARE(reread->content.value, entry.content.value);
        // Without dates the entry still has both, as RFC 4287 requires.
        QVERIFY(reread->published.isValid());
        QVERIFY(reread->updated.isValid());
    }

    void xmppUris()
    {
        QVERIFY(!XmppUri::parse(QStringLiteral("https://example.org")));
        QVERIFY(!XmppUri::parse(QStringLiteral("xmpp:")));
        QVERIFY(!XmppUri::parse(QStringLiteral("xmpp:") + QString(9000, QLatin1Char('a'))));
        const auto message = XmppUri::parse(QStringLiteral("XMPP:romeo@montague.lit?message;subject=Test%20Message;body=Here%27s%20a%20test"));
        QVERIFY(message);
        QCOMPARE(message->jid(), QStringLiteral("romeo@montague.lit"));
        QCOMPARE(message->queryType(), QStringLiteral("message"));
        QCOMPARE(message->queryItem(QStringLiteral("body")), QStringLiteral("Here's a test"));
        QVERIFY(message->hasQueryItem(QStringLiteral("subject")));
        QVERIFY(!message->hasQueryItem(QStringLiteral("thread")));
        const auto withAccount = XmppUri::parse(QStringLiteral("xmpp://guest@example.com/support@example.com?message#fragment"));
        QVERIFY(withAccount);
        QCOMPARE(withAccount->jid(), QStringLiteral("support@example.com"));
        QCOMPARE(withAccount->queryType(), QStringLiteral("message"));
        const auto encodedJid = XmppUri::parse(QStringLiteral("xmpp:nasty!%23$%25()*+,-.;=%3F%5B%5C%5D%5E_%60%7B%7C%7D~node@example.com"));
        QVERIFY(encodedJid);
        QCOMPARE(encodedJid->jid(), QStringLiteral("nasty!#$%()*+,-.;=?[\\]^_`{|}~node@example.com"));
        const QString built = XmppUri::build(QStringLiteral("pubsub.example.org"), QStringLiteral("pubsub"), {{QStringLiteral("node"), QStringLiteral("a b;c=d")}});
        QCOMPARE(built, QStringLiteral("xmpp:pubsub.example.org?pubsub;node=a%20b%3Bc%3Dd"));
        QCOMPARE(XmppUri::parse(built)->queryItem(QStringLiteral("node")), QStringLiteral("a b;c=d"));
    }
};

QTEST_GUILESS_MAIN(MicroblogEntryTest)
#include "MicroblogEntryTest.moc"
