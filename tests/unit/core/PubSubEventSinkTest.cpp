#include "PubSubEventSink.h"

#include <QDomDocument>
#include <QTest>

// Which messages PubSubEventSink takes: PubSub notifications with nothing but delivery metadata.
class PubSubEventSinkTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainNotification_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<bool>("taken");

        const QString event = QStringLiteral("<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='urn:xmpp:microblog:0'>"
                                             "<item id='p1'><entry xmlns='http://www.w3.org/2005/Atom'><title>Hi</title></entry></item></items></event>");
        const auto message = [](const QString &attributes, const QString &children) {
            return QStringLiteral("<message xmlns='jabber:client' from='bob@example.org' %1>%2</message>").arg(attributes, children);
        };
        QTest::newRow("notification") << message(QStringLiteral("type='headline'"), event) << true;
        QTest::newRow("without type") << message(QString(), event) << true;
        QTest::newRow("with delay and addresses")
            << message(QString(), event + QStringLiteral("<delay xmlns='urn:xmpp:delay' stamp='2026-01-01T00:00:00Z'/>"
                                                          "<addresses xmlns='http://jabber.org/protocol/address'/>"))
            << true;
        QTest::newRow("with body") << message(QString(), event + QStringLiteral("<body>Hi</body>")) << false;
        QTest::newRow("with receipt request") << message(QString(), event + QStringLiteral("<request xmlns='urn:xmpp:receipts'/>")) << false;
        QTest::newRow("error") << message(QStringLiteral("type='error'"), event) << false;
        QTest::newRow("event of another namespace") << message(QString(), QStringLiteral("<event xmlns='urn:example:event'/>")) << false;
        QTest::newRow("chat message") << message(QStringLiteral("type='chat'"), QStringLiteral("<body>Hi</body>")) << false;
        QTest::newRow("presence") << QStringLiteral("<presence xmlns='jabber:client'>%1</presence>").arg(event) << false;
    }

    void plainNotification()
    {
        QFETCH(QString, xml);
        QFETCH(bool, taken);
        QDomDocument document;
        QVERIFY(document.setContent(xml, true));
        PubSubEventSink sink;
        QCOMPARE(sink.handleStanza(document.documentElement()), taken);
    }
};

QTEST_GUILESS_MAIN(PubSubEventSinkTest)
#include "PubSubEventSinkTest.moc"
