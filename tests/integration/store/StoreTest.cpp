#include "store/AvatarStore.h"
#include "store/BlockListStore.h"
#include "store/ContactStore.h"
#include "store/MessageStore.h"
#include "store/Database.h"
#include "store/DiscoveryStore.h"
#include "store/OutboxStore.h"
#include "store/SubscriptionRequestStore.h"
#include "TestPostgresServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

Contact contact(const QString &jid, const QString &name, const QStringList &groups, Contact::Subscription subscription)
{
    Contact result;
    result.jid = jid;
    result.name = name;
    result.groups = groups;
    result.subscription = subscription;
    return result;
}

SubscriptionRequest subscriptionRequest(const QString &jid, const QString &name, const QString &message)
{
    SubscriptionRequest request;
    request.jid = jid;
    request.name = name;
    request.message = message;
    return request;
}

OutboxItem outboxItem(const QString &stanzaId)
{
    OutboxItem item;
    item.kind = QStringLiteral("message");
    item.stanzaId = stanzaId;
    item.payload = QStringLiteral("<message id=\"%1\"/>").arg(stanzaId);
    item.createdAtMs = 1700000000000;
    return item;
}

DiscoveryInfo discoveryInfo(const QStringList &features, qint64 fetchedAtMs)
{
    DiscoveryInfo info;
    info.identities = {{QStringLiteral("server"), QStringLiteral("im"), QString(), QStringLiteral("Prosody")},
                       {QStringLiteral("pubsub"), QStringLiteral("pep"), QStringLiteral("en"), QString()}};
    info.features = features;
    info.fetchedAtMs = fetchedAtMs;
    return info;
}

} // namespace

// The per-account stores through the database thread, on SQLite and on PostgreSQL.
class StoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.lastError()));
    }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        m_database = std::make_unique<Database>(newDatabaseUrl(engine));
        QSignalSpy openedSpy(m_database.get(), &Database::opened);
        m_database->open();
        QVERIFY(openedSpy.wait(5000));
        QVERIFY2(openedSpy.at(0).at(0).toBool(), qPrintable(m_database->lastError()));
    }

    void cleanup()
    {
        m_database.reset();
    }

    void contactsRoundTrip()
    {
        ContactStore store(m_database.get(), QStringLiteral("alice@localhost"));
        store.replaceAll({contact(QStringLiteral("bob@localhost"), QStringLiteral("Bob"), {QStringLiteral("Friends"), QStringLiteral("Work")}, Contact::Subscription::Both),
                          contact(QStringLiteral("carol@localhost"), QString(), {}, Contact::Subscription::To)});

        const QVector<Contact> loaded = load(store);

        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).jid, QStringLiteral("bob@localhost"));
        QCOMPARE(loaded.at(0).name, QStringLiteral("Bob"));
        QCOMPARE(loaded.at(0).groups, QStringList({QStringLiteral("Friends"), QStringLiteral("Work")}));
        QCOMPARE(loaded.at(0).subscription, Contact::Subscription::Both);
        QCOMPARE(loaded.at(1).jid, QStringLiteral("carol@localhost"));
        QCOMPARE(loaded.at(1).name, QString());
        QCOMPARE(loaded.at(1).groups, QStringList());
        QCOMPARE(loaded.at(1).subscription, Contact::Subscription::To);
    }

    void contactSaveUpdatesAndRemoves()
    {
        ContactStore store(m_database.get(), QStringLiteral("alice@localhost"));
        store.save(contact(QStringLiteral("bob@localhost"), QStringLiteral("Bob"), {}, Contact::Subscription::None));
        store.save(contact(QStringLiteral("bob@localhost"), QStringLiteral("Bob Martin"), {QStringLiteral("Friends")}, Contact::Subscription::Both));
        store.save(contact(QStringLiteral("dave@localhost"), QStringLiteral("Dave"), {}, Contact::Subscription::Both));
        store.remove(QStringLiteral("dave@localhost"));

        const QVector<Contact> loaded = load(store);

        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).name, QStringLiteral("Bob Martin"));
        QCOMPARE(loaded.at(0).groups, QStringList({QStringLiteral("Friends")}));
        QCOMPARE(loaded.at(0).subscription, Contact::Subscription::Both);
    }

    void approvalPendingRoundTrip()
    {
        ContactStore store(m_database.get(), QStringLiteral("alice@localhost"));
        Contact frank = contact(QStringLiteral("frank@localhost"), QStringLiteral("Frank"), {}, Contact::Subscription::None);
        frank.approvalPending = true;
        store.replaceAll({frank, contact(QStringLiteral("grace@localhost"), QString(), {}, Contact::Subscription::From)});

        QVector<Contact> loaded = load(store);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).approvalPending, true);
        QCOMPARE(loaded.at(1).approvalPending, false);

        // When Frank accepts, the roster push clears the flag.
        frank.approvalPending = false;
        frank.subscription = Contact::Subscription::To;
        store.save(frank);

        loaded = load(store);
        QCOMPARE(loaded.at(0).approvalPending, false);
        QCOMPARE(loaded.at(0).subscription, Contact::Subscription::To);
    }

    void replaceAllDropsOldContacts()
    {
        ContactStore store(m_database.get(), QStringLiteral("alice@localhost"));
        store.replaceAll({contact(QStringLiteral("bob@localhost"), QString(), {}, Contact::Subscription::Both)});
        store.replaceAll({contact(QStringLiteral("erin@localhost"), QString(), {}, Contact::Subscription::Both)});

        const QVector<Contact> loaded = load(store);

        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).jid, QStringLiteral("erin@localhost"));
    }

    void contactsIsolatedByAccount()
    {
        ContactStore alice(m_database.get(), QStringLiteral("alice@localhost"));
        ContactStore mallory(m_database.get(), QStringLiteral("mallory@localhost"));
        alice.replaceAll({contact(QStringLiteral("bob@localhost"), QStringLiteral("Bob"), {}, Contact::Subscription::Both)});
        mallory.replaceAll({contact(QStringLiteral("eve@localhost"), QString(), {}, Contact::Subscription::Both)});
        mallory.remove(QStringLiteral("bob@localhost"));

        const QVector<Contact> aliceContacts = load(alice);
        const QVector<Contact> malloryContacts = load(mallory);

        QCOMPARE(aliceContacts.size(), 1);
        QCOMPARE(aliceContacts.at(0).jid, QStringLiteral("bob@localhost"));
        QCOMPARE(malloryContacts.size(), 1);
        QCOMPARE(malloryContacts.at(0).jid, QStringLiteral("eve@localhost"));
    }

    void rosterVersionFollowsChanges()
    {
        ContactStore store(m_database.get(), QStringLiteral("alice@localhost"));
        QCOMPARE(loadVersion(store), QString());

        store.replaceAll({contact(QStringLiteral("bob@localhost"), QStringLiteral("Bob"), {}, Contact::Subscription::Both)}, QStringLiteral("41"));
        QCOMPARE(loadVersion(store), QStringLiteral("41"));

        store.save(contact(QStringLiteral("carol@localhost"), QStringLiteral("Carol"), {}, Contact::Subscription::To), QStringLiteral("42"));
        QCOMPARE(loadVersion(store), QStringLiteral("42"));
        QCOMPARE(load(store).size(), 2);

        store.remove(QStringLiteral("bob@localhost"), QStringLiteral("43"));
        QCOMPARE(loadVersion(store), QStringLiteral("43"));
        QCOMPARE(load(store).size(), 1);

        // A change without a version leaves the cached roster at no known version.
        store.save(contact(QStringLiteral("dave@localhost"), QString(), {}, Contact::Subscription::None));
        QCOMPARE(loadVersion(store), QString());

        store.replaceAll({}, QStringLiteral("e9c1"));
        QCOMPARE(loadVersion(store), QStringLiteral("e9c1"));
        QCOMPARE(load(store).size(), 0);
    }

    void rosterVersionIsolatedByAccount()
    {
        ContactStore alice(m_database.get(), QStringLiteral("alice@localhost"));
        ContactStore mallory(m_database.get(), QStringLiteral("mallory@localhost"));
        alice.replaceAll({contact(QStringLiteral("bob@localhost"), QStringLiteral("Bob"), {}, Contact::Subscription::Both)}, QStringLiteral("7"));
        mallory.replaceAll({}, QStringLiteral("99"));
        mallory.remove(QStringLiteral("bob@localhost"), QString());

        QCOMPARE(loadVersion(alice), QStringLiteral("7"));
        QCOMPARE(load(alice).size(), 1);
        QCOMPARE(loadVersion(mallory), QString());
    }

    void subscriptionRequestsKeepOrder()
    {
        SubscriptionRequestStore store(m_database.get(), QStringLiteral("alice@localhost"));
        store.save(subscriptionRequest(QStringLiteral("erin@localhost"), QString(), QString()));
        store.save(subscriptionRequest(QStringLiteral("bob@localhost"), QStringLiteral("Bob"), QStringLiteral("Hi, it's Bob")));
        store.save(subscriptionRequest(QStringLiteral("carol@localhost"), QString(), QString()));
        // An update keeps the request in its place.
        store.save(subscriptionRequest(QStringLiteral("erin@localhost"), QStringLiteral("Erin"), QStringLiteral("From the climbing club")));
        store.remove(QStringLiteral("carol@localhost"));

        const QVector<SubscriptionRequest> loaded = load(store);

        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).jid, QStringLiteral("erin@localhost"));
        QCOMPARE(loaded.at(0).name, QStringLiteral("Erin"));
        QCOMPARE(loaded.at(0).message, QStringLiteral("From the climbing club"));
        QCOMPARE(loaded.at(1).jid, QStringLiteral("bob@localhost"));
        QCOMPARE(loaded.at(1).name, QStringLiteral("Bob"));
        QCOMPARE(loaded.at(1).message, QStringLiteral("Hi, it's Bob"));
    }

    void subscriptionRequestsReplaceAll()
    {
        SubscriptionRequestStore store(m_database.get(), QStringLiteral("alice@localhost"));
        store.save(subscriptionRequest(QStringLiteral("bob@localhost"), QString(), QString()));
        store.replaceAll({subscriptionRequest(QStringLiteral("zoe@localhost"), QString(), QString()),
                          subscriptionRequest(QStringLiteral("dave@localhost"), QStringLiteral("Dave"), QString())});

        const QVector<SubscriptionRequest> loaded = load(store);

        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).jid, QStringLiteral("zoe@localhost"));
        QCOMPARE(loaded.at(1).jid, QStringLiteral("dave@localhost"));
        QCOMPARE(loaded.at(1).name, QStringLiteral("Dave"));

        store.replaceAll({});
        QCOMPARE(load(store).size(), 0);
    }

    void subscriptionRequestsIsolatedByAccount()
    {
        SubscriptionRequestStore alice(m_database.get(), QStringLiteral("alice@localhost"));
        SubscriptionRequestStore mallory(m_database.get(), QStringLiteral("mallory@localhost"));
        alice.save(subscriptionRequest(QStringLiteral("bob@localhost"), QStringLiteral("Bob"), QStringLiteral("Hi")));
        mallory.save(subscriptionRequest(QStringLiteral("eve@localhost"), QString(), QString()));
        mallory.remove(QStringLiteral("bob@localhost"));
        mallory.replaceAll({subscriptionRequest(QStringLiteral("eve@localhost"), QString(), QString())});

        const QVector<SubscriptionRequest> aliceRequests = load(alice);
        const QVector<SubscriptionRequest> malloryRequests = load(mallory);

        QCOMPARE(aliceRequests.size(), 1);
        QCOMPARE(aliceRequests.at(0).jid, QStringLiteral("bob@localhost"));
        QCOMPARE(malloryRequests.size(), 1);
        QCOMPARE(malloryRequests.at(0).jid, QStringLiteral("eve@localhost"));
    }

    void blockListRoundTrip()
    {
        BlockListStore store(m_database.get(), QStringLiteral("alice@localhost"));
        store.add({QStringLiteral("spam.example"), QStringLiteral("mallory@localhost")});
        // A JID that is cached already is skipped.
        store.add({QStringLiteral("mallory@localhost"), QStringLiteral("eve@localhost/phone")});
        store.remove({QStringLiteral("spam.example"), QStringLiteral("not-blocked@localhost")});

        QCOMPARE(load(store), QStringList({QStringLiteral("eve@localhost/phone"), QStringLiteral("mallory@localhost")}));

        store.replaceAll({QStringLiteral("zed@localhost"), QStringLiteral("ads.example")});
        QCOMPARE(load(store), QStringList({QStringLiteral("ads.example"), QStringLiteral("zed@localhost")}));

        store.replaceAll({});
        QCOMPARE(load(store), QStringList());
    }

    void blockListIsolatedByAccount()
    {
        BlockListStore alice(m_database.get(), QStringLiteral("alice@localhost"));
        BlockListStore mallory(m_database.get(), QStringLiteral("mallory@localhost"));
        alice.add({QStringLiteral("spam.example")});
        mallory.add({QStringLiteral("alice@localhost")});
        mallory.remove({QStringLiteral("spam.example")});
        mallory.replaceAll({QStringLiteral("eve@localhost")});

        QCOMPARE(load(alice), QStringList{QStringLiteral("spam.example")});
        QCOMPARE(load(mallory), QStringList{QStringLiteral("eve@localhost")});
    }

    void outboxKeepsOrderAndAttempts()
    {
        OutboxStore store(m_database.get(), QStringLiteral("alice@localhost"));
        store.add(outboxItem(QStringLiteral("first")));
        store.add(outboxItem(QStringLiteral("second")));
        store.add(outboxItem(QStringLiteral("third")));
        store.countAttempt(QStringLiteral("second"));
        store.remove(QStringLiteral("first"));

        const QVector<OutboxItem> loaded = load(store);

        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).stanzaId, QStringLiteral("second"));
        QCOMPARE(loaded.at(0).attempts, 1);
        QCOMPARE(loaded.at(0).payload, QStringLiteral("<message id=\"second\"/>"));
        QCOMPARE(loaded.at(0).createdAtMs, qint64(1700000000000));
        QCOMPARE(loaded.at(1).stanzaId, QStringLiteral("third"));
        QCOMPARE(loaded.at(1).attempts, 0);
    }

    void outboxRejectsDuplicateId()
    {
        OutboxStore store(m_database.get(), QStringLiteral("alice@localhost"));
        bool firstStored = false;
        bool secondStored = true;
        store.add(outboxItem(QStringLiteral("same")), this, [&firstStored](bool ok) { firstStored = ok; });
        store.add(outboxItem(QStringLiteral("same")), this, [&secondStored](bool ok) { secondStored = ok; });

        QTRY_VERIFY(firstStored);
        QTRY_VERIFY(!secondStored);
        QCOMPARE(load(store).size(), 1);
    }

    void outboxIsolatedByAccount()
    {
        OutboxStore alice(m_database.get(), QStringLiteral("alice@localhost"));
        OutboxStore mallory(m_database.get(), QStringLiteral("mallory@localhost"));
        alice.add(outboxItem(QStringLiteral("secret-message")));
        mallory.remove(QStringLiteral("secret-message"));

        QCOMPARE(load(mallory).size(), 0);
        QCOMPARE(load(alice).size(), 1);
    }

    void cacheSurvivesReopen()
    {
        QFETCH_GLOBAL(QString, engine);
        const QString url = newDatabaseUrl(engine);
        {
            Database database(url);
            database.open();
            ContactStore(&database, QStringLiteral("alice@localhost")).save(contact(QStringLiteral("bob@localhost"), QStringLiteral("Bob"), {}, Contact::Subscription::Both));
        }

        Database reopened(url);
        reopened.open();
        ContactStore store(&reopened, QStringLiteral("alice@localhost"));

        const QVector<Contact> loaded = load(store);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).name, QStringLiteral("Bob"));
    }

    void discoveryByVerRoundTrip()
    {
        DiscoveryStore store(m_database.get());
        const DiscoveryInfo info = discoveryInfo({QStringLiteral("urn:xmpp:blocking"), QStringLiteral("urn:xmpp:mam:2")}, 1700000000123);
        store.saveByVer(QStringLiteral("sha-1"), QStringLiteral("QgayPKawpkPSDYmwT/WM94uAlu0="), info);

        const std::optional<DiscoveryInfo> loaded = loadByVer(store, QStringLiteral("sha-1"), QStringLiteral("QgayPKawpkPSDYmwT/WM94uAlu0="));
        QVERIFY(loaded);
        QCOMPARE(loaded->identities, info.identities);
        QCOMPARE(loaded->features, info.features);
        QCOMPARE(loaded->fetchedAtMs, info.fetchedAtMs);
    }

    void discoveryKeysAreSeparate()
    {
        DiscoveryStore store(m_database.get());
        store.saveByVer(QStringLiteral("sha-1"), QStringLiteral("ver-a"), discoveryInfo({QStringLiteral("a")}, 1));
        store.saveByJid(QStringLiteral("localhost"), QString(), discoveryInfo({QStringLiteral("server")}, 2));

        QVERIFY(!loadByVer(store, QStringLiteral("sha-256"), QStringLiteral("ver-a")));
        QVERIFY(!loadByVer(store, QStringLiteral("sha-1"), QStringLiteral("ver-b")));
        QVERIFY(!loadByJid(store, QStringLiteral("localhost"), QStringLiteral("some-node")));
        QVERIFY(!loadByJid(store, QStringLiteral("ver-a"), QString()));

        const std::optional<DiscoveryInfo> server = loadByJid(store, QStringLiteral("localhost"), QString());
        QVERIFY(server);
        QCOMPARE(server->features, QStringList{QStringLiteral("server")});
    }

    void discoverySaveReplaces()
    {
        DiscoveryStore store(m_database.get());
        store.saveByJid(QStringLiteral("localhost"), QString(), discoveryInfo({QStringLiteral("old")}, 1));
        store.saveByJid(QStringLiteral("localhost"), QString(), discoveryInfo({QStringLiteral("new")}, 2));

        const std::optional<DiscoveryInfo> loaded = loadByJid(store, QStringLiteral("localhost"), QString());
        QVERIFY(loaded);
        QCOMPARE(loaded->features, QStringList{QStringLiteral("new")});
        QCOMPARE(loaded->fetchedAtMs, qint64(2));
    }

    void discoverySharedBetweenAccounts()
    {
        // The cache has no account column: a second store on the same database sees the first one's rows.
        DiscoveryStore(m_database.get()).saveByVer(QStringLiteral("SHA-1"), QStringLiteral("shared"), discoveryInfo({QStringLiteral("x")}, 3));

        DiscoveryStore other(m_database.get());
        const std::optional<DiscoveryInfo> loaded = loadByVer(other, QStringLiteral("sha-1"), QStringLiteral("shared"));
        QVERIFY(loaded);
        QCOMPARE(loaded->features, QStringList{QStringLiteral("x")});
    }

    void avatarImageRoundTrip()
    {
        // Every byte value, so that a text conversion of the blob on either engine would show.
        QByteArray data;
        for (int value = 0; value < 256; ++value) {
            data.append(char(value));
        }
        AvatarStore store(m_database.get(), QStringLiteral("alice@localhost"));
        store.saveImage(QStringLiteral("hash-1"), AvatarImage{QStringLiteral("image/png"), data});
        // A second linker that stores the same image at once keeps the first copy.
        store.saveImage(QStringLiteral("hash-1"), AvatarImage{QStringLiteral("image/gif"), QByteArrayLiteral("other")});

        const std::optional<AvatarImage> loaded = loadImage(QStringLiteral("hash-1"));
        QVERIFY(loaded);
        QCOMPARE(loaded->mimeType, QStringLiteral("image/png"));
        QCOMPARE(loaded->data, data);
        QVERIFY(!loadImage(QStringLiteral("missing")));
        QVERIFY(containsImage(store, QStringLiteral("hash-1")));
        QVERIFY(!containsImage(store, QStringLiteral("missing")));
    }

    void avatarReferencesIsolatedByAccount()
    {
        AvatarStore alice(m_database.get(), QStringLiteral("alice@localhost"));
        AvatarStore mallory(m_database.get(), QStringLiteral("mallory@localhost"));
        alice.saveReference(QStringLiteral("bob@localhost"), AvatarReference{QStringLiteral("hash-bob"), AvatarSource::Pep});
        alice.saveReference(QStringLiteral("carol@localhost"), AvatarReference{QStringLiteral("hash-carol-old"), AvatarSource::Pep});
        alice.saveReference(QStringLiteral("carol@localhost"), AvatarReference{QStringLiteral("hash-carol"), AvatarSource::VCard});
        mallory.saveReference(QStringLiteral("eve@localhost"), AvatarReference{QStringLiteral("hash-eve"), AvatarSource::Pep});
        mallory.removeReference(QStringLiteral("bob@localhost"));

        const QHash<QString, AvatarReference> aliceReferences = loadReferences(alice);
        const QHash<QString, AvatarReference> malloryReferences = loadReferences(mallory);

        QCOMPARE(aliceReferences.size(), 2);
        QCOMPARE(aliceReferences.value(QStringLiteral("bob@localhost")).hash, QStringLiteral("hash-bob"));
        QCOMPARE(aliceReferences.value(QStringLiteral("carol@localhost")).hash, QStringLiteral("hash-carol"));
        QCOMPARE(aliceReferences.value(QStringLiteral("carol@localhost")).source, AvatarSource::VCard);
        QCOMPARE(malloryReferences.size(), 1);
        QCOMPARE(malloryReferences.value(QStringLiteral("eve@localhost")).hash, QStringLiteral("hash-eve"));

        alice.removeReference(QStringLiteral("bob@localhost"));
        QCOMPARE(loadReferences(alice).size(), 1);
    }

    void messagesStoredOnce()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const ChatMessage message = chatMessage(QStringLiteral("bob@localhost"), ChatMessage::Direction::Incoming, QStringLiteral("m-1"), 1000);

        const std::optional<ChatMessage> first = addMessage(store, message);
        const std::optional<ChatMessage> again = addMessage(store, message);
        // The same id in the other direction is another message.
        ChatMessage reply = message;
        reply.direction = ChatMessage::Direction::Outgoing;
        const std::optional<ChatMessage> outgoing = addMessage(store, reply);

        QVERIFY(first);
        QVERIFY(first->id > 0);
        QVERIFY(!again);
        QVERIFY(outgoing);
        QVERIFY(outgoing->id != first->id);
    }

    void messagePagesInTimeOrder()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        // Stored out of order, as archive pages arrive after live messages.
        for (const qint64 time : {5000, 1000, 3000, 2000, 4000}) {
            QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("m-%1").arg(time), time)));
        }
        QVERIFY(addMessage(store, chatMessage(QStringLiteral("carol@localhost"), ChatMessage::Direction::Incoming, QStringLiteral("c-1"), 9000)));

        const QVector<ChatMessage> newest = loadPage(store, bob, std::nullopt, 2);
        QCOMPARE(newest.size(), 2);
        QCOMPARE(newest.at(0).timestampMs, qint64(4000));
        QCOMPARE(newest.at(1).timestampMs, qint64(5000));

        const QVector<ChatMessage> older = loadPage(store, bob, MessagePosition{newest.at(0).timestampMs, newest.at(0).id}, 10);
        QCOMPARE(older.size(), 3);
        QCOMPARE(older.at(0).timestampMs, qint64(1000));
        QCOMPARE(older.at(2).timestampMs, qint64(3000));
        QCOMPARE(older.at(0).body, QStringLiteral("Body of m-1000"));
    }

    void messageStateAndConversations()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        const QString carol = QStringLiteral("carol@localhost");
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("b-1"), 1000)));
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("b-2"), 2000)));
        ChatMessage sent = chatMessage(carol, ChatMessage::Direction::Outgoing, QStringLiteral("c-1"), 3000);
        sent.state = ChatMessage::State::Pending;
        QVERIFY(addMessage(store, sent));

        store.setState(carol, ChatMessage::Direction::Outgoing, QStringLiteral("c-1"), ChatMessage::State::Delivered);
        QVector<ConversationSummary> conversations = loadConversations(store);

        QCOMPARE(conversations.size(), 2);
        QCOMPARE(conversations.at(0).peer, carol);
        QCOMPARE(conversations.at(0).lastMessage.state, ChatMessage::State::Delivered);
        QCOMPARE(conversations.at(0).unreadCount, 0);
        QCOMPARE(conversations.at(1).peer, bob);
        QCOMPARE(conversations.at(1).lastMessage.originId, QStringLiteral("b-2"));
        QCOMPARE(conversations.at(1).unreadCount, 2);

        QCOMPARE(markDisplayed(store, bob), QString());
        conversations = loadConversations(store);
        QCOMPARE(conversations.at(1).unreadCount, 0);
        QCOMPARE(loadPage(store, bob, std::nullopt, 10).at(0).state, ChatMessage::State::Displayed);
    }

    void conversationListSkipsRoomsAndOtherAccounts()
    {
        MessageStore alice(m_database.get(), QStringLiteral("alice@localhost"));
        MessageStore carol(m_database.get(), QStringLiteral("carol@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        const QString dave = QStringLiteral("dave@localhost");
        const QString room = QStringLiteral("cats@conference.localhost");
        QVERIFY(addMessage(alice, chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("b-1"), 1000)));
        QVERIFY(addMessage(alice, chatMessage(bob, ChatMessage::Direction::Outgoing, QStringLiteral("b-2"), 4000)));
        QVERIFY(addMessage(alice, chatMessage(dave, ChatMessage::Direction::Incoming, QStringLiteral("d-1"), 2000)));
        QVERIFY(addMessage(alice, chatMessage(dave, ChatMessage::Direction::Incoming, QStringLiteral("d-2"), 3000)));
        ChatMessage roomMessage = chatMessage(room, ChatMessage::Direction::Incoming, QStringLiteral("r-1"), 5000);
        roomMessage.groupChat = true;
        roomMessage.senderNick = QStringLiteral("erin");
        roomMessage.stanzaId = QStringLiteral("room-archive-1");
        QVERIFY(addMessage(alice, roomMessage));
        // Another account's conversations, whose peers sort between Alice's.
        QVERIFY(addMessage(carol, chatMessage(QStringLiteral("chris@localhost"), ChatMessage::Direction::Incoming, QStringLiteral("c-1"), 6000)));
        QVERIFY(addMessage(carol, chatMessage(QStringLiteral("zoe@localhost"), ChatMessage::Direction::Incoming, QStringLiteral("z-1"), 7000)));

        const QVector<ConversationSummary> conversations = loadConversations(alice);
        QCOMPARE(conversations.size(), 2);
        QCOMPARE(conversations.at(0).peer, bob);
        QCOMPARE(conversations.at(0).lastMessage.originId, QStringLiteral("b-2"));
        QCOMPARE(conversations.at(0).unreadCount, 1);
        QCOMPARE(conversations.at(1).peer, dave);
        QCOMPARE(conversations.at(1).lastMessage.originId, QStringLiteral("d-2"));
        QCOMPARE(conversations.at(1).unreadCount, 2);
        QCOMPARE(loadConversations(carol).size(), 2);
    }

    void markDisplayedReportsNewestMarkerId()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        ChatMessage older = chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("b-1"), 1000);
        older.markerId = QStringLiteral("stanza-1");
        ChatMessage newest = chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("b-2"), 2000);
        newest.markerId = QStringLiteral("stanza-2");
        QVERIFY(addMessage(store, older));
        QVERIFY(addMessage(store, newest));
        // Newer, but it asked for no markers.
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("b-3"), 3000)));
        QCOMPARE(loadPage(store, bob, std::nullopt, 10).at(1).markerId, QStringLiteral("stanza-2"));

        QCOMPARE(markDisplayed(store, bob), QStringLiteral("stanza-2"));
        QCOMPARE(markDisplayed(store, bob), QString());
        QCOMPARE(loadConversations(store).at(0).unreadCount, 0);

        // A message older than the marked one, as from the archive, is displayed but never marked.
        ChatMessage archived = chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("b-0"), 500);
        archived.markerId = QStringLiteral("stanza-0");
        QVERIFY(addMessage(store, archived));
        QCOMPARE(markDisplayed(store, bob), QString());
        QCOMPARE(loadPage(store, bob, std::nullopt, 10).at(0).state, ChatMessage::State::Displayed);
    }

    void readMarkerMovesEarlierMessages()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Outgoing, QStringLiteral("o-1"), 1000)));
        ChatMessage failed = chatMessage(bob, ChatMessage::Direction::Outgoing, QStringLiteral("o-2"), 2000);
        failed.state = ChatMessage::State::Failed;
        QVERIFY(addMessage(store, failed));
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("i-3"), 3000)));
        const std::optional<ChatMessage> marked = addMessage(store, chatMessage(bob, ChatMessage::Direction::Outgoing, QStringLiteral("o-4"), 4000));
        QVERIFY(marked);
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Outgoing, QStringLiteral("o-5"), 5000)));
        QVERIFY(addMessage(store, chatMessage(QStringLiteral("carol@localhost"), ChatMessage::Direction::Outgoing, QStringLiteral("o-1"), 500)));

        const std::optional<MessagePosition> position = markReadUpTo(store, bob, QStringLiteral("o-4"));
        QVERIFY(position);
        QCOMPARE(position->id, marked->id);
        QCOMPARE(position->timestampMs, qint64(4000));

        const QVector<ChatMessage> messages = loadPage(store, bob, std::nullopt, 10);
        QCOMPARE(messages.size(), 5);
        QCOMPARE(messages.at(0).state, ChatMessage::State::Read);
        QCOMPARE(messages.at(1).state, ChatMessage::State::Failed);
        QCOMPARE(messages.at(2).state, ChatMessage::State::Received);
        QCOMPARE(messages.at(3).state, ChatMessage::State::Read);
        QCOMPARE(messages.at(4).state, ChatMessage::State::Sent);
        QCOMPARE(loadPage(store, QStringLiteral("carol@localhost"), std::nullopt, 10).at(0).state, ChatMessage::State::Sent);
    }

    void readMarkerForUnknownIdIgnored()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Outgoing, QStringLiteral("o-1"), 1000)));
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("i-2"), 2000)));

        QVERIFY(!markReadUpTo(store, bob, QStringLiteral("unknown")));
        // The id of an incoming message, and an id of a message to someone else.
        QVERIFY(!markReadUpTo(store, bob, QStringLiteral("i-2")));
        QVERIFY(!markReadUpTo(store, QStringLiteral("carol@localhost"), QStringLiteral("o-1")));

        QCOMPARE(loadPage(store, bob, std::nullopt, 10).at(0).state, ChatMessage::State::Sent);
    }

    void stateNeverMovesBack()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Outgoing, QStringLiteral("o-1"), 1000)));
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Outgoing, QStringLiteral("o-2"), 2000)));

        store.setState(bob, ChatMessage::Direction::Outgoing, QStringLiteral("o-1"), ChatMessage::State::Read);
        // A late receipt and a late acknowledgement.
        store.setState(bob, ChatMessage::Direction::Outgoing, QStringLiteral("o-1"), ChatMessage::State::Delivered);
        store.setState(bob, ChatMessage::Direction::Outgoing, QStringLiteral("o-1"), ChatMessage::State::Sent);
        store.setState(bob, ChatMessage::Direction::Outgoing, QStringLiteral("o-2"), ChatMessage::State::Failed);
        store.setState(bob, ChatMessage::Direction::Outgoing, QStringLiteral("o-2"), ChatMessage::State::Delivered);

        const QVector<ChatMessage> messages = loadPage(store, bob, std::nullopt, 10);
        QCOMPARE(messages.at(0).state, ChatMessage::State::Read);
        QCOMPARE(messages.at(1).state, ChatMessage::State::Failed);
    }

    void messagesIsolatedByAccount()
    {
        MessageStore alice(m_database.get(), QStringLiteral("alice@localhost"));
        MessageStore mallory(m_database.get(), QStringLiteral("mallory@localhost"));
        QVERIFY(addMessage(alice, chatMessage(QStringLiteral("bob@localhost"), ChatMessage::Direction::Incoming, QStringLiteral("m-1"), 1000)));
        // Another account may store a message with the same ids, and reads only its own.
        QVERIFY(addMessage(mallory, chatMessage(QStringLiteral("bob@localhost"), ChatMessage::Direction::Incoming, QStringLiteral("m-1"), 1000)));
        mallory.setState(QStringLiteral("bob@localhost"), ChatMessage::Direction::Incoming, QStringLiteral("m-1"), ChatMessage::State::Displayed);

        QCOMPARE(loadPage(alice, QStringLiteral("bob@localhost"), std::nullopt, 10).size(), 1);
        QCOMPARE(loadPage(alice, QStringLiteral("bob@localhost"), std::nullopt, 10).at(0).state, ChatMessage::State::Received);
        QCOMPARE(loadConversations(mallory).size(), 1);
        QCOMPARE(loadPage(MessageStore(m_database.get(), QStringLiteral("eve@localhost")), QStringLiteral("bob@localhost"), std::nullopt, 10).size(), 0);
    }

    void messageSearchFindsWordPrefixes()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        const QString carol = QStringLiteral("carol@localhost");
        QVERIFY(addMessage(store, messageWithBody(bob, QStringLiteral("b-1"), 1000, QStringLiteral("Shall we meet at the Café Central?"))));
        QVERIFY(addMessage(store, messageWithBody(carol, QStringLiteral("c-1"), 2000, QStringLiteral("The meeting moved to Tuesday"))));
        QVERIFY(addMessage(store, messageWithBody(bob, QStringLiteral("b-2"), 3000, QStringLiteral("Nothing to see here"))));

        // Every word matches the start of a word, ignoring case; the newest result comes first.
        const QVector<ChatMessage> meet = searchMessages(store, QStringLiteral("MEET"));
        QCOMPARE(meet.size(), 2);
        QCOMPARE(meet.at(0).originId, QStringLiteral("c-1"));
        QCOMPARE(meet.at(0).peer, carol);
        QCOMPARE(meet.at(1).originId, QStringLiteral("b-1"));
        QVERIFY(meet.at(1).id > 0);
        QCOMPARE(meet.at(1).body, QStringLiteral("Shall we meet at the Café Central?"));

        const QVector<ChatMessage> both = searchMessages(store, QStringLiteral("meet tues"));
        QCOMPARE(both.size(), 1);
        QCOMPARE(both.at(0).originId, QStringLiteral("c-1"));

        const QVector<ChatMessage> accented = searchMessages(store, QStringLiteral("café"));
        QCOMPARE(accented.size(), 1);
        QCOMPARE(accented.at(0).originId, QStringLiteral("b-1"));

        QCOMPARE(searchMessages(store, QStringLiteral("absent")).size(), 0);
    }

    void messageSearchIgnoresQuerySyntax()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        QVERIFY(addMessage(store, messageWithBody(QStringLiteral("bob@localhost"), QStringLiteral("b-1"), 1000, QStringLiteral("It's 5 o'clock: time for tea & cake"))));

        // Operators and quotes of FTS5 and tsquery are separators here, never syntax: only the
        // words count, and each must start a word of the body.
        const QList<QPair<QString, int>> cases = {
            {QStringLiteral("\"tea"), 1},
            {QStringLiteral("tea & !cake"), 1},
            {QStringLiteral("tea:* | cake"), 1},
            {QStringLiteral("o'clock tea"), 1},
            {QStringLiteral("it's"), 1},
            {QStringLiteral("tea OR NOT cake"), 0},
            {QStringLiteral("NEAR(tea cake)"), 0},
            {QStringLiteral("body:tea"), 0},
            {QStringLiteral("'; DROP TABLE messages; --"), 0},
        };
        for (const auto &[input, expected] : cases) {
            QVERIFY2(searchMessages(store, input).size() == expected, qPrintable(QStringLiteral("%1 should find %2 messages").arg(input).arg(expected)));
        }
        QCOMPARE(loadPage(store, QStringLiteral("bob@localhost"), std::nullopt, 10).size(), 1);

        // Input without any word finds nothing and sends no query.
        QCOMPARE(searchMessages(store, QStringLiteral("  !?* ")).size(), 0);
        QCOMPARE(searchMessages(store, QString()).size(), 0);
    }

    void messageSearchIsolatedByAccount()
    {
        MessageStore alice(m_database.get(), QStringLiteral("alice@localhost"));
        MessageStore mallory(m_database.get(), QStringLiteral("mallory@localhost"));
        QVERIFY(addMessage(alice, messageWithBody(QStringLiteral("bob@localhost"), QStringLiteral("b-1"), 1000, QStringLiteral("The secret password is swordfish"))));

        QCOMPARE(searchMessages(alice, QStringLiteral("swordfish")).size(), 1);
        QCOMPARE(searchMessages(mallory, QStringLiteral("swordfish")).size(), 0);
    }

    void messageSearchLimitsResults()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        for (int i = 0; i < 30; ++i) {
            QVERIFY(addMessage(store, messageWithBody(QStringLiteral("bob@localhost"), QStringLiteral("b-%1").arg(i), 1000 + i, QStringLiteral("Repeated word"))));
        }

        const QVector<ChatMessage> results = searchMessages(store, QStringLiteral("repeated"), 10);
        QCOMPARE(results.size(), 10);
        QCOMPARE(results.at(0).originId, QStringLiteral("b-29"));
    }

    void messagesStoredOnceByArchiveId()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        ChatMessage live = chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("m-1"), 1000);
        live.stanzaId = QStringLiteral("archive-1");
        // The archive's copy of a message that had no id, so each copy got an origin id of its own.
        ChatMessage archived = chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("generated-2"), 1000);
        archived.stanzaId = QStringLiteral("archive-1");

        QVERIFY(addMessage(store, live));
        QVERIFY(!addMessage(store, archived));

        const QVector<ChatMessage> page = loadPage(store, bob, std::nullopt, 10);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.at(0).originId, QStringLiteral("m-1"));
        // Another account has archive ids of its own.
        MessageStore mallory(m_database.get(), QStringLiteral("mallory@localhost"));
        QVERIFY(addMessage(mallory, archived));
    }

    void messagesWithoutArchiveIdStoredApart()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const QString bob = QStringLiteral("bob@localhost");

        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("m-1"), 1000)));
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("m-2"), 2000)));

        QCOMPARE(loadPage(store, bob, std::nullopt, 10).size(), 2);
    }

    void archiveIdFilledIntoStoredCopy()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        // Sent by this client: the server gives the sender no archive id.
        const ChatMessage sent = chatMessage(bob, ChatMessage::Direction::Outgoing, QStringLiteral("o-1"), 1000);
        QVERIFY(addMessage(store, sent));
        ChatMessage fromArchive = sent;
        fromArchive.stanzaId = QStringLiteral("archive-7");
        fromArchive.body = QStringLiteral("Another body");

        QVERIFY(!addMessage(store, fromArchive));

        const QVector<ChatMessage> page = loadPage(store, bob, std::nullopt, 10);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.at(0).stanzaId, QStringLiteral("archive-7"));
        // The stored row keeps its own text.
        QCOMPARE(page.at(0).body, QStringLiteral("Body of o-1"));
    }

    void archiveIdNotFilledTwice()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        ChatMessage first = chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("m-1"), 1000);
        first.stanzaId = QStringLiteral("archive-1");
        QVERIFY(addMessage(store, first));
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("m-2"), 2000)));
        // A copy of m-2 that claims m-1's archive id must not take it, nor replace m-1's.
        ChatMessage clash = chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("m-2"), 2000);
        clash.stanzaId = QStringLiteral("archive-1");
        ChatMessage other = first;
        other.stanzaId = QStringLiteral("archive-9");

        QVERIFY(!addMessage(store, clash));
        QVERIFY(!addMessage(store, other));

        const QVector<ChatMessage> page = loadPage(store, bob, std::nullopt, 10);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0).stanzaId, QStringLiteral("archive-1"));
        QCOMPARE(page.at(1).stanzaId, QString());
    }

    void oldestArchiveIdOfConversation()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        QCOMPARE(loadOldestArchiveId(store, bob), QString());
        // The oldest message has no archive id, as a message sent by this client.
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Outgoing, QStringLiteral("o-1"), 500)));
        for (const qint64 time : {3000, 1000, 2000}) {
            ChatMessage message = chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("m-%1").arg(time), time);
            message.stanzaId = QStringLiteral("archive-%1").arg(time);
            QVERIFY(addMessage(store, message));
        }
        ChatMessage carol = chatMessage(QStringLiteral("carol@localhost"), ChatMessage::Direction::Incoming, QStringLiteral("c-1"), 100);
        carol.stanzaId = QStringLiteral("archive-carol");
        QVERIFY(addMessage(store, carol));

        QCOMPARE(loadOldestArchiveId(store, bob), QStringLiteral("archive-1000"));
        QCOMPARE(loadOldestArchiveId(MessageStore(m_database.get(), QStringLiteral("mallory@localhost")), bob), QString());
    }

    void archivePositionRoundTrip()
    {
        MessageStore alice(m_database.get(), QStringLiteral("alice@localhost"));
        MessageStore mallory(m_database.get(), QStringLiteral("mallory@localhost"));
        QCOMPARE(loadArchivePosition(alice), QString());

        alice.saveArchivePosition(QStringLiteral("archive-1"));
        QCOMPARE(loadArchivePosition(alice), QStringLiteral("archive-1"));
        alice.saveArchivePosition(QStringLiteral("archive-2"));
        mallory.saveArchivePosition(QStringLiteral("mallory-1"));

        QCOMPARE(loadArchivePosition(alice), QStringLiteral("archive-2"));
        QCOMPARE(loadArchivePosition(mallory), QStringLiteral("mallory-1"));
    }

    void correctionReplacesBodyOfSendersMessage()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        QVERIFY(addMessage(store, messageWithBody(bob, QStringLiteral("b-1"), 1000, QStringLiteral("Meet at five"))));
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Outgoing, QStringLiteral("a-1"), 2000)));

        const MessageEditResult applied = correct(store, bob, ChatMessage::Direction::Incoming, QStringLiteral("b-1"), QStringLiteral("Meet at six"));
        QCOMPARE(applied.outcome, MessageEditResult::Outcome::Applied);
        QCOMPARE(applied.message.body, QStringLiteral("Meet at six"));
        QVERIFY(applied.message.edited);
        QVERIFY(applied.message.id > 0);

        // The peer's correction of the user's message, and corrections of unknown messages, change nothing.
        QCOMPARE(correct(store, bob, ChatMessage::Direction::Incoming, QStringLiteral("a-1"), QStringLiteral("Forged")).outcome,
                 MessageEditResult::Outcome::OtherSender);
        QCOMPARE(correct(store, bob, ChatMessage::Direction::Incoming, QStringLiteral("none"), QStringLiteral("Forged")).outcome,
                 MessageEditResult::Outcome::NotFound);
        QCOMPARE(correct(store, QStringLiteral("carol@localhost"), ChatMessage::Direction::Incoming, QStringLiteral("b-1"), QStringLiteral("Forged")).outcome,
                 MessageEditResult::Outcome::NotFound);

        const QVector<ChatMessage> messages = loadPage(store, bob, std::nullopt, 10);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).body, QStringLiteral("Meet at six"));
        QVERIFY(messages.at(0).edited);
        QCOMPARE(messages.at(1).body, QStringLiteral("Body of a-1"));
        QVERIFY(!messages.at(1).edited);
        QCOMPARE(searchMessages(store, QStringLiteral("six")).size(), 1);
        QCOMPARE(searchMessages(store, QStringLiteral("five")).size(), 0);
    }

    void retractionClearsBodyAndIndex()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        QVERIFY(addMessage(store, messageWithBody(bob, QStringLiteral("b-1"), 1000, QStringLiteral("Regrettable remark"))));
        QVERIFY(setReactions(store, bob, QStringLiteral("b-1"), QStringLiteral("alice@localhost"), {QStringLiteral("👍")}));
        QCOMPARE(searchMessages(store, QStringLiteral("regrettable")).size(), 1);

        QCOMPARE(retract(store, bob, ChatMessage::Direction::Outgoing, QStringLiteral("b-1")).outcome, MessageEditResult::Outcome::OtherSender);
        const MessageEditResult retracted = retract(store, bob, ChatMessage::Direction::Incoming, QStringLiteral("b-1"));
        QCOMPARE(retracted.outcome, MessageEditResult::Outcome::Applied);
        QVERIFY(retracted.message.retracted);
        QCOMPARE(retracted.message.body, QString());

        QCOMPARE(searchMessages(store, QStringLiteral("regrettable")).size(), 0);
        const QVector<ChatMessage> messages = loadPage(store, bob, std::nullopt, 10);
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.at(0).retracted);
        QCOMPARE(messages.at(0).body, QString());
        QVERIFY(messages.at(0).reactions.isEmpty());
        // A retracted message stays retracted.
        QCOMPARE(correct(store, bob, ChatMessage::Direction::Incoming, QStringLiteral("b-1"), QStringLiteral("Back")).outcome,
                 MessageEditResult::Outcome::Retracted);
        QCOMPARE(retract(store, bob, ChatMessage::Direction::Incoming, QStringLiteral("b-1")).outcome, MessageEditResult::Outcome::Retracted);
    }

    void replyResolvesReferencedMessage()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        const QString longBody = QString(ChatMessage::MaxReplyPreviewLength + 20, QLatin1Char('q'));
        const std::optional<ChatMessage> question = addMessage(store, messageWithBody(bob, QStringLiteral("b-1"), 1000, longBody));
        QVERIFY(question);
        // The same id in the other direction must not be taken for the referenced message.
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Outgoing, QStringLiteral("b-1"), 1500)));

        ChatMessage reply = chatMessage(bob, ChatMessage::Direction::Outgoing, QStringLiteral("a-1"), 2000);
        reply.replyToOriginId = QStringLiteral("b-1");
        reply.replyToDirection = ChatMessage::Direction::Incoming;
        const std::optional<ChatMessage> stored = addMessage(store, reply);
        QVERIFY(stored);
        QCOMPARE(stored->replyToId, question->id);
        QCOMPARE(stored->replyPreview, longBody.left(ChatMessage::MaxReplyPreviewLength));

        ChatMessage dangling = chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("b-2"), 3000);
        dangling.replyToOriginId = QStringLiteral("unknown");
        QVERIFY(addMessage(store, dangling));

        const QVector<ChatMessage> messages = loadPage(store, bob, std::nullopt, 10);
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(2).originId, QStringLiteral("a-1"));
        QCOMPARE(messages.at(2).replyToOriginId, QStringLiteral("b-1"));
        QVERIFY(messages.at(2).replyToDirection);
        QCOMPARE(*messages.at(2).replyToDirection, ChatMessage::Direction::Incoming);
        QCOMPARE(messages.at(2).replyToId, question->id);
        QCOMPARE(messages.at(3).replyToOriginId, QStringLiteral("unknown"));
        QVERIFY(!messages.at(3).replyToDirection);
        QCOMPARE(messages.at(3).replyToId, qint64(0));
        QCOMPARE(messages.at(3).replyPreview, QString());
        QCOMPARE(messages.at(0).replyToOriginId, QString());
    }

    void reactionsReplacedPerReactor()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        const QString alice = QStringLiteral("alice@localhost");
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("b-1"), 1000)));

        std::optional<ChatMessage> reacted = setReactions(store, bob, QStringLiteral("b-1"), bob, {QStringLiteral("🎉"), QStringLiteral("👍")});
        QVERIFY(reacted);
        QCOMPARE(reacted->reactions.value(bob), QStringList({QStringLiteral("🎉"), QStringLiteral("👍")}));
        reacted = setReactions(store, bob, QStringLiteral("b-1"), alice, {QStringLiteral("👍")});
        QVERIFY(reacted);
        reacted = setReactions(store, bob, QStringLiteral("b-1"), bob, {QStringLiteral("❤️")});
        QVERIFY(reacted);
        QCOMPARE(reacted->reactions.value(bob), QStringList({QStringLiteral("❤️")}));
        QCOMPARE(reacted->reactions.value(alice), QStringList({QStringLiteral("👍")}));

        // An empty set removes the reactor's reactions; an unknown message stores nothing.
        reacted = setReactions(store, bob, QStringLiteral("b-1"), alice, {});
        QVERIFY(reacted);
        QVERIFY(!reacted->reactions.contains(alice));
        QVERIFY(!setReactions(store, bob, QStringLiteral("unknown"), bob, {QStringLiteral("👍")}));
        QVERIFY(!setReactions(store, QStringLiteral("carol@localhost"), QStringLiteral("b-1"), bob, {QStringLiteral("👍")}));

        const QVector<ChatMessage> messages = loadPage(store, bob, std::nullopt, 10);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).reactions.size(), 1);
        QCOMPARE(messages.at(0).reactions.value(bob), QStringList({QStringLiteral("❤️")}));
        QCOMPARE(loadConversations(store).at(0).lastMessage.reactions.value(bob), QStringList({QStringLiteral("❤️")}));
    }

    void findMessagesForEdits()
    {
        MessageStore store(m_database.get(), QStringLiteral("alice@localhost"));
        MessageStore mallory(m_database.get(), QStringLiteral("mallory@localhost"));
        const QString bob = QStringLiteral("bob@localhost");
        QVERIFY(!findLastOutgoing(store, bob));
        const std::optional<ChatMessage> first = addMessage(store, chatMessage(bob, ChatMessage::Direction::Outgoing, QStringLiteral("a-1"), 1000));
        QVERIFY(first);
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Outgoing, QStringLiteral("a-2"), 2000)));
        QVERIFY(addMessage(store, chatMessage(bob, ChatMessage::Direction::Incoming, QStringLiteral("b-1"), 3000)));

        const std::optional<ChatMessage> last = findLastOutgoing(store, bob);
        QVERIFY(last);
        QCOMPARE(last->originId, QStringLiteral("a-2"));
        // The newest own message is retracted: nothing is left to correct.
        QCOMPARE(retract(store, bob, ChatMessage::Direction::Outgoing, QStringLiteral("a-2")).outcome, MessageEditResult::Outcome::Applied);
        QVERIFY(!findLastOutgoing(store, bob));

        const std::optional<ChatMessage> found = findMessage(store, first->id);
        QVERIFY(found);
        QCOMPARE(found->originId, QStringLiteral("a-1"));
        QCOMPARE(found->peer, bob);
        QVERIFY(!findMessage(mallory, first->id));
        QVERIFY(!findLastOutgoing(mallory, bob));
    }

private:
    QString loadOldestArchiveId(const MessageStore &store, const QString &peer)
    {
        QString result;
        bool done = false;
        store.loadOldestArchiveId(peer, this, [&result, &done](const QString &archiveId) {
            result = archiveId;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    QString loadArchivePosition(const MessageStore &store)
    {
        QString result;
        bool done = false;
        store.loadArchivePosition(this, [&result, &done](const QString &archiveId) {
            result = archiveId;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    static ChatMessage chatMessage(const QString &peer, ChatMessage::Direction direction, const QString &originId, qint64 timestampMs)
    {
        ChatMessage message;
        message.peer = peer;
        message.direction = direction;
        message.originId = originId;
        message.body = QStringLiteral("Body of ") + originId;
        message.timestampMs = timestampMs;
        message.state = direction == ChatMessage::Direction::Incoming ? ChatMessage::State::Received : ChatMessage::State::Sent;
        return message;
    }

    static ChatMessage messageWithBody(const QString &peer, const QString &originId, qint64 timestampMs, const QString &body)
    {
        ChatMessage message = chatMessage(peer, ChatMessage::Direction::Incoming, originId, timestampMs);
        message.body = body;
        return message;
    }

    QVector<ChatMessage> searchMessages(const MessageStore &store, const QString &text, int limit = 50)
    {
        QVector<ChatMessage> result;
        bool done = false;
        store.search(text, limit, this, [&result, &done](const QVector<ChatMessage> &messages) {
            result = messages;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    MessageEditResult correct(MessageStore &store, const QString &peer, ChatMessage::Direction direction, const QString &originId, const QString &body)
    {
        MessageEditResult result;
        bool done = false;
        store.correct(peer, direction, originId, body, this, [&result, &done](const MessageEditResult &edit) {
            result = edit;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    MessageEditResult retract(MessageStore &store, const QString &peer, ChatMessage::Direction direction, const QString &originId)
    {
        MessageEditResult result;
        bool done = false;
        store.retract(peer, direction, originId, this, [&result, &done](const MessageEditResult &edit) {
            result = edit;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    std::optional<ChatMessage> setReactions(MessageStore &store, const QString &peer, const QString &originId, const QString &reactor, const QStringList &emojis)
    {
        std::optional<ChatMessage> result;
        bool done = false;
        store.setReactions(peer, originId, reactor, emojis, this, [&result, &done](const std::optional<ChatMessage> &message) {
            result = message;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    std::optional<ChatMessage> findMessage(const MessageStore &store, qint64 id)
    {
        std::optional<ChatMessage> result;
        bool done = false;
        store.findMessage(id, this, [&result, &done](const std::optional<ChatMessage> &message) {
            result = message;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    std::optional<ChatMessage> findLastOutgoing(const MessageStore &store, const QString &peer)
    {
        std::optional<ChatMessage> result;
        bool done = false;
        store.findLastOutgoing(peer, this, [&result, &done](const std::optional<ChatMessage> &message) {
            result = message;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    std::optional<ChatMessage> addMessage(MessageStore &store, const ChatMessage &message)
    {
        std::optional<ChatMessage> result;
        bool done = false;
        store.add(message, this, [&result, &done](const std::optional<ChatMessage> &stored) {
            result = stored;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    QString markDisplayed(MessageStore &store, const QString &peer)
    {
        QString result;
        bool done = false;
        store.markDisplayed(peer, this, [&result, &done](const QString &markerId) {
            result = markerId;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    std::optional<MessagePosition> markReadUpTo(MessageStore &store, const QString &peer, const QString &originId)
    {
        std::optional<MessagePosition> result;
        bool done = false;
        store.markReadUpTo(peer, originId, this, [&result, &done](std::optional<MessagePosition> position) {
            result = position;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    QVector<ChatMessage> loadPage(const MessageStore &store, const QString &peer, std::optional<MessagePosition> before, int limit)
    {
        QVector<ChatMessage> result;
        bool done = false;
        store.loadPage(peer, before, limit, this, [&result, &done](const QVector<ChatMessage> &messages) {
            result = messages;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    QVector<ConversationSummary> loadConversations(const MessageStore &store)
    {
        QVector<ConversationSummary> result;
        bool done = false;
        store.loadConversations(this, [&result, &done](const QVector<ConversationSummary> &conversations) {
            result = conversations;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    std::optional<AvatarImage> loadImage(const QString &hash)
    {
        std::optional<AvatarImage> result;
        bool done = false;
        AvatarStore::loadImage(m_database.get(), hash, this, [&result, &done](const std::optional<AvatarImage> &image) {
            result = image;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    bool containsImage(const AvatarStore &store, const QString &hash)
    {
        bool result = false;
        bool done = false;
        store.containsImage(hash, this, [&result, &done](bool contained) {
            result = contained;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    QHash<QString, AvatarReference> loadReferences(const AvatarStore &store)
    {
        QHash<QString, AvatarReference> result;
        bool done = false;
        store.loadReferences(this, [&result, &done](const QHash<QString, AvatarReference> &references) {
            result = references;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    std::optional<DiscoveryInfo> loadByVer(const DiscoveryStore &store, const QString &hashName, const QString &ver)
    {
        std::optional<DiscoveryInfo> result;
        bool done = false;
        store.loadByVer(hashName, ver, this, [&result, &done](const std::optional<DiscoveryInfo> &info) {
            result = info;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    std::optional<DiscoveryInfo> loadByJid(const DiscoveryStore &store, const QString &jid, const QString &node)
    {
        std::optional<DiscoveryInfo> result;
        bool done = false;
        store.loadByJid(jid, node, this, [&result, &done](const std::optional<DiscoveryInfo> &info) {
            result = info;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    QString newDatabaseUrl(const QString &engine)
    {
        ++m_counter;
        if (engine == QLatin1String("sqlite")) {
            return QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("cache-%1.sqlite").arg(m_counter));
        }
        const QString name = QStringLiteral("store_%1").arg(m_counter);
        if (!m_postgres.createDatabase(name)) {
            qWarning("Creating the PostgreSQL database failed: %s", qPrintable(m_postgres.lastError()));
        }
        return m_postgres.url(name);
    }

    QVector<Contact> load(const ContactStore &store)
    {
        QVector<Contact> result;
        bool done = false;
        store.load(this, [&result, &done](const QVector<Contact> &contacts) {
            result = contacts;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    QString loadVersion(const ContactStore &store)
    {
        QString result;
        bool done = false;
        store.loadVersion(this, [&result, &done](const QString &version) {
            result = version;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    QVector<SubscriptionRequest> load(const SubscriptionRequestStore &store)
    {
        QVector<SubscriptionRequest> result;
        bool done = false;
        store.load(this, [&result, &done](const QVector<SubscriptionRequest> &requests) {
            result = requests;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    QStringList load(const BlockListStore &store)
    {
        QStringList result;
        bool done = false;
        store.load(this, [&result, &done](const QStringList &jids) {
            result = jids;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    QVector<OutboxItem> load(const OutboxStore &store)
    {
        QVector<OutboxItem> result;
        bool done = false;
        store.load(this, [&result, &done](const QVector<OutboxItem> &items) {
            result = items;
            done = true;
        });
        [&done] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return result;
    }

    QTemporaryDir m_folder;
    TestPostgresServer m_postgres;
    int m_counter = 0;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(StoreTest)
#include "StoreTest.moc"
