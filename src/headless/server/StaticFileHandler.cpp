#include "StaticFileHandler.h"

#include "HttpRequestHead.h"
#include "Translations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace {

// Images and videos shared in chats come from the upload services of the users' servers. Some,
// such as Prosody's http_file_share behind no TLS proxy, serve plain http, which the page shows
// only while it is itself served over http.
const QByteArray contentSecurityPolicy = QByteArrayLiteral(
    "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data: blob: https: http:; media-src 'self' blob: https: http:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");

bool matchesEntityTag(const QByteArray &ifNoneMatch, const QByteArray &entityTag)
{
    const QList<QByteArray> candidates = ifNoneMatch.split(',');
    for (QByteArray candidate : candidates) {
        candidate = candidate.trimmed();
        // Weak comparison, as RFC 9110 section 13.1.2 requires for If-None-Match.
        if (candidate.startsWith("W/")) {
            candidate.remove(0, 2);
        }
        if (candidate == "*" || candidate == entityTag) {
            return true;
        }
    }
    return false;
}

// The web strings of each translation, made from the .ts files at build time.
const auto TranslatedStringsFolder = QStringLiteral(":/web/i18n");
const auto StringsFile = QStringLiteral("strings.js");

} // namespace

// Outside any namespace, as Q_INIT_RESOURCE requires. The translated web strings are in a static
// library, whose resources register only through this call.
static void initWebTranslationResources()
{
    Q_INIT_RESOURCE(salon_web_translations);
}

StaticFileHandler::StaticFileHandler(const QString &root)
    : m_resolver(root)
{
    initWebTranslationResources();
}

HttpResponse StaticFileHandler::respond(const HttpRequestHead &request, QString *errorString)
{
    const bool headOnly = request.method() == "HEAD";
    if (request.method() != "GET" && !headOnly) {
        *errorString = QStringLiteral("method not allowed on static files");
        HttpResponse response = HttpResponse::error(405);
        response.addHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD"));
        return response;
    }

    const StaticFileResolver::Result resolved = m_resolver.resolve(request.target());
    if (resolved.statusCode != 200) {
        *errorString = resolved.errorString;
        return HttpResponse::error(resolved.statusCode);
    }

    // strings.js is the web front end's dictionary: each browser gets the translation of the
    // language it prefers, so the response varies with Accept-Language.
    QString filePath = resolved.filePath;
    QString language;
    const bool isStrings = QFileInfo(filePath).fileName() == StringsFile;
    if (isStrings) {
        language = Translations::negotiate(QString::fromLatin1(request.header(QByteArrayLiteral("accept-language"))));
        const QString translated = QStringLiteral("%1/strings.%2.js").arg(TranslatedStringsFolder, language);
        if (QFile::exists(translated)) {
            filePath = translated;
        } else {
            language = QStringLiteral("en");
        }
    }

    File file;
    if (!load(filePath, &file)) {
        *errorString = QStringLiteral("cannot read %1").arg(filePath);
        return HttpResponse::error(500);
    }

    HttpResponse response(200);
    const QByteArray contentType = StaticFileResolver::contentType(resolved.filePath);
    response.addHeader(QByteArrayLiteral("Content-Type"), contentType);
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    response.addHeader(QByteArrayLiteral("ETag"), file.entityTag);
    response.addHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.addHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    if (isStrings) {
        response.addHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Language"));
        response.addHeader(QByteArrayLiteral("Content-Language"), language.replace(QLatin1Char('_'), QLatin1Char('-')).toLatin1());
    }
    if (contentType.startsWith("text/html")) {
        response.addHeader(QByteArrayLiteral("Content-Security-Policy"), contentSecurityPolicy);
    }

    const QByteArray ifNoneMatch = request.header(QByteArrayLiteral("if-none-match"));
    if (!ifNoneMatch.isNull() && matchesEntityTag(ifNoneMatch, file.entityTag)) {
        response.setStatusCode(304);
        return response;
    }

    response.setBody(file.content);
    return response;
}

bool StaticFileHandler::load(const QString &filePath, File *file)
{
    const auto cached = m_files.constFind(filePath);
    if (cached != m_files.cend()) {
        *file = cached.value();
        return true;
    }

    QFile source(filePath);
    if (!source.open(QIODevice::ReadOnly)) {
        return false;
    }
    file->content = source.readAll();
    const QByteArray hash = QCryptographicHash::hash(file->content, QCryptographicHash::Sha256);
    file->entityTag = '"' + hash.toHex().left(32) + '"';
    m_files.insert(filePath, *file);
    return true;
}
