#include "Profile.h"

#include <QDomDocument>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppVCardIq.h>

namespace {

QDomElement parseElement(QDomDocument *document, const QString &xml)
{
    if (!document->setContent(xml, true)) {
        return {};
    }
    return document->documentElement();
}

QString writeVCard4(const Profile &profile)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    profile.writeVCard4(&writer);
    return xml;
}

Profile fullProfile()
{
    Profile profile;
    profile.fullName = QStringLiteral("Bob Example");
    profile.nickname = QStringLiteral("bob");
    profile.about = QStringLiteral("Likes <tags> & \"quotes\"");
    profile.url = QStringLiteral("https://bob.example.org/");
    profile.locality = QStringLiteral("Lyon");
    profile.country = QStringLiteral("France");
    profile.address = QStringLiteral("Near the river");
    return profile;
}

} // namespace

// Profile's vCard4 (RFC 6351 XML, XEP-0292) parser and writer, and its vCard-temp conversion.
class VCard4Test : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenVCardParsesBack()
    {
        const Profile profile = fullProfile();
        QDomDocument document;
        const QDomElement element = parseElement(&document, writeVCard4(profile));
        QCOMPARE(element.namespaceURI(), Profile::VCard4Namespace);

        const std::optional<Profile> parsed = Profile::fromVCard4(element);
        QVERIFY(parsed);
        QCOMPARE(parsed->fullName, profile.fullName);
        QCOMPARE(parsed->about, profile.about);
        QCOMPARE(parsed->url, profile.url);
        QCOMPARE(parsed->address, profile.address);
        QVERIFY(*parsed == profile);
    }

    void emptyProfileWritesEmptyVCard()
    {
        QDomDocument document;
        const QDomElement element = parseElement(&document, writeVCard4(Profile()));
        QVERIFY(element.firstChildElement().isNull());
        const std::optional<Profile> parsed = Profile::fromVCard4(element);
        QVERIFY(parsed);
        QVERIFY(parsed->isEmpty());
    }

    void gajimStyleVCardParses()
    {
        const QString xml = QStringLiteral(
            "<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'>"
            "<fn><text>Carol</text></fn><nickname><text>caro</text></nickname>"
            "<note><text> Hello </text></note><url><uri>http://carol.example.org</uri></url>"
            "<adr><parameters><type><text>home</text></type></parameters><pobox/><ext/><street/>"
            "<locality>Oslo</locality><region/><code/><country>Norway</country></adr>"
            "<email><text>carol@example.org</text></email></vcard>");
        QDomDocument document;
        const std::optional<Profile> parsed = Profile::fromVCard4(parseElement(&document, xml));
        QVERIFY(parsed);
        QCOMPARE(parsed->fullName, QStringLiteral("Carol"));
        QCOMPARE(parsed->nickname, QStringLiteral("caro"));
        QCOMPARE(parsed->about, QStringLiteral("Hello"));
        QCOMPARE(parsed->url, QStringLiteral("http://carol.example.org"));
        QCOMPARE(parsed->location(), QStringLiteral("Oslo, Norway"));
    }

    void malformedVCardRejected_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("wrong namespace") << QStringLiteral("<vcard xmlns='vcard-temp'><fn><text>X</text></fn></vcard>");
        QTest::newRow("no namespace") << QStringLiteral("<vcard><fn><text>X</text></fn></vcard>");
        QTest::newRow("other element") << QStringLiteral("<vCard xmlns='urn:ietf:params:xml:ns:vcard-4.0'/>");
        QTest::newRow("not XML") << QStringLiteral("<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'><fn>");
    }

    void malformedVCardRejected()
    {
        QFETCH(QString, xml);
        QDomDocument document;
        QVERIFY(!Profile::fromVCard4(parseElement(&document, xml)));
    }

    void oversizedFieldDropped()
    {
        const QString longText(Profile::MaxFieldLength + 1, QLatin1Char('x'));
        const QString xml = QStringLiteral("<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'><fn><text>Dan</text></fn>"
                                           "<note><text>%1</text></note></vcard>")
                                .arg(longText);
        QDomDocument document;
        int dropped = 0;
        const std::optional<Profile> parsed = Profile::fromVCard4(parseElement(&document, xml), &dropped);
        QVERIFY(parsed);
        QCOMPARE(parsed->fullName, QStringLiteral("Dan"));
        QVERIFY(parsed->about.isEmpty());
        QCOMPARE(dropped, 1);
    }

    void variantMapRejectsLongField()
    {
        QString invalidKey;
        const QVariantMap fields = {{QStringLiteral("fullName"), QStringLiteral("Eve")},
                                    {QStringLiteral("about"), QString(Profile::MaxFieldLength + 1, QLatin1Char('y'))}};
        QVERIFY(!Profile::fromVariantMap(fields, &invalidKey));
        QCOMPARE(invalidKey, QStringLiteral("about"));
    }

    void variantMapRoundTrip()
    {
        const Profile profile = fullProfile();
        const std::optional<Profile> parsed = Profile::fromVariantMap(profile.toVariantMap());
        QVERIFY(parsed);
        QVERIFY(*parsed == profile);
    }

    void location_data()
    {
        QTest::addColumn<QString>("locality");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("expected");
        QTest::newRow("both") << QStringLiteral("Lyon") << QStringLiteral("France") << QStringLiteral("ignored") << QStringLiteral("Lyon, France");
        QTest::newRow("locality only") << QStringLiteral("Lyon") << QString() << QString() << QStringLiteral("Lyon");
        QTest::newRow("country only") << QString() << QStringLiteral("France") << QString() << QStringLiteral("France");
        QTest::newRow("free text") << QString() << QString() << QStringLiteral("At sea") << QStringLiteral("At sea");
    }

    void location()
    {
        QFETCH(QString, locality);
        QFETCH(QString, country);
        QFETCH(QString, address);
        QFETCH(QString, expected);
        Profile profile;
        profile.locality = locality;
        profile.country = country;
        profile.address = address;
        QCOMPARE(profile.location(), expected);
    }

    void vCardTempRoundTrip()
    {
        const Profile profile = fullProfile();
        QXmppVCardIq vCard;
        profile.fillVCardTemp(&vCard);
        QCOMPARE(vCard.fullName(), profile.fullName);
        QCOMPARE(vCard.description(), profile.about);

        const Profile back = Profile::fromVCardTemp(vCard);
        QCOMPARE(back.fullName, profile.fullName);
        QCOMPARE(back.nickname, profile.nickname);
        QCOMPARE(back.url, profile.url);
        QCOMPARE(back.location(), QStringLiteral("Lyon, France"));
        QCOMPARE(back.address, profile.address);
    }
};

QTEST_GUILESS_MAIN(VCard4Test)
#include "VCard4Test.moc"
