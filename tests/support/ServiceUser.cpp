#include "ServiceUser.h"

#include "TestSupportLogging.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cerrno>
#include <pwd.h>
#include <unistd.h>

ServiceUser::ServiceUser(const QString &name, const QString &package)
    : m_name(name)
    , m_package(package)
{
}

QString ServiceUser::name() const
{
    return m_name;
}

bool ServiceUser::isUsed() const
{
    return geteuid() == 0;
}

QStringList ServiceUser::switchArguments() const
{
    if (!isUsed())
        return {};
    return {QStringLiteral("--reuid=") + m_name, QStringLiteral("--regid=") + m_name, QStringLiteral("--init-groups")};
}

bool ServiceUser::canReach(const QString &path) const
{
    QProcess test;
    test.setStandardInputFile(QProcess::nullDevice());
    test.start(QStringLiteral("setpriv"), switchArguments() + QStringList{QStringLiteral("--"), QStringLiteral("test"), QStringLiteral("-x"), path});
    return test.waitForFinished() && test.exitStatus() == QProcess::NormalExit && test.exitCode() == 0;
}

void ServiceUser::giveOwnership(const QString &path) const
{
    if (!isUsed())
        return;

    const QByteArray user = m_name.toLatin1();
    const passwd *entry = getpwnam(user.constData());
    if (!entry) {
        qCWarning(SALON_TEST_SUPPORT) << "The user" << m_name << "does not exist; install the Debian package" << m_package;
        return;
    }

    const QString name = m_name;
    auto changeOwner = [entry, name](const QString &file) {
        if (lchown(QFile::encodeName(file).constData(), entry->pw_uid, entry->pw_gid) != 0)
            qCWarning(SALON_TEST_SUPPORT) << "Failed to change the owner of" << file << "to" << name << ":" << qt_error_string(errno);
    };

    changeOwner(path);
    if (!QFileInfo(path).isDir())
        return;
    QDirIterator iterator(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (iterator.hasNext())
        changeOwner(iterator.next());
}

QString ServiceUser::createRunDirectory(const QString &prefix, QString *error) const
{
    QString base = QStringLiteral(SALON_TEST_RUN_DIR);
    if (!QDir().mkpath(base)) {
        *error = QStringLiteral("Failed to create %1").arg(base);
        return {};
    }
    if (isUsed() && !canReach(base)) {
        qCInfo(SALON_TEST_SUPPORT) << "The" << m_name << "user cannot reach" << base << "so the test server lives under" << QDir::tempPath();
        base = QDir::tempPath();
    }

    QTemporaryDir directory(base + QLatin1Char('/') + prefix + QStringLiteral("-XXXXXX"));
    if (!directory.isValid()) {
        *error = QStringLiteral("Failed to create a folder in %1: %2").arg(base, directory.errorString());
        return {};
    }
    directory.setAutoRemove(false);
    return directory.path();
}
