#include "XmppUri.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

const auto Scheme = QStringLiteral("xmpp:");
/// Maximum length of a URI read. An XMPP address has at most 3 × 1023 bytes (RFC 7622), and queries add little.
constexpr int MaxLength = 8192;

QString decoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString encoded(const QString &text, const QByteArray &allowed = QByteArray())
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, allowed));
}

} // namespace

std::optional<XmppUri> XmppUri::parse(const QString &text)
{
    if (text.size() > MaxLength) {
        return std::nullopt;
    }
    // A URI has no whitespace. Some clients break long URIs across lines in XML attributes.
    // Compiled once: compiling took longer than the rest of the parse, which runs for every received post.
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    QString trimmed = text;
    trimmed.remove(whitespace);
    if (!trimmed.startsWith(Scheme, Qt::CaseInsensitive)) {
        return std::nullopt;
    }
    QString rest = trimmed.mid(Scheme.size());
    // The fragment names a part of the result, which no Salon feature uses.
    rest = rest.section(QLatin1Char('#'), 0, 0);
    if (rest.startsWith(QStringLiteral("//"))) {
        // xmpp://account@example.org/jid: the authority names the account to use, not the target.
        const int slash = rest.indexOf(QLatin1Char('/'), 2);
        if (slash < 0) {
            return std::nullopt;
        }
        rest = rest.mid(slash + 1);
    }

    XmppUri uri;
    const int question = rest.indexOf(QLatin1Char('?'));
    uri.m_jid = decoded(question < 0 ? rest : rest.left(question));
    if (uri.m_jid.isEmpty() || uri.m_jid.contains(QLatin1Char(' '))) {
        return std::nullopt;
    }
    if (question >= 0) {
        const QStringList parts = rest.mid(question + 1).split(QLatin1Char(';'));
        uri.m_queryType = decoded(parts.first());
        for (int index = 1; index < parts.size(); ++index) {
            const QString &part = parts.at(index);
            if (part.isEmpty()) {
                continue;
            }
            const int equals = part.indexOf(QLatin1Char('='));
            const QString key = decoded(equals < 0 ? part : part.left(equals));
            const QString value = equals < 0 ? QString() : decoded(part.mid(equals + 1));
            uri.m_query.append({key, value});
        }
    }
    return uri;
}

QString XmppUri::build(const QString &jid, const QString &queryType, const QList<QPair<QString, QString>> &parameters)
{
    // RFC 5122, section 2.2: the characters of a JID that need no encoding.
    QString uri = Scheme + encoded(jid, QByteArrayLiteral("@/!$&'()*+,=:[]"));
    if (queryType.isEmpty() && parameters.isEmpty()) {
        return uri;
    }
    uri += QLatin1Char('?') + encoded(queryType);
    for (const auto &[key, value] : parameters) {
        uri += QLatin1Char(';') + encoded(key) + QLatin1Char('=') + encoded(value);
    }
    return uri;
}

QString XmppUri::jid() const
{
    return m_jid;
}

QString XmppUri::queryType() const
{
    return m_queryType;
}

QString XmppUri::queryItem(const QString &key) const
{
    for (const auto &[name, value] : m_query) {
        if (name == key) {
            return value;
        }
    }
    return QString();
}

bool XmppUri::hasQueryItem(const QString &key) const
{
    for (const auto &item : m_query) {
        if (item.first == key) {
            return true;
        }
    }
    return false;
}
