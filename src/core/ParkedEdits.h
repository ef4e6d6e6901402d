#pragma once

#include <QHash>
#include <QString>
#include <QVector>

#include <functional>
#include <map>

/// Corrections, retractions and reactions whose message is not stored yet, kept to be applied
/// when it is.
///
/// The message archive (XEP-0313) pages backwards, so an older page may bring a message after a
/// newer page brought its correction. Each edit is kept as the call that applies it, under the
/// conversation's peer and the origin id of its target. At most MaxEdits are kept; the oldest
/// go first. They are kept in memory only, so an edit whose message comes after a restart is lost.
class ParkedEdits
{
public:
    static constexpr int MaxEdits = 1000;

    /// Keeps \a apply until take() is called for \a peer and \a originId.
    void park(const QString &peer, const QString &originId, std::function<void()> apply);
    /// Returns the edits kept for the message \a originId of the conversation with \a peer, in
    /// the order they were parked, and removes them.
    QVector<std::function<void()>> take(const QString &peer, const QString &originId);
    int size() const;
    void clear();

private:
    struct Edit {
        QString key;
        std::function<void()> apply;
    };

    static QString keyOf(const QString &peer, const QString &originId);

    /// The kept edits by the number of their park() call, so the oldest comes first.
    std::map<qint64, Edit> m_edits;
    /// The numbers of the kept edits by target.
    QHash<QString, QVector<qint64>> m_byTarget;
    qint64 m_nextNumber = 0;
};
