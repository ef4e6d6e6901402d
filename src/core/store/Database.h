#pragma once

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

/// Hands a result from the database thread to a context object's thread, unless the context is gone.
///
/// The context's destroyed() signal clears the target under a mutex, and the
/// database thread posts only while holding that mutex, so a result is never
/// posted to a deleted object. Events already posted to an object that is
/// then deleted are discarded by Qt.
class ResultDelivery
{
public:
    static std::shared_ptr<ResultDelivery> create(QObject *context);
    ~ResultDelivery();

    /// Calls \a callback in the context's thread, or drops it when the context was destroyed.
    void deliver(std::function<void()> callback);

private:
    ResultDelivery() = default;

    QMutex m_mutex;
    QObject *m_context = nullptr;
    QMetaObject::Connection m_destroyedConnection;
};

class QThread;
class DatabaseWorker;

/// Salon's SQL cache: one connection on a thread of its own.
///
/// Every query runs on the database thread, in the order it was queued, so the
/// caller's thread (the UI thread or a linker's event loop) never waits for
/// the disk. Results come back as a queued call in the caller's thread; a call
/// whose context object was destroyed meanwhile is dropped.
///
/// The location is a URL:
/// - \c sqlite:PATH: a SQLite file, created when missing, in WAL mode so that
///   several processes (the linkers of a server) share it safely;
/// - \c sqlite::memory: a private in-memory SQLite database, for tests;
/// - \c postgresql://USER[:PASSWORD]@HOST:PORT/DBNAME: a PostgreSQL database.
///
/// Opening applies the schema migrations (see Migrations) before any other query runs.
///
/// \code
/// Database database(QStringLiteral("sqlite:/home/alice/.local/share/salon/cache.sqlite"));
/// database.open();
/// database.run<int>(this, [](QSqlDatabase &db) { ...; return count; },
///                   [](int count) { ... });
/// \endcode
class Database : public QObject
{
    Q_OBJECT

public:
    enum class Engine {
        Sqlite,
        PostgreSql,
    };
    Q_ENUM(Engine)

    explicit Database(const QString &url, QObject *parent = nullptr);
    /// Finishes every queued query, then closes the connection and stops the thread.
    ~Database() override;

    QString url() const;
    Engine engine() const;

    /// Starts the thread, opens the connection and migrates the schema; opened() reports the result.
    void open();
    bool isOpen() const;
    QString lastError() const;

    /// Queues \a work on the database thread and delivers its result to \a done in the thread of \a context.
    template<typename Result>
    void run(QObject *context, std::function<Result(QSqlDatabase &)> work, std::function<void(Result)> done)
    {
        auto delivery = ResultDelivery::create(context);
        post([delivery, work = std::move(work), done = std::move(done)](QSqlDatabase &database) {
            Result result = work(database);
            delivery->deliver([done, result = std::move(result)]() {
                if (done) {
                    done(result);
                }
            });
        });
    }

    /// Queues \a work on the database thread without waiting for it.
    void post(std::function<void(QSqlDatabase &)> work);

    /// Queues \a work like post(), in one transaction with the writes queued right before and
    /// after it through postWrite() or runWrite(), which saves a commit for each write: SQLite
    /// writes its journal and its full-text index once per commit. Works still run in the order
    /// they were queued, because any other call (post(), run(), runBlocking()) starts a new
    /// transaction. \a work returns false after a failed statement. With \a savepoint, only its
    /// own changes are then undone; without, they are kept, which saves the savepoint's cost (see
    /// runWrite()). It must neither start nor end a transaction itself.
    void postWrite(std::function<bool(QSqlDatabase &)> work, bool savepoint = true);

    /// Like run(), in a shared transaction like postWrite() but without a savepoint: \a work must
    /// leave the database as it should stay whatever happens, as a single statement does. A
    /// savepoint makes SQLite's full-text index write out what it holds, which costs more than
    /// a message's insert. \a done gets the result after the transaction's commit, so a caller
    /// never shows a write that a crash right after could still undo.
    template<typename Result>
    void runWrite(QObject *context, std::function<Result(QSqlDatabase &)> work, std::function<void(Result)> done)
    {
        auto delivery = ResultDelivery::create(context);
        queueWrite([delivery, work = std::move(work), done = std::move(done)](QSqlDatabase &database, AfterCommit &afterCommit) {
            Result result = work(database);
            afterCommit.append([delivery, done, result = std::move(result)]() {
                delivery->deliver([done, result]() {
                    if (done) {
                        done(result);
                    }
                });
            });
            return true;
        }, false);
    }

    /// Makes SQLite free the page cache and other memory of the connection that it can, after the
    /// queries queued before, then calls \a done in the thread of \a context. Does nothing more with
    /// PostgreSQL, whose memory is the server's.
    void releaseMemory(QObject *context, std::function<void()> done);

    /// Runs \a work on the database thread and waits for it. Only for start-up in tools and for tests:
    /// never call it from a UI thread or a linker's event loop.
    void runBlocking(const std::function<void(QSqlDatabase &)> &work);

    /// Parses \a url into the driver name and connection settings of \a database; returns false when it is invalid.
    static bool configure(const QString &url, QSqlDatabase *database, QString *error);

Q_SIGNALS:
    /// Reports the end of open(): \a ok is false when the connection or a migration failed, with lastError() set.
    void opened(bool ok);

private:
    struct WriteBatch;
    // Actions that a batch's works leave for after its commit, such as the delivery of their results.
    using AfterCommit = QVector<std::function<void()>>;

    void handleOpened(bool ok, const QString &error);
    void queueWrite(std::function<bool(QSqlDatabase &, AfterCommit &)> work, bool savepoint);
    // Ends the write batch that postWrite() adds to, so that the next work runs after it. The caller holds m_queueMutex.
    void closeWriteBatch();
    static void runWriteBatch(QSqlDatabase &database, WriteBatch &batch);

    QString m_url;
    Engine m_engine = Engine::Sqlite;
    bool m_open = false;
    QString m_lastError;
    std::unique_ptr<QThread> m_thread;
    DatabaseWorker *m_worker = nullptr;
    // Keeps the order of the queued works when several threads queue them.
    QMutex m_queueMutex;
    // The batch that postWrite() adds to until it starts or another work is queued.
    std::shared_ptr<WriteBatch> m_writeBatch;
};
