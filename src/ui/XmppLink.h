#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

/// An \c xmpp: URI (RFC 5122) that the user opens with the desktop app: the address it names
/// and the action that its query asks for.
///
/// Unlike the core's XmppUri, which reads the URIs inside posts leniently, this class rejects
/// every URI that it cannot open, with a message for the user. parse() percent-decodes each
/// part as UTF-8, checks the address as a bare JID with an optional resource, and reads the
/// query type and its \c key=value pairs, which RFC 5122 separates with semicolons:
/// \c xmpp:romeo@example.net?message;subject=Hi.
///
/// \code
/// const XmppLink link = XmppLink::parse(QStringLiteral("xmpp:room@conference.example.org?join"));
/// if (!link.isValid())
///     qWarning().noquote() << link.errorText();
/// else if (link.action() == XmppLink::Action::Join)
///     joinRoom(link.jid());
/// \endcode
class XmppLink
{
    Q_DECLARE_TR_FUNCTIONS(XmppLink)

public:
    /// What the desktop app does with the address. The query types are those of the XMPP URI
    /// query components registry (XEP-0147).
    enum class Action {
        /// Open the conversation: no query, \c ?message (its \c body goes into the composer, unsent),
        /// or a query type that the app does not know.
        Message,
        /// Join the group chat room and open it: \c ?join.
        Join,
        /// Open the add-contact flow: \c ?subscribe.
        Subscribe,
        /// Open the add-contact flow with the \c name and \c group parameters filled in: \c ?roster.
        Roster,
    };

    /// Parses \a text. The result is invalid, with errorText() set, when \a text is not an
    /// \c xmpp: URI with a valid JID that has a localpart.
    static XmppLink parse(const QString &text);
    /// Whether \a text starts with the \c xmpp: scheme, in any letter case.
    static bool hasXmppScheme(const QString &text);

    bool isValid() const;
    /// One sentence that says why the URI is invalid, for the user. Empty for a valid URI.
    QString errorText() const;
    /// The URI as given to parse().
    QString text() const;

    /// The normalized bare JID, \c localpart@domainpart.
    QString jid() const;
    /// The resource after the JID, or an empty string.
    QString resource() const;
    /// The account that the URI asks to act as (\c xmpp://account@example.org/…), or an empty string.
    QString accountJid() const;
    /// The query type as written, such as \c message or \c join, or an empty string.
    QString queryType() const;
    Action action() const;
    /// The decoded \c key=value pairs of the query, in their order.
    QList<QPair<QString, QString>> parameters() const;
    /// The value of the first parameter named \a key, or an empty string.
    QString parameter(const QString &key) const;

private:
    bool readAuthority(const QString &authority);
    bool readPath(const QString &path);
    bool readQuery(const QString &query);
    bool failDecoding(bool invalidUtf8);
    bool fail(const QString &errorText);

    QString m_text;
    QString m_errorText;
    QString m_jid;
    QString m_resource;
    QString m_accountJid;
    QString m_queryType;
    Action m_action = Action::Message;
    QList<QPair<QString, QString>> m_parameters;
    bool m_valid = false;
};
