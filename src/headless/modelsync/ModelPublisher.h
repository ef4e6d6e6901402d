#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QModelIndex>
#include <QObject>
#include <QPointer>
#include <QVector>

class QAbstractItemModel;

/// Mirror of a list model as the model-sync messages of the WebSocket protocol.
///
/// Observes the top-level rows of any QAbstractItemModel and emits the
/// messages of each change: `reset`, `insert`, `remove`, `update` or `move`,
/// each carrying `type: "model"`, the model's name and `op`. A row is a JSON
/// object keyed by the model's roleNames(), with each value converted by
/// QJsonValue::fromVariant() (a QStringList becomes an array of strings).
/// Children of rows and columns other than 0 are not published.
///
/// Messages that carry rows hold at most maxRowsPerMessage() rows, so a
/// large model is sent as a `reset` followed by `insert` messages.
///
/// \code
/// ModelPublisher publisher(QStringLiteral("contacts"), account.contacts());
/// connect(&publisher, &ModelPublisher::messageReady, sender, &Sender::broadcast);
/// for (const QJsonObject &message : publisher.snapshot())
///     sender->send(tab, message);
/// \endcode
class ModelPublisher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxRowsPerMessage = 256;

    ModelPublisher(const QString &modelName, QAbstractItemModel *model, QObject *parent = nullptr, int maxRowsPerMessage = DefaultMaxRowsPerMessage);

    QString modelName() const;
    int maxRowsPerMessage() const;

    /// Messages that rebuild the model from scratch: a `reset`, then `insert` messages if needed.
    QVector<QJsonObject> snapshot() const;

    /// Current row \a row as a JSON object keyed by role name.
    QJsonObject row(int row) const;

Q_SIGNALS:
    /// A message that every mirror of the model applies to stay equal to it.
    void messageReady(const QJsonObject &message);

private:
    void updateRoles();
    QJsonObject baseMessage(const QString &op) const;
    QJsonArray rows(int first, int last) const;
    /// Messages of \a op for rows \a first to \a last, split into batches.
    QVector<QJsonObject> rowMessages(const QString &op, int first, int last) const;
    void emitMessages(const QVector<QJsonObject> &messages);

    void handleReset();
    void handleRowsInserted(const QModelIndex &parent, int first, int last);
    void handleRowsRemoved(const QModelIndex &parent, int first, int last);
    void handleDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void handleRowsMoved(const QModelIndex &sourceParent, int first, int last, const QModelIndex &destinationParent, int destination);

    QString m_modelName;
    QPointer<QAbstractItemModel> m_model;
    int m_maxRowsPerMessage;
    /// Roles in ascending order of their number, with their names.
    QVector<QPair<int, QString>> m_roles;
};
