#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QVariant>

class QMetaMethod;

/// Calls the Q_INVOKABLE methods of named objects for `invoke` requests, and reports their failures as `notice` messages.
///
/// The browser calls the same methods that QML calls. A request
/// `{"type":"invoke","object":"roster","method":"addContact","args":[…],"id":7}`
/// names a registered object, one of its public Q_INVOKABLE methods and its
/// arguments as a JSON array. Each argument is converted to the method's
/// parameter type; see convertArgument() for the supported types. The method
/// runs at once, in the caller's thread, and its return value is dropped. The
/// reply is an `invokeResult` message with the request's `id` and `ok`; a
/// rejected request also carries `error`, a stable code, and `message`, a
/// translated sentence:
///
/// | error | when |
/// | --- | --- |
/// | `invalidRequest` | `object` or `method` is not a string, or `args` is not an array |
/// | `unknownObject` | no object is registered under that name |
/// | `unknownMethod` | the object has no public Q_INVOKABLE method of that name that may be called |
/// | `wrongArgumentCount` | no method of that name takes that many arguments |
/// | `invalidArgument` | an argument does not convert to its parameter's type |
///
/// A registered object's signal `actionFailed(QString, QString message)`
/// becomes a `notice` message of level `error`, with `object` and the two
/// arguments keyed by their parameter names, for example
/// `{"type":"notice","level":"error","object":"roster","jid":"bob@example.org","message":"…"}`.
class ObjectInvoker : public QObject
{
    Q_OBJECT

public:
    explicit ObjectInvoker(QObject *parent = nullptr);

    /// Makes the Q_INVOKABLE methods of \a object callable under \a name, except those named in
    /// \a excludedMethods, and forwards its actionFailed() signal. \a object must outlive its
    /// registration or be destroyed with it.
    void registerObject(const QString &name, QObject *object, const QSet<QByteArray> &excludedMethods = {});

    /// Carries out one `invoke` request and returns its `invokeResult` message.
    QJsonObject invoke(const QJsonObject &request);

    /// Converts the JSON \a value to a QVariant of the meta type \a type. Returns false and sets
    /// \a error to a translated description when the value does not fit the type.
    ///
    /// Supported types: QString (a string), QStringList (an array of strings), bool (true or
    /// false), int and qlonglong (a number without fraction, in the type's range; qlonglong
    /// within ±2^53, the integers a JSON number represents exactly), double (a number), and QVariant
    /// (any value, as QJsonValue::toVariant() converts it).
    static bool convertArgument(const QJsonValue &value, int type, QVariant *converted, QString *error);

Q_SIGNALS:
    /// A registered object reported a failure; \a notice is the `notice` message for the browser.
    void noticeReady(const QJsonObject &notice);

private Q_SLOTS:
    void forwardActionFailed(const QString &subject, const QString &message);
    void forwardPairActionFailed(const QString &subject, const QString &secondSubject, const QString &message);

private:
    /// Emits the notice of a failure that the sender reported about \a subjects.
    void emitNotice(const QStringList &subjects, const QString &message);

    struct Registration {
        QPointer<QObject> object;
        QSet<QByteArray> excludedMethods;
    };

    QJsonObject rejection(const QJsonValue &id, const QString &errorCode, const QString &message) const;
    /// Public Q_INVOKABLE methods of \a object named \a method, unless the registration excludes it.
    QList<QMetaMethod> invokableMethods(const Registration &registration, const QByteArray &method) const;
    static bool callMethod(QObject *object, const QMetaMethod &method, const QVariantList &arguments);

    QHash<QString, Registration> m_objects;
};
