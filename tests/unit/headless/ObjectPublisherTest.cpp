#include "ObjectPublisher.h"

#include <QSignalSpy>
#include <QTest>

// A small object with two notifying properties, one constant property and one without a signal.
class Features : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool blocking READ blocking NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY nameChanged)
    Q_PROPERTY(int constant READ constant CONSTANT)

public:
    bool blocking() const
    {
        return m_blocking;
    }
    QString name() const
    {
        return m_name;
    }
    int constant() const
    {
        return 42;
    }

    void set(bool blocking, const QString &name)
    {
        m_blocking = blocking;
        Q_EMIT changed();
        m_name = name;
        Q_EMIT nameChanged();
    }

Q_SIGNALS:
    void changed();
    void nameChanged();

private:
    bool m_blocking = false;
    QString m_name = QStringLiteral("first");
};

class Plain : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int constant READ constant CONSTANT)

public:
    int constant() const
    {
        return 1;
    }
};

// The object messages of ObjectPublisher.
class ObjectPublisherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageHasNotifyingProperties()
    {
        Features features;
        ObjectPublisher publisher(QStringLiteral("serverFeatures"), &features);

        const QJsonObject message = publisher.message();
        QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("object"));
        QCOMPARE(message.value(QStringLiteral("object")).toString(), QStringLiteral("serverFeatures"));
        const QJsonObject properties = message.value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.size(), 2);
        QCOMPARE(properties.value(QStringLiteral("blocking")), QJsonValue(false));
        QCOMPARE(properties.value(QStringLiteral("name")), QJsonValue(QStringLiteral("first")));
    }

    void changesSentOnce()
    {
        Features features;
        ObjectPublisher publisher(QStringLiteral("serverFeatures"), &features);
        QSignalSpy ready(&publisher, &ObjectPublisher::messageReady);

        // Two signals in one event loop pass make one message.
        features.set(true, QStringLiteral("second"));
        QTRY_COMPARE(ready.count(), 1);
        const QJsonObject properties = ready.at(0).at(0).toJsonObject().value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("blocking")), QJsonValue(true));
        QCOMPARE(properties.value(QStringLiteral("name")), QJsonValue(QStringLiteral("second")));

        // A notification without a change of value sends nothing.
        features.set(true, QStringLiteral("second"));
        QTest::qWait(50);
        QCOMPARE(ready.count(), 1);
    }

    void objectWithoutNotifyingProperties()
    {
        Features features;
        Plain plain;
        QVERIFY(ObjectPublisher::hasNotifyingProperties(&features));
        QVERIFY(!ObjectPublisher::hasNotifyingProperties(&plain));
    }
};

QTEST_GUILESS_MAIN(ObjectPublisherTest)
#include "ObjectPublisherTest.moc"
