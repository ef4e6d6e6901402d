#include "store/Database.h"

#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <memory>

namespace {

constexpr int OpenTimeoutMs = 10000;

bool openDatabase(Database &database, QString *error)
{
    QSignalSpy openedSpy(&database, &Database::opened);
    database.open();
    if (!openedSpy.wait(OpenTimeoutMs)) {
        *error = QStringLiteral("Database::opened was not emitted within %1 ms").arg(OpenTimeoutMs);
        return false;
    }
    if (!openedSpy.at(0).at(0).toBool()) {
        *error = database.lastError();
        return false;
    }
    return true;
}

bool execute(QSqlDatabase &connection, const QString &statement, QString *error)
{
    QSqlQuery query(connection);
    if (query.exec(statement))
        return true;
    *error = QStringLiteral("%1 failed: %2").arg(statement, query.lastError().text());
    return false;
}

} // namespace

// The database thread: order of queued work, the thread results arrive in,
// and results for deleted context objects. SQLite only, because the
// threading is the same for both engines.
class DatabaseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void workRunsInQueueOrder();
    void writesKeepQueueOrder();
    void failedWriteUndoneAlone();
    void writeResultFollowsCommit();
    void resultArrivesInCallerThread();
    void resultOfDeletedContextIsDropped_data();
    void resultOfDeletedContextIsDropped();
    void destructorFinishesQueuedWork();
    void postBeforeOpenIsDropped();
    void releaseMemoryKeepsOrderAndData();

private:
    QString newUrl();
    QString m_url;
    // Waits until every result queued before it has been delivered to this thread.
    bool waitForQueueToDrain();

    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
    int m_counter = 0;
};

QString DatabaseTest::newUrl()
{
    return QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_counter));
}

bool DatabaseTest::waitForQueueToDrain()
{
    bool delivered = false;
    m_database->run<bool>(this, [](QSqlDatabase &) { return true; }, [&delivered](bool) { delivered = true; });
    return QTest::qWaitFor([&delivered] { return delivered; }, 5000);
}

void DatabaseTest::init()
{
    QVERIFY2(m_folder.isValid(), qPrintable(m_folder.errorString()));
    m_url = newUrl();
    m_database = std::make_unique<Database>(m_url);
    QString error;
    QVERIFY2(openDatabase(*m_database, &error), qPrintable(error));
}

void DatabaseTest::cleanup()
{
    m_database.reset();
}

void DatabaseTest::workRunsInQueueOrder()
{
    constexpr int WorkCount = 100;
    QThread *const testThread = QThread::currentThread();
    QString error;
    bool created = false;
    m_database->runBlocking([&](QSqlDatabase &connection) {
        created = execute(connection, QStringLiteral("CREATE TABLE work_order (position INTEGER NOT NULL)"), &error);
    });
    QVERIFY2(created, qPrintable(error));

    // Written on the database thread only, and read after runBlocking() has waited for that thread.
    QVector<int> executed;
    QSet<QThread *> workThreads;
    QStringList workErrors;
    QVector<int> delivered;
    int deliveredElsewhere = 0;

    for (int position = 0; position < WorkCount; ++position) {
        auto work = [&, position](QSqlDatabase &connection) {
            executed += position;
            workThreads.insert(QThread::currentThread());
            QString insertError;
            if (!execute(connection, QStringLiteral("INSERT INTO work_order (position) VALUES (%1)").arg(position), &insertError))
                workErrors += insertError;
            return position;
        };
        // Both ways of queueing share one queue.
        if (position % 3 == 0) {
            m_database->post([work](QSqlDatabase &connection) { work(connection); });
        } else {
            m_database->run<int>(this, work, [&, testThread](int result) {
                delivered += result;
                if (QThread::currentThread() != testThread)
                    ++deliveredElsewhere;
            });
        }
    }

    QVector<int> expectedDelivered;
    for (int position = 0; position < WorkCount; ++position) {
        if (position % 3 != 0)
            expectedDelivered += position;
    }
    QTRY_COMPARE(delivered.size(), expectedDelivered.size());
    QCOMPARE(delivered, expectedDelivered);
    QCOMPARE(deliveredElsewhere, 0);

    QVector<int> stored;
    m_database->runBlocking([&](QSqlDatabase &connection) {
        QSqlQuery query(connection);
        query.exec(QStringLiteral("SELECT position FROM work_order ORDER BY rowid"));
        while (query.next())
            stored += query.value(0).toInt();
    });
    QVERIFY2(workErrors.isEmpty(), qPrintable(workErrors.join(QLatin1Char('\n'))));
    QVector<int> expectedExecuted(WorkCount);
    std::iota(expectedExecuted.begin(), expectedExecuted.end(), 0);
    QCOMPARE(executed, expectedExecuted);
    QCOMPARE(stored, expectedExecuted);
    QCOMPARE(workThreads.size(), 1);
    QVERIFY(*workThreads.cbegin() != testThread);
}

void DatabaseTest::writesKeepQueueOrder()
{
    constexpr int WorkCount = 600;
    QString error;
    bool created = false;
    m_database->runBlocking([&](QSqlDatabase &connection) {
        created = execute(connection, QStringLiteral("CREATE TABLE write_order (position INTEGER NOT NULL)"), &error);
    });
    QVERIFY2(created, qPrintable(error));

    // Batched writes, with and without results, between plain work that ends their batches.
    QStringList workErrors;
    QVector<int> delivered;
    for (int position = 0; position < WorkCount; ++position) {
        const auto insert = [&workErrors, position](QSqlDatabase &connection) {
            QString insertError;
            const bool ok = execute(connection, QStringLiteral("INSERT INTO write_order (position) VALUES (%1)").arg(position), &insertError);
            if (!ok)
                workErrors += insertError;
            return ok;
        };
        if (position % 50 == 0) {
            m_database->post([insert](QSqlDatabase &connection) { insert(connection); });
        } else if (position % 2 == 0) {
            m_database->postWrite(insert, position % 4 == 0);
        } else {
            m_database->runWrite<int>(this, [insert, position](QSqlDatabase &connection) {
                insert(connection);
                return position;
            }, [&delivered](int result) { delivered += result; });
        }
    }
    QVERIFY(waitForQueueToDrain());

    QVector<int> stored;
    m_database->runBlocking([&](QSqlDatabase &connection) {
        QSqlQuery query(connection);
        query.exec(QStringLiteral("SELECT position FROM write_order ORDER BY rowid"));
        while (query.next())
            stored += query.value(0).toInt();
    });
    QVERIFY2(workErrors.isEmpty(), qPrintable(workErrors.join(QLatin1Char('\n'))));
    QVector<int> expected(WorkCount);
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(stored, expected);
    QCOMPARE(delivered.size(), WorkCount / 2);
    QVERIFY(std::is_sorted(delivered.cbegin(), delivered.cend()));
}

void DatabaseTest::failedWriteUndoneAlone()
{
    QString error;
    bool created = false;
    m_database->runBlocking([&](QSqlDatabase &connection) {
        created = execute(connection, QStringLiteral("CREATE TABLE pairs (name TEXT NOT NULL UNIQUE)"), &error);
    });
    QVERIFY2(created, qPrintable(error));

    // Each work inserts two rows. The second work's second row breaks the unique constraint.
    const auto insertPair = [](const QString &first, const QString &second) {
        return [first, second](QSqlDatabase &connection) {
            QString ignored;
            return execute(connection, QStringLiteral("INSERT INTO pairs (name) VALUES ('%1')").arg(first), &ignored)
                && execute(connection, QStringLiteral("INSERT INTO pairs (name) VALUES ('%1')").arg(second), &ignored);
        };
    };
    m_database->postWrite(insertPair(QStringLiteral("a"), QStringLiteral("b")));
    m_database->postWrite(insertPair(QStringLiteral("c"), QStringLiteral("a")));
    m_database->postWrite(insertPair(QStringLiteral("d"), QStringLiteral("e")));
    QVERIFY(waitForQueueToDrain());

    QStringList names;
    m_database->runBlocking([&](QSqlDatabase &connection) {
        QSqlQuery query(connection);
        query.exec(QStringLiteral("SELECT name FROM pairs ORDER BY name"));
        while (query.next())
            names += query.value(0).toString();
    });
    QCOMPARE(names, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("e")}));
}

void DatabaseTest::writeResultFollowsCommit()
{
    QString error;
    bool created = false;
    m_database->runBlocking([&](QSqlDatabase &connection) {
        created = execute(connection, QStringLiteral("CREATE TABLE committed (value INTEGER NOT NULL)"), &error);
    });
    QVERIFY2(created, qPrintable(error));

    // A second connection reads committed rows only, so it counts what a crash would keep.
    QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("commit-reader"));
    reader.setDatabaseName(m_url.mid(QStringLiteral("sqlite:").size()));
    QVERIFY2(reader.open(), qPrintable(reader.lastError().text()));
    const auto countCommitted = [&reader] {
        QSqlQuery query(reader);
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM committed")) && query.next() ? query.value(0).toInt() : -1;
    };

    constexpr int WriteCount = 20;
    QVector<int> committedAtDelivery;
    for (int value = 0; value < WriteCount; ++value) {
        m_database->runWrite<int>(this, [value](QSqlDatabase &connection) {
            QString ignored;
            execute(connection, QStringLiteral("INSERT INTO committed (value) VALUES (%1)").arg(value), &ignored);
            return value;
        }, [&committedAtDelivery, &countCommitted](int) { committedAtDelivery += countCommitted(); });
    }
    QVERIFY(waitForQueueToDrain());

    QCOMPARE(committedAtDelivery.size(), WriteCount);
    for (const int committed : qAsConst(committedAtDelivery)) {
        QVERIFY2(committed >= 1, "a write's result arrived before its transaction was committed");
    }
    reader.close();
    reader = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("commit-reader"));
}

void DatabaseTest::resultArrivesInCallerThread()
{
    QThread callerThread;
    callerThread.setObjectName(QStringLiteral("caller"));
    callerThread.start();
    auto *context = new QObject;
    context->moveToThread(&callerThread);
    connect(&callerThread, &QThread::finished, context, &QObject::deleteLater);

    std::atomic<QThread *> workThread{nullptr};
    std::atomic<QThread *> deliveryThread{nullptr};
    std::atomic<int> deliveredValue{0};
    Database *database = m_database.get();
    QMetaObject::invokeMethod(context, [&, database, context] {
        database->run<int>(
            context,
            [&workThread](QSqlDatabase &) {
                workThread = QThread::currentThread();
                return 42;
            },
            [&deliveryThread, &deliveredValue](int value) {
                deliveredValue = value;
                deliveryThread = QThread::currentThread();
            });
    });

    QTRY_VERIFY(deliveryThread.load() != nullptr);
    QCOMPARE(deliveredValue.load(), 42);
    QCOMPARE(deliveryThread.load(), &callerThread);
    QVERIFY(workThread.load() != &callerThread);
    QVERIFY(workThread.load() != QThread::currentThread());

    callerThread.quit();
    QVERIFY(callerThread.wait(5000));
}

void DatabaseTest::resultOfDeletedContextIsDropped_data()
{
    QTest::addColumn<bool>("deleteBeforeWorkRuns");
    QTest::newRow("deleted before the work runs") << true;
    QTest::newRow("deleted before the result arrives") << false;
}

void DatabaseTest::resultOfDeletedContextIsDropped()
{
    QFETCH(bool, deleteBeforeWorkRuns);

    // Holds the database thread until the context is gone.
    QSemaphore gate;
    if (deleteBeforeWorkRuns)
        m_database->post([&gate](QSqlDatabase &) { gate.acquire(); });

    auto *context = new QObject;
    std::atomic<bool> workRan{false};
    bool delivered = false;
    m_database->run<int>(
        context,
        [&workRan](QSqlDatabase &) {
            workRan = true;
            return 7;
        },
        [&delivered](int) { delivered = true; });

    if (deleteBeforeWorkRuns) {
        delete context;
        gate.release();
    } else {
        // After this the work has run and its result waits in this thread's event queue.
        m_database->runBlocking([](QSqlDatabase &) {});
        QVERIFY(workRan);
        delete context;
    }

    QVERIFY(waitForQueueToDrain());
    // The work still runs, so a write queued by an object that is then deleted is not lost.
    QVERIFY(workRan);
    QVERIFY2(!delivered, "A result was delivered to a deleted context object");
}

void DatabaseTest::destructorFinishesQueuedWork()
{
    constexpr int RowCount = 50;
    const QString url = newUrl();
    QString error;
    {
        Database database(url);
        QVERIFY2(openDatabase(database, &error), qPrintable(error));
        bool created = false;
        database.runBlocking([&](QSqlDatabase &connection) {
            created = execute(connection, QStringLiteral("CREATE TABLE queued (n INTEGER NOT NULL)"), &error);
        });
        QVERIFY2(created, qPrintable(error));
        for (int n = 0; n < RowCount; ++n) {
            database.post([n](QSqlDatabase &connection) {
                QSqlQuery query(connection);
                query.exec(QStringLiteral("INSERT INTO queued (n) VALUES (%1)").arg(n));
            });
        }
    }

    Database reopened(url);
    QVERIFY2(openDatabase(reopened, &error), qPrintable(error));
    int count = -1;
    reopened.runBlocking([&count](QSqlDatabase &connection) {
        QSqlQuery query(connection);
        if (query.exec(QStringLiteral("SELECT count(*) FROM queued")) && query.next())
            count = query.value(0).toInt();
    });
    QCOMPARE(count, RowCount);
}

void DatabaseTest::postBeforeOpenIsDropped()
{
    Database database(newUrl());
    bool ran = false;
    QTest::ignoreMessage(QtWarningMsg, "Query dropped: the database was never opened");
    database.post([&ran](QSqlDatabase &) { ran = true; });
    QTest::ignoreMessage(QtWarningMsg, "Query dropped: the database was never opened");
    database.runBlocking([&ran](QSqlDatabase &) { ran = true; });
    QVERIFY(!ran);
    QVERIFY(!database.isOpen());
}

void DatabaseTest::releaseMemoryKeepsOrderAndData()
{
    constexpr int RowCount = 2000;
    QString error;
    bool created = false;
    m_database->runBlocking([&](QSqlDatabase &connection) {
        created = execute(connection, QStringLiteral("CREATE TABLE filler (value TEXT NOT NULL)"), &error);
    });
    QVERIFY2(created, qPrintable(error));

    QStringList events;
    m_database->postWrite([](QSqlDatabase &connection) {
        QSqlQuery insert(connection);
        insert.prepare(QStringLiteral("INSERT INTO filler (value) VALUES (?)"));
        for (int row = 0; row < RowCount; ++row) {
            insert.addBindValue(QString(200, QLatin1Char('x')));
            if (!insert.exec()) {
                return false;
            }
        }
        return true;
    });
    m_database->releaseMemory(this, [&events] { events += QStringLiteral("released"); });
    m_database->run<int>(this, [](QSqlDatabase &connection) {
        QSqlQuery count(connection);
        return count.exec(QStringLiteral("SELECT COUNT(*) FROM filler")) && count.next() ? count.value(0).toInt() : -1;
    }, [&events](int rows) { events += QStringLiteral("rows %1").arg(rows); });

    QVERIFY(waitForQueueToDrain());
    QCOMPARE(events, QStringList({QStringLiteral("released"), QStringLiteral("rows %1").arg(RowCount)}));
}

QTEST_GUILESS_MAIN(DatabaseTest)
#include "DatabaseTest.moc"
