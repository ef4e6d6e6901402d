#pragma once

#include <QString>
#include <QStringList>

/**
 * The system user a test server runs as when the tests run as root.
 *
 * PostgreSQL refuses to run as root, Prosody hangs on shutdown as root, and
 * Debian's ejabberdctl only works for root and the ejabberd user, so as root
 * each server switches to the user its Debian package creates (through
 * setpriv). As any other user, servers run as that user and nothing changes.
 */
class ServiceUser
{
public:
    /// \a name is the system user; \a package is the Debian package that creates it, named in warnings.
    ServiceUser(const QString &name, const QString &package);

    QString name() const;

    /// Returns whether servers switch to this user, which happens only when the tests run as root.
    bool isUsed() const;

    /// Returns the setpriv options that switch to this user, or nothing when isUsed() is false.
    QStringList switchArguments() const;

    /// Returns whether this user can enter the folder \a path.
    bool canReach(const QString &path) const;

    /// Makes this user the owner of \a path and, for a folder, of everything in it; does nothing unless isUsed().
    void giveOwnership(const QString &path) const;

    /**
     * Creates a folder PREFIX-XXXXXX for one server under the build tree's
     * tests/run, or under the temporary folder when this user cannot reach
     * the build tree. Returns its path, or an empty string with \a error set.
     */
    QString createRunDirectory(const QString &prefix, QString *error) const;

private:
    QString m_name;
    QString m_package;
};
