// DesktopSettings: defaults, storage across instances, change signals, the notification
// policy and the XDG autostart entry, in a configuration folder of the test's own.

#include "DesktopSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Kind = DesktopSettings::NotificationKind;

class DesktopSettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void defaultsAllowEverything();
    void changesPersistAcrossInstances();
    void signalsOnlyOnChange();
    void notificationPolicy_data();
    void notificationPolicy();
    void startAtLoginWritesAutostartEntry();
    void startAtLoginReportsWriteError();

private:
    QTemporaryDir m_config;
};

void DesktopSettingsTest::initTestCase()
{
    QVERIFY(m_config.isValid());
    // Set before the first QSettings, which caches the folder.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationDomain(QStringLiteral("salon.org"));
    QCoreApplication::setApplicationName(QStringLiteral("salon"));
}

void DesktopSettingsTest::init()
{
    QSettings().clear();
    QFile::remove(DesktopSettings::autostartPath());
}

void DesktopSettingsTest::defaultsAllowEverything()
{
    const DesktopSettings settings;
    QVERIFY(settings.closeToTray());
    QVERIFY(!settings.startAtLogin());
    QVERIFY(settings.messageNotifications());
    QVERIFY(settings.mentionNotifications());
    QVERIFY(settings.commentNotifications());
    QVERIFY(settings.likeNotifications());
    QVERIFY(!settings.doNotDisturb());
    QCOMPARE(settings.theme(), DesktopSettings::Theme::System);
}

void DesktopSettingsTest::changesPersistAcrossInstances()
{
    {
        DesktopSettings settings;
        settings.setCloseToTray(false);
        settings.setMessageNotifications(false);
        settings.setMentionNotifications(false);
        settings.setCommentNotifications(false);
        settings.setLikeNotifications(false);
        settings.setDoNotDisturb(true);
        settings.setTheme(DesktopSettings::Theme::Dark);
    }

    const DesktopSettings settings;
    QVERIFY(!settings.closeToTray());
    QVERIFY(!settings.messageNotifications());
    QVERIFY(!settings.mentionNotifications());
    QVERIFY(!settings.commentNotifications());
    QVERIFY(!settings.likeNotifications());
    QVERIFY(settings.doNotDisturb());
    QCOMPARE(settings.theme(), DesktopSettings::Theme::Dark);

    // One file for the whole app, under its organization domain and name.
    QVERIFY(QFile::exists(m_config.filePath(QStringLiteral("salon.org/salon.conf"))));
}

void DesktopSettingsTest::signalsOnlyOnChange()
{
    DesktopSettings settings;
    QSignalSpy doNotDisturb(&settings, &DesktopSettings::doNotDisturbChanged);
    QSignalSpy closeToTray(&settings, &DesktopSettings::closeToTrayChanged);
    QSignalSpy theme(&settings, &DesktopSettings::themeChanged);

    settings.setDoNotDisturb(false);
    settings.setCloseToTray(true);
    settings.setTheme(DesktopSettings::Theme::System);
    QCOMPARE(doNotDisturb.count(), 0);
    QCOMPARE(closeToTray.count(), 0);
    QCOMPARE(theme.count(), 0);

    settings.setDoNotDisturb(true);
    settings.setDoNotDisturb(true);
    settings.setCloseToTray(false);
    settings.setTheme(DesktopSettings::Theme::Light);
    settings.setTheme(DesktopSettings::Theme::Light);
    QCOMPARE(doNotDisturb.count(), 1);
    QCOMPARE(closeToTray.count(), 1);
    QCOMPARE(theme.count(), 1);
}

void DesktopSettingsTest::notificationPolicy_data()
{
    QTest::addColumn<bool>("doNotDisturb");
    QTest::addColumn<bool>("kindEnabled");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("allowed");

    for (const Kind kind : {Kind::Message, Kind::Mention, Kind::Comment, Kind::Like}) {
        const QByteArray name = QByteArray::number(int(kind));
        QTest::newRow(QByteArray("on, kind " + name).constData()) << false << true << kind << true;
        QTest::newRow(QByteArray("kind off, kind " + name).constData()) << false << false << kind << false;
        QTest::newRow(QByteArray("do not disturb, kind " + name).constData()) << true << true << kind << false;
    }
    QTest::newRow("other, every kind off") << false << false << Kind::Other << true;
    QTest::newRow("other, do not disturb") << true << true << Kind::Other << false;
}

void DesktopSettingsTest::notificationPolicy()
{
    QFETCH(bool, doNotDisturb);
    QFETCH(bool, kindEnabled);
    QFETCH(Kind, kind);
    QFETCH(bool, allowed);

    DesktopSettings settings;
    settings.setDoNotDisturb(doNotDisturb);
    settings.setMessageNotifications(kindEnabled);
    settings.setMentionNotifications(kindEnabled);
    settings.setCommentNotifications(kindEnabled);
    settings.setLikeNotifications(kindEnabled);
    QCOMPARE(settings.allowsNotification(kind), allowed);
}

void DesktopSettingsTest::startAtLoginWritesAutostartEntry()
{
    const QString path = m_config.filePath(QStringLiteral("autostart/org.salon.Salon.desktop"));
    QCOMPARE(DesktopSettings::autostartPath(), path);

    DesktopSettings settings;
    QSignalSpy changed(&settings, &DesktopSettings::startAtLoginChanged);
    settings.setStartAtLogin(true);
    QCOMPARE(changed.count(), 1);
    QVERIFY(settings.startAtLogin());
    QVERIFY(QFile::exists(path));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("[Desktop Entry]"));
    QVERIFY(lines.contains(QStringLiteral("Type=Application")));
    QVERIFY(lines.contains(QStringLiteral("Name=Salon")));
    // The test program is not called salon, so the entry runs salon from PATH.
    QVERIFY(lines.contains(QStringLiteral("Exec=salon")));

    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (!validator.isEmpty()) {
        QProcess validate;
        validate.start(validator, {path});
        QVERIFY(validate.waitForFinished());
        QVERIFY2(validate.exitCode() == 0, validate.readAllStandardOutput().constData());
    }

    settings.setStartAtLogin(false);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!settings.startAtLogin());
    QVERIFY(!QFile::exists(path));
}

void DesktopSettingsTest::startAtLoginReportsWriteError()
{
    // A file where the autostart folder belongs makes the write fail.
    const QString folder = m_config.filePath(QStringLiteral("autostart"));
    QDir(folder).removeRecursively();
    QFile blocker(folder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    DesktopSettings settings;
    QSignalSpy changed(&settings, &DesktopSettings::startAtLoginChanged);
    QSignalSpy failed(&settings, &DesktopSettings::startAtLoginFailed);
    settings.setStartAtLogin(true);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.constFirst().constFirst().toString().contains(DesktopSettings::autostartPath()), qPrintable(failed.constFirst().constFirst().toString()));
    QVERIFY(!settings.startAtLogin());

    QVERIFY(QFile::remove(folder));
}

QTEST_GUILESS_MAIN(DesktopSettingsTest)
#include "DesktopSettingsTest.moc"
