#include "HealthHandler.h"

#include "DaemonLogging.h"
#include "HttpConnection.h"
#include "HttpRequestHead.h"
#include "HttpResponse.h"
#include "store/DatabaseUrl.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

HealthHandler::HealthHandler(const QString &databaseUrl, int cacheMs, int probeTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_databaseUrl(databaseUrl)
    , m_cacheMs(cacheMs)
    , m_probeTimeoutMs(probeTimeoutMs)
{
    m_probeThread.setMaxThreadCount(1);
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, [this] {
        setResult(false, QStringLiteral("the probe timed out after %1 ms").arg(m_probeTimeoutMs));
    });
}

HealthHandler::~HealthHandler()
{
    // After this, the probe thread posts no result any more; one posted already is discarded with this object.
    m_probeThread.waitForDone();
}

void HealthHandler::handleRequest(HttpConnection *connection, const HttpRequestHead &request)
{
    if (request.method() != "GET" && request.method() != "HEAD") {
        HttpResponse response = HttpResponse::error(405);
        response.addHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD"));
        connection->respond(response, QStringLiteral("method not allowed on /healthz"));
        return;
    }

    const bool resultIsFresh = m_hasResult && m_resultClock.elapsed() < m_cacheMs;
    if (m_databaseUrl.isEmpty() || resultIsFresh) {
        respond(connection);
        return;
    }

    // A probe that hangs past its timeout, such as one waiting for DNS, is not waited for again.
    if (m_probeRunning && m_probeClock.elapsed() >= m_probeTimeoutMs) {
        setResult(false, QStringLiteral("the previous probe is still running after %1 ms").arg(m_probeClock.elapsed()));
        respond(connection);
        return;
    }

    m_waiting.append(connection);
    if (!m_probeRunning) {
        startProbe();
    }
}

QString HealthHandler::probe(const QString &url, int timeoutMs)
{
    static QAtomicInteger<quint64> lastProbeId;
    const QString connectionName = QStringLiteral("salon-health-%1").arg(++lastProbeId);

    QString error;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(DatabaseUrl::driverName(url), connectionName);
        if (!database.isValid()) {
            error = QStringLiteral("the Qt SQL driver %1 is not installed").arg(DatabaseUrl::driverName(url));
        } else if (DatabaseUrl::configure(url, &database, &error)) {
            // libpq counts its connect_timeout in whole seconds and takes at least 2.
            const int timeoutSeconds = qMax(2, (timeoutMs + 999) / 1000);
            database.setConnectOptions(DatabaseUrl::isPostgreSql(url) ? QStringLiteral("connect_timeout=%1").arg(timeoutSeconds)
                                                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(timeoutMs));
            if (!database.open()) {
                error = database.lastError().text();
            } else {
                // Reading the schema version makes SQLite read the file's header, so a file that is no database fails here.
                QSqlQuery query(database);
                const QString statement = DatabaseUrl::isPostgreSql(url) ? QStringLiteral("SELECT 1") : QStringLiteral("PRAGMA schema_version");
                if (!query.exec(statement) || !query.next()) {
                    error = query.lastError().text();
                }
                query.finish();
                database.close();
            }
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return error;
}

void HealthHandler::startProbe()
{
    m_probeRunning = true;
    m_probeClock.start();
    m_probeTimer.start(m_probeTimeoutMs);

    const QString url = m_databaseUrl;
    const int timeoutMs = m_probeTimeoutMs;
    m_probeThread.start([this, url, timeoutMs] {
        const QString error = probe(url, timeoutMs);
        QMetaObject::invokeMethod(this, [this, error] {
            finishProbe(error);
        }, Qt::QueuedConnection);
    });
}

void HealthHandler::finishProbe(const QString &error)
{
    m_probeRunning = false;
    m_probeTimer.stop();
    setResult(error.isEmpty(), error);
}

void HealthHandler::setResult(bool reachable, const QString &error)
{
    // Only changes are logged, so a health check every few seconds does not flood the log.
    if (!reachable && (!m_hasResult || m_reachable)) {
        qCWarning(SALON_DAEMON).noquote() << "Health check: the database is unreachable:" << error.simplified();
    } else if (reachable && m_hasResult && !m_reachable) {
        qCInfo(SALON_DAEMON) << "Health check: the database is reachable again";
    }

    m_hasResult = true;
    m_reachable = reachable;
    m_resultClock.start();

    const QVector<QPointer<HttpConnection>> waiting = std::exchange(m_waiting, {});
    for (const QPointer<HttpConnection> &connection : waiting) {
        if (connection) {
            respond(connection);
        }
    }
}

void HealthHandler::respond(HttpConnection *connection) const
{
    QString database;
    int statusCode = 200;
    if (m_databaseUrl.isEmpty()) {
        database = QStringLiteral("none");
    } else if (m_reachable) {
        database = QStringLiteral("ok");
    } else {
        database = QStringLiteral("unreachable");
        statusCode = 503;
    }

    HttpResponse response(statusCode);
    response.addHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    // Written by hand because QJsonDocument sorts the keys, and "status" reads best first.
    const QString status = statusCode == 200 ? QStringLiteral("ok") : QStringLiteral("unavailable");
    response.setBody(QStringLiteral("{\"status\":\"%1\",\"database\":\"%2\"}").arg(status, database).toUtf8());
    connection->respond(response, statusCode == 200 ? QString() : QStringLiteral("the database is unreachable"));
}
