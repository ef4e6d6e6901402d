#include "SavedAccounts.h"

#include "salon_ui_logging.h"

#include <QSettings>

#include <memory>

namespace {

const auto AccountsArray = QStringLiteral("accounts");
const auto JidKey = QStringLiteral("jid");
const auto HostKey = QStringLiteral("host");
const auto PortKey = QStringLiteral("port");

std::unique_ptr<QSettings> openSettings(const QString &path)
{
    if (path.isEmpty()) {
        return std::make_unique<QSettings>(QStringLiteral("salon.org"), QStringLiteral("salon"));
    }
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}

} // namespace

bool SavedAccount::operator==(const SavedAccount &other) const
{
    return jid == other.jid && host == other.host && port == other.port;
}

SavedAccounts::SavedAccounts(const QString &settingsPath)
    : m_settingsPath(settingsPath)
{
}

QList<SavedAccount> SavedAccounts::load() const
{
    const auto settings = openSettings(m_settingsPath);
    QList<SavedAccount> accounts;
    const int size = settings->beginReadArray(AccountsArray);
    for (int i = 0; i < size; ++i) {
        settings->setArrayIndex(i);
        SavedAccount account;
        account.jid = settings->value(JidKey).toString();
        account.host = settings->value(HostKey).toString();
        const uint port = settings->value(PortKey).toUInt();
        account.port = port <= 65535 ? quint16(port) : 0;
        if (account.jid.isEmpty()) {
            qCWarning(SALON_UI).noquote() << "Skipping saved account" << i << "of" << settings->fileName() << "because it has no JID";
            continue;
        }
        accounts.append(account);
    }
    settings->endArray();
    return accounts;
}

void SavedAccounts::save(const SavedAccount &account)
{
    QList<SavedAccount> accounts = load();
    bool found = false;
    for (SavedAccount &saved : accounts) {
        if (saved.jid == account.jid) {
            saved = account;
            found = true;
        }
    }
    if (!found) {
        accounts.append(account);
    }
    write(accounts);
}

void SavedAccounts::remove(const QString &jid)
{
    QList<SavedAccount> accounts = load();
    accounts.erase(std::remove_if(accounts.begin(), accounts.end(), [&jid](const SavedAccount &saved) {
                       return saved.jid == jid;
                   }),
                   accounts.end());
    write(accounts);
}

void SavedAccounts::write(const QList<SavedAccount> &accounts)
{
    const auto settings = openSettings(m_settingsPath);
    settings->remove(AccountsArray);
    settings->beginWriteArray(AccountsArray, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        settings->setArrayIndex(i);
        settings->setValue(JidKey, accounts.at(i).jid);
        if (!accounts.at(i).host.isEmpty()) {
            settings->setValue(HostKey, accounts.at(i).host);
        }
        if (accounts.at(i).port != 0) {
            settings->setValue(PortKey, accounts.at(i).port);
        }
    }
    settings->endArray();
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        qCWarning(SALON_UI).noquote() << "Could not write the account list to" << settings->fileName();
    }
}
