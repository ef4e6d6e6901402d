#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>

/// Mirror of a QObject's notifying properties as the `object` messages of the WebSocket protocol.
///
/// Publishes every readable property of the object's own class and its
/// superclasses below QObject that has a NOTIFY signal, each value converted
/// by QJsonValue::fromVariant(). A message carries all such properties at
/// once: `{"type": "object", "object": NAME, "properties": {...}}`. Several
/// notifications in one event loop pass are sent as one message, and a
/// message equal to the previous one is not sent again.
///
/// \code
/// ObjectPublisher publisher(QStringLiteral("serverFeatures"), account.serverFeatures());
/// connect(&publisher, &ObjectPublisher::messageReady, sender, &Sender::broadcast);
/// sender->send(tab, publisher.message());
/// \endcode
class ObjectPublisher : public QObject
{
    Q_OBJECT

public:
    ObjectPublisher(const QString &objectName, QObject *object, QObject *parent = nullptr);

    /// Returns whether \a object has at least one readable property with a NOTIFY signal.
    static bool hasNotifyingProperties(const QObject *object);

    QString publishedName() const;
    /// The current values of the properties as one message.
    QJsonObject message() const;

Q_SIGNALS:
    /// The properties changed; every mirror replaces its values with the message's.
    void messageReady(const QJsonObject &message);

private Q_SLOTS:
    void scheduleMessage();

private:
    void sendMessage();

    QString m_name;
    QPointer<QObject> m_object;
    QJsonObject m_lastMessage;
    bool m_messagePending = false;
};
