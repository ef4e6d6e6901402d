// Writes one chat message while the XMPP server is down, then waits to be killed.
// OutboxTest kills it with SIGKILL to prove that the outbox survives a crash.
#include "Account.h"
#include "OutboxService.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QXmppMessage.h>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("Database URL."), QStringLiteral("URL")},
        {QStringLiteral("jid"), QStringLiteral("Account JID."), QStringLiteral("JID")},
        {QStringLiteral("port"), QStringLiteral("XMPP port on 127.0.0.1, with no server running."), QStringLiteral("PORT")},
        {QStringLiteral("to"), QStringLiteral("Recipient JID."), QStringLiteral("JID")},
        {QStringLiteral("body"), QStringLiteral("Message body."), QStringLiteral("TEXT")},
    });
    parser.process(app);

    Database database(parser.value(QStringLiteral("database")));
    database.open();

    Account account;
    ConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = quint16(parser.value(QStringLiteral("port")).toUInt());
    settings.reconnectInitialDelayMs = 60000;
    account.setDatabase(&database);
    account.setConnectionSettings(settings);
    account.signIn(parser.value(QStringLiteral("jid")), QStringLiteral("unused-password"));

    QXmppMessage message(QString(), parser.value(QStringLiteral("to")), parser.value(QStringLiteral("body")));
    message.setType(QXmppMessage::Chat);
    const QString stanzaId = account.outbox()->send(message, QStringLiteral("message"));

    // The database thread handles work in order, so the message is on disk once this returns.
    database.runBlocking([](QSqlDatabase &) {});
    std::printf("stored %s\n", qPrintable(stanzaId));
    std::fflush(stdout);
    return app.exec();
}
