#include "IniFile.h"

#include <QFile>
#include <QTextStream>

bool IniFile::read(const QString &path)
{
    m_entries.clear();
    m_errors.clear();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_errors.append(tr("Cannot read the configuration file \"%1\": %2.").arg(path, file.errorString()));
        return false;
    }

    QTextStream stream(&file);
    stream.setCodec("UTF-8");
    int lineNumber = 0;
    while (!stream.atEnd()) {
        const QString line = stream.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';'))) {
            continue;
        }

        if (line.startsWith(QLatin1Char('['))) {
            m_errors.append(tr("%1 line %2: sections such as \"%3\" are not used; write every key at the top level.").arg(path).arg(lineNumber).arg(line));
            continue;
        }

        const int equals = line.indexOf(QLatin1Char('='));
        const QString key = line.left(equals).trimmed();
        if (equals < 0 || key.isEmpty()) {
            m_errors.append(tr("%1 line %2: expected \"key = value\", found \"%3\".").arg(path).arg(lineNumber).arg(line));
            continue;
        }

        const auto earlier = std::find_if(m_entries.cbegin(), m_entries.cend(), [&key](const Entry &entry) {
            return entry.key == key;
        });
        if (earlier != m_entries.cend()) {
            m_errors.append(tr("%1 line %2: key \"%3\" is set already on line %4.").arg(path).arg(lineNumber).arg(key).arg(earlier->line));
            continue;
        }

        m_entries.append(Entry{key, line.mid(equals + 1).trimmed(), lineNumber});
    }

    return m_errors.isEmpty();
}

QVector<IniFile::Entry> IniFile::entries() const
{
    return m_entries;
}

QStringList IniFile::errors() const
{
    return m_errors;
}
