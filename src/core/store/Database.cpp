#include "Database.h"

#include "DatabaseUrl.h"
#include "DatabaseWorker.h"
#include "salon_core_store_logging.h"

#include <QPointer>
#include <QThread>

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

void Database::post(std::function<void(QSqlDatabase &)> work)
{
    if (!m_worker) {
        qCWarning(SALON_CORE_STORE) << "Query dropped: the database was never opened";
        return;
    }

    DatabaseWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, work = std::move(work)] {
        // After a failed open, the work gets an invalid connection and its queries fail.
        work(worker->database());
    }, Qt::QueuedConnection);
}

void Database::runBlocking(const std::function<void(QSqlDatabase &)> &work)
{
    if (!m_worker) {
        qCWarning(SALON_CORE_STORE) << "Query dropped: the database was never opened";
        return;
    }
    Q_ASSERT(QThread::currentThread() != m_thread.get());

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
