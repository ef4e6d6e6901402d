#include "ThemeController.h"

#include "DesktopSettings.h"
#include "salon_ui_logging.h"

#include <KConfigGroup>
#include <KSharedConfig>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QGuiApplication>

namespace {

const auto PortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const auto PortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const auto SettingsInterface = QStringLiteral("org.freedesktop.portal.Settings");
const auto AppearanceGroup = QStringLiteral("org.freedesktop.appearance");
const auto ColorSchemeKey = QStringLiteral("color-scheme");

// Read() of xdg-desktop-portal 1.x wraps the value in one more variant than the specification defines, so every level is unwrapped.
QVariant unwrapped(QVariant value)
{
    while (value.userType() == qMetaTypeId<QDBusVariant>()) {
        value = value.value<QDBusVariant>().variant();
    }
    return value;
}

// The colour sets of a KDE colour scheme that Kirigami's org.kde.desktop theme reads, each with
// its normal and alternate background.
struct ColorSet {
    const char *group;
    QColor background;
    QColor alternateBackground;
};

// Writes the dark colours into the app's configuration in memory, or takes them out again, so
// that Kirigami's desktop theme, which reads KColorScheme rather than the QPalette, follows.
// The entries are not persistent, so nothing reaches the configuration file.
void setDarkColorScheme(bool dark)
{
    const QColor text(0xee, 0xf0, 0xf2);
    const QColor inactiveText(0xa0, 0xa6, 0xad);
    const QColor window(0x23, 0x26, 0x2b);
    const QColor view(0x19, 0x1b, 0x1f);
    const QColor button(0x2d, 0x31, 0x37);
    const QColor highlight(0x2f, 0x8f, 0xd8);
    const ColorSet sets[] = {
        {"Colors:Window", window, QColor(0x1f, 0x22, 0x26)},
        {"Colors:View", view, QColor(0x1f, 0x22, 0x26)},
        {"Colors:Button", button, QColor(0x33, 0x38, 0x3e)},
        {"Colors:Header", QColor(0x1e, 0x21, 0x25), window},
        {"Colors:Tooltip", button, window},
        {"Colors:Complementary", QColor(0x14, 0x16, 0x19), window},
        {"Colors:Selection", highlight, QColor(0x27, 0x7a, 0xb8)},
    };
    const KConfigBase::WriteConfigFlags inMemory;
    KSharedConfigPtr config = KSharedConfig::openConfig();
    for (const ColorSet &set : sets) {
        KConfigGroup group(config, set.group);
        const QColor foreground = QLatin1String(set.group) == QLatin1String("Colors:Selection") ? QColor(Qt::white) : text;
        const QList<QPair<const char *, QColor>> entries = {
            {"BackgroundNormal", set.background},
            {"BackgroundAlternate", set.alternateBackground},
            {"ForegroundNormal", foreground},
            {"ForegroundInactive", inactiveText},
            {"ForegroundActive", QColor(0x5a, 0xb0, 0xf0)},
            {"ForegroundLink", QColor(0x5a, 0xb0, 0xf0)},
            {"ForegroundVisited", QColor(0xa3, 0x86, 0xe0)},
            {"ForegroundNegative", QColor(0xf0, 0x5d, 0x5d)},
            {"ForegroundNeutral", QColor(0xf2, 0xa2, 0x3c)},
            {"ForegroundPositive", QColor(0x4c, 0xc2, 0x6f)},
            {"DecorationFocus", highlight},
            {"DecorationHover", highlight},
        };
        for (const auto &[key, color] : entries) {
            if (dark) {
                // KColorScheme reads "red,green,blue". QColor itself needs KConfigGui to be written.
                const QString value = QStringLiteral("%1,%2,%3").arg(color.red()).arg(color.green()).arg(color.blue());
                group.writeEntry(key, value, inMemory);
            } else {
                // NOTE: tested only without a kdeglobals colour scheme, where the light colours
                // return. Whether a desktop scheme from kdeglobals returns too is unchecked.
                group.revertToDefault(key, inMemory);
            }
        }
    }
}

} // namespace

ThemeController::ThemeController(DesktopSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_startPalette(QGuiApplication::palette())
{
    connect(settings, &DesktopSettings::themeChanged, this, &ThemeController::apply);
    connect(this, &ThemeController::systemColorSchemeChanged, this, &ThemeController::apply);

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        bus.connect(PortalService, PortalPath, SettingsInterface, QStringLiteral("SettingChanged"), this,
                    SLOT(handleSettingChanged(QString, QString, QDBusVariant)));
        readSystemColorScheme();
    }
    apply();
}

ThemeController::~ThemeController()
{
    if (m_applied) {
        setDarkColorScheme(false);
        QGuiApplication::setPalette(m_startPalette);
    }
}

bool ThemeController::isDark() const
{
    return m_dark;
}

ThemeController::ColorScheme ThemeController::systemColorScheme() const
{
    return m_systemColorScheme;
}

QPalette ThemeController::darkPalette()
{
    const QColor window(0x23, 0x26, 0x2b);
    const QColor base(0x19, 0x1b, 0x1f);
    const QColor button(0x2d, 0x31, 0x37);
    const QColor text(0xee, 0xf0, 0xf2);
    const QColor disabledText(0x76, 0x7b, 0x82);
    const QColor highlight(0x2f, 0x8f, 0xd8);

    QPalette palette(button, window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, button);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x5a, 0xb0, 0xf0));
    palette.setColor(QPalette::LinkVisited, QColor(0xa3, 0x86, 0xe0));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, button);
    return palette;
}

void ThemeController::handleSettingChanged(const QString &group, const QString &key, const QDBusVariant &value)
{
    if (group == AppearanceGroup && key == ColorSchemeKey) {
        setSystemColorScheme(unwrapped(value.variant()).toUInt());
    }
}

void ThemeController::readSystemColorScheme()
{
    QDBusMessage call = QDBusMessage::createMethodCall(PortalService, PortalPath, SettingsInterface, QStringLiteral("Read"));
    call << AppearanceGroup << ColorSchemeKey;
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<QVariant> reply = *finished;
        if (reply.isError()) {
            // No portal, or one without the appearance settings: the app stays light.
            qCInfo(SALON_UI).noquote() << "No colour scheme from the desktop portal:" << reply.error().message();
            return;
        }
        setSystemColorScheme(unwrapped(reply.value()).toUInt());
    });
}

void ThemeController::setSystemColorScheme(uint value)
{
    const auto scheme = value <= uint(ColorScheme::PreferLight) ? ColorScheme(value) : ColorScheme::NoPreference;
    qCInfo(SALON_UI) << "The desktop's colour scheme is" << value << "(1 dark, 2 light, 0 no preference)";
    if (scheme != m_systemColorScheme) {
        m_systemColorScheme = scheme;
        Q_EMIT systemColorSchemeChanged();
    }
}

void ThemeController::apply()
{
    const DesktopSettings::Theme theme = m_settings->theme();
    // A Plasma session's platform theme sets the system's palette and follows its changes.
    if (theme == DesktopSettings::Theme::System && isPlasmaSession()) {
        if (m_applied) {
            setDarkColorScheme(false);
            QGuiApplication::setPalette(m_startPalette);
            m_applied = false;
        }
        return;
    }

    const bool dark = theme == DesktopSettings::Theme::Dark
        || (theme == DesktopSettings::Theme::System && m_systemColorScheme == ColorScheme::PreferDark);
    // The colour scheme goes first: the palette change makes Kirigami read it again.
    setDarkColorScheme(dark);
    QGuiApplication::setPalette(dark ? darkPalette() : lightPalette());
    m_applied = true;
    if (dark != m_dark) {
        m_dark = dark;
        qCInfo(SALON_UI) << "Applied the" << (dark ? "dark" : "light") << "palette";
        Q_EMIT darkChanged();
    }
}

QPalette ThemeController::lightPalette() const
{
    // Plasma's palette may be a dark one, so a light theme there needs a palette of its own.
    if (isPlasmaSession()) {
        const QColor background(0xef, 0xf0, 0xf1);
        return QPalette(background, background);
    }
    return m_startPalette;
}

bool ThemeController::isPlasmaSession()
{
    return qEnvironmentVariable("XDG_CURRENT_DESKTOP").split(QLatin1Char(':')).contains(QLatin1String("KDE"), Qt::CaseInsensitive);
}
