#include "PublicPageSetting.h"

#include "Account.h"
#include "BareJid.h"
#include "LinkerProcessLogging.h"
#include "store/PublicPageStore.h"

PublicPageSetting::PublicPageSetting(Account *account, Database *database, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_database(database)
{
    connect(account, &Account::stateChanged, this, &PublicPageSetting::handleAccountState);
}

bool PublicPageSetting::isShown() const
{
    return m_shown;
}

bool PublicPageSetting::isAvailable() const
{
    return m_available;
}

void PublicPageSetting::setShown(bool shown)
{
    if (!m_available) {
        qCWarning(SALON_LINKER_PROCESS) << "Ignored a change of the public page setting before it was read";
        return;
    }
    PublicPageStore(m_database, m_jid).setShown(shown);
    if (m_shown != shown) {
        m_shown = shown;
        Q_EMIT shownChanged();
    }
}

void PublicPageSetting::handleAccountState()
{
    // Only an account that proved its password gets a public page, so a failed sign-in adds no row.
    if (m_registered || !m_database || m_account->state() != Account::State::Online) {
        return;
    }
    m_registered = true;
    m_jid = BareJid::fromUserInput(m_account->jid());
    if (m_jid.isEmpty()) {
        qCWarning(SALON_LINKER_PROCESS) << "The account's JID is not a bare JID of a user; it gets no public page";
        return;
    }

    PublicPageStore store(m_database, m_jid);
    store.registerAccount();
    store.visibility(this, [this](PublicPageStore::Visibility visibility) {
        const bool shown = visibility != PublicPageStore::Visibility::Hidden;
        if (m_shown != shown) {
            m_shown = shown;
            Q_EMIT shownChanged();
        }
        m_available = true;
        Q_EMIT availableChanged();
    });
}
