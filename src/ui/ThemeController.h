#pragma once

#include <QObject>
#include <QPalette>

class DesktopSettings;
class QDBusVariant;

/// Applies a light or a dark palette to the app, as DesktopSettings::theme sets it: light, dark,
/// or the system's colour scheme.
///
/// For the system's scheme, a Plasma session's platform theme already gives the palette, so it
/// is left alone there. Elsewhere the scheme comes from the XDG desktop portal setting
/// \c org.freedesktop.appearance \c color-scheme (1 prefers dark, 2 prefers light, 0 has no
/// preference), read at start and followed through its SettingChanged signal; without a
/// portal the app stays light.
///
/// Qt Quick Controls' org.kde.desktop style takes its colours from the application palette, and
/// Kirigami's desktop theme from KColorScheme, so the dark theme also puts the colours of a dark
/// KDE colour scheme into the app's KSharedConfig, in memory only. The window follows each change.
class ThemeController : public QObject
{
    Q_OBJECT
    /// Whether the dark palette is applied.
    Q_PROPERTY(bool dark READ isDark NOTIFY darkChanged)

public:
    /// The portal's value of \c color-scheme.
    enum class ColorScheme {
        NoPreference = 0,
        PreferDark = 1,
        PreferLight = 2,
    };

    explicit ThemeController(DesktopSettings *settings, QObject *parent = nullptr);
    /// Puts the platform's palette back.
    ~ThemeController() override;

    bool isDark() const;
    /// The system's colour scheme as the portal last reported it.
    ColorScheme systemColorScheme() const;
    /// The dark palette that the app applies.
    static QPalette darkPalette();

Q_SIGNALS:
    void darkChanged();
    /// The portal's color-scheme was read or changed.
    void systemColorSchemeChanged();

private Q_SLOTS:
    void handleSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    void readSystemColorScheme();
    void setSystemColorScheme(uint value);
    void apply();
    QPalette lightPalette() const;
    static bool isPlasmaSession();

    DesktopSettings *const m_settings;
    // The palette before the first change: the platform's, which is light outside Plasma.
    const QPalette m_startPalette;
    ColorScheme m_systemColorScheme = ColorScheme::NoPreference;
    bool m_dark = false;
    bool m_applied = false;
};
