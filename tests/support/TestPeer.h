#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QProcess;
class TestXmppServer;

/**
 * An independent XMPP account driven through peer.py (slixmpp) in a child
 * process.
 *
 * Commands go to the peer as JSON lines, and the peer acknowledges each.
 * Events come back as JSON objects and wait in a queue until a test takes
 * them with waitForEvent(). peer.py documents every command and event.
 * All waits run a local event loop, so Qt objects of the test keep working
 * in the meantime.
 *
 * @code
 * TestPeer bob(server, QStringLiteral("bob"), QStringLiteral("secret"));
 * QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
 * QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("message")},
 *                       {QStringLiteral("to"), QStringLiteral("alice@localhost")},
 *                       {QStringLiteral("body"), QStringLiteral("Hi")}}),
 *          qPrintable(bob.lastError()));
 * const QJsonObject reply = bob.waitForEvent(QStringLiteral("message"));
 * @endcode
 */
class TestPeer : public QObject
{
    Q_OBJECT

public:
    using EventFilter = std::function<bool(const QJsonObject &event)>;

    TestPeer(const QString &jid, const QString &password, const QString &host, quint16 port, const QString &caFile, QObject *parent = nullptr);
    /// Signs in as @p user of @p server.
    TestPeer(const TestXmppServer &server, const QString &user, const QString &password, QObject *parent = nullptr);
    /// Stops the peer.
    ~TestPeer() override;

    /// Sets the resource to request at the next start().
    void setResource(const QString &resource);

    /// Starts the peer process; waitOnline() calls it when needed.
    bool start();

    /// Starts the peer if needed and waits for its "online" event.
    bool waitOnline(int timeoutMs = 10000);

    /**
     * Sends @p command and waits for its acknowledgement. An "id" is added
     * when the command has none. Returns false, with lastError() set, when
     * the peer reports an error, exits or does not reply in time.
     */
    bool command(const QJsonObject &command, int timeoutMs = 5000);

    /**
     * Publishes @p image as the peer's avatar (XEP-0084): the data item, then
     * the metadata. @p itemId defaults to the SHA-1 of @p image as hex, and
     * @p announcedBytes to its size; tests of broken avatars set them to
     * other values. Returns false, with lastError() set, when a publish fails.
     */
    bool publishAvatar(const QByteArray &image, const QString &itemId = QString(), qint64 announcedBytes = -1);

    /**
     * Takes the first queued event named @p event, waiting for it if needed.
     * Returns an empty object on timeout. Other events stay queued.
     */
    QJsonObject waitForEvent(const QString &event, int timeoutMs = 5000);

    /// Like waitForEvent(), for the first event named @p event that @p filter accepts.
    QJsonObject waitForEvent(const QString &event, const EventFilter &filter, int timeoutMs = 5000);

    /// Returns the queued events, oldest first, without taking them.
    QList<QJsonObject> events() const;
    void clearEvents();

    /// Asks the peer to quit, and kills it if it has not exited after @p timeoutMs.
    void stop(int timeoutMs = 3000);

    /**
     * Signs @p user in on @p server for a moment and sets the default of its
     * message archive preferences (XEP-0313) to "never", so the server stores
     * none of its messages. A Salon client that signs in for the first time
     * shows the newest page of the archive, which would bring earlier tests'
     * messages into a test that counts rows. Returns false and sets @p error
     * when the server rejects the preferences.
     */
    static bool disableMessageArchive(const TestXmppServer &server, const QString &user, const QString &password, QString *error);

    bool isRunning() const;
    QString jid() const;
    QString lastError() const;

Q_SIGNALS:
    void eventReceived(const QJsonObject &event);

private:
    bool waitUntil(const std::function<bool()> &condition, int timeoutMs);
    void readEvents();
    QString errorTail() const;

    QProcess *m_process = nullptr;
    QString m_jid;
    QString m_password;
    QString m_host;
    quint16 m_port = 0;
    QString m_caFile;
    QString m_resource;
    QString m_lastError;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderr;
    QList<QJsonObject> m_events;
    int m_nextCommandId = 1;
};
