#include "ModelPublisher.h"

#include <QAbstractItemModel>
#include <QJsonValue>

#include <algorithm>

ModelPublisher::ModelPublisher(const QString &modelName, QAbstractItemModel *model, QObject *parent, int maxRowsPerMessage)
    : QObject(parent)
    , m_modelName(modelName)
    , m_model(model)
    , m_maxRowsPerMessage(std::max(1, maxRowsPerMessage))
{
    Q_ASSERT(model);
    updateRoles();

    connect(model, &QAbstractItemModel::modelReset, this, &ModelPublisher::handleReset);
    // A layout change can reorder any number of rows without saying how, so mirrors start over.
    connect(model, &QAbstractItemModel::layoutChanged, this, &ModelPublisher::handleReset);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ModelPublisher::handleRowsInserted);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ModelPublisher::handleRowsRemoved);
    connect(model, &QAbstractItemModel::dataChanged, this, &ModelPublisher::handleDataChanged);
    connect(model, &QAbstractItemModel::rowsMoved, this, &ModelPublisher::handleRowsMoved);
}

QString ModelPublisher::modelName() const
{
    return m_modelName;
}

int ModelPublisher::maxRowsPerMessage() const
{
    return m_maxRowsPerMessage;
}

QVector<QJsonObject> ModelPublisher::snapshot() const
{
    QJsonArray roleNames;
    for (const auto &role : m_roles) {
        roleNames.append(role.second);
    }

    const int rowCount = m_model ? m_model->rowCount() : 0;
    const int firstBatchEnd = std::min(rowCount, m_maxRowsPerMessage) - 1;

    QJsonObject reset = baseMessage(QStringLiteral("reset"));
    reset.insert(QStringLiteral("roles"), roleNames);
    reset.insert(QStringLiteral("rows"), rows(0, firstBatchEnd));

    QVector<QJsonObject> messages{reset};
    if (rowCount > m_maxRowsPerMessage) {
        messages += rowMessages(QStringLiteral("insert"), m_maxRowsPerMessage, rowCount - 1);
    }
    return messages;
}

QJsonObject ModelPublisher::row(int row) const
{
    QJsonObject object;
    const QModelIndex index = m_model->index(row, 0);
    for (const auto &role : m_roles) {
        object.insert(role.second, QJsonValue::fromVariant(index.data(role.first)));
    }
    return object;
}

void ModelPublisher::updateRoles()
{
    m_roles.clear();
    if (!m_model) {
        return;
    }

    // QHash iterates in no stable order; sorting by role number keeps `roles` stable between resets.
    const QHash<int, QByteArray> roleNames = m_model->roleNames();
    for (auto it = roleNames.cbegin(); it != roleNames.cend(); ++it) {
        m_roles.append({it.key(), QString::fromUtf8(it.value())});
    }
    std::sort(m_roles.begin(), m_roles.end());
}

QJsonObject ModelPublisher::baseMessage(const QString &op) const
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("model")},
        {QStringLiteral("model"), m_modelName},
        {QStringLiteral("op"), op},
    };
}

QJsonArray ModelPublisher::rows(int first, int last) const
{
    QJsonArray array;
    for (int i = first; i <= last; ++i) {
        array.append(row(i));
    }
    return array;
}

QVector<QJsonObject> ModelPublisher::rowMessages(const QString &op, int first, int last) const
{
    QVector<QJsonObject> messages;
    for (int batchFirst = first; batchFirst <= last; batchFirst += m_maxRowsPerMessage) {
        const int batchLast = std::min(last, batchFirst + m_maxRowsPerMessage - 1);
        QJsonObject message = baseMessage(op);
        message.insert(QStringLiteral("first"), batchFirst);
        message.insert(QStringLiteral("rows"), rows(batchFirst, batchLast));
        messages.append(message);
    }
    return messages;
}

void ModelPublisher::emitMessages(const QVector<QJsonObject> &messages)
{
    for (const QJsonObject &message : messages) {
        Q_EMIT messageReady(message);
    }
}

void ModelPublisher::handleReset()
{
    updateRoles();
    emitMessages(snapshot());
}

void ModelPublisher::handleRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        return;
    }
    emitMessages(rowMessages(QStringLiteral("insert"), first, last));
}

void ModelPublisher::handleRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        return;
    }
    QJsonObject message = baseMessage(QStringLiteral("remove"));
    message.insert(QStringLiteral("first"), first);
    message.insert(QStringLiteral("last"), last);
    Q_EMIT messageReady(message);
}

void ModelPublisher::handleDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (topLeft.parent().isValid() || topLeft.column() > 0) {
        return;
    }
    emitMessages(rowMessages(QStringLiteral("update"), topLeft.row(), bottomRight.row()));
}

void ModelPublisher::handleRowsMoved(const QModelIndex &sourceParent, int first, int last, const QModelIndex &destinationParent, int destination)
{
    const bool fromTopLevel = !sourceParent.isValid();
    const bool toTopLevel = !destinationParent.isValid();

    if (fromTopLevel && toTopLevel) {
        QJsonObject message = baseMessage(QStringLiteral("move"));
        message.insert(QStringLiteral("first"), first);
        message.insert(QStringLiteral("last"), last);
        message.insert(QStringLiteral("destination"), destination);
        Q_EMIT messageReady(message);
    } else if (fromTopLevel) {
        handleRowsRemoved(sourceParent, first, last);
    } else if (toTopLevel) {
        // After the move the rows stand at the destination row of the top level.
        handleRowsInserted(destinationParent, destination, destination + last - first);
    }
}
