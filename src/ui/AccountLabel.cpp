#include "AccountLabel.h"

#include <QCoreApplication>

QString titleWithAccount(const QString &title, const QString &accountLabel)
{
    if (accountLabel.isEmpty()) {
        return title;
    }
    return QCoreApplication::translate("AccountLabel", "%1 (%2)", "a notification title, then the account that it is about").arg(title, accountLabel);
}
