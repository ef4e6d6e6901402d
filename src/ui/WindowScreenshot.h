#pragma once

#include "LaunchOptions.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>

class Account;
class CommentsModel;
class MessagesModel;
class QQuickWindow;

/// Saves a PNG screenshot of the main window once one of its views shows its content, for the
/// screenshots of the AppStream metainfo (\c --screenshot and \c --screenshot-view).
///
/// Every view starts from the window's contactsShown() signal (declared in Main.qml), which
/// comes once the contact list shows contacts, from the cache or after the first sign-in:
/// - ScreenshotView::Contacts saves the contact list at once.
/// - ScreenshotView::Feed waits until the posts of the account's node and of its contacts' nodes
///   are fetched (MicroblogService::isFetchingFeeds()) and the feed has a post. Then it shows the
///   feed page and waits until the comments of the posts on it are loaded.
/// - ScreenshotView::Chat waits until the message archive's catch-up has ended, so the store
///   contains the archived messages, then opens the conversation and waits until its model has
///   loaded its newest page and has a message.
///
/// The window is saved after the next frame, so that the delegates of the new rows are laid out.
/// Before it opens the feed or the conversation, the page stack's slide animation is turned off.
/// A view whose content never comes is never saved: the caller sets the time limit.
///
/// NOTE: with a cache from an earlier sign-in the contacts show before the account connects, so
/// the feed and the conversation are saved as the cache has them, before the sign-in fetches more.
class WindowScreenshot : public QObject
{
    Q_OBJECT

public:
    /// Prepares a screenshot of \a window showing \a view of \a account, saved to \a path.
    /// \a peer is the bare JID of the conversation for ScreenshotView::Chat.
    WindowScreenshot(QQuickWindow *window, Account *account, const QString &path, ScreenshotView view, const QString &peer, QObject *parent = nullptr);

    /// Waits for the window's contactsShown() signal. Returns false, with a logged warning, when
    /// the window has no such signal.
    bool start();

Q_SIGNALS:
    /// Emitted after the screenshot was written to \a path, or could not be written.
    void finished(const QString &path, bool saved);

private Q_SLOTS:
    void handleContactsShown();

private:
    void turnOffPageSlide();
    void showFeedWhenFetched();
    void watchShownComments();
    void saveWhenCommentsLoaded();
    void openChatAfterCatchUp();
    void saveWhenChatLoaded();
    void saveAfterNextFrame();
    // Calls step once the next frame of the window is on screen.
    void runAfterNextFrame(void (WindowScreenshot::*step)());
    void save();
    // Disconnects the signals that the current waiting step listens to.
    void stopWaiting();

    QQuickWindow *m_window;
    QPointer<Account> m_account;
    QString m_path;
    ScreenshotView m_view;
    QString m_peer;
    QPointer<MessagesModel> m_messages;
    // The open comments of the posts on the feed page.
    QList<QPointer<CommentsModel>> m_comments;
    QList<QMetaObject::Connection> m_waits;
    bool m_framePending = false;
};
