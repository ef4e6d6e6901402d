#pragma once

#include "XmppLink.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>

class Account;
class QQuickWindow;

/// Opens xmpp: URIs in the main window. \c ?message, and a query type that the app does not
/// know, open the conversation, with the \c body parameter of \c ?message in the composer. \c ?join joins the group chat room and opens it. \c ?subscribe
/// and \c ?roster open the add-contact dialog.
///
/// While the window shows the sign-in page, the last URI waits and opens once the account's
/// pages show. The window's QML functions openConversation(), openRoom() and openAddContact()
/// and its currentPageName property do the work, so they are called by name.
class XmppLinkHandler : public QObject
{
    Q_OBJECT

public:
    XmppLinkHandler(Account *account, QQuickWindow *window, QObject *parent = nullptr);

    /// Opens \a uri now or once the user has signed in. An invalid \a uri shows its error in the window.
    void open(const XmppLink &uri);
    /// Opens the URIs from now on in \a account, the one the window shows.
    void setAccount(Account *account);
    /// Parses and opens each of \a uris, as they come over D-Bus, and shows the window.
    void openUris(const QStringList &uris);
    /// Shows the window and brings it to the front.
    void activateWindow();

Q_SIGNALS:
    /// The window opened the page for \a uri.
    void uriOpened(const QString &uri);

private Q_SLOTS:
    void openPendingUri();

private:
    // Puts body, the ?message URI's body parameter, into the open conversation's composer.
    void fillComposer(const QString &body);
    bool isSignedIn() const;
    bool callWindow(const char *function, const QVariantList &arguments);
    void showError(const QString &text);

    QPointer<Account> m_account;
    QPointer<QQuickWindow> m_window;
    XmppLink m_pendingUri;
};
