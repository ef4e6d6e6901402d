#pragma once

// Finding, reading and clicking the items of a Qt Quick window in the desktop tests.

#include <QList>
#include <QPointer>
#include <QQuickItem>
#include <QString>

class QWindow;

// Finds the object named objectName under root, following QObject children
// and, for Qt Quick items, visual children: the delegates of a ListView are
// children of its contentItem only.
QObject *findObject(QObject *root, const QString &objectName);
// Returns the visible items named objectName under item, top to bottom.
QList<QQuickItem *> visibleItemsNamed(QQuickItem *item, const QString &objectName);
// Returns the text property of object, or "<missing>" for null.
QString textOf(QObject *object);
bool isShown(QObject *object);
// Whether a Qt Quick Controls popup, such as a Kirigami.Dialog, is open.
bool isOpen(QObject *popup);
// Returns the delegate of row under the ListView list, or nullptr. A row's delegate
// may be replaced when the row moves, so tests look it up again after each change.
QQuickItem *delegateAt(QQuickItem *list, int row);
// Returns the text of the object named objectName in the delegate of row, or "<missing>".
QString textInRow(QQuickItem *list, int row, const QString &objectName);
// Whether a Kirigami.InlineMessage is visible and done with its opening
// animation: it grows from a height of 0 and fades its content in.
bool isFullyShown(QObject *message);
// Returns the first Qt Quick Image under item, such as the one inside a Kirigami.Avatar, or nullptr.
QQuickItem *findImage(QQuickItem *item);
// Types the ASCII text into the item of window that has the keyboard focus, key by key.
void typeText(QWindow *window, const char *text);
// Clicks the center of item with button, as the mouse would.
void clickItem(QQuickItem *item, Qt::MouseButton button = Qt::LeftButton);
// Waits until item has kept its place in the scene for a few frames, so that a click lands
// where it was aimed while a list still lays out new content. Returns false when the item
// was deleted or kept moving until timeoutMs passed.
bool waitUntilSettled(const QPointer<QQuickItem> &item, int timeoutMs = 5000);
// Moves the mouse pointer to the center of item.
void hoverItem(QQuickItem *item);
