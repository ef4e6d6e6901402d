#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

/// Reader of salon-server's configuration file.
///
/// The format is a flat INI file without sections: one "key = value" per
/// line, blanks around key and value ignored, and lines that start with
/// '#' or ';' are comments. A value runs to the end of its line, so '#' in
/// a value is part of it, and quotes are not removed. Section headers,
/// lines without '=' and keys given twice are errors.
class IniFile
{
    Q_DECLARE_TR_FUNCTIONS(IniFile)

public:
    struct Entry {
        QString key;
        QString value;
        /// 1-based line number in the file.
        int line = 0;
    };

    /// Reads \a path; returns false if the file cannot be read or has errors, which errors() lists.
    bool read(const QString &path);

    QVector<Entry> entries() const;
    /// Problems found by read(), each naming the file and the line.
    QStringList errors() const;

private:
    QVector<Entry> m_entries;
    QStringList m_errors;
};
