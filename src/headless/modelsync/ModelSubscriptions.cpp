#include "ModelSubscriptions.h"

#include "ModelPublisher.h"
#include "ObjectPublisher.h"

#include <QAbstractItemModel>

ModelSubscriptions::ModelSubscriptions(QObject *parent)
    : QObject(parent)
{
}

ModelSubscriptions::~ModelSubscriptions() = default;

bool ModelSubscriptions::subscribe(quint64 tab, const QString &name, QAbstractItemModel *model)
{
    Q_ASSERT(model);
    if (isSubscribed(tab, name)) {
        // The tab asked again, for example after it lost its copy: it gets a new snapshot.
    } else if (subscriptionCount(tab) >= MaxModelsPerTab) {
        return false;
    }

    auto it = m_publications.find(name);
    if (it == m_publications.end()) {
        Publication publication;
        publication.model = model;
        publication.modelPublisher = new ModelPublisher(name, model, this);
        connect(publication.modelPublisher, &ModelPublisher::messageReady, this, [this, name](const QJsonObject &message) {
            sendToSubscribers(name, message);
        });
        if (ObjectPublisher::hasNotifyingProperties(model)) {
            publication.objectPublisher = new ObjectPublisher(name, model, this);
            connect(publication.objectPublisher, &ObjectPublisher::messageReady, this, [this, name](const QJsonObject &message) {
                sendToSubscribers(name, message);
            });
        }
        // A model that its owner deletes is no longer published; the tabs keep their last copy.
        // The owner may be in its destructor, so released() is not emitted.
        connect(model, &QObject::destroyed, this, [this, name] {
            if (m_publications.contains(name)) {
                release(name, false);
            }
        });
        it = m_publications.insert(name, publication);
    }
    Q_ASSERT(it->model == model);
    it->tabs.insert(tab);

    const QVector<QJsonObject> snapshot = it->modelPublisher->snapshot();
    for (const QJsonObject &message : snapshot) {
        Q_EMIT messageReady(tab, message);
    }
    if (it->objectPublisher) {
        Q_EMIT messageReady(tab, it->objectPublisher->message());
    }
    return true;
}

void ModelSubscriptions::unsubscribe(quint64 tab, const QString &name)
{
    const auto it = m_publications.find(name);
    if (it == m_publications.end() || !it->tabs.remove(tab)) {
        return;
    }
    if (it->tabs.isEmpty()) {
        release(name, true);
    }
}

void ModelSubscriptions::unsubscribeAll(quint64 tab)
{
    const QStringList names = m_publications.keys();
    for (const QString &name : names) {
        unsubscribe(tab, name);
    }
}

bool ModelSubscriptions::isSubscribed(quint64 tab, const QString &name) const
{
    const auto it = m_publications.constFind(name);
    return it != m_publications.cend() && it->tabs.contains(tab);
}

QAbstractItemModel *ModelSubscriptions::model(const QString &name) const
{
    return m_publications.value(name).model;
}

QStringList ModelSubscriptions::publishedNames() const
{
    return m_publications.keys();
}

void ModelSubscriptions::sendToSubscribers(const QString &name, const QJsonObject &message)
{
    const auto it = m_publications.constFind(name);
    if (it == m_publications.cend()) {
        return;
    }
    for (const quint64 tab : it->tabs) {
        Q_EMIT messageReady(tab, message);
    }
}

int ModelSubscriptions::subscriptionCount(quint64 tab) const
{
    int count = 0;
    for (const Publication &publication : m_publications) {
        if (publication.tabs.contains(tab)) {
            ++count;
        }
    }
    return count;
}

void ModelSubscriptions::release(const QString &name, bool notify)
{
    const Publication publication = m_publications.take(name);
    delete publication.modelPublisher;
    delete publication.objectPublisher;
    if (publication.model) {
        disconnect(publication.model, &QObject::destroyed, this, nullptr);
    }
    if (notify) {
        Q_EMIT released(name);
    }
}
