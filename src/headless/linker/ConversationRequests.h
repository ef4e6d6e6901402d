#pragma once

#include <QJsonObject>
#include <QObject>

class ChatService;
class ModelSubscriptions;

/// The `invoke` requests of a tab on the object `chats` that concern one conversation's
/// messages model, which the linker publishes to the tabs that opened it.
///
/// | method | effect |
/// | --- | --- |
/// | `openConversation(jid)` | opens the model through ChatService, sends the tab its snapshot under `messages/<bare JID>` and replies with that name as `model` |
/// | `closeConversation(jid)` | ends the tab's subscription; the model closes when no tab has it open |
/// | `fetchOlderMessages(jid)` | requests the page before the oldest loaded message, unless one is loading or there is none |
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
    /// Carries out the request of \a tab and returns its `invokeResult` message.
    QJsonObject handle(quint64 tab, const QJsonObject &request);

    /// Returns the model name of the conversation with the bare JID \a peer.
    static QString modelName(const QString &peer);

private:
    void closeReleasedModel(const QString &name);

    ChatService *m_chats;
    ModelSubscriptions *m_subscriptions;
};
