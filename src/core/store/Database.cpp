#include "Database.h"

#include "DatabaseUrl.h"
#include "DatabaseWorker.h"
#include "salon_core_store_logging.h"

#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {

// Maximum number of works in one write transaction, so that a burst of writes reaches the disk,
// and its results reach the callers, in steps.
constexpr int MaxWriteBatchSize = 256;

bool execStatement(QSqlDatabase &database, const QString &statement)
{
    QSqlQuery query(database);
    if (!query.exec(statement)) {
        qCWarning(SALON_CORE_STORE).noquote() << statement << "failed:" << query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

struct Database::WriteBatch
{
    struct Write
    {
        std::function<bool(QSqlDatabase &, AfterCommit &)> work;
        // Whether a savepoint undoes the work's changes when it fails.
        bool savepoint = true;
    };

    QMutex mutex;
    // Set by the database thread when it takes the works. Later works go to a new batch.
    bool started = false;
    QVector<Write> writes;
};

std::shared_ptr<ResultDelivery> ResultDelivery::create(QObject *context)
{
    std::shared_ptr<ResultDelivery> delivery(new ResultDelivery);
    delivery->m_context = context;
    if (context) {
        std::weak_ptr<ResultDelivery> weak = delivery;
        delivery->m_destroyedConnection = QObject::connect(context, &QObject::destroyed, [weak] {
            if (const auto strong = weak.lock()) {
                QMutexLocker locker(&strong->m_mutex);
                strong->m_context = nullptr;
            }
        });
    }
    return delivery;
}

ResultDelivery::~ResultDelivery()
{
    QObject::disconnect(m_destroyedConnection);
}

void ResultDelivery::deliver(std::function<void()> callback)
{
    QMutexLocker locker(&m_mutex);
    if (!m_context) {
        return;
    }
    QMetaObject::invokeMethod(m_context, std::move(callback), Qt::QueuedConnection);
}

Database::Database(const QString &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_engine(DatabaseUrl::isPostgreSql(url) ? Engine::PostgreSql : Engine::Sqlite)
{
}

Database::~Database()
{
    if (!m_thread) {
        return;
    }

    // The thread handles its events in order, so all queued work is done before this last call ends the thread.
    DatabaseWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] {
        delete worker;
        QThread::currentThread()->quit();
    }, Qt::QueuedConnection);
    m_thread->wait();
}

QString Database::url() const
{
    return m_url;
}

Database::Engine Database::engine() const
{
    return m_engine;
}

void Database::open()
{
    if (m_thread) {
        return;
    }

    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("salon-database"));
    m_worker = new DatabaseWorker(m_url, m_engine);
    m_worker->moveToThread(m_thread.get());
    m_thread->start();

    DatabaseWorker *worker = m_worker;
    QPointer<Database> self(this);
    QMetaObject::invokeMethod(worker, [worker, self] {
        const QString error = worker->open();
        if (self) {
            QMetaObject::invokeMethod(self.data(), [self, error] {
                if (self) {
                    self->handleOpened(error.isEmpty(), error);
                }
            }, Qt::QueuedConnection);
        }
    }, Qt::QueuedConnection);
}

bool Database::isOpen() const
{
    return m_open;
}

QString Database::lastError() const
{
    return m_lastError;
}

void Database::releaseMemory(QObject *context, std::function<void()> done)
{
    const bool sqlite = engine() == Engine::Sqlite;
    run<bool>(
        context,
        [sqlite](QSqlDatabase &database) {
            if (!sqlite || !database.isOpen()) {
                return false;
            }
            QSqlQuery query(database);
            if (!query.exec(QStringLiteral("PRAGMA shrink_memory"))) {
                qCWarning(SALON_CORE_STORE).noquote() << "Releasing the memory of the database connection failed:" << query.lastError().text();
                return false;
            }
            return true;
        },
        [done = std::move(done)](bool) {
            done();
        });
}

void Database::post(std::function<void(QSqlDatabase &)> work)
{
    if (!m_worker) {
        qCWarning(SALON_CORE_STORE) << "Query dropped: the database was never opened";
        return;
    }

    QMutexLocker locker(&m_queueMutex);
    closeWriteBatch();
    DatabaseWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, work = std::move(work)] {
        // After a failed open, the work gets an invalid connection and its queries fail.
        work(worker->database());
    }, Qt::QueuedConnection);
}

void Database::postWrite(std::function<bool(QSqlDatabase &)> work, bool savepoint)
{
    queueWrite([work = std::move(work)](QSqlDatabase &database, AfterCommit &) {
        return work(database);
    }, savepoint);
}

void Database::queueWrite(std::function<bool(QSqlDatabase &, AfterCommit &)> work, bool savepoint)
{
    if (!m_worker) {
        qCWarning(SALON_CORE_STORE) << "Write dropped: the database was never opened";
        return;
    }

    QMutexLocker locker(&m_queueMutex);
    if (m_writeBatch) {
        QMutexLocker batchLocker(&m_writeBatch->mutex);
        if (!m_writeBatch->started && m_writeBatch->writes.size() < MaxWriteBatchSize) {
            m_writeBatch->writes.append({std::move(work), savepoint});
            return;
        }
    }
    auto batch = std::make_shared<WriteBatch>();
    batch->writes.append({std::move(work), savepoint});
    m_writeBatch = batch;
    DatabaseWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, batch] {
        runWriteBatch(worker->database(), *batch);
    }, Qt::QueuedConnection);
}

void Database::closeWriteBatch()
{
    m_writeBatch.reset();
}

void Database::runWriteBatch(QSqlDatabase &database, WriteBatch &batch)
{
    QVector<WriteBatch::Write> writes;
    {
        QMutexLocker locker(&batch.mutex);
        batch.started = true;
        writes = std::move(batch.writes);
    }

    // After a failed open the connection is invalid: the works run, and their queries fail.
    const bool inTransaction = database.isOpen() && database.transaction();
    if (database.isOpen() && !inTransaction) {
        qCWarning(SALON_CORE_STORE).noquote() << "Cannot start a write transaction:" << database.lastError().text();
    }
    AfterCommit afterCommit;
    for (const WriteBatch::Write &write : qAsConst(writes)) {
        // A savepoint undoes the changes of a failed work alone.
        const bool savepoint = inTransaction && write.savepoint && execStatement(database, QStringLiteral("SAVEPOINT salon_write"));
        const bool ok = write.work(database, afterCommit);
        if (savepoint) {
            if (!ok) {
                execStatement(database, QStringLiteral("ROLLBACK TO SAVEPOINT salon_write"));
            }
            execStatement(database, QStringLiteral("RELEASE SAVEPOINT salon_write"));
        }
    }
    // NOTE: after a failed commit (a full disk) the results are delivered all the same, so their
    // callers show writes that the database does not have. Only the warning reports it.
    if (inTransaction && !database.commit()) {
        qCWarning(SALON_CORE_STORE).noquote() << "Committing" << writes.size() << "writes failed:" << database.lastError().text();
        database.rollback();
    }
    for (const std::function<void()> &action : qAsConst(afterCommit)) {
        action();
    }
}

void Database::runBlocking(const std::function<void(QSqlDatabase &)> &work)
{
    if (!m_worker) {
        qCWarning(SALON_CORE_STORE) << "Query dropped: the database was never opened";
        return;
    }
    Q_ASSERT(QThread::currentThread() != m_thread.get());

    {
        QMutexLocker locker(&m_queueMutex);
        closeWriteBatch();
    }
    DatabaseWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, &work] {
        work(worker->database());
    }, Qt::BlockingQueuedConnection);
}

bool Database::configure(const QString &url, QSqlDatabase *database, QString *error)
{
    return DatabaseUrl::configure(url, database, error);
}

void Database::handleOpened(bool ok, const QString &error)
{
    m_open = ok;
    m_lastError = error;
    if (ok) {
        qCInfo(SALON_CORE_STORE).noquote() << "Database opened:" << (m_engine == Engine::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"));
    } else {
        qCWarning(SALON_CORE_STORE).noquote() << "Database could not be opened:" << error;
    }
    Q_EMIT opened(ok);
}
