#pragma once

#include <QString>
#include <QStringList>

/// One contact in a roster seeded through TestXmppServer::setRoster().
struct TestRosterItem {
    /// Bare JID of the contact, for example "bob@localhost".
    QString jid;
    QString name;
    QStringList groups;
    /// RFC 6121 subscription state: "none", "to", "from" or "both".
    QString subscription = QStringLiteral("both");
};
