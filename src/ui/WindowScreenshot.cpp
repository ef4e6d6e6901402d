#include "WindowScreenshot.h"

#include "Account.h"
#include "ArchiveService.h"
#include "ChatService.h"
#include "CommentsModel.h"
#include "CommentsService.h"
#include "ContactsModel.h"
#include "FeedModel.h"
#include "MessagesModel.h"
#include "MicroblogService.h"
#include "salon_ui_logging.h"

#include <QImage>
#include <QQuickWindow>
#include <QVariant>

WindowScreenshot::WindowScreenshot(QQuickWindow *window, Account *account, const QString &path, ScreenshotView view, const QString &peer, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_account(account)
    , m_path(path)
    , m_view(view)
    , m_peer(peer)
{
}

bool WindowScreenshot::start()
{
    // The window's contactsShown() signal is declared in Main.qml, so it is connected by name.
    const bool connected = connect(m_window, SIGNAL(contactsShown()), this, SLOT(handleContactsShown()));
    if (!connected) {
        qCWarning(SALON_UI) << "The window has no contactsShown() signal; no screenshot will be taken";
    }
    return connected;
}

void WindowScreenshot::handleContactsShown()
{
    disconnect(m_window, SIGNAL(contactsShown()), this, SLOT(handleContactsShown()));
    if (!m_account) {
        qCWarning(SALON_UI) << "The account of the screenshot is gone; no screenshot will be taken";
        return;
    }

    if (m_view != ScreenshotView::Contacts) {
        turnOffPageSlide();
    }
    switch (m_view) {
    case ScreenshotView::Contacts:
        saveAfterNextFrame();
        break;
    case ScreenshotView::Feed:
        qCInfo(SALON_UI) << "Screenshot: waiting for the feed's posts";
        m_waits.append(connect(m_account->microblog(), &MicroblogService::feedsFetched, this, &WindowScreenshot::showFeedWhenFetched));
        m_waits.append(connect(m_account->feed(), &FeedModel::countChanged, this, &WindowScreenshot::showFeedWhenFetched));
        showFeedWhenFetched();
        break;
    case ScreenshotView::Chat:
        qCInfo(SALON_UI).noquote() << "Screenshot: waiting for the message archive before opening the conversation with" << m_peer;
        m_waits.append(connect(m_account->chats()->archive(), &ArchiveService::catchUpFinished, this, &WindowScreenshot::openChatAfterCatchUp));
        openChatAfterCatchUp();
        break;
    }
}

void WindowScreenshot::turnOffPageSlide()
{
    // Kirigami's page row slides a pushed page in over its ColumnView's scrollDuration, in
    // milliseconds, so a screenshot taken meanwhile would show parts of two pages.
    const auto pageStack = m_window->property("pageStack").value<QObject *>();
    const auto columnView = pageStack ? pageStack->property("columnView").value<QObject *>() : nullptr;
    if (!columnView || !columnView->setProperty("scrollDuration", 0)) {
        qCWarning(SALON_UI) << "The window's page stack has no columnView.scrollDuration; the screenshot may show a page sliding in";
    }
}

void WindowScreenshot::showFeedWhenFetched()
{
    if (m_account->microblog()->isFetchingFeeds() || m_account->feed()->rowCount() == 0) {
        return;
    }
    stopWaiting();

    // Main.qml declares showPage(name), which replaces the first page with the named one.
    if (!QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QVariant, QStringLiteral("feed")))) {
        qCWarning(SALON_UI) << "The window has no showPage() function; no screenshot will be taken";
        return;
    }
    // The delegates of the posts, created before the next frame, open the comments of their posts.
    runAfterNextFrame(&WindowScreenshot::watchShownComments);
}

void WindowScreenshot::watchShownComments()
{
    FeedModel *feed = m_account->feed();
    CommentsService *comments = m_account->comments();
    for (int row = 0; row < feed->rowCount(); ++row) {
        const QString uri = feed->data(feed->index(row), FeedModel::CommentsUriRole).toString();
        // Only the posts that have a delegate have an open model.
        CommentsModel *model = uri.isEmpty() ? nullptr : comments->model(uri);
        if (model) {
            m_comments.append(model);
            m_waits.append(connect(model, &CommentsModel::loadingChanged, this, &WindowScreenshot::saveWhenCommentsLoaded));
        }
    }
    qCInfo(SALON_UI) << "Screenshot: waiting for the comments of" << m_comments.size() << "posts";
    saveWhenCommentsLoaded();
}

void WindowScreenshot::saveWhenCommentsLoaded()
{
    for (const QPointer<CommentsModel> &model : qAsConst(m_comments)) {
        if (model && model->isLoading()) {
            return;
        }
    }
    stopWaiting();
    m_comments.clear();
    saveAfterNextFrame();
}

void WindowScreenshot::openChatAfterCatchUp()
{
    // The catch-up queues the archived messages in the store before it ends, and the store runs
    // its work in order, so the conversation's first page read after this contains them.
    if (m_account->chats()->archive()->isCatchingUp()) {
        return;
    }
    stopWaiting();

    // The chats page below the conversation checks the Chats tab, as when the user opens a chat there.
    if (!QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QVariant, QStringLiteral("chats")))) {
        qCWarning(SALON_UI) << "The window has no showPage() function; no screenshot will be taken";
        return;
    }
    const QString name = m_account->contacts()->contact(m_peer).name;
    // Main.qml declares openConversation(jid, displayName), which falls back to the JID for the title.
    if (!QMetaObject::invokeMethod(m_window, "openConversation", Q_ARG(QVariant, m_peer), Q_ARG(QVariant, name.isEmpty() ? QVariant() : QVariant(name)))) {
        qCWarning(SALON_UI) << "The window has no openConversation() function; no screenshot will be taken";
        return;
    }
    // The page has opened the conversation, so this returns the model that it shows.
    m_messages = m_account->chats()->openConversation(m_peer);
    if (!m_messages) {
        qCWarning(SALON_UI).noquote() << "The conversation with" << m_peer << "could not be opened; no screenshot will be taken";
        return;
    }
    qCInfo(SALON_UI).noquote() << "Screenshot: waiting for the messages of the conversation with" << m_peer;
    m_waits.append(connect(m_messages, &MessagesModel::loadingChanged, this, &WindowScreenshot::saveWhenChatLoaded));
    m_waits.append(connect(m_messages, &MessagesModel::countChanged, this, &WindowScreenshot::saveWhenChatLoaded));
    saveWhenChatLoaded();
}

void WindowScreenshot::saveWhenChatLoaded()
{
    if (!m_messages || m_messages->isLoading() || m_messages->rowCount() == 0) {
        return;
    }
    stopWaiting();
    saveAfterNextFrame();
}

void WindowScreenshot::saveAfterNextFrame()
{
    runAfterNextFrame(&WindowScreenshot::save);
}

void WindowScreenshot::runAfterNextFrame(void (WindowScreenshot::*step)())
{
    // The delegates of new rows are laid out before the next frame, so the step runs once that
    // frame is on screen. frameSwapped() may come from the render thread, hence the queued
    // connection. Several frames can be queued before the first is handled, so only the first
    // runs the step.
    m_framePending = true;
    m_waits.append(connect(
        m_window,
        &QQuickWindow::frameSwapped,
        this,
        [this, step]() {
            if (!m_framePending) {
                return;
            }
            m_framePending = false;
            stopWaiting();
            (this->*step)();
        },
        Qt::QueuedConnection));
    m_window->update();
}

void WindowScreenshot::save()
{
    const QImage image = m_window->grabWindow();
    const bool saved = !image.isNull() && image.save(m_path, "PNG");
    if (saved) {
        qCInfo(SALON_UI).noquote() << "Screenshot saved to" << m_path;
    } else {
        qCWarning(SALON_UI).noquote() << "Could not save the screenshot to" << m_path;
    }
    Q_EMIT finished(m_path, saved);
}

void WindowScreenshot::stopWaiting()
{
    for (const QMetaObject::Connection &connection : qAsConst(m_waits)) {
        disconnect(connection);
    }
    m_waits.clear();
}
