#include "MessageReveals.h"

#include "InvokeReply.h"
#include "LinkerProcessLogging.h"
#include "MessagesModel.h"

MessageReveals::MessageReveals(QObject *parent)
    : QObject(parent)
{
}

void MessageReveals::reveal(quint64 tab, const QJsonValue &id, const QString &name, MessagesModel *model, qint64 messageId)
{
    if (!m_models.contains(model)) {
        m_models.insert(model);
        connect(model, &MessagesModel::messageRevealed, this, [this, name](qint64 revealed) {
            finish(name, revealed, true);
        });
        connect(model, &MessagesModel::revealFailed, this, [this, name](qint64 missing) {
            finish(name, missing, false);
        });
        connect(model, &QObject::destroyed, this, [this, model, name] {
            m_models.remove(model);
            cancel(name);
        });
    }
    cancel(name);
    m_reveals.insert(name, PendingReveal{tab, id, messageId});
    // The model emits its signal at once when the message is loaded already, and finish() replies.
    model->revealMessage(messageId);
}

void MessageReveals::finish(const QString &name, qint64 messageId, bool found)
{
    const auto pending = m_reveals.constFind(name);
    if (pending == m_reveals.cend() || pending->messageId != messageId) {
        return;
    }
    const PendingReveal request = pending.value();
    m_reveals.erase(pending);
    if (found) {
        Q_EMIT replyReady(request.tab, InvokeReply::success(request.id));
        return;
    }
    qCInfo(SALON_LINKER_PROCESS) << "Tab" << request.tab << "requested message" << messageId << "that" << name << "does not have";
    Q_EMIT replyReady(request.tab, InvokeReply::rejection(request.id, QStringLiteral("notFound"), tr("The message is no longer in the conversation.")));
}

void MessageReveals::cancel(const QString &name, quint64 tab)
{
    const auto pending = m_reveals.constFind(name);
    if (pending == m_reveals.cend() || (tab != 0 && pending->tab != tab)) {
        return;
    }
    const PendingReveal request = pending.value();
    m_reveals.erase(pending);
    Q_EMIT replyReady(request.tab, InvokeReply::rejection(request.id, QStringLiteral("cancelled"), tr("Showing the message was cancelled.")));
}

void MessageReveals::dropTab(quint64 tab)
{
    for (auto pending = m_reveals.begin(); pending != m_reveals.end();) {
        pending = pending->tab == tab ? m_reveals.erase(pending) : std::next(pending);
    }
}
