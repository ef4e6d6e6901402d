#include "BareJid.h"

#include <QStringList>

namespace {

// Maximum size of a localpart or a domainpart in UTF-8 bytes (RFC 7622, section 3.1).
constexpr int MaxPartBytes = 1023;
// Maximum length of one label of a host name (RFC 1035, section 2.3.4).
constexpr int MaxLabelLength = 63;

bool isForbiddenInLocalpart(QChar c)
{
    static const QString forbidden = QStringLiteral("\"&'/:<>@");
    return forbidden.contains(c) || c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
}

bool isValidLocalpart(const QString &localpart)
{
    if (localpart.isEmpty() || localpart.toUtf8().size() > MaxPartBytes) {
        return false;
    }
    for (const QChar c : localpart) {
        if (isForbiddenInLocalpart(c)) {
            return false;
        }
    }
    return true;
}

bool isValidLabel(const QString &label)
{
    if (label.isEmpty() || label.size() > MaxLabelLength || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-'))) {
        return false;
    }
    for (const QChar c : label) {
        // Non-ASCII letters and digits stand for internationalized labels (RFC 5890).
        const bool allowed = c.isLetterOrNumber() || c == QLatin1Char('-') || c.isMark();
        if (!allowed) {
            return false;
        }
    }
    return true;
}

bool isValidIpv6Literal(const QString &domain)
{
    if (domain.size() < 4 || !domain.startsWith(QLatin1Char('[')) || !domain.endsWith(QLatin1Char(']'))) {
        return false;
    }
    for (const QChar c : domain.mid(1, domain.size() - 2)) {
        const bool allowed = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || c == QLatin1Char(':') || c == QLatin1Char('.');
        if (!allowed) {
            return false;
        }
    }
    return true;
}

bool isValidDomainpart(const QString &domain)
{
    if (domain.isEmpty() || domain.toUtf8().size() > MaxPartBytes) {
        return false;
    }
    if (domain.startsWith(QLatin1Char('['))) {
        return isValidIpv6Literal(domain);
    }
    const QStringList labels = domain.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (!isValidLabel(label)) {
            return false;
        }
    }
    return true;
}

} // namespace

QString BareJid::fromUserInput(const QString &text)
{
    QString jid = text.trimmed();

    // An xmpp: URI may carry a query, as in xmpp:bob@example.org?roster (XEP-0147).
    if (jid.startsWith(QLatin1String("xmpp:"), Qt::CaseInsensitive)) {
        jid = jid.mid(5);
        const int queryStart = jid.indexOf(QLatin1Char('?'));
        if (queryStart >= 0) {
            jid.truncate(queryStart);
        }
    }

    // The resource starts at the first slash (RFC 7622, section 3.1).
    const int resourceStart = jid.indexOf(QLatin1Char('/'));
    if (resourceStart >= 0) {
        jid.truncate(resourceStart);
    }

    const int at = jid.indexOf(QLatin1Char('@'));
    if (at < 0) {
        return {};
    }
    const QString localpart = jid.left(at).normalized(QString::NormalizationForm_C).toLower();
    QString domainpart = jid.mid(at + 1).normalized(QString::NormalizationForm_C).toLower();
    // A domainpart may end with a dot, which is dropped (RFC 7622, section 3.2).
    if (domainpart.endsWith(QLatin1Char('.'))) {
        domainpart.chop(1);
    }

    if (!isValidLocalpart(localpart) || !isValidDomainpart(domainpart)) {
        return {};
    }
    return localpart + QLatin1Char('@') + domainpart;
}
