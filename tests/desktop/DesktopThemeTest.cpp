// Light and dark themes in the real window on Xvfb: the theme setting, and the system's colour
// scheme from a fake XDG desktop portal on the test's private session bus (run-under-xvfb.sh).
// The portal reports color-scheme and changes it as a desktop's settings would. The checks read the
// window's background colour and the pixels of its screenshot.

#include "DesktopApp.h"
#include "DesktopSettings.h"
#include "ThemeController.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// org.freedesktop.portal.Settings at /org/freedesktop/portal/desktop with one setting,
/// org.freedesktop.appearance color-scheme, on the test's own connection to the session bus.
class FakeSettingsPortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    explicit FakeSettingsPortal(uint colorScheme)
        : m_connection(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-settings-portal")))
        , m_colorScheme(colorScheme)
    {
    }

    ~FakeSettingsPortal() override
    {
        m_connection.unregisterService(QStringLiteral("org.freedesktop.portal.Desktop"));
        QDBusConnection::disconnectFromBus(m_connection.name());
    }

    bool start()
    {
        return m_connection.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), this, QDBusConnection::ExportAllSlots)
            && m_connection.registerService(QStringLiteral("org.freedesktop.portal.Desktop"));
    }

    // Changes the setting and emits SettingChanged, as the portal does.
    void setColorScheme(uint colorScheme)
    {
        m_colorScheme = colorScheme;
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/portal/desktop"), QStringLiteral("org.freedesktop.portal.Settings"),
                                                         QStringLiteral("SettingChanged"));
        signal << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme") << QVariant::fromValue(QDBusVariant(colorScheme));
        m_connection.send(signal);
    }

public Q_SLOTS:
    // Returns the value wrapped in a second variant, as xdg-desktop-portal 1.x does.
    QDBusVariant Read(const QString &group, const QString &key)
    {
        if (group != QLatin1String("org.freedesktop.appearance") || key != QLatin1String("color-scheme")) {
            return QDBusVariant(QString());
        }
        return QDBusVariant(QVariant::fromValue(QDBusVariant(m_colorScheme)));
    }

private:
    QDBusConnection m_connection;
    uint m_colorScheme;
};

class DesktopThemeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void darkSettingMakesWindowDark();
    void lightSettingMakesWindowLight();
    void systemFollowsPortal();
    void systemWithoutPortalIsLight();
    void settingChangeRecolorsWindow();

private:
    void start();
    void saveScreenshot(const QString &fileName) const;
    // Returns the lightness (0 to 255) of the window's background colour.
    int backgroundLightness() const;
    // Returns the lightness of the brightest pixel of the screenshot, such as that of text on a dark background.
    int brightestLightness() const;
    // Returns the mean lightness of the screenshot's pixels along its left edge, where no text is.
    int screenshotLightness() const;

    QTemporaryDir m_config;
    std::unique_ptr<FakeSettingsPortal> m_portal;
    std::unique_ptr<DesktopApp> m_app;
};

void DesktopThemeTest::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run the test under run-under-xvfb.sh, which starts a private session bus");
}

void DesktopThemeTest::init()
{
    QSettings().clear();
}

void DesktopThemeTest::cleanup()
{
    m_app.reset();
    m_portal.reset();
}

void DesktopThemeTest::darkSettingMakesWindowDark()
{
    DesktopSettings().setTheme(DesktopSettings::Theme::Dark);
    start();
    QVERIFY(m_app->themeController()->isDark());
    QVERIFY2(backgroundLightness() < 80, qPrintable(m_app->window()->color().name()));
    QVERIFY2(screenshotLightness() < 80, qPrintable(QString::number(screenshotLightness())));

    // The settings page, with switches, check boxes and a combo box, for a look at the colours.
    QVERIFY(QMetaObject::invokeMethod(m_app->window(), "openSettings"));
    auto *pageStack = m_app->window()->property("pageStack").value<QObject *>();
    QTRY_COMPARE(pageStack->property("currentItem").value<QObject *>()->objectName(), QStringLiteral("settingsPage"));
    QTRY_COMPARE(pageStack->property("currentItem").value<QQuickItem *>()->mapToScene(QPointF()).x(), 0.0);
    QObject *theme = pageStack->property("currentItem").value<QObject *>()->findChild<QObject *>(QStringLiteral("themeComboBox"));
    QVERIFY(theme);
    QCOMPARE(theme->property("displayText").toString(), QStringLiteral("Dark"));
    // Dark grey, not black, with light text on it.
    QVERIFY2(backgroundLightness() > 20, qPrintable(m_app->window()->color().name()));
    QVERIFY2(brightestLightness() > 200, qPrintable(QString::number(brightestLightness())));
    saveScreenshot(QStringLiteral("desktop-theme-dark-settings.png"));
}

void DesktopThemeTest::lightSettingMakesWindowLight()
{
    // A portal that prefers dark does not matter when the user chose light.
    m_portal = std::make_unique<FakeSettingsPortal>(1);
    QVERIFY(m_portal->start());
    DesktopSettings().setTheme(DesktopSettings::Theme::Light);
    start();
    QTest::qWait(200);
    QVERIFY(!m_app->themeController()->isDark());
    QVERIFY2(backgroundLightness() > 180, qPrintable(m_app->window()->color().name()));
    QVERIFY2(screenshotLightness() > 180, qPrintable(QString::number(screenshotLightness())));
}

void DesktopThemeTest::systemFollowsPortal()
{
    m_portal = std::make_unique<FakeSettingsPortal>(1);
    QVERIFY(m_portal->start());
    start();
    QTRY_VERIFY(m_app->themeController()->isDark());
    QTRY_VERIFY2(backgroundLightness() < 80, qPrintable(m_app->window()->color().name()));

    m_portal->setColorScheme(2);
    QTRY_VERIFY(!m_app->themeController()->isDark());
    QTRY_VERIFY2(backgroundLightness() > 180, qPrintable(m_app->window()->color().name()));

    m_portal->setColorScheme(1);
    QTRY_VERIFY(m_app->themeController()->isDark());
}

void DesktopThemeTest::systemWithoutPortalIsLight()
{
    start();
    QTest::qWait(200);
    QVERIFY(!m_app->themeController()->isDark());
    QVERIFY2(backgroundLightness() > 180, qPrintable(m_app->window()->color().name()));
}

void DesktopThemeTest::settingChangeRecolorsWindow()
{
    start();
    QVERIFY(backgroundLightness() > 180);
    m_app->settings()->setTheme(DesktopSettings::Theme::Dark);
    QTRY_VERIFY2(backgroundLightness() < 80, qPrintable(m_app->window()->color().name()));
    m_app->settings()->setTheme(DesktopSettings::Theme::System);
    QTRY_VERIFY2(backgroundLightness() > 180, qPrintable(m_app->window()->color().name()));
}

void DesktopThemeTest::start()
{
    m_app = std::make_unique<DesktopApp>();
    QVERIFY2(m_app->start(LaunchOptions(), QString()), qPrintable(m_app->errorText()));
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
}

void DesktopThemeTest::saveScreenshot(const QString &fileName) const
{
    const QImage screenshot = m_app->window()->grabWindow();
    QVERIFY(!screenshot.isNull());
    const QString path = QDir(QStringLiteral(SALON_DESKTOP_TEST_OUTPUT_DIR)).filePath(fileName);
    QVERIFY2(screenshot.save(path, "PNG"), qPrintable(path));
}

int DesktopThemeTest::brightestLightness() const
{
    const QImage image = m_app->window()->grabWindow();
    int brightest = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            brightest = qMax(brightest, QColor(image.pixel(x, y)).lightness());
        }
    }
    return brightest;
}

int DesktopThemeTest::backgroundLightness() const
{
    return m_app->window()->color().lightness();
}

int DesktopThemeTest::screenshotLightness() const
{
    const QImage image = m_app->window()->grabWindow();
    if (image.isNull()) {
        return -1;
    }
    int sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        sum += QColor(image.pixel(1, y)).lightness();
    }
    return sum / image.height();
}

QTEST_MAIN(DesktopThemeTest)
#include "DesktopThemeTest.moc"
