#pragma once

#include <QDomDocument>
#include <QDomElement>
#include <QList>
#include <QXmppClient.h>
#include <QXmppClientExtension.h>
#include <QXmppLogger.h>

/// Records, from the wire, the roster requests (RFC 6121, section 2.1.3) that a client sends and the server's replies.
///
/// Sent stanzas come from a logger of its own that replaces the client's, so
/// that no stanza reaches the account's log. Replies come from an extension
/// first in line that receives every stanza and handles none. The client
/// owns the recorder.
///
/// \code
/// auto *recorder = new RosterRequestRecorder(account.client());
/// account.signIn(...);
/// QTRY_VERIFY(recorder->lastRequest().replied);
/// QCOMPARE(recorder->lastRequest().version, cachedVersion);
/// \endcode
class RosterRequestRecorder : public QXmppClientExtension
{
public:
    struct Request {
        QString id;
        /// Whether the request had a ver attribute (RFC 6121, section 2.6), and its value.
        bool hasVersion = false;
        QString version;
        bool replied = false;
        QString replyType;
        /// Whether the reply carried a roster. An empty result confirms the requested version.
        bool replyHasRoster = false;
        QString replyVersion;
        int replyItemCount = 0;
    };

    explicit RosterRequestRecorder(QXmppClient *client)
    {
        client->insertExtension(0, this);
        auto *logger = new QXmppLogger(this);
        logger->setLoggingType(QXmppLogger::SignalLogging);
        logger->setMessageTypes(QXmppLogger::SentMessage);
        client->setLogger(logger);
        QObject::connect(logger, &QXmppLogger::message, this, [this](QXmppLogger::MessageType type, const QString &text) {
            if (type == QXmppLogger::SentMessage) {
                recordSent(text);
            }
        });
    }

    QList<Request> requests() const
    {
        return m_requests;
    }

    int requestCount() const
    {
        return int(m_requests.size());
    }

    /// Returns the last request, or an empty one when none was sent.
    Request lastRequest() const
    {
        return m_requests.isEmpty() ? Request() : m_requests.last();
    }

    bool handleStanza(const QDomElement &stanza) override
    {
        if (stanza.tagName() != QLatin1String("iq")) {
            return false;
        }
        const QString id = stanza.attribute(QStringLiteral("id"));
        for (Request &request : m_requests) {
            if (request.id != id || request.replied) {
                continue;
            }
            request.replied = true;
            request.replyType = stanza.attribute(QStringLiteral("type"));
            const QDomElement query = stanza.firstChildElement(QStringLiteral("query"));
            request.replyHasRoster = !query.isNull() && query.namespaceURI() == QLatin1String("jabber:iq:roster");
            request.replyVersion = query.attribute(QStringLiteral("ver"));
            for (QDomElement item = query.firstChildElement(QStringLiteral("item")); !item.isNull(); item = item.nextSiblingElement(QStringLiteral("item"))) {
                ++request.replyItemCount;
            }
        }
        return false;
    }

private:
    void recordSent(const QString &text)
    {
        // Stream headers and other data that is no complete element do not parse, and are no request.
        QDomDocument document;
        if (!document.setContent(text, true)) {
            return;
        }
        const QDomElement iq = document.documentElement();
        const QDomElement query = iq.firstChildElement(QStringLiteral("query"));
        if (iq.tagName() != QLatin1String("iq") || iq.attribute(QStringLiteral("type")) != QLatin1String("get") || query.isNull()
            || query.namespaceURI() != QLatin1String("jabber:iq:roster")) {
            return;
        }

        Request request;
        request.id = iq.attribute(QStringLiteral("id"));
        request.hasVersion = query.hasAttribute(QStringLiteral("ver"));
        request.version = query.attribute(QStringLiteral("ver"));
        m_requests.append(request);
    }

    QList<Request> m_requests;
};
