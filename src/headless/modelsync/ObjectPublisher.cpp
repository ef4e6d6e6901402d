#include "ObjectPublisher.h"

#include <QMetaProperty>

ObjectPublisher::ObjectPublisher(const QString &objectName, QObject *object, QObject *parent)
    : QObject(parent)
    , m_name(objectName)
    , m_object(object)
{
    const QMetaObject *metaObject = object->metaObject();
    const int slotIndex = staticMetaObject.indexOfSlot("scheduleMessage()");
    const QMetaMethod slot = staticMetaObject.method(slotIndex);
    for (int i = QObject::staticMetaObject.propertyCount(); i < metaObject->propertyCount(); ++i) {
        const QMetaProperty property = metaObject->property(i);
        if (property.isReadable() && property.hasNotifySignal()) {
            connect(object, property.notifySignal(), this, slot);
        }
    }
    m_lastMessage = message();
}

bool ObjectPublisher::hasNotifyingProperties(const QObject *object)
{
    const QMetaObject *metaObject = object->metaObject();
    for (int i = QObject::staticMetaObject.propertyCount(); i < metaObject->propertyCount(); ++i) {
        const QMetaProperty property = metaObject->property(i);
        if (property.isReadable() && property.hasNotifySignal()) {
            return true;
        }
    }
    return false;
}

QString ObjectPublisher::publishedName() const
{
    return m_name;
}

QJsonObject ObjectPublisher::message() const
{
    QJsonObject properties;
    if (m_object) {
        const QMetaObject *metaObject = m_object->metaObject();
        for (int i = QObject::staticMetaObject.propertyCount(); i < metaObject->propertyCount(); ++i) {
            const QMetaProperty property = metaObject->property(i);
            if (property.isReadable() && property.hasNotifySignal()) {
                properties.insert(QString::fromLatin1(property.name()), QJsonValue::fromVariant(property.read(m_object)));
            }
        }
    }
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("object"), m_name},
        {QStringLiteral("properties"), properties},
    };
}

void ObjectPublisher::scheduleMessage()
{
    // An object often changes several properties at once, each with its own signal.
    if (m_messagePending) {
        return;
    }
    m_messagePending = true;
    QMetaObject::invokeMethod(this, &ObjectPublisher::sendMessage, Qt::QueuedConnection);
}

void ObjectPublisher::sendMessage()
{
    m_messagePending = false;
    const QJsonObject current = message();
    if (current == m_lastMessage) {
        return;
    }
    m_lastMessage = current;
    Q_EMIT messageReady(current);
}
