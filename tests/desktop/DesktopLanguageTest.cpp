// The desktop app in the user's language: ctest starts this test with LANGUAGE=fr, as a
// French desktop session sets it, and the window must show French text.

#include "DesktopApp.h"
#include "LaunchOptions.h"
#include "WindowTestTools.h"

#include <QApplication>
#include <QLocale>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

class DesktopLanguageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInPageInFrench()
    {
        QVERIFY2(QLocale().uiLanguages().contains(QStringLiteral("fr")), "run this test with LANGUAGE=fr");
        DesktopApp::installTranslations(QCoreApplication::instance());

        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        LaunchOptions options;
        options.jid = QStringLiteral("alice@localhost");
        options.databaseUrl = QStringLiteral("sqlite:") + directory.filePath(QStringLiteral("cache.sqlite"));
        DesktopApp app;
        QVERIFY2(app.start(options, QString()), qPrintable(app.errorText()));
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));

        QObject *button = findObject(app.window(), QStringLiteral("signInButton"));
        QVERIFY(button);
        QCOMPARE(textOf(button), QStringLiteral("Se connecter"));
    }
};

QTEST_MAIN(DesktopLanguageTest)
#include "DesktopLanguageTest.moc"
