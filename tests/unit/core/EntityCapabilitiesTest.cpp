#include "EntityCapabilities.h"

#include <QTest>
#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>

namespace {

QXmppDiscoveryIq::Identity identity(const QString &category, const QString &type, const QString &language, const QString &name)
{
    QXmppDiscoveryIq::Identity result;
    result.setCategory(category);
    result.setType(type);
    result.setLanguage(language);
    result.setName(name);
    return result;
}

const QStringList ExampleFeatures = {
    QStringLiteral("http://jabber.org/protocol/caps"),
    QStringLiteral("http://jabber.org/protocol/disco#info"),
    QStringLiteral("http://jabber.org/protocol/disco#items"),
    QStringLiteral("http://jabber.org/protocol/muc"),
};

// XEP-0115, section 5.2: the simple example of the Exodus client.
QXmppDiscoveryIq simpleExample()
{
    QXmppDiscoveryIq info;
    info.setIdentities({identity(QStringLiteral("client"), QStringLiteral("pc"), QString(), QStringLiteral("Exodus 0.9.1"))});
    // Given out of order: the hash sorts them.
    info.setFeatures({ExampleFeatures.at(3), ExampleFeatures.at(1), ExampleFeatures.at(0), ExampleFeatures.at(2)});
    return info;
}

// Two identities that differ only in language, and an extended form (XEP-0128) with a multi-value field.
QXmppDiscoveryIq complexInfo()
{
    QXmppDiscoveryIq info;
    info.setIdentities({identity(QStringLiteral("client"), QStringLiteral("pc"), QStringLiteral("en"), QStringLiteral("Psi 0.11")),
                        identity(QStringLiteral("client"), QStringLiteral("pc"), QStringLiteral("el"), QString::fromUtf8("\xce\xa8\xce\xb5\xce\xb9\xcf\x81\xce\xac 0.11"))});
    info.setFeatures(ExampleFeatures);

    QXmppDataForm form(QXmppDataForm::Result);
    form.setFields({
        QXmppDataForm::Field(QXmppDataForm::Field::HiddenField, QStringLiteral("FORM_TYPE"), QStringLiteral("urn:xmpp:dataforms:softwareinfo")),
        QXmppDataForm::Field(QXmppDataForm::Field::TextMultiField, QStringLiteral("ip_version"), QStringList{QStringLiteral("ipv6"), QStringLiteral("ipv4")}),
        QXmppDataForm::Field(QXmppDataForm::Field::TextSingleField, QStringLiteral("os"), QStringLiteral("Mac")),
        QXmppDataForm::Field(QXmppDataForm::Field::TextSingleField, QStringLiteral("os_version"), QStringLiteral("10.5.1")),
        QXmppDataForm::Field(QXmppDataForm::Field::TextSingleField, QStringLiteral("software"), QStringLiteral("Psi")),
        QXmppDataForm::Field(QXmppDataForm::Field::TextSingleField, QStringLiteral("software_version"), QStringLiteral("0.11")),
    });
    info.setForm(form);
    return info;
}

} // namespace

// The verification string of entity capabilities, checked against the example of XEP-0115 and against QXmpp.
class EntityCapabilitiesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleExampleSha1()
    {
        QCOMPARE(EntityCapabilities::verificationString(simpleExample(), QStringLiteral("sha-1")), QByteArray("QgayPKawpkPSDYmwT/WM94uAlu0="));
    }

    void complexInfoMatchesQxmpp()
    {
        // QXmpp 1.4 computes SHA-1 verification strings for its own presences.
        const QXmppDiscoveryIq info = complexInfo();
        QCOMPARE(EntityCapabilities::verificationString(info, QStringLiteral("SHA-1")), info.verificationString().toBase64());
    }

    void otherFeatureChangesHash()
    {
        QXmppDiscoveryIq info = simpleExample();
        info.setFeatures(info.features() + QStringList{QStringLiteral("urn:xmpp:blocking")});
        QVERIFY(EntityCapabilities::verificationString(info, QStringLiteral("sha-1")) != QByteArray("QgayPKawpkPSDYmwT/WM94uAlu0="));
    }

    void sha256Supported()
    {
        QVERIFY(EntityCapabilities::isSupportedHash(QStringLiteral("sha-256")));
        // A SHA-256 digest is 32 bytes, 44 characters in base64.
        QCOMPARE(EntityCapabilities::verificationString(simpleExample(), QStringLiteral("sha-256")).size(), 44);
    }

    void unknownHashRejected()
    {
        QVERIFY(!EntityCapabilities::isSupportedHash(QStringLiteral("md5")));
        QVERIFY(EntityCapabilities::verificationString(simpleExample(), QStringLiteral("md5")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(EntityCapabilitiesTest)
#include "EntityCapabilitiesTest.moc"
