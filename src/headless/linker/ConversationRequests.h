#pragma once

#include <QJsonObject>
#include <QObject>

class ChatService;
class MessageReveals;
class ModelSubscriptions;

/// The `invoke` requests of a tab on the object `chats` that concern one conversation's
/// messages model, which the linker publishes to the tabs that opened it.
///
/// | method | effect |
/// | --- | --- |
/// | `openConversation(jid)` | opens the model through ChatService, sends the tab its snapshot under `messages/<bare JID>` and replies with that name as `model` |
/// | `closeConversation(jid)` | ends the tab's subscription; the model closes when no tab has it open |
/// | `fetchOlderMessages(jid)` | requests the page before the oldest loaded message, unless one is loading or there is none |
/// | `revealMessage(jid, messageId)` | loads older pages until the message is in the model (MessagesModel::revealMessage()); the reply comes once it is, or once it is known to be missing |
///
/// The reply to revealMessage() may come later than handle() returns, through replyReady(); see
/// MessageReveals. It fails with `cancelled` when the tab closes the conversation first.
///
/// Every other method of `chats` goes through ObjectInvoker.
class ConversationRequests : public QObject
{
    Q_OBJECT

public:
    /// Prefix of the names of the messages models.
    static const QString ModelPrefix;

    /// Publishes through \a subscriptions the models that \a chats opens; both must outlive this object.
    ConversationRequests(ChatService *chats, ModelSubscriptions *subscriptions, QObject *parent = nullptr);

    /// Returns whether \a request is an invoke request that handle() carries out.
    static bool handles(const QJsonObject &request);
    /// Carries out the request of \a tab and returns its `invokeResult` message, or an empty
    /// object when replyReady() sends the reply later.
    QJsonObject handle(quint64 tab, const QJsonObject &request);
    /// Forgets the requests of \a tab that wait for their reply, when the tab has closed.
    void dropTab(quint64 tab);

    /// Returns the model name of the conversation with the bare JID \a peer.
    static QString modelName(const QString &peer);

Q_SIGNALS:
    /// \a reply is the `invokeResult` message of a request of \a tab that handle() left open.
    void replyReady(quint64 tab, const QJsonObject &reply);

private:
    QJsonObject reveal(quint64 tab, const QJsonValue &id, const QString &name, const QJsonArray &args);
    void closeReleasedModel(const QString &name);

    ChatService *m_chats;
    ModelSubscriptions *m_subscriptions;
    MessageReveals *m_reveals;
};
