#pragma once

#include <QObject>

class QSocketNotifier;

/// Delivery of Unix signals, such as SIGTERM, as a Qt signal in the event loop.
///
/// The signal handler only writes the signal number to a socket pair,
/// which is safe in a signal handler; the event loop reads it. Only one
/// watcher may exist in a process.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    /// Installs the handler for \a signalNumber; returns false if that fails.
    bool watch(int signalNumber);

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void readSignals();

    QSocketNotifier *m_notifier = nullptr;
};
