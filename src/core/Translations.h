#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

/**
 * The translations built into Salon, and the choice among them.
 *
 * Every .ts file of the translations folder is compiled into the programs. The
 * desktop app follows the system's locale. The web server picks a language from
 * each browser's Accept-Language header and starts the user's linker in it, so
 * the sentences that the core writes reach the page in the page's language.
 */
namespace Translations {

/// Returns the languages that have a translation, as tags such as "fr", with the
/// source language "en" first.
QStringList languages();

/// Returns the best of languages() for an HTTP Accept-Language header value,
/// following its quality values, or "en" when none of them matches.
QString negotiate(const QString &acceptLanguage);

/// Returns the best of languages() for a list of preferred languages, such as
/// QLocale::uiLanguages(), or "en" when none of them matches.
QString bestMatch(const QStringList &preferred);

/// Installs the translators of \a language (Salon's and Qt's own) into \a app,
/// replacing those installed by an earlier call. Returns false when Salon has no
/// translation for \a language; the program then stays in English.
bool install(QCoreApplication *app, const QString &language);

} // namespace Translations
