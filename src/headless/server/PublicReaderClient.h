#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class LinkerProcess;
class QTimer;

/// The daemon's side of the public reader: one long-lived salon-linker started with
/// `--public-reader`, which renders the public pages (see docs/protocol.md).
///
/// The reader starts with the first request and keeps running. With a service account, its
/// first frame is `signIn`; without one it serves the cache of the shared database only. A reader that exits, crashes or
/// breaks the protocol fails the requests that wait for it, and the next request starts a new
/// one. Requests for the same address while one waits share its reply. Each request gets a
/// reply within the timeout: a request without a reply in time fails with
/// Reply::Status::TimedOut.
class PublicReaderClient : public QObject
{
    Q_OBJECT

public:
    struct Reply {
        enum class Status {
            Ok,
            /// No page: an unknown user, an opted-out user or an invalid address.
            NotFound,
            /// The reader failed, could not start or has too many requests waiting.
            Unavailable,
            TimedOut,
        };

        Status status = Status::Unavailable;
        /// UTF-8 HTML; for NotFound the 404 page.
        QByteArray page;
        /// UTF-8 Atom feed; empty unless Ok.
        QByteArray feed;
        QDateTime lastModified;
    };

    /// Time a request waits for the reader's reply, in milliseconds.
    static constexpr int DefaultTimeoutMs = 10000;
    /// Maximum number of addresses whose requests wait for the reader at once; more get Unavailable.
    static constexpr int MaxPendingRequests = 64;

    /// \a program and \a arguments start the linker, without `--public-reader`, which is added.
    PublicReaderClient(const QString &program, const QStringList &arguments, int timeoutMs = DefaultTimeoutMs, QObject *parent = nullptr);
    ~PublicReaderClient() override;

    /// Signs every reader started from now on in with the service account \a jid, which then
    /// fetches users' nodes from their servers. The password goes only into the `signIn` frame.
    void setServiceAccount(const QString &jid, const QString &password);
    /// Reads the service account's password from the first line of \a fileName. Returns false,
    /// with \a errorString set, when the file cannot be read or its first line is empty.
    static bool readPasswordFile(const QString &fileName, QString *password, QString *errorString);

    /// Requests the pages of \a jid, a bare JID, and calls \a done once with the reply, unless
    /// \a context is deleted first.
    void request(const QString &jid, QObject *context, std::function<void(const Reply &)> done);

    /// Number of requests sent to a reader since the start, for tests and metrics.
    quint64 sentRequestCount() const;
    /// Stops the reader, if one runs; waiting requests fail.
    void stop();

private:
    struct Waiter {
        QPointer<QObject> context;
        std::function<void(const Reply &)> done;
    };
    struct PendingRequest {
        quint64 id = 0;
        QString jid;
        QVector<Waiter> waiters;
        QTimer *timer = nullptr;
    };

    void startReader();
    void handleMessage(const QJsonObject &message);
    void failAll(const QString &reason);
    void complete(const QString &jid, const Reply &reply);

    QString m_program;
    QStringList m_arguments;
    QString m_serviceJid;
    QString m_servicePassword;
    int m_timeoutMs;
    std::unique_ptr<LinkerProcess> m_reader;
    QHash<QString, PendingRequest> m_pending;
    quint64 m_nextId = 1;
    quint64 m_sentRequests = 0;
};
