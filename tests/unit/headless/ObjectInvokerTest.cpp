#include "ObjectInvoker.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace {

/// An object with Q_INVOKABLE methods of every supported parameter type, recording each call.
class Target : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE void setName(const QString &jid, const QString &name)
    {
        calls.append(QStringLiteral("setName"));
        arguments = {jid, name};
    }

    Q_INVOKABLE void setGroups(const QString &jid, const QStringList &groups)
    {
        calls.append(QStringLiteral("setGroups"));
        arguments = {jid, groups};
    }

    Q_INVOKABLE void configure(int limit, bool enabled, double ratio, qlonglong size)
    {
        calls.append(QStringLiteral("configure"));
        arguments = {limit, enabled, ratio, size};
    }

    Q_INVOKABLE void store(const QVariant &value)
    {
        calls.append(QStringLiteral("store"));
        arguments = {value};
    }

    Q_INVOKABLE void reset()
    {
        calls.append(QStringLiteral("reset"));
        arguments.clear();
    }

    // An overload by parameter type: the invoker picks the one the arguments convert to.
    Q_INVOKABLE void select(int index)
    {
        calls.append(QStringLiteral("select(int)"));
        arguments = {index};
    }

    Q_INVOKABLE void select(const QString &key)
    {
        calls.append(QStringLiteral("select(QString)"));
        arguments = {key};
    }

    Q_INVOKABLE int count() const
    {
        return int(calls.size());
    }

    Q_INVOKABLE void forbidden()
    {
        calls.append(QStringLiteral("forbidden"));
    }

    Q_INVOKABLE void withObject(QObject *object)
    {
        Q_UNUSED(object)
        calls.append(QStringLiteral("withObject"));
    }

    QStringList calls;
    QVariantList arguments;

public Q_SLOTS:
    void slotNotInvokable()
    {
        calls.append(QStringLiteral("slotNotInvokable"));
    }

Q_SIGNALS:
    void actionFailed(const QString &jid, const QString &message);
    void changed();

protected:
    Q_INVOKABLE void hidden()
    {
        calls.append(QStringLiteral("hidden"));
    }
};

/// An object whose failures concern a PubSub service and a node, as CommunityService's do.
class PairTarget : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void actionFailed(const QString &service, const QString &node, const QString &message);
};

QJsonObject request(const QString &object, const QString &method, const QJsonArray &args, const QJsonValue &id = 1)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("invoke")},
        {QStringLiteral("object"), object},
        {QStringLiteral("method"), method},
        {QStringLiteral("args"), args},
        {QStringLiteral("id"), id},
    };
}

} // namespace

class ObjectInvokerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_target = std::make_unique<Target>();
        m_invoker = std::make_unique<ObjectInvoker>();
        m_invoker->registerObject(QStringLiteral("roster"), m_target.get(), {QByteArrayLiteral("forbidden")});
    }

    void cleanup()
    {
        m_invoker.reset();
        m_target.reset();
    }

    void callsMethodWithStrings()
    {
        const QJsonObject result = m_invoker->invoke(request(QStringLiteral("roster"), QStringLiteral("setName"), {QStringLiteral("bob@example.org"), QStringLiteral("Bob")}, 7));

        QCOMPARE(result.value(QStringLiteral("type")).toString(), QStringLiteral("invokeResult"));
        QCOMPARE(result.value(QStringLiteral("id")).toInt(), 7);
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(!result.contains(QStringLiteral("error")));
        QCOMPARE(m_target->calls, QStringList{QStringLiteral("setName")});
        QCOMPARE(m_target->arguments, (QVariantList{QStringLiteral("bob@example.org"), QStringLiteral("Bob")}));
    }

    void convertsStringList()
    {
        const QJsonArray groups{QStringLiteral("Friends"), QStringLiteral("Work")};
        const QJsonObject result = m_invoker->invoke(request(QStringLiteral("roster"), QStringLiteral("setGroups"), {QStringLiteral("bob@example.org"), groups}));

        QVERIFY(result.value(QStringLiteral("ok")).toBool());
        QCOMPARE(m_target->arguments.at(1).toStringList(), (QStringList{QStringLiteral("Friends"), QStringLiteral("Work")}));
    }

    void convertsNumbersAndBool()
    {
        const QJsonObject result = m_invoker->invoke(request(QStringLiteral("roster"), QStringLiteral("configure"), {-3, true, 0.5, 9007199254740992.0}));

        QVERIFY2(result.value(QStringLiteral("ok")).toBool(), qPrintable(result.value(QStringLiteral("message")).toString()));
        QCOMPARE(m_target->arguments, (QVariantList{-3, true, 0.5, qlonglong(9007199254740992LL)}));
    }

    void passesAnyValueAsVariant()
    {
        const QJsonObject value{{QStringLiteral("name"), QStringLiteral("Bob")}};
        QVERIFY(m_invoker->invoke(request(QStringLiteral("roster"), QStringLiteral("store"), {value})).value(QStringLiteral("ok")).toBool());
        QCOMPARE(m_target->arguments.at(0).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Bob"));
    }

    void acceptsMissingArgsForNoParameters()
    {
        QJsonObject withoutArgs = request(QStringLiteral("roster"), QStringLiteral("reset"), {});
        withoutArgs.remove(QStringLiteral("args"));

        QVERIFY(m_invoker->invoke(withoutArgs).value(QStringLiteral("ok")).toBool());
        QCOMPARE(m_target->calls, QStringList{QStringLiteral("reset")});
    }

    void dropsReturnValue()
    {
        QVERIFY(m_invoker->invoke(request(QStringLiteral("roster"), QStringLiteral("count"), {})).value(QStringLiteral("ok")).toBool());
    }

    void picksOverloadByArgumentType()
    {
        QVERIFY(m_invoker->invoke(request(QStringLiteral("roster"), QStringLiteral("select"), {QStringLiteral("key")})).value(QStringLiteral("ok")).toBool());
        QVERIFY(m_invoker->invoke(request(QStringLiteral("roster"), QStringLiteral("select"), {4})).value(QStringLiteral("ok")).toBool());
        QCOMPARE(m_target->calls, (QStringList{QStringLiteral("select(QString)"), QStringLiteral("select(int)")}));
    }

    void rejectsRequest_data()
    {
        QTest::addColumn<QJsonObject>("message");
        QTest::addColumn<QString>("expectedError");

        QJsonObject noObject = request(QString(), QStringLiteral("setName"), {});
        noObject.remove(QStringLiteral("object"));
        QJsonObject numericMethod = request(QStringLiteral("roster"), QString(), {});
        numericMethod.insert(QStringLiteral("method"), 3);
        QJsonObject argsObject = request(QStringLiteral("roster"), QStringLiteral("reset"), {});
        argsObject.insert(QStringLiteral("args"), QJsonObject());

        QTest::newRow("no object") << noObject << QStringLiteral("invalidRequest");
        QTest::newRow("method not a string") << numericMethod << QStringLiteral("invalidRequest");
        QTest::newRow("args not an array") << argsObject << QStringLiteral("invalidRequest");
        QTest::newRow("unknown object") << request(QStringLiteral("calendar"), QStringLiteral("reset"), {}) << QStringLiteral("unknownObject");
        QTest::newRow("unknown method") << request(QStringLiteral("roster"), QStringLiteral("explode"), {}) << QStringLiteral("unknownMethod");
        QTest::newRow("excluded method") << request(QStringLiteral("roster"), QStringLiteral("forbidden"), {}) << QStringLiteral("unknownMethod");
        QTest::newRow("slot") << request(QStringLiteral("roster"), QStringLiteral("slotNotInvokable"), {}) << QStringLiteral("unknownMethod");
        QTest::newRow("signal") << request(QStringLiteral("roster"), QStringLiteral("changed"), {}) << QStringLiteral("unknownMethod");
        QTest::newRow("protected method") << request(QStringLiteral("roster"), QStringLiteral("hidden"), {}) << QStringLiteral("unknownMethod");
        QTest::newRow("QObject method") << request(QStringLiteral("roster"), QStringLiteral("deleteLater"), {}) << QStringLiteral("unknownMethod");
        QTest::newRow("too few arguments") << request(QStringLiteral("roster"), QStringLiteral("setName"), {QStringLiteral("bob@example.org")})
                                           << QStringLiteral("wrongArgumentCount");
        QTest::newRow("too many arguments") << request(QStringLiteral("roster"), QStringLiteral("reset"), {1}) << QStringLiteral("wrongArgumentCount");
        QTest::newRow("number for string") << request(QStringLiteral("roster"), QStringLiteral("setName"), {QStringLiteral("bob@example.org"), 5})
                                           << QStringLiteral("invalidArgument");
        QTest::newRow("null for string") << request(QStringLiteral("roster"), QStringLiteral("setName"), {QStringLiteral("bob@example.org"), QJsonValue()})
                                         << QStringLiteral("invalidArgument");
        QTest::newRow("string for list") << request(QStringLiteral("roster"), QStringLiteral("setGroups"), {QStringLiteral("bob@example.org"), QStringLiteral("Friends")})
                                         << QStringLiteral("invalidArgument");
        QTest::newRow("number in list") << request(QStringLiteral("roster"), QStringLiteral("setGroups"), {QStringLiteral("bob@example.org"), QJsonArray{QStringLiteral("Friends"), 2}})
                                        << QStringLiteral("invalidArgument");
        QTest::newRow("fraction for int") << request(QStringLiteral("roster"), QStringLiteral("configure"), {1.5, true, 0.5, 1}) << QStringLiteral("invalidArgument");
        QTest::newRow("int out of range") << request(QStringLiteral("roster"), QStringLiteral("configure"), {4294967296.0, true, 0.5, 1}) << QStringLiteral("invalidArgument");
        QTest::newRow("string for bool") << request(QStringLiteral("roster"), QStringLiteral("configure"), {1, QStringLiteral("true"), 0.5, 1}) << QStringLiteral("invalidArgument");
        QTest::newRow("number for bool") << request(QStringLiteral("roster"), QStringLiteral("configure"), {1, 1, 0.5, 1}) << QStringLiteral("invalidArgument");
        QTest::newRow("string for double") << request(QStringLiteral("roster"), QStringLiteral("configure"), {1, true, QStringLiteral("0.5"), 1}) << QStringLiteral("invalidArgument");
        QTest::newRow("long long beyond 2^53") << request(QStringLiteral("roster"), QStringLiteral("configure"), {1, true, 0.5, 18014398509481984.0})
                                               << QStringLiteral("invalidArgument");
        QTest::newRow("bool for overloads") << request(QStringLiteral("roster"), QStringLiteral("select"), {true}) << QStringLiteral("invalidArgument");
        QTest::newRow("unsupported parameter type") << request(QStringLiteral("roster"), QStringLiteral("withObject"), {QJsonValue()}) << QStringLiteral("invalidArgument");
    }

    void rejectsRequest()
    {
        QFETCH(QJsonObject, message);
        QFETCH(QString, expectedError);

        const QJsonObject result = m_invoker->invoke(message);

        QCOMPARE(result.value(QStringLiteral("type")).toString(), QStringLiteral("invokeResult"));
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(result.value(QStringLiteral("error")).toString(), expectedError);
        QVERIFY(!result.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(result.value(QStringLiteral("id")), message.value(QStringLiteral("id")));
        QCOMPARE(m_target->calls, QStringList());
    }

    void rejectionNamesTheProblem()
    {
        const QJsonObject wrongCount = m_invoker->invoke(request(QStringLiteral("roster"), QStringLiteral("setName"), {QStringLiteral("bob@example.org")}));
        QVERIFY2(wrongCount.value(QStringLiteral("message")).toString().contains(QStringLiteral("setName")), qPrintable(wrongCount.value(QStringLiteral("message")).toString()));
        QVERIFY(wrongCount.value(QStringLiteral("message")).toString().contains(QStringLiteral("2")));

        const QJsonObject wrongType = m_invoker->invoke(request(QStringLiteral("roster"), QStringLiteral("setName"), {QStringLiteral("bob@example.org"), 5}));
        QVERIFY2(wrongType.value(QStringLiteral("message")).toString().contains(QStringLiteral("Argument 2")), qPrintable(wrongType.value(QStringLiteral("message")).toString()));
    }

    void answersWithoutIdWithNull()
    {
        QJsonObject withoutId = request(QStringLiteral("nothing"), QStringLiteral("reset"), {});
        withoutId.remove(QStringLiteral("id"));

        const QJsonObject result = m_invoker->invoke(withoutId);
        QVERIFY(result.contains(QStringLiteral("id")));
        QVERIFY(result.value(QStringLiteral("id")).isNull());
    }

    void keepsStringId()
    {
        const QJsonObject result = m_invoker->invoke(request(QStringLiteral("roster"), QStringLiteral("reset"), {}, QStringLiteral("tab-3/42")));
        QCOMPARE(result.value(QStringLiteral("id")).toString(), QStringLiteral("tab-3/42"));
    }

    void destroyedObjectIsUnknown()
    {
        m_target.reset();
        const QJsonObject result = m_invoker->invoke(request(QStringLiteral("roster"), QStringLiteral("reset"), {}));
        QCOMPARE(result.value(QStringLiteral("error")).toString(), QStringLiteral("unknownObject"));
    }

    void forwardsActionFailedAsNotice()
    {
        QSignalSpy notices(m_invoker.get(), &ObjectInvoker::noticeReady);

        Q_EMIT m_target->actionFailed(QStringLiteral("bob@example.org"), QStringLiteral("Bob could not be removed."));

        QCOMPARE(notices.count(), 1);
        const QJsonObject notice = notices.at(0).at(0).toJsonObject();
        QCOMPARE(notice.value(QStringLiteral("type")).toString(), QStringLiteral("notice"));
        QCOMPARE(notice.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        QCOMPARE(notice.value(QStringLiteral("object")).toString(), QStringLiteral("roster"));
        QCOMPARE(notice.value(QStringLiteral("jid")).toString(), QStringLiteral("bob@example.org"));
        QCOMPARE(notice.value(QStringLiteral("message")).toString(), QStringLiteral("Bob could not be removed."));
    }

    void forwardsPairActionFailedAsNotice()
    {
        PairTarget communities;
        m_invoker->registerObject(QStringLiteral("communities"), &communities);
        QSignalSpy notices(m_invoker.get(), &ObjectInvoker::noticeReady);

        Q_EMIT communities.actionFailed(QStringLiteral("pubsub.example.org"), QStringLiteral("news/2026"), QStringLiteral("News could not be created."));

        QCOMPARE(notices.count(), 1);
        const QJsonObject notice = notices.at(0).at(0).toJsonObject();
        QCOMPARE(notice.value(QStringLiteral("object")).toString(), QStringLiteral("communities"));
        QCOMPARE(notice.value(QStringLiteral("service")).toString(), QStringLiteral("pubsub.example.org"));
        QCOMPARE(notice.value(QStringLiteral("node")).toString(), QStringLiteral("news/2026"));
        QCOMPARE(notice.value(QStringLiteral("message")).toString(), QStringLiteral("News could not be created."));
    }

    void objectWithoutActionFailedRegisters()
    {
        QObject plain;
        ObjectInvoker invoker;
        invoker.registerObject(QStringLiteral("plain"), &plain);
        const QJsonObject result = invoker.invoke(request(QStringLiteral("plain"), QStringLiteral("deleteLater"), {}));
        QCOMPARE(result.value(QStringLiteral("error")).toString(), QStringLiteral("unknownMethod"));
    }

private:
    std::unique_ptr<Target> m_target;
    std::unique_ptr<ObjectInvoker> m_invoker;
};

QTEST_GUILESS_MAIN(ObjectInvokerTest)
#include "ObjectInvokerTest.moc"
