#include "PubSubEventReader.h"

#include <QDomDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

// Parses a stanza the way QXmpp hands it to extensions.
QDomElement parsed(QDomDocument &document, const QString &xml)
{
    document.setContent(xml, true);
    return document.documentElement();
}

} // namespace

// PubSubEventReader's reading of event messages (XEP-0060, section 7), well-formed and not.
class PubSubEventReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QVector<PubSubItem>>();
    }

    void itemsAndRetractionsRead()
    {
        PubSubEventReader reader;
        QSignalSpy published(&reader, &PubSubEventReader::itemsPublished);
        QSignalSpy retracted(&reader, &PubSubEventReader::itemsRetracted);
        QDomDocument document;
        const QDomElement stanza = parsed(document, QStringLiteral(
            "<message xmlns='jabber:client' from='Bob@Example.org' to='alice@example.org'>"
            "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='urn:xmpp:microblog:0'>"
            "<item id='p1' publisher='bob@example.org'><entry xmlns='http://www.w3.org/2005/Atom'><title>Hi</title></entry></item>"
            "<item id='p2'/><retract id='p0'/><retract/></items></event></message>"));

        QVERIFY(!reader.handleStanza(stanza));
        QCOMPARE(published.count(), 1);
        QCOMPARE(published.first().at(0).toString(), QStringLiteral("bob@example.org"));
        QCOMPARE(published.first().at(1).toString(), QStringLiteral("urn:xmpp:microblog:0"));
        const auto items = published.first().at(2).value<QVector<PubSubItem>>();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).id, QStringLiteral("p1"));
        QCOMPARE(items.at(0).publisher, QStringLiteral("bob@example.org"));
        QCOMPARE(items.at(0).payload.tagName(), QStringLiteral("entry"));
        QVERIFY(items.at(1).payload.isNull());
        QCOMPARE(retracted.count(), 1);
        QCOMPARE(retracted.first().at(2).toStringList(), QStringList{QStringLiteral("p0")});
    }

    void purgeAndDeleteRead()
    {
        PubSubEventReader reader;
        QSignalSpy purged(&reader, &PubSubEventReader::nodePurged);
        QSignalSpy deleted(&reader, &PubSubEventReader::nodeDeleted);
        QDomDocument document;
        reader.handleStanza(parsed(document, QStringLiteral("<message xmlns='jabber:client' from='pubsub.example.org'>"
                                                            "<event xmlns='http://jabber.org/protocol/pubsub#event'><purge node='news'/></event></message>")));
        reader.handleStanza(parsed(document, QStringLiteral("<message xmlns='jabber:client' from='pubsub.example.org'>"
                                                            "<event xmlns='http://jabber.org/protocol/pubsub#event'><delete node='news'/></event></message>")));
        QCOMPARE(purged.count(), 1);
        QCOMPARE(purged.first().at(1).toString(), QStringLiteral("news"));
        QCOMPARE(deleted.count(), 1);
    }

    void invalidEventsIgnored_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("full JID") << QStringLiteral("<message xmlns='jabber:client' from='bob@example.org/phone'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                                                    "<items node='n'><item id='x'/></items></event></message>");
        QTest::newRow("no sender") << QStringLiteral("<message xmlns='jabber:client'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                                                     "<items node='n'><item id='x'/></items></event></message>");
        QTest::newRow("no node") << QStringLiteral("<message xmlns='jabber:client' from='pubsub.example.org'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                                                   "<items><item id='x'/></items><purge/></event></message>");
        QTest::newRow("other namespace") << QStringLiteral("<message xmlns='jabber:client' from='pubsub.example.org'><event xmlns='urn:example:event'>"
                                                           "<items node='n'><item id='x'/></items></event></message>");
        QTest::newRow("not a message") << QStringLiteral("<iq xmlns='jabber:client' from='pubsub.example.org' type='set'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                                                         "<items node='n'><item id='x'/></items></event></iq>");
    }

    void invalidEventsIgnored()
    {
        QFETCH(QString, xml);
        PubSubEventReader reader;
        QSignalSpy published(&reader, &PubSubEventReader::itemsPublished);
        QSignalSpy purged(&reader, &PubSubEventReader::nodePurged);
        QDomDocument document;
        QVERIFY(!reader.handleStanza(parsed(document, xml)));
        QCOMPARE(published.count(), 0);
        QCOMPARE(purged.count(), 0);
    }
};

QTEST_GUILESS_MAIN(PubSubEventReaderTest)
#include "PubSubEventReaderTest.moc"
