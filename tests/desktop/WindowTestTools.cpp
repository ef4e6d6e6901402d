#include "WindowTestTools.h"

#include <QElapsedTimer>
#include <QQuickWindow>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace {

// Finds the object named objectName under root, following QObject children
// and, for Qt Quick items, visual children: the delegates of a ListView are
// children of its contentItem only.
QObject *findObject(QObject *root, const QString &objectName, QSet<QObject *> &visited)
{
    if (!root || visited.contains(root)) {
        return nullptr;
    }
    visited.insert(root);
    if (root->objectName() == objectName) {
        return root;
    }

    for (QObject *child : root->children()) {
        if (QObject *found = findObject(child, objectName, visited)) {
            return found;
        }
    }
    if (auto *item = qobject_cast<QQuickItem *>(root)) {
        for (QQuickItem *child : item->childItems()) {
            if (QObject *found = findObject(child, objectName, visited)) {
                return found;
            }
        }
    }
    return nullptr;
}

} // namespace

QObject *findObject(QObject *root, const QString &objectName)
{
    if (!root) {
        return nullptr;
    }
    if (QObject *child = root->findChild<QObject *>(objectName)) {
        return child;
    }
    QSet<QObject *> visited;
    return findObject(root, objectName, visited);
}

QList<QQuickItem *> visibleItemsNamed(QQuickItem *item, const QString &objectName)
{
    QList<QQuickItem *> items;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        if (child->objectName() == objectName && child->isVisible()) {
            items.append(child);
        }
        items += visibleItemsNamed(child, objectName);
    }
    std::sort(items.begin(), items.end(), [item](QQuickItem *a, QQuickItem *b) {
        return a->mapToItem(item, QPointF()).y() < b->mapToItem(item, QPointF()).y();
    });
    return items;
}

QString textOf(QObject *object)
{
    return object ? object->property("text").toString() : QStringLiteral("<missing>");
}

bool isShown(QObject *object)
{
    auto *item = qobject_cast<QQuickItem *>(object);
    return item && item->isVisible();
}

bool isOpen(QObject *popup)
{
    return popup && popup->property("opened").toBool();
}

QQuickItem *delegateAt(QQuickItem *list, int row)
{
    QQuickItem *delegate = nullptr;
    QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, delegate), Q_ARG(int, row));
    return delegate;
}

QString textInRow(QQuickItem *list, int row, const QString &objectName)
{
    QQuickItem *delegate = delegateAt(list, row);
    return delegate ? textOf(delegate->findChild<QObject *>(objectName)) : QStringLiteral("<missing>");
}

bool isFullyShown(QObject *message)
{
    auto *item = qobject_cast<QQuickItem *>(message);
    if (!item || !item->isVisible()) {
        return false;
    }
    auto *content = item->property("contentItem").value<QQuickItem *>();
    return content && content->height() > 0 && qFuzzyCompare(content->opacity(), 1.0) && qFuzzyCompare(item->height(), item->implicitHeight());
}

QQuickItem *findImage(QQuickItem *item)
{
    if (!item) {
        return nullptr;
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        if (child->inherits("QQuickImage")) {
            return child;
        }
        if (QQuickItem *found = findImage(child)) {
            return found;
        }
    }
    return nullptr;
}

void typeText(QWindow *window, const char *text)
{
    for (const char *key = text; *key; ++key) {
        QTest::keyClick(window, *key);
    }
}

void clickItem(QQuickItem *item, Qt::MouseButton button)
{
    const QPoint center = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
    QTest::mouseClick(item->window(), button, Qt::NoModifier, center);
}

bool waitUntilSettled(const QPointer<QQuickItem> &item, int timeoutMs)
{
    constexpr int SampleIntervalMs = 50;
    constexpr int StillSamplesNeeded = 3;
    QElapsedTimer timer;
    timer.start();
    QPointF lastPosition;
    int stillSamples = -1;
    while (item && timer.elapsed() < timeoutMs) {
        const QPointF position = item->mapToScene(QPointF(0, 0));
        if (stillSamples >= 0 && position == lastPosition) {
            if (++stillSamples >= StillSamplesNeeded) {
                return true;
            }
        } else {
            stillSamples = 0;
            lastPosition = position;
        }
        QTest::qWait(SampleIntervalMs);
    }
    return false;
}

void hoverItem(QQuickItem *item)
{
    const QPoint center = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
    QTest::mouseMove(item->window(), center);
}
