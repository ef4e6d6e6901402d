#include "Account.h"
#include "ContactsModel.h"
#include "Profile.h"
#include "ProfileService.h"
#include "ProfilesModel.h"
#include "RosterService.h"
#include "SubscriptionRequestsModel.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "XmlPayloadIq.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppVCardIq.h>
#include <QXmppVCardManager.h>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");
const auto CarolJid = QStringLiteral("carol@localhost");
const auto DaveJid = QStringLiteral("dave@localhost");

// Requests and PEP notifications on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 10000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

QVariant roleValue(const ProfilesModel *model, const QString &jid, ProfilesModel::Role role)
{
    const int row = model->indexOf(jid);
    return row < 0 ? QVariant() : model->data(model->index(row), role);
}

QJsonObject peerCommand(const QString &command, const QString &to)
{
    return QJsonObject{{QStringLiteral("command"), command}, {QStringLiteral("to"), to}};
}

TestPeer::EventFilter from(const QString &bareJid)
{
    return [bareJid](const QJsonObject &event) {
        return event.value(QStringLiteral("from")).toString().section(QLatin1Char('/'), 0, 0) == bareJid;
    };
}

QString vCard4Xml(const QString &fullName, const QString &note)
{
    return QStringLiteral("<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'><fn><text>%1</text></fn><note><text>%2</text></note>"
                          "<adr><locality>Lyon</locality><country>France</country></adr></vcard>")
        .arg(fullName, note);
}

QJsonObject publishVCard4(const QString &payload)
{
    return QJsonObject{{QStringLiteral("command"), QStringLiteral("publish")},
                       {QStringLiteral("node"), ProfileService::VCard4Node},
                       {QStringLiteral("itemId"), QStringLiteral("current")},
                       {QStringLiteral("payload"), payload}};
}

} // namespace

// Profiles through ProfileService (vCard4, XEP-0292, with vCard-temp, XEP-0054, as fallback)
// against a real Prosody with mod_pep, mod_vcard4 and mod_vcard_legacy, and slixmpp peers.
class ProfileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList users = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")};
        for (const QString &user : users) {
            QVERIFY2(m_server.addAccount(user, passwordOf(user)), qPrintable(m_server.lastError()));
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));

        // Alice and Bob share presence both ways, once for all tests: Bob's server sends
        // Bob's PEP notifications only to contacts whose presence, with its capabilities, it has.
        m_account = signedIn(AliceJid, QStringLiteral("desk"));
        QVERIFY(m_account);
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        m_account->roster()->addContact(BobJid, QStringLiteral("Bob"), QString());
        QVERIFY(!bob.waitForEvent(QStringLiteral("subscribe"), from(AliceJid), TimeoutMs).isEmpty());
        QVERIFY2(bob.command(peerCommand(QStringLiteral("subscribed"), AliceJid)), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(peerCommand(QStringLiteral("subscribe"), AliceJid)), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(m_account->subscriptionRequests()->indexOf(BobJid), 0, TimeoutMs);
        m_account->roster()->acceptSubscription(BobJid);
        const auto subscription = [this] {
            const ContactsModel *contacts = m_account->contacts();
            const int row = contacts->indexOf(BobJid);
            return row < 0 ? QString() : contacts->data(contacts->index(row), ContactsModel::SubscriptionRole).toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(subscription(), QStringLiteral("both"), TimeoutMs);
        m_account.reset();
    }

    void init()
    {
        m_account = signedIn(AliceJid, QStringLiteral("desk"));
        QVERIFY(m_account);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_account->profileCards(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_account.reset();
    }

    void accountExposesProfiles()
    {
        QCOMPARE(m_account->property("profiles").value<ProfileService *>(), m_account->profiles());
        QCOMPARE(m_account->property("profileCards").value<ProfilesModel *>(), m_account->profiles()->profileCards());
    }

    void contactVCard4Shown()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(publishVCard4(vCard4Xml(QStringLiteral("Bob Builder"), QStringLiteral("Builds things")))), qPrintable(bob.lastError()));
        QSignalSpy failures(m_account->profiles(), &ProfileService::actionFailed);

        // A pasted address with capitals and a resource is normalized.
        m_account->profiles()->requestProfile(QStringLiteral(" Bob@LOCALHOST/phone "));

        const ProfilesModel *cards = m_account->profileCards();
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(cards, BobJid, ProfilesModel::FullNameRole).toString(), QStringLiteral("Bob Builder"), TimeoutMs);
        QCOMPARE(roleValue(cards, BobJid, ProfilesModel::AboutRole).toString(), QStringLiteral("Builds things"));
        QCOMPARE(roleValue(cards, BobJid, ProfilesModel::LocationRole).toString(), QStringLiteral("Lyon, France"));
        QCOMPARE(roleValue(cards, BobJid, ProfilesModel::SourceRole).toString(), QStringLiteral("vcard4"));
        QCOMPARE(roleValue(cards, BobJid, ProfilesModel::LoadingRole).toBool(), false);
        QCOMPARE(cards->rowCount(), 1);
        QCOMPARE(failures.count(), 0);
    }

    void liveUpdateChangesRow()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(publishVCard4(vCard4Xml(QStringLiteral("Bob Before"), QString()))), qPrintable(bob.lastError()));
        m_account->profiles()->requestProfile(BobJid);
        const ProfilesModel *cards = m_account->profileCards();
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(cards, BobJid, ProfilesModel::FullNameRole).toString(), QStringLiteral("Bob Before"), TimeoutMs);

        QVERIFY2(bob.command(publishVCard4(vCard4Xml(QStringLiteral("Bob After"), QStringLiteral("New")))), qPrintable(bob.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(roleValue(cards, BobJid, ProfilesModel::FullNameRole).toString(), QStringLiteral("Bob After"), TimeoutMs);
        QCOMPARE(roleValue(cards, BobJid, ProfilesModel::AboutRole).toString(), QStringLiteral("New"));
    }

    void malformedNotificationIgnored()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(publishVCard4(vCard4Xml(QStringLiteral("Bob Valid"), QString()))), qPrintable(bob.lastError()));
        m_account->profiles()->requestProfile(BobJid);
        const ProfilesModel *cards = m_account->profileCards();
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(cards, BobJid, ProfilesModel::FullNameRole).toString(), QStringLiteral("Bob Valid"), TimeoutMs);

        // A payload in another namespace, then a vCard4 with an oversized note. The server keeps
        // the order of notifications, so the second one arrives after the first was handled.
        QSignalSpy changes(cards, &QAbstractItemModel::dataChanged);
        QVERIFY2(bob.command(publishVCard4(QStringLiteral("<vcard xmlns='urn:example:not-vcard'><fn><text>Wrong</text></fn></vcard>"))),
                 qPrintable(bob.lastError()));
        const QString longNote(Profile::MaxFieldLength + 1, QLatin1Char('n'));
        QVERIFY2(bob.command(publishVCard4(vCard4Xml(QStringLiteral("Bob Long"), longNote))), qPrintable(bob.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(roleValue(cards, BobJid, ProfilesModel::FullNameRole).toString(), QStringLiteral("Bob Long"), TimeoutMs);
        QCOMPARE(roleValue(cards, BobJid, ProfilesModel::AboutRole).toString(), QString());
        QCOMPARE(changes.count(), 1);
        QVERIFY(m_account->client()->isConnected());
    }

    void vCardTempShown()
    {
        TestPeer carol(m_server, QStringLiteral("carol"), passwordOf(QStringLiteral("carol")));
        QVERIFY2(carol.waitOnline(), qPrintable(carol.lastError()));
        const QString vCardTemp = QStringLiteral("<vCard xmlns='vcard-temp'><FN>Carol Legacy</FN><NICKNAME>caro</NICKNAME>"
                                                 "<URL>https://carol.example.org</URL><DESC>Old client</DESC></vCard>");
        QVERIFY2(carol.command({{QStringLiteral("command"), QStringLiteral("iqSet")}, {QStringLiteral("to"), CarolJid}, {QStringLiteral("xml"), vCardTemp}}),
                 qPrintable(carol.lastError()));
        const QJsonObject response = carol.waitForEvent(QStringLiteral("iqResponse"), TimeoutMs);
        QCOMPARE(response.value(QStringLiteral("type")).toString(), QStringLiteral("result"));

        m_account->profiles()->requestProfile(CarolJid);

        const ProfilesModel *cards = m_account->profileCards();
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(cards, CarolJid, ProfilesModel::FullNameRole).toString(), QStringLiteral("Carol Legacy"), TimeoutMs);
        QCOMPARE(roleValue(cards, CarolJid, ProfilesModel::NicknameRole).toString(), QStringLiteral("caro"));
        QCOMPARE(roleValue(cards, CarolJid, ProfilesModel::UrlRole).toString(), QStringLiteral("https://carol.example.org"));
        QCOMPARE(roleValue(cards, CarolJid, ProfilesModel::AboutRole).toString(), QStringLiteral("Old client"));
        // Prosody's mod_vcard_legacy stores a vCard-temp set as a vCard4 in PEP too, so
        // the first request finds it there; an account without vCard4 is noProfileFallsBack().
        QCOMPARE(roleValue(cards, CarolJid, ProfilesModel::SourceRole).toString(), QStringLiteral("vcard4"));
    }

    void noProfileFallsBack()
    {
        QSignalSpy failures(m_account->profiles(), &ProfileService::actionFailed);

        // Dave never set a profile and shares no presence with Alice: PEP refuses the request
        // (Prosody returns forbidden), and so does the vCard-temp request that follows.
        m_account->profiles()->requestProfile(DaveJid);

        const ProfilesModel *cards = m_account->profileCards();
        QTRY_VERIFY_WITH_TIMEOUT(cards->indexOf(DaveJid) >= 0 && !roleValue(cards, DaveJid, ProfilesModel::LoadingRole).toBool(), TimeoutMs);
        QCOMPARE(roleValue(cards, DaveJid, ProfilesModel::SourceRole).toString(), QStringLiteral("none"));
        QCOMPARE(roleValue(cards, DaveJid, ProfilesModel::FullNameRole).toString(), QString());
        QCOMPARE(failures.count(), 0);
    }

    void ownProfileReadByOthers()
    {
        // Alice's vCard4 node first exists with the default access model (presence), so that
        // publishing with the access model open conflicts and the service configures the node.
        QSignalSpy published(m_account->profiles(), &ProfileService::ownProfilePublished);
        QSignalSpy failures(m_account->profiles(), &ProfileService::actionFailed);
        Profile old;
        old.fullName = QStringLiteral("Old Alice");
        const XmlPayloadIq plainPublish(QXmppIq::Set, QString(), [old](QXmlStreamWriter *writer) {
            writer->writeStartElement(QStringLiteral("pubsub"));
            writer->writeDefaultNamespace(QStringLiteral("http://jabber.org/protocol/pubsub"));
            writer->writeStartElement(QStringLiteral("publish"));
            writer->writeAttribute(QStringLiteral("node"), ProfileService::VCard4Node);
            writer->writeStartElement(QStringLiteral("item"));
            writer->writeAttribute(QStringLiteral("id"), QStringLiteral("current"));
            old.writeVCard4(writer);
            writer->writeEndElement();
            writer->writeEndElement();
            writer->writeEndElement();
        });
        QVERIFY(m_account->client()->sendPacket(plainPublish));

        const QVariantMap fields = {{QStringLiteral("fullName"), QStringLiteral("Alice Liddell")},
                                    {QStringLiteral("nickname"), QStringLiteral("ali")},
                                    {QStringLiteral("about"), QStringLiteral("Curious <and> brave")},
                                    {QStringLiteral("url"), QStringLiteral("https://alice.example.org")},
                                    {QStringLiteral("address"), QStringLiteral("Wonderland")}};
        m_account->profiles()->publishOwnProfile(fields);
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        QCOMPARE(failures.count(), 0);

        // Dave shares no presence with Alice, so he reads the vCard4 only with the access model open.
        const std::unique_ptr<Account> dave = signedIn(DaveJid, QStringLiteral("laptop"));
        QVERIFY(dave);
        dave->profiles()->requestProfile(AliceJid);
        const ProfilesModel *cards = dave->profileCards();
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(cards, AliceJid, ProfilesModel::FullNameRole).toString(), QStringLiteral("Alice Liddell"), TimeoutMs);
        QCOMPARE(roleValue(cards, AliceJid, ProfilesModel::SourceRole).toString(), QStringLiteral("vcard4"));
        QCOMPARE(roleValue(cards, AliceJid, ProfilesModel::NicknameRole).toString(), QStringLiteral("ali"));
        QCOMPARE(roleValue(cards, AliceJid, ProfilesModel::AboutRole).toString(), QStringLiteral("Curious <and> brave"));
        QCOMPARE(roleValue(cards, AliceJid, ProfilesModel::UrlRole).toString(), QStringLiteral("https://alice.example.org"));
        QCOMPARE(roleValue(cards, AliceJid, ProfilesModel::LocationRole).toString(), QStringLiteral("Wonderland"));

        // Clients that know only vCard-temp see the name too.
        auto *vCards = dave->client()->findExtension<QXmppVCardManager>();
        QVERIFY(vCards);
        QString legacyFullName;
        connect(vCards, &QXmppVCardManager::vCardReceived, this, [&legacyFullName](const QXmppVCardIq &vCard) {
            legacyFullName = vCard.fullName();
        });
        vCards->requestVCard(AliceJid);
        QTRY_COMPARE_WITH_TIMEOUT(legacyFullName, QStringLiteral("Alice Liddell"), TimeoutMs);
    }

    void invalidInputReported()
    {
        QSignalSpy failures(m_account->profiles(), &ProfileService::actionFailed);

        m_account->profiles()->requestProfile(QStringLiteral("not a jid"));
        QCOMPARE(failures.count(), 1);
        QCOMPARE(failures.first().first().toString(), QStringLiteral("not a jid"));
        QVERIFY(!failures.first().at(1).toString().isEmpty());

        m_account->profiles()->publishOwnProfile(QVariantMap{{QStringLiteral("about"), QString(Profile::MaxFieldLength + 1, QLatin1Char('a'))}});
        QCOMPARE(failures.count(), 2);
        QCOMPARE(failures.at(1).first().toString(), AliceJid);

        m_account->profiles()->publishOwnProfile(QStringLiteral("not a map"));
        QCOMPARE(failures.count(), 3);
        QCOMPARE(m_account->profileCards()->rowCount(), 0);
    }

private:
    std::unique_ptr<Account> signedIn(const QString &jid, const QString &resource)
    {
        auto account = std::make_unique<Account>();
        ConnectionSettings connection;
        connection.host = m_server.host();
        connection.port = m_server.clientPort();
        connection.resource = resource;
        connection.extraCaCertificates = m_server.caCertificates();
        account->setConnectionSettings(connection);
        account->signIn(jid, passwordOf(jid.section(QLatin1Char('@'), 0, 0)));

        QElapsedTimer timer;
        timer.start();
        while (account->state() != Account::State::Online && timer.elapsed() < TimeoutMs) {
            QTest::qWait(20);
        }
        if (account->state() != Account::State::Online) {
            qWarning() << jid << "did not come online:" << account->errorCode();
            return nullptr;
        }
        return account;
    }

    TestXmppServer m_server;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(ProfileTest)
#include "ProfileTest.moc"
