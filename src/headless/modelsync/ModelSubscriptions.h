#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVector>

class ModelPublisher;
class ObjectPublisher;
class QAbstractItemModel;

/// List models that browser tabs open on demand, each published only to the tabs that subscribed to it.
///
/// The account's own models go to every tab. A model that exists only while a view shows it,
/// such as the messages of one conversation, is published here under a name of its own
/// (`messages/bob@example.org`). subscribe() sends the subscribing tab a snapshot. Then every
/// subscribed tab gets each change as the model-sync messages of ModelPublisher. When the model
/// has notifying properties, such as `loading`, they go to the same tabs as `object` messages
/// under the same name (see ObjectPublisher). When the last tab unsubscribes, or closes, the
/// publishers go and released() signals the owner that it may close the model. A model that is
/// destroyed stops being published; its tabs keep their last copy.
///
/// \code
/// ModelSubscriptions subscriptions;
/// connect(&subscriptions, &ModelSubscriptions::messageReady, session, &Session::sendToTab);
/// connect(&subscriptions, &ModelSubscriptions::released, chats, [chats](const QString &name) { … });
/// subscriptions.subscribe(tab, QStringLiteral("messages/bob@example.org"), chats->openConversation(jid));
/// \endcode
class ModelSubscriptions : public QObject
{
    Q_OBJECT

public:
    /// Maximum number of models one tab subscribes to at once. A page subscribes to the models of
    /// the views it shows, a few at most; the limit keeps a faulty page from holding every model.
    static constexpr int MaxModelsPerTab = 16;

    explicit ModelSubscriptions(QObject *parent = nullptr);
    ~ModelSubscriptions() override;

    /// Subscribes \a tab to \a model under \a name and sends the tab its snapshot. A model already
    /// published under \a name keeps being used, and \a model must then be the same. Returns false,
    /// and subscribes nothing, when the tab already has MaxModelsPerTab other subscriptions.
    bool subscribe(quint64 tab, const QString &name, QAbstractItemModel *model);
    /// Ends the subscription of \a tab to \a name; does nothing when there is none.
    void unsubscribe(quint64 tab, const QString &name);
    /// Ends every subscription of \a tab, when the tab has closed.
    void unsubscribeAll(quint64 tab);

    bool isSubscribed(quint64 tab, const QString &name) const;
    /// Returns the model published under \a name, or null.
    QAbstractItemModel *model(const QString &name) const;
    /// Names of the models published now, in no particular order.
    QStringList publishedNames() const;

Q_SIGNALS:
    /// \a message is for tab \a tab.
    void messageReady(quint64 tab, const QJsonObject &message);
    /// No tab subscribes to \a name any more, so nothing publishes its model now. Not emitted
    /// when the model was destroyed.
    void released(const QString &name);

private:
    struct Publication {
        QPointer<QAbstractItemModel> model;
        ModelPublisher *modelPublisher = nullptr;
        ObjectPublisher *objectPublisher = nullptr;
        QSet<quint64> tabs;
    };

    void sendToSubscribers(const QString &name, const QJsonObject &message);
    int subscriptionCount(quint64 tab) const;
    /// Stops publishing \a name; \a notify emits released().
    void release(const QString &name, bool notify);

    QHash<QString, Publication> m_publications;
};
