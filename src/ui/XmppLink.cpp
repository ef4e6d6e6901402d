#include "XmppLink.h"

#include "BareJid.h"

#include <optional>

namespace {

const auto Scheme = QStringLiteral("xmpp:");
// Maximum size of a resourcepart in UTF-8 bytes (RFC 7622, section 3.1).
constexpr int MaxResourceBytes = 1023;

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// Replaces each %XX of text by the byte XX and reads the bytes as UTF-8 (RFC 5122, section 2.2).
// Characters that are not percent-encoded are kept, as an IRI may contain them.
// Returns nothing for a % without two hexadecimal digits and for bytes that are not UTF-8.
std::optional<QString> percentDecoded(const QString &text, bool *invalidUtf8)
{
    const QByteArray encoded = text.toUtf8();
    QByteArray decoded;
    decoded.reserve(encoded.size());
    for (int index = 0; index < encoded.size(); ++index) {
        const char c = encoded.at(index);
        if (c != '%') {
            decoded.append(c);
            continue;
        }
        const int high = index + 1 < encoded.size() ? hexValue(encoded.at(index + 1)) : -1;
        const int low = index + 2 < encoded.size() ? hexValue(encoded.at(index + 2)) : -1;
        if (high < 0 || low < 0) {
            *invalidUtf8 = false;
            return std::nullopt;
        }
        decoded.append(char(high * 16 + low));
        index += 2;
    }

    // Invalid UTF-8 turns into U+FFFD, which does not encode back to the same bytes.
    const QString result = QString::fromUtf8(decoded);
    if (result.toUtf8() != decoded) {
        *invalidUtf8 = true;
        return std::nullopt;
    }
    return result;
}

bool isValidResource(const QString &resource)
{
    if (resource.isEmpty() || resource.toUtf8().size() > MaxResourceBytes) {
        return false;
    }
    for (const QChar c : resource) {
        if (c.category() == QChar::Other_Control) {
            return false;
        }
    }
    return true;
}

} // namespace

XmppLink XmppLink::parse(const QString &text)
{
    XmppLink uri;
    uri.m_text = text;
    const QString trimmed = text.trimmed();
    if (!hasXmppScheme(trimmed)) {
        uri.fail(XmppLink::tr("%1 is not an xmpp: URI.").arg(text));
        return uri;
    }

    // xmpp:[//account@host/]node@host[/resource][?query][#fragment] (RFC 5122, section 2.3).
    // The fragment identifies a part of the resource's content and has no use here.
    QString rest = trimmed.mid(Scheme.size());
    const int fragmentStart = rest.indexOf(QLatin1Char('#'));
    if (fragmentStart >= 0) {
        rest.truncate(fragmentStart);
    }
    QString query;
    const int queryStart = rest.indexOf(QLatin1Char('?'));
    if (queryStart >= 0) {
        query = rest.mid(queryStart + 1);
        rest.truncate(queryStart);
    }
    if (rest.startsWith(QLatin1String("//"))) {
        const int pathStart = rest.indexOf(QLatin1Char('/'), 2);
        const QString authority = pathStart >= 0 ? rest.mid(2, pathStart - 2) : rest.mid(2);
        rest = pathStart >= 0 ? rest.mid(pathStart + 1) : QString();
        if (!uri.readAuthority(authority)) {
            return uri;
        }
    }

    if (!uri.readPath(rest) || !uri.readQuery(query)) {
        return uri;
    }
    uri.m_valid = true;
    return uri;
}

bool XmppLink::hasXmppScheme(const QString &text)
{
    return text.startsWith(Scheme, Qt::CaseInsensitive);
}

bool XmppLink::readAuthority(const QString &authority)
{
    bool invalidUtf8 = false;
    const std::optional<QString> decoded = percentDecoded(authority, &invalidUtf8);
    if (!decoded) {
        return failDecoding(invalidUtf8);
    }
    m_accountJid = BareJid::fromUserInput(*decoded);
    if (m_accountJid.isEmpty() || decoded->contains(QLatin1Char('/'))) {
        return fail(tr("The xmpp: URI %1 names an invalid account, %2: give it as localpart@domain.").arg(m_text, *decoded));
    }
    return true;
}

bool XmppLink::readPath(const QString &path)
{
    if (path.isEmpty()) {
        return fail(tr("The xmpp: URI %1 contains no address.").arg(m_text));
    }

    // The first slash starts the resource, and an @ before it ends the localpart. Both
    // characters are percent-encoded where they are part of the localpart.
    const int resourceStart = path.indexOf(QLatin1Char('/'));
    const QString bare = resourceStart >= 0 ? path.left(resourceStart) : path;
    const int at = bare.indexOf(QLatin1Char('@'));

    const QString encodedLocalpart = at >= 0 ? bare.left(at) : QString();
    const QString encodedResource = resourceStart >= 0 ? path.mid(resourceStart + 1) : QString();
    bool invalidUtf8 = false;
    const std::optional<QString> localpart = percentDecoded(encodedLocalpart, &invalidUtf8);
    if (!localpart) {
        return failDecoding(invalidUtf8);
    }
    const std::optional<QString> domainpart = percentDecoded(bare.mid(at + 1), &invalidUtf8);
    if (!domainpart) {
        return failDecoding(invalidUtf8);
    }
    const std::optional<QString> resource = percentDecoded(encodedResource, &invalidUtf8);
    if (!resource) {
        return failDecoding(invalidUtf8);
    }

    if (at < 0 || localpart->isEmpty()) {
        return fail(tr("The xmpp: URI %1 names the server %2, not a contact or a room: the address needs a localpart, as in user@%2.").arg(m_text, *domainpart));
    }
    // BareJid would take a decoded "xmpp:" or "/" as part of a URI or as a resource, so the
    // characters that a localpart cannot contain are rejected here first.
    static const QString forbidden = QStringLiteral("\"&'/:<>@");
    for (const QChar c : *localpart) {
        if (forbidden.contains(c) || c.isSpace()) {
            return fail(tr("The xmpp: URI %1 has an invalid address: the localpart \"%2\" contains \"%3\", which a JID cannot contain.")
                            .arg(m_text, *localpart, QString(c)));
        }
    }
    const QString address = *localpart + QLatin1Char('@') + *domainpart;
    m_jid = BareJid::fromUserInput(address);
    if (m_jid.isEmpty()) {
        return fail(tr("The xmpp: URI %1 has an invalid address, %2: a JID is localpart@domain, with a host name or an IP address as the domain.")
                        .arg(m_text, address));
    }

    if (resourceStart >= 0 && !isValidResource(*resource)) {
        return fail(tr("The xmpp: URI %1 has an invalid resource after the slash: it must be 1 to 1023 bytes of text without control characters.").arg(m_text));
    }
    m_resource = *resource;
    return true;
}

bool XmppLink::readQuery(const QString &query)
{
    // querytype *( ";" key "=" value ), each part percent-encoded (RFC 5122, section 2.4).
    const QStringList parts = query.split(QLatin1Char(';'));
    bool invalidUtf8 = false;
    const std::optional<QString> queryType = percentDecoded(parts.constFirst(), &invalidUtf8);
    if (!queryType) {
        return failDecoding(invalidUtf8);
    }
    m_queryType = *queryType;

    for (int index = 1; index < parts.size(); ++index) {
        const QString &pair = parts.at(index);
        if (pair.isEmpty()) {
            continue;
        }
        // A key without "=" is read as a key with an empty value.
        const int equals = pair.indexOf(QLatin1Char('='));
        const std::optional<QString> key = percentDecoded(equals >= 0 ? pair.left(equals) : pair, &invalidUtf8);
        if (!key) {
            return failDecoding(invalidUtf8);
        }
        const std::optional<QString> value = percentDecoded(equals >= 0 ? pair.mid(equals + 1) : QString(), &invalidUtf8);
        if (!value) {
            return failDecoding(invalidUtf8);
        }
        m_parameters.append({*key, *value});
    }

    if (m_queryType.compare(QLatin1String("join"), Qt::CaseInsensitive) == 0) {
        m_action = Action::Join;
    } else if (m_queryType.compare(QLatin1String("subscribe"), Qt::CaseInsensitive) == 0) {
        m_action = Action::Subscribe;
    } else if (m_queryType.compare(QLatin1String("roster"), Qt::CaseInsensitive) == 0) {
        m_action = Action::Roster;
    } else {
        m_action = Action::Message;
    }
    return true;
}

bool XmppLink::failDecoding(bool invalidUtf8)
{
    if (invalidUtf8) {
        return fail(tr("The xmpp: URI %1 contains percent-encoded bytes that are not UTF-8 text.").arg(m_text));
    }
    return fail(tr("The xmpp: URI %1 has an invalid percent-encoding: each % must be followed by two hexadecimal digits.").arg(m_text));
}

bool XmppLink::fail(const QString &errorText)
{
    m_errorText = errorText;
    m_valid = false;
    return false;
}

bool XmppLink::isValid() const
{
    return m_valid;
}

QString XmppLink::errorText() const
{
    return m_errorText;
}

QString XmppLink::text() const
{
    return m_text;
}

QString XmppLink::jid() const
{
    return m_jid;
}

QString XmppLink::resource() const
{
    return m_resource;
}

QString XmppLink::accountJid() const
{
    return m_accountJid;
}

QString XmppLink::queryType() const
{
    return m_queryType;
}

XmppLink::Action XmppLink::action() const
{
    return m_action;
}

QList<QPair<QString, QString>> XmppLink::parameters() const
{
    return m_parameters;
}

QString XmppLink::parameter(const QString &key) const
{
    for (const auto &pair : m_parameters) {
        if (pair.first == key) {
            return pair.second;
        }
    }
    return {};
}
