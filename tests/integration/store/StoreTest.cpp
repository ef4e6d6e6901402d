#include "store/ContactStore.h"
#include "store/Database.h"
#include "store/DiscoveryStore.h"
#include "store/OutboxStore.h"
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

private:
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
