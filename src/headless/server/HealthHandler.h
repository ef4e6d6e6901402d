#pragma once

#include "HttpHandler.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QVector>

class HttpConnection;

/// Handler of `/healthz`: whether the daemon runs and the linkers' database is reachable.
///
/// GET and HEAD get 200 `{"status":"ok","database":"ok"}` when the database
/// responds, 503 `{"status":"unavailable","database":"unreachable"}` when it
/// does not, and 200 with `"database":"none"` when no database URL is set.
/// A SQLite database counts as reachable when its file opens and its schema
/// version can be read (a missing file is created, as a linker would). A
/// PostgreSQL database counts as reachable when it returns a row for `SELECT 1`.
///
/// The probe runs on a thread of its own, so a PostgreSQL host that does not
/// answer never blocks the event loop. Requests wait for the running probe,
/// at most probeTimeoutMs, and a result is reused for cacheMs, so frequent
/// health checks open at most one connection per cacheMs.
class HealthHandler : public QObject, public HttpHandler
{
    Q_OBJECT

public:
    /// Time a probe result is reused, in milliseconds.
    static constexpr int DefaultCacheMs = 5000;
    /// Time after which a request gets "unreachable" when the probe has not finished, in milliseconds.
    static constexpr int DefaultProbeTimeoutMs = 3000;

    /// \a databaseUrl is the linkers' database (see DatabaseUrl); an empty URL means none.
    explicit HealthHandler(const QString &databaseUrl, int cacheMs = DefaultCacheMs, int probeTimeoutMs = DefaultProbeTimeoutMs, QObject *parent = nullptr);
    /// Waits for a running probe, which ends within about probeTimeoutMs.
    ~HealthHandler() override;

    void handleRequest(HttpConnection *connection, const HttpRequestHead &request) override;

    /// Opens \a url once and runs a trivial query; returns an empty string or the error. Runs in the calling thread.
    static QString probe(const QString &url, int timeoutMs);

private:
    void startProbe();
    void finishProbe(const QString &error);
    void setResult(bool reachable, const QString &error);
    void respond(HttpConnection *connection) const;

    QString m_databaseUrl;
    int m_cacheMs;
    int m_probeTimeoutMs;

    QThreadPool m_probeThread;
    bool m_probeRunning = false;
    QElapsedTimer m_probeClock;
    QTimer m_probeTimer;
    QVector<QPointer<HttpConnection>> m_waiting;

    bool m_hasResult = false;
    bool m_reachable = false;
    QElapsedTimer m_resultClock;
};
