// Models published to the tabs that subscribe to them, and released after the last one leaves.

#include "ModelSubscriptions.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>

namespace {

/// A list model with a notifying property, as MessagesModel has `loading`.
class LoadingList : public QStringListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    using QStringListModel::QStringListModel;

    bool isLoading() const
    {
        return m_loading;
    }

    void setLoading(bool loading)
    {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }

Q_SIGNALS:
    void loadingChanged();

private:
    bool m_loading = false;
};

const auto Name = QStringLiteral("messages/bob@example.org");

// Returns the messages of the spy on ModelSubscriptions::messageReady that went to tab.
QList<QJsonObject> messagesTo(const QSignalSpy &spy, quint64 tab)
{
    QList<QJsonObject> messages;
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.at(0).toULongLong() == tab) {
            messages.append(arguments.at(1).toJsonObject());
        }
    }
    return messages;
}

QString opOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("op")).toString();
}

} // namespace

class ModelSubscriptionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subscribeSendsSnapshot()
    {
        LoadingList model({QStringLiteral("hello"), QStringLiteral("again")});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSubscriptions subscriptions;
        QSignalSpy ready(&subscriptions, &ModelSubscriptions::messageReady);

        QVERIFY(subscriptions.subscribe(1, Name, &model));

        const QList<QJsonObject> messages = messagesTo(ready, 1);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).value(QStringLiteral("model")).toString(), Name);
        QCOMPARE(opOf(messages.at(0)), QStringLiteral("reset"));
        QCOMPARE(messages.at(0).value(QStringLiteral("rows")).toArray().size(), 2);
        QCOMPARE(messages.at(1).value(QStringLiteral("type")).toString(), QStringLiteral("object"));
        QCOMPARE(messages.at(1).value(QStringLiteral("object")).toString(), Name);
        QCOMPARE(messages.at(1).value(QStringLiteral("properties")).toObject().value(QStringLiteral("loading")), QJsonValue(false));
        QVERIFY(subscriptions.isSubscribed(1, Name));
        QCOMPARE(subscriptions.model(Name), &model);
    }

    void changesReachSubscribersOnly()
    {
        LoadingList model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSubscriptions subscriptions;
        QVERIFY(subscriptions.subscribe(1, Name, &model));
        QVERIFY(subscriptions.subscribe(2, Name, &model));
        QVERIFY(subscriptions.subscribe(3, QStringLiteral("messages/carol@example.org"), new LoadingList(&subscriptions)));
        QSignalSpy ready(&subscriptions, &ModelSubscriptions::messageReady);

        model.insertRows(0, 1);
        model.setData(model.index(0), QStringLiteral("new"));

        QCOMPARE(messagesTo(ready, 1).size(), 2);
        QCOMPARE(opOf(messagesTo(ready, 1).at(0)), QStringLiteral("insert"));
        QCOMPARE(opOf(messagesTo(ready, 1).at(1)), QStringLiteral("update"));
        QCOMPARE(messagesTo(ready, 2).size(), 2);
        QCOMPARE(messagesTo(ready, 3).size(), 0);

        // Property changes come once per event loop pass, as object messages.
        model.setLoading(true);
        QTRY_COMPARE(messagesTo(ready, 1).size(), 3);
        QCOMPARE(messagesTo(ready, 1).at(2).value(QStringLiteral("properties")).toObject().value(QStringLiteral("loading")), QJsonValue(true));
        QCOMPARE(messagesTo(ready, 2).size(), 3);
        QCOMPARE(messagesTo(ready, 3).size(), 0);
    }

    void lastUnsubscribeReleases()
    {
        LoadingList model;
        ModelSubscriptions subscriptions;
        QSignalSpy released(&subscriptions, &ModelSubscriptions::released);
        QVERIFY(subscriptions.subscribe(1, Name, &model));
        QVERIFY(subscriptions.subscribe(2, Name, &model));

        subscriptions.unsubscribe(1, Name);
        QCOMPARE(released.count(), 0);
        QVERIFY(!subscriptions.isSubscribed(1, Name));
        QVERIFY(subscriptions.isSubscribed(2, Name));

        subscriptions.unsubscribe(2, Name);
        QCOMPARE(released.count(), 1);
        QCOMPARE(released.at(0).at(0).toString(), Name);
        QCOMPARE(subscriptions.model(Name), nullptr);
        QVERIFY(subscriptions.publishedNames().isEmpty());

        // After the release no change is published.
        QSignalSpy ready(&subscriptions, &ModelSubscriptions::messageReady);
        model.insertRows(0, 1);
        QCOMPARE(ready.count(), 0);
    }

    void closedTabReleases()
    {
        LoadingList first;
        LoadingList second;
        ModelSubscriptions subscriptions;
        QSignalSpy released(&subscriptions, &ModelSubscriptions::released);
        QVERIFY(subscriptions.subscribe(4, Name, &first));
        QVERIFY(subscriptions.subscribe(4, QStringLiteral("messages/carol@example.org"), &second));

        subscriptions.unsubscribeAll(4);

        QCOMPARE(released.count(), 2);
        QVERIFY(subscriptions.publishedNames().isEmpty());
    }

    void unknownUnsubscribeIgnored()
    {
        ModelSubscriptions subscriptions;
        QSignalSpy released(&subscriptions, &ModelSubscriptions::released);

        subscriptions.unsubscribe(1, Name);

        QCOMPARE(released.count(), 0);
    }

    void secondSubscribeSendsSnapshotAgain()
    {
        LoadingList model({QStringLiteral("hello")});
        ModelSubscriptions subscriptions;
        QVERIFY(subscriptions.subscribe(1, Name, &model));
        QSignalSpy ready(&subscriptions, &ModelSubscriptions::messageReady);

        QVERIFY(subscriptions.subscribe(1, Name, &model));

        QCOMPARE(messagesTo(ready, 1).size(), 2);
        QCOMPARE(opOf(messagesTo(ready, 1).at(0)), QStringLiteral("reset"));
        // One unsubscribe ends it: subscriptions are not counted.
        QSignalSpy released(&subscriptions, &ModelSubscriptions::released);
        subscriptions.unsubscribe(1, Name);
        QCOMPARE(released.count(), 1);
    }

    void tabLimitRejects()
    {
        ModelSubscriptions subscriptions;
        QList<LoadingList *> models;
        for (int i = 0; i < ModelSubscriptions::MaxModelsPerTab; ++i) {
            models.append(new LoadingList(&subscriptions));
            QVERIFY(subscriptions.subscribe(1, QStringLiteral("messages/%1@example.org").arg(i), models.last()));
        }
        LoadingList extra;

        QVERIFY(!subscriptions.subscribe(1, Name, &extra));
        QVERIFY(!subscriptions.isSubscribed(1, Name));
        QCOMPARE(subscriptions.model(Name), nullptr);
        // Another tab has a limit of its own.
        QVERIFY(subscriptions.subscribe(2, Name, &extra));
    }

    void destroyedModelStopsPublishing()
    {
        auto *model = new LoadingList;
        ModelSubscriptions subscriptions;
        QSignalSpy released(&subscriptions, &ModelSubscriptions::released);
        QVERIFY(subscriptions.subscribe(1, Name, model));

        delete model;

        QCOMPARE(subscriptions.model(Name), nullptr);
        QVERIFY(!subscriptions.isSubscribed(1, Name));
        // The owner deleted it, so there is nothing left for it to close.
        QCOMPARE(released.count(), 0);
    }
};

QTEST_GUILESS_MAIN(ModelSubscriptionsTest)
#include "ModelSubscriptionsTest.moc"
