#include "DesktopSettings.h"

#include "salon_ui_logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace {

const auto CloseToTrayKey = QStringLiteral("window/closeToTray");
const auto MessageNotificationsKey = QStringLiteral("notifications/messages");
const auto MentionNotificationsKey = QStringLiteral("notifications/mentions");
const auto CommentNotificationsKey = QStringLiteral("notifications/comments");
const auto LikeNotificationsKey = QStringLiteral("notifications/likes");
const auto DoNotDisturbKey = QStringLiteral("notifications/doNotDisturb");
const auto ThemeKey = QStringLiteral("appearance/theme");

// The program that the autostart entry runs: this one when it is the installed salon, so a
// build outside PATH starts itself, else salon from PATH.
QString autostartCommand()
{
    const QString program = QCoreApplication::applicationFilePath();
    if (QFileInfo(program).fileName() != QLatin1String("salon")) {
        return QStringLiteral("salon");
    }
    // Desktop Entry Specification, "The Exec key": an argument with reserved characters is
    // quoted, and \, ", ` and $ inside the quotes are escaped with a backslash.
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = false;
    for (const QChar c : program) {
        needsQuotes = needsQuotes || reserved.contains(c);
    }
    if (!needsQuotes) {
        return program;
    }
    QString quoted = program;
    for (const char *special : {"\\", "\"", "`", "$"}) {
        quoted.replace(QLatin1String(special), QLatin1String("\\") + QLatin1String(special));
    }
    // The Exec value is itself a string value, where a backslash is written twice.
    quoted.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

DesktopSettings::DesktopSettings(QObject *parent)
    : QObject(parent)
{
}

QString DesktopSettings::autostartPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart/org.salon.Salon.desktop");
}

bool DesktopSettings::closeToTray() const
{
    return readFlag(CloseToTrayKey, true);
}

void DesktopSettings::setCloseToTray(bool enabled)
{
    if (writeFlag(CloseToTrayKey, true, enabled)) {
        Q_EMIT closeToTrayChanged();
    }
}

bool DesktopSettings::startAtLogin() const
{
    return QFile::exists(autostartPath());
}

void DesktopSettings::setStartAtLogin(bool enabled)
{
    if (enabled == startAtLogin()) {
        return;
    }
    const QString path = autostartPath();
    if (!enabled) {
        QFile file(path);
        if (!file.remove()) {
            qCWarning(SALON_UI).noquote() << "Could not remove the autostart entry" << path << ":" << file.errorString();
            Q_EMIT startAtLoginFailed(tr("Could not remove %1: %2").arg(path, file.errorString()));
            return;
        }
        qCInfo(SALON_UI).noquote() << "Removed the autostart entry" << path;
        Q_EMIT startAtLoginChanged();
        return;
    }

    // An autostart entry is a desktop entry (XDG Autostart Specification).
    const QString entry = QStringLiteral(
                              "[Desktop Entry]\n"
                              "Type=Application\n"
                              "Name=Salon\n"
                              "Exec=%1\n"
                              "Icon=org.salon.Salon\n"
                              "Terminal=false\n"
                              "X-GNOME-Autostart-enabled=true\n")
                              .arg(autostartCommand());
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toUtf8()) < 0 || !file.commit()) {
        qCWarning(SALON_UI).noquote() << "Could not write the autostart entry" << path << ":" << file.errorString();
        Q_EMIT startAtLoginFailed(tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    qCInfo(SALON_UI).noquote() << "Wrote the autostart entry" << path;
    Q_EMIT startAtLoginChanged();
}

bool DesktopSettings::messageNotifications() const
{
    return readFlag(MessageNotificationsKey, true);
}

void DesktopSettings::setMessageNotifications(bool enabled)
{
    if (writeFlag(MessageNotificationsKey, true, enabled)) {
        Q_EMIT messageNotificationsChanged();
    }
}

bool DesktopSettings::mentionNotifications() const
{
    return readFlag(MentionNotificationsKey, true);
}

void DesktopSettings::setMentionNotifications(bool enabled)
{
    if (writeFlag(MentionNotificationsKey, true, enabled)) {
        Q_EMIT mentionNotificationsChanged();
    }
}

bool DesktopSettings::commentNotifications() const
{
    return readFlag(CommentNotificationsKey, true);
}

void DesktopSettings::setCommentNotifications(bool enabled)
{
    if (writeFlag(CommentNotificationsKey, true, enabled)) {
        Q_EMIT commentNotificationsChanged();
    }
}

bool DesktopSettings::likeNotifications() const
{
    return readFlag(LikeNotificationsKey, true);
}

void DesktopSettings::setLikeNotifications(bool enabled)
{
    if (writeFlag(LikeNotificationsKey, true, enabled)) {
        Q_EMIT likeNotificationsChanged();
    }
}

bool DesktopSettings::doNotDisturb() const
{
    return readFlag(DoNotDisturbKey, false);
}

void DesktopSettings::setDoNotDisturb(bool enabled)
{
    if (writeFlag(DoNotDisturbKey, false, enabled)) {
        qCInfo(SALON_UI) << "Do not disturb" << (enabled ? "on" : "off");
        Q_EMIT doNotDisturbChanged();
    }
}

DesktopSettings::Theme DesktopSettings::theme() const
{
    const QString value = QSettings().value(ThemeKey).toString();
    if (value == QLatin1String("light")) {
        return Theme::Light;
    }
    if (value == QLatin1String("dark")) {
        return Theme::Dark;
    }
    return Theme::System;
}

void DesktopSettings::setTheme(Theme theme)
{
    if (theme == this->theme()) {
        return;
    }
    QString value = QStringLiteral("system");
    if (theme == Theme::Light) {
        value = QStringLiteral("light");
    } else if (theme == Theme::Dark) {
        value = QStringLiteral("dark");
    }
    QSettings().setValue(ThemeKey, value);
    Q_EMIT themeChanged();
}

bool DesktopSettings::allowsNotification(NotificationKind kind) const
{
    if (doNotDisturb()) {
        return false;
    }
    switch (kind) {
    case NotificationKind::Message:
        return messageNotifications();
    case NotificationKind::Mention:
        return mentionNotifications();
    case NotificationKind::Comment:
        return commentNotifications();
    case NotificationKind::Like:
        return likeNotifications();
    case NotificationKind::Other:
        break;
    }
    return true;
}

bool DesktopSettings::readFlag(const QString &key, bool defaultValue) const
{
    return QSettings().value(key, defaultValue).toBool();
}

bool DesktopSettings::writeFlag(const QString &key, bool defaultValue, bool value)
{
    const bool changed = readFlag(key, defaultValue) != value;
    QSettings().setValue(key, value);
    return changed;
}
