#include "ObjectInvoker.h"

#include <QJsonArray>
#include <QMetaMethod>
#include <QStringList>

#include <array>
#include <cmath>
#include <limits>

namespace {

// QMetaMethod::invoke() passes at most ten arguments.
constexpr int MaxArguments = 10;
// The largest integer that a JSON number (an IEEE 754 double) represents exactly: 2^53.
constexpr double MaxExactInteger = 9007199254740992.0;

const auto ActionFailedSignature = QByteArrayLiteral("actionFailed(QString,QString)");
// The signal of objects whose failures concern a pair, such as a PubSub service and a node.
const auto PairActionFailedSignature = QByteArrayLiteral("actionFailed(QString,QString,QString)");

bool isWholeNumber(const QJsonValue &value, double min, double max)
{
    if (!value.isDouble()) {
        return false;
    }
    const double number = value.toDouble();
    return std::isfinite(number) && std::trunc(number) == number && number >= min && number <= max;
}

} // namespace

ObjectInvoker::ObjectInvoker(QObject *parent)
    : QObject(parent)
{
}

void ObjectInvoker::registerObject(const QString &name, QObject *object, const QSet<QByteArray> &excludedMethods)
{
    Q_ASSERT(object);
    m_objects.insert(name, Registration{object, excludedMethods});

    const QMetaObject *metaObject = object->metaObject();
    if (metaObject->indexOfSignal(ActionFailedSignature.constData()) >= 0) {
        connect(object, SIGNAL(actionFailed(QString, QString)), this, SLOT(forwardActionFailed(QString, QString)));
    }
    if (metaObject->indexOfSignal(PairActionFailedSignature.constData()) >= 0) {
        connect(object, SIGNAL(actionFailed(QString, QString, QString)), this, SLOT(forwardPairActionFailed(QString, QString, QString)));
    }
}

QJsonObject ObjectInvoker::invoke(const QJsonObject &request)
{
    const QJsonValue id = request.value(QStringLiteral("id"));
    const QJsonValue objectName = request.value(QStringLiteral("object"));
    const QJsonValue methodName = request.value(QStringLiteral("method"));
    const QJsonValue args = request.value(QStringLiteral("args"));
    if (!objectName.isString() || !methodName.isString() || !(args.isArray() || args.isUndefined())) {
        return rejection(id, QStringLiteral("invalidRequest"), tr("An invoke request needs an object and a method name and, if given, an array of arguments."));
    }

    const auto registration = m_objects.constFind(objectName.toString());
    if (registration == m_objects.cend() || registration->object.isNull()) {
        return rejection(id, QStringLiteral("unknownObject"), tr("There is no object named \"%1\".").arg(objectName.toString()));
    }

    const QList<QMetaMethod> methods = invokableMethods(*registration, methodName.toString().toUtf8());
    if (methods.isEmpty()) {
        return rejection(id, QStringLiteral("unknownMethod"), tr("The object \"%1\" has no method \"%2\" that can be called.").arg(objectName.toString(), methodName.toString()));
    }

    const QJsonArray arguments = args.toArray();
    QString firstError;
    bool countMatched = false;
    for (const QMetaMethod &method : methods) {
        if (method.parameterCount() != arguments.size()) {
            continue;
        }
        countMatched = true;

        QVariantList converted;
        QString error;
        for (int i = 0; i < arguments.size() && error.isEmpty(); ++i) {
            QVariant argument;
            if (convertArgument(arguments.at(i), method.parameterType(i), &argument, &error)) {
                converted.append(argument);
            } else {
                error = tr("Argument %1 of %2.%3: %4").arg(QString::number(i + 1), objectName.toString(), methodName.toString(), error);
            }
        }
        if (!error.isEmpty()) {
            // An overload with other parameter types may still take the arguments.
            if (firstError.isEmpty()) {
                firstError = error;
            }
            continue;
        }

        if (!callMethod(registration->object, method, converted)) {
            return rejection(id, QStringLiteral("invalidArgument"), tr("The method %1.%2 could not be called with these arguments.").arg(objectName.toString(), methodName.toString()));
        }
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("invokeResult")},
            {QStringLiteral("id"), id},
            {QStringLiteral("ok"), true},
        };
    }

    if (!countMatched) {
        QStringList counts;
        for (const QMetaMethod &method : methods) {
            counts.append(QString::number(method.parameterCount()));
        }
        counts.removeDuplicates();
        return rejection(id, QStringLiteral("wrongArgumentCount"),
                         tr("The method %1.%2 takes %3 arguments, not %4.").arg(objectName.toString(), methodName.toString(), counts.join(tr(" or ")), QString::number(arguments.size())));
    }
    return rejection(id, QStringLiteral("invalidArgument"), firstError);
}

bool ObjectInvoker::convertArgument(const QJsonValue &value, int type, QVariant *converted, QString *error)
{
    switch (type) {
    case QMetaType::QString:
        if (!value.isString()) {
            *error = tr("expected a string");
            return false;
        }
        *converted = value.toString();
        return true;
    case QMetaType::QStringList: {
        if (!value.isArray()) {
            *error = tr("expected an array of strings");
            return false;
        }
        QStringList list;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                *error = tr("expected an array of strings");
                return false;
            }
            list.append(item.toString());
        }
        *converted = list;
        return true;
    }
    case QMetaType::Bool:
        if (!value.isBool()) {
            *error = tr("expected true or false");
            return false;
        }
        *converted = value.toBool();
        return true;
    case QMetaType::Int:
        if (!isWholeNumber(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max())) {
            *error = tr("expected a whole number from %1 to %2").arg(std::numeric_limits<int>::min()).arg(std::numeric_limits<int>::max());
            return false;
        }
        *converted = int(value.toDouble());
        return true;
    case QMetaType::LongLong:
        if (!isWholeNumber(value, -MaxExactInteger, MaxExactInteger)) {
            *error = tr("expected a whole number from -2^53 to 2^53");
            return false;
        }
        *converted = qlonglong(value.toDouble());
        return true;
    case QMetaType::Double:
        if (!value.isDouble()) {
            *error = tr("expected a number");
            return false;
        }
        *converted = value.toDouble();
        return true;
    case QMetaType::QVariant:
        *converted = QVariant::fromValue(value.toVariant());
        return true;
    default:
        *error = tr("the parameter type %1 cannot be given from JSON").arg(QString::fromLatin1(QMetaType::typeName(type)));
        return false;
    }
}

void ObjectInvoker::forwardActionFailed(const QString &subject, const QString &message)
{
    emitNotice({subject}, message);
}

void ObjectInvoker::forwardPairActionFailed(const QString &subject, const QString &secondSubject, const QString &message)
{
    emitNotice({subject, secondSubject}, message);
}

void ObjectInvoker::emitNotice(const QStringList &subjects, const QString &message)
{
    QObject *source = sender();
    QString objectName;
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        if (it->object == source) {
            objectName = it.key();
            break;
        }
    }
    if (objectName.isEmpty()) {
        return;
    }

    // The notice names the arguments after the signal's parameters, such as "jid" and "message".
    const QMetaMethod signal = source->metaObject()->method(senderSignalIndex());
    const QList<QByteArray> names = signal.parameterNames();
    QJsonObject notice{
        {QStringLiteral("type"), QStringLiteral("notice")},
        {QStringLiteral("level"), QStringLiteral("error")},
        {QStringLiteral("object"), objectName},
        {QStringLiteral("message"), message},
    };
    for (int i = 0; i < subjects.size(); ++i) {
        const QString fallback = i == 0 ? QStringLiteral("subject") : QStringLiteral("subject%1").arg(i + 1);
        notice.insert(names.value(i).isEmpty() ? fallback : QString::fromLatin1(names.at(i)), subjects.at(i));
    }
    Q_EMIT noticeReady(notice);
}

QJsonObject ObjectInvoker::rejection(const QJsonValue &id, const QString &errorCode, const QString &message) const
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("invokeResult")},
        {QStringLiteral("id"), id.isUndefined() ? QJsonValue() : id},
        {QStringLiteral("ok"), false},
        {QStringLiteral("error"), errorCode},
        {QStringLiteral("message"), message},
    };
}

QList<QMetaMethod> ObjectInvoker::invokableMethods(const Registration &registration, const QByteArray &method) const
{
    QList<QMetaMethod> methods;
    if (registration.excludedMethods.contains(method)) {
        return methods;
    }

    const QMetaObject *metaObject = registration.object->metaObject();
    for (int i = 0; i < metaObject->methodCount(); ++i) {
        const QMetaMethod candidate = metaObject->method(i);
        // Only methods marked Q_INVOKABLE are callable, not slots or signals.
        if (candidate.methodType() == QMetaMethod::Method && candidate.access() == QMetaMethod::Public && candidate.name() == method
            && candidate.parameterCount() <= MaxArguments) {
            methods.append(candidate);
        }
    }
    return methods;
}

bool ObjectInvoker::callMethod(QObject *object, const QMetaMethod &method, const QVariantList &arguments)
{
    // Each argument has exactly its parameter's type, so the method reads it through its data pointer.
    QVariantList values = arguments;
    const QList<QByteArray> typeNames = method.parameterTypes();
    std::array<QGenericArgument, MaxArguments> genericArguments;
    for (int i = 0; i < values.size(); ++i) {
        QVariant &value = values[i];
        void *data = method.parameterType(i) == QMetaType::QVariant ? static_cast<void *>(&value) : value.data();
        genericArguments[size_t(i)] = QGenericArgument(typeNames.at(i).constData(), data);
    }

    return method.invoke(object,
                         Qt::DirectConnection,
                         genericArguments[0],
                         genericArguments[1],
                         genericArguments[2],
                         genericArguments[3],
                         genericArguments[4],
                         genericArguments[5],
                         genericArguments[6],
                         genericArguments[7],
                         genericArguments[8],
                         genericArguments[9]);
}
