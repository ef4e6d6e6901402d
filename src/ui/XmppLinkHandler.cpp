#include "XmppLinkHandler.h"

#include "Account.h"
#include "RoomService.h"
#include "salon_ui_logging.h"

#include <QQuickWindow>

namespace {

const auto SignInPageName = QStringLiteral("signIn");

} // namespace

XmppLinkHandler::XmppLinkHandler(Account *account, QQuickWindow *window, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_window(window)
{
    // Main.qml declares currentPageName, so its change signal is connected by name.
    // Queued, because the window changes the name before it replaces the pages.
    if (!connect(window, SIGNAL(currentPageNameChanged()), this, SLOT(openPendingUri()), Qt::QueuedConnection)) {
        qCWarning(SALON_UI) << "The window has no currentPageName property; xmpp: URIs open only after signing in";
    }
}

void XmppLinkHandler::setAccount(Account *account)
{
    m_account = account;
}

void XmppLinkHandler::open(const XmppLink &uri)
{
    if (!uri.isValid()) {
        qCWarning(SALON_UI).noquote() << "Rejected an xmpp: URI:" << uri.errorText();
        showError(uri.errorText());
        return;
    }
    if (!m_account) {
        qCWarning(SALON_UI) << "No account to open an xmpp: URI in";
        return;
    }
    // NOTE: a URI that names another account (xmpp://account/…) opens in the account on view,
    // even when the app has the named account too.
    if (!uri.accountJid().isEmpty() && uri.accountJid() != m_account->jid()) {
        qCInfo(SALON_UI).noquote() << "The xmpp: URI names the account" << uri.accountJid() << "; opening it in" << m_account->jid();
    }

    m_pendingUri = uri;
    openPendingUri();
}

void XmppLinkHandler::openUris(const QStringList &uris)
{
    activateWindow();
    for (const QString &text : uris) {
        open(XmppLink::parse(text));
    }
}

void XmppLinkHandler::activateWindow()
{
    if (m_window) {
        m_window->show();
        m_window->raise();
        m_window->requestActivate();
    }
}

void XmppLinkHandler::openPendingUri()
{
    if (!m_pendingUri.isValid() || !isSignedIn() || !m_account) {
        return;
    }
    const XmppLink uri = m_pendingUri;
    m_pendingUri = XmppLink();

    bool opened = false;
    switch (uri.action()) {
    case XmppLink::Action::Join:
        m_account->rooms()->join(uri.jid(), QString(), uri.parameter(QStringLiteral("password")));
        opened = callWindow("openRoom", {uri.jid()});
        break;
    case XmppLink::Action::Subscribe:
    case XmppLink::Action::Roster:
        opened = callWindow("openAddContact", {uri.jid(), uri.parameter(QStringLiteral("name")), uri.parameter(QStringLiteral("group"))});
        break;
    case XmppLink::Action::Message:
        opened = callWindow("openConversation", {uri.jid(), QVariant()});
        if (opened) {
            fillComposer(uri.parameter(QStringLiteral("body")));
        }
        break;
    }
    if (opened) {
        qCInfo(SALON_UI).noquote() << "Opened the xmpp: URI of" << uri.jid() << "with the query type" << uri.queryType();
        Q_EMIT uriOpened(uri.text());
    }
}

void XmppLinkHandler::fillComposer(const QString &body)
{
    if (body.isEmpty()) {
        return;
    }
    // The text only waits in the composer: a link never sends a message by itself.
    auto *pageStack = m_window->property("pageStack").value<QObject *>();
    auto *page = pageStack ? pageStack->property("currentItem").value<QObject *>() : nullptr;
    QObject *composer = page ? page->findChild<QObject *>(QStringLiteral("messageComposer")) : nullptr;
    if (!composer || !QMetaObject::invokeMethod(composer, "setText", Q_ARG(QVariant, body))) {
        qCWarning(SALON_UI) << "The conversation page has no message composer; the body of the xmpp: URI is dropped";
    }
}

bool XmppLinkHandler::isSignedIn() const
{
    return m_window && m_window->property("currentPageName").toString() != SignInPageName;
}

bool XmppLinkHandler::callWindow(const char *function, const QVariantList &arguments)
{
    bool called = false;
    if (m_window && arguments.size() == 1) {
        called = QMetaObject::invokeMethod(m_window, function, Q_ARG(QVariant, arguments.at(0)));
    } else if (m_window && arguments.size() == 2) {
        called = QMetaObject::invokeMethod(m_window, function, Q_ARG(QVariant, arguments.at(0)), Q_ARG(QVariant, arguments.at(1)));
    } else if (m_window && arguments.size() == 3) {
        called = QMetaObject::invokeMethod(m_window, function, Q_ARG(QVariant, arguments.at(0)), Q_ARG(QVariant, arguments.at(1)),
                                           Q_ARG(QVariant, arguments.at(2)));
    }
    if (!called) {
        qCWarning(SALON_UI) << "Could not call the window's function" << function << "with" << arguments.size() << "arguments; the xmpp: URI stays closed";
    }
    return called;
}

void XmppLinkHandler::showError(const QString &text)
{
    // Kirigami.ApplicationWindow's showPassiveNotification(message, timeout, actionText, callBack).
    if (!m_window
        || !QMetaObject::invokeMethod(m_window, "showPassiveNotification", Q_ARG(QVariant, text), Q_ARG(QVariant, QStringLiteral("long")),
                                      Q_ARG(QVariant, QVariant()), Q_ARG(QVariant, QVariant()))) {
        qCWarning(SALON_UI) << "Could not show the error of the xmpp: URI in the window";
    }
}
