#include "AccountSession.h"

#include "Account.h"
#include "AvatarPublisher.h"
#include "ConnectionSettings.h"
#include "FileTransferService.h"
#include "MessageNotifier.h"
#include "NotificationBridge.h"
#include "RoomMentionNotifier.h"
#include "SocialNotifier.h"
#include "ThumbnailMaker.h"

AccountSession::AccountSession(const ConnectionSettings &settings, Database *database, QObject *parent)
    : QObject(parent)
    , m_account(new Account(this))
    , m_avatarPublisher(new AvatarPublisher(m_account->avatars(), m_account))
    , m_notifications(new NotificationBridge(m_account, this))
    , m_messageNotifier(new MessageNotifier(m_account, this))
    , m_mentionNotifier(new RoomMentionNotifier(m_account, this))
    , m_socialNotifier(new SocialNotifier(m_account, this))
{
    m_account->setConnectionSettings(settings);
    if (database) {
        m_account->setDatabase(database);
    }
    m_account->files()->setThumbnailMaker(&ThumbnailMaker::makeForService);

    connect(m_account, &Account::stateChanged, this, &AccountSession::handleStateChanged);
    connect(m_notifications, &NotificationBridge::windowRequested, this, &AccountSession::windowRequested);
    connect(m_messageNotifier, &MessageNotifier::conversationRequested, this, &AccountSession::conversationRequested);
    connect(m_mentionNotifier, &RoomMentionNotifier::roomRequested, this, &AccountSession::roomRequested);
    connect(m_socialNotifier, &SocialNotifier::postRequested, this, &AccountSession::postRequested);
    connect(m_socialNotifier, &SocialNotifier::communityRequested, this, &AccountSession::communityRequested);
}

AccountSession::~AccountSession()
{
    // The notifiers watch the account, so they go before it.
    delete m_notifications;
    delete m_messageNotifier;
    delete m_mentionNotifier;
    delete m_socialNotifier;
    delete m_account;
}

Account *AccountSession::account() const
{
    return m_account;
}

AvatarPublisher *AccountSession::avatarPublisher() const
{
    return m_avatarPublisher;
}

NotificationBridge *AccountSession::notifications() const
{
    return m_notifications;
}

MessageNotifier *AccountSession::messageNotifier() const
{
    return m_messageNotifier;
}

RoomMentionNotifier *AccountSession::mentionNotifier() const
{
    return m_mentionNotifier;
}

SocialNotifier *AccountSession::socialNotifier() const
{
    return m_socialNotifier;
}

QString AccountSession::initialJid() const
{
    return m_initialJid;
}

void AccountSession::setInitialJid(const QString &jid)
{
    if (m_initialJid == jid) {
        return;
    }
    m_initialJid = jid;
    Q_EMIT initialJidChanged();
}

bool AccountSession::passwordPending() const
{
    return m_passwordPending;
}

void AccountSession::setPasswordPending(bool pending)
{
    if (m_passwordPending == pending) {
        return;
    }
    m_passwordPending = pending;
    Q_EMIT passwordPendingChanged();
}

bool AccountSession::rememberPassword() const
{
    return m_rememberPassword;
}

void AccountSession::setRememberPassword(bool remember)
{
    if (m_rememberPassword == remember) {
        return;
    }
    m_rememberPassword = remember;
    Q_EMIT rememberPasswordChanged();
}

void AccountSession::setNotificationAccountLabel(const QString &label)
{
    m_notifications->setAccountLabel(label);
    m_messageNotifier->setAccountLabel(label);
    m_mentionNotifier->setAccountLabel(label);
    m_socialNotifier->setAccountLabel(label);
}

void AccountSession::signIn(const QString &jid, const QString &password)
{
    m_pendingPassword = password;
    m_account->signIn(jid, password);
}

QObject *AccountSession::messageNotifierObject() const
{
    return m_messageNotifier;
}

QObject *AccountSession::mentionNotifierObject() const
{
    return m_mentionNotifier;
}

void AccountSession::handleStateChanged()
{
    const Account::State state = m_account->state();
    if (state == Account::State::Online && !m_pendingPassword.isEmpty()) {
        const QString password = m_pendingPassword;
        m_pendingPassword.clear();
        Q_EMIT passwordAccepted(m_account->jid(), password);
    } else if (state == Account::State::Offline) {
        // A wrong password or a sign-out: nothing is stored for that attempt.
        m_pendingPassword.clear();
    }
}
