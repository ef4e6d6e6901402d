#include "Translations.h"

#include "salon_core_translations_logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <algorithm>

namespace {

const auto SourceLanguage = QStringLiteral("en");
const auto ResourceFolder = QStringLiteral(":/translations");

// The translators installed last, so that a later install() replaces them.
QPointer<QTranslator> installedSalon;
QPointer<QTranslator> installedQt;

// Reduces a language tag such as "fr-FR" or "fr_FR" to the form of languages(): "fr", or
// "pt_BR" where a translation exists for the region.
QString matchTag(const QString &tag, const QStringList &available)
{
    QString normalized = tag.trimmed();
    normalized.replace(QLatin1Char('-'), QLatin1Char('_'));
    const auto same = [](const QString &candidate, const QString &wanted) {
        return candidate.compare(wanted, Qt::CaseInsensitive) == 0;
    };
    for (const QString &language : available) {
        if (same(language, normalized)) {
            return language;
        }
    }
    const QString primary = normalized.section(QLatin1Char('_'), 0, 0);
    for (const QString &language : available) {
        if (same(language, primary)) {
            return language;
        }
    }
    return {};
}

} // namespace

// Outside any namespace, as Q_INIT_RESOURCE requires. The compiled translations are in a static
// library, whose resources register only through this call.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(salon_translations);
}

QStringList Translations::languages()
{
    initTranslationResources();
    QStringList result{SourceLanguage};
    const QStringList files = QDir(ResourceFolder).entryList({QStringLiteral("salon_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        result.append(file.mid(6, file.size() - 9));
    }
    return result;
}

QString Translations::bestMatch(const QStringList &preferred)
{
    const QStringList available = languages();
    for (const QString &tag : preferred) {
        const QString match = matchTag(tag, available);
        if (!match.isEmpty()) {
            return match;
        }
    }
    return SourceLanguage;
}

QString Translations::negotiate(const QString &acceptLanguage)
{
    struct Range {
        QString tag;
        double quality;
        int position;
    };
    QList<Range> ranges;
    const QStringList items = acceptLanguage.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QStringList parts = item.split(QLatin1Char(';'));
        const QString tag = parts.constFirst().trimmed();
        double quality = 1.0;
        for (int i = 1; i < parts.size(); ++i) {
            const QString parameter = parts.at(i).trimmed();
            if (parameter.startsWith(QLatin1String("q="), Qt::CaseInsensitive)) {
                bool ok = false;
                quality = parameter.mid(2).toDouble(&ok);
                if (!ok) {
                    quality = 0.0;
                }
            }
        }
        if (!tag.isEmpty() && tag != QLatin1String("*") && quality > 0.0) {
            ranges.append({tag, quality, int(ranges.size())});
        }
    }
    // Highest quality first; equal qualities keep the header's order.
    std::stable_sort(ranges.begin(), ranges.end(), [](const Range &left, const Range &right) {
        return left.quality > right.quality;
    });
    QStringList preferred;
    for (const Range &range : qAsConst(ranges)) {
        preferred.append(range.tag);
    }
    return bestMatch(preferred);
}

bool Translations::install(QCoreApplication *app, const QString &language)
{
    initTranslationResources();
    for (QPointer<QTranslator> *installed : {&installedSalon, &installedQt}) {
        if (*installed) {
            QCoreApplication::removeTranslator(*installed);
            delete installed->data();
        }
    }
    if (language == SourceLanguage) {
        return true;
    }

    auto *salon = new QTranslator(app);
    if (!salon->load(QStringLiteral("salon_%1").arg(language), ResourceFolder)) {
        qCWarning(SALON_CORE_TRANSLATIONS) << "No Salon translation for language" << language << "; staying in English";
        delete salon;
        return false;
    }
    QCoreApplication::installTranslator(salon);
    installedSalon = salon;

    // Qt's own strings, such as those of standard dialogs, come from the qttranslations5-l10n package.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qt_%1").arg(language), QLibraryInfo::location(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installedQt = qt;
    } else {
        qCInfo(SALON_CORE_TRANSLATIONS) << "Qt's own translation for language" << language << "is not installed";
        delete qt;
    }
    qCInfo(SALON_CORE_TRANSLATIONS) << "Using the translation for language" << language;
    return true;
}
