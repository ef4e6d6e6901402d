#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

/// An XMPP URI (RFC 5122) such as \c xmpp:user@example.org?message or
/// \c xmpp:pubsub.example.org?;node=urn%3Axmpp%3Amicroblog%3A0;item=abc.
///
/// Only the forms that clients use are read: an optional authority (\c xmpp://account/), the
/// JID, and a query of a type followed by key-value pairs separated by semicolons (XEP-0147).
/// Percent-encoded characters are decoded; the JID is checked only for being non-empty and
/// free of spaces, because validating it is the caller's task.
class XmppUri
{
public:
    /// Reads \a text, or returns nothing when it is no XMPP URI.
    static std::optional<XmppUri> parse(const QString &text);
    /// Returns the URI of \a jid with the query type \a queryType and \a parameters, percent-encoded.
    static QString build(const QString &jid, const QString &queryType = QString(), const QList<QPair<QString, QString>> &parameters = {});

    /// The JID the URI names, decoded.
    QString jid() const;
    /// The query type, such as "message", "join" or "pubsub"; empty when the URI has none or only pairs.
    QString queryType() const;
    /// Returns the value of the query's pair \a key, decoded, or an empty string.
    QString queryItem(const QString &key) const;
    bool hasQueryItem(const QString &key) const;

private:
    QString m_jid;
    QString m_queryType;
    QList<QPair<QString, QString>> m_query;
};
