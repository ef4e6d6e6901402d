#pragma once

#include "AvatarImageProcessor.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QUrl>

class AvatarService;

/// Publishes an image that the user chose as the user's avatar: it checks and
/// prepares the image with AvatarImageProcessor on a worker thread, then hands
/// it to AvatarService.
///
/// The desktop app passes a local file, the web front end the file's bytes as
/// base64. Problems with the image are reported through actionFailed() with a
/// translated sentence; problems with publishing come from AvatarService's own
/// actionFailed().
class AvatarPublisher : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    explicit AvatarPublisher(AvatarService *service, QObject *parent = nullptr);
    ~AvatarPublisher() override;

    /// True while an image is being prepared.
    bool isBusy() const;

    /// Publishes the image in the local file \a fileUrl.
    Q_INVOKABLE void publishFile(const QUrl &fileUrl);
    /// Publishes the image whose bytes \a base64 contains, named \a fileName in messages.
    Q_INVOKABLE void publishData(const QString &fileName, const QString &base64);

    /// Returns the translated sentence for \a error with the image \a fileName.
    static QString errorMessage(AvatarImageProcessor::Error error, const QString &fileName);

Q_SIGNALS:
    void busyChanged();
    /// The image \a file could not be used; \a message is a translated sentence for the user.
    void actionFailed(const QString &file, const QString &message);

private:
    void prepare(const QString &fileName, std::function<AvatarImageProcessor::Result()> work);
    void finish(const QString &fileName);

    QPointer<AvatarService> m_service;
    QFutureWatcher<AvatarImageProcessor::Result> m_watcher;
    QString m_fileName;
    // Set from the hand-off to the worker until its result is handled: the worker may have
    // finished while its result still waits in the event queue.
    bool m_busy = false;
};
