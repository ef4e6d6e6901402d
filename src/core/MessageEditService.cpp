#include "MessageEditService.h"

#include "BareJid.h"
#include "MessageFallbackExtension.h"
#include "OutboxService.h"
#include "salon_core_chats_logging.h"

#include <QUuid>
#include <QXmppClient.h>
#include <QXmppElement.h>
#include <QXmppMessage.h>
#include <QXmppUtils.h>

namespace {

const auto RetractNamespace = QStringLiteral("urn:xmpp:message-retract:1");
const auto OldRetractNamespace = QStringLiteral("urn:xmpp:message-retract:0");
const auto FastenNamespace = QStringLiteral("urn:xmpp:fasten:0");
const auto ReplyNamespace = QStringLiteral("urn:xmpp:reply:0");
const auto ReactionsNamespace = QStringLiteral("urn:xmpp:reactions:0");
const auto FallbackNamespace = QStringLiteral("urn:xmpp:fallback:0");

// Longest id that is logged; ids come from other clients and may be of any length.
constexpr int MaxLoggedIdLength = 100;

QString newStanzaId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QXmppElement element(const QString &name, const QString &xmlns = QString())
{
    QXmppElement result;
    result.setTagName(name);
    if (!xmlns.isEmpty()) {
        result.setAttribute(QStringLiteral("xmlns"), xmlns);
    }
    return result;
}

// A new message to "to" with an id that is also its origin-id (XEP-0359).
QXmppMessage newMessage(const QString &to, QXmppMessage::Type type)
{
    QXmppMessage stanza(QString(), to);
    stanza.setType(type);
    const QString id = newStanzaId();
    stanza.setId(id);
    stanza.setOriginId(id);
    return stanza;
}

bool isChatMessage(const QXmppMessage &message)
{
    return message.type() == QXmppMessage::Chat || message.type() == QXmppMessage::Normal;
}

// Quotes text as lines that start with "> ", cut to MaxQuoteLength, followed by a newline.
QString quoteOf(const QString &text)
{
    QString quoted = text;
    if (quoted.size() > MessageEditService::MaxQuoteLength) {
        quoted = ChatMessage::previewOf(quoted.left(MessageEditService::MaxQuoteLength)) + QStringLiteral("…");
    }
    QString result;
    const QStringList lines = quoted.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        result += QStringLiteral("> ") + line + QLatin1Char('\n');
    }
    return result;
}

} // namespace

MessageEditService::MessageEditService(QXmppClient *client, OutboxService *outbox, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_outbox(outbox)
    , m_fallbacks(new MessageFallbackExtension)
{
}

void MessageEditService::insertFallbackReader()
{
    m_client->insertExtension(0, m_fallbacks);
}

void MessageEditService::readFallbacks(const QDomElement &stanza)
{
    m_fallbacks->handleStanza(stanza);
}

QString MessageEditService::sendCorrection(const QString &peer, const QString &originId, const QString &body)
{
    QXmppMessage stanza = correctionStanza(peer, QXmppMessage::Chat, originId, body);
    qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "sending a correction of message" << originId << "to" << peer;
    return m_outbox->send(stanza, QStringLiteral("correction"));
}

void MessageEditService::sendRetraction(const QString &peer, const QString &originId)
{
    QXmppMessage stanza = retractionStanza(peer, QXmppMessage::Chat, originId);
    qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "sending a retraction of message" << originId << "to" << peer;
    m_outbox->send(stanza, QStringLiteral("retraction"));
}

void MessageEditService::sendReactions(const QString &peer, const QString &originId, const QStringList &emojis)
{
    QXmppMessage stanza = reactionsStanza(peer, QXmppMessage::Chat, originId, emojis);
    qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "sending" << emojis.size() << "reactions to message" << originId << "to" << peer;
    m_outbox->send(stanza, QStringLiteral("reactions"));
}

QXmppMessage MessageEditService::correctionStanza(const QString &to, QXmppMessage::Type type, const QString &targetId, const QString &body)
{
    QXmppMessage stanza = newMessage(to, type);
    stanza.setBody(body);
    stanza.setReplaceId(targetId);
    return stanza;
}

QXmppMessage MessageEditService::retractionStanza(const QString &to, QXmppMessage::Type type, const QString &targetId)
{
    QXmppMessage stanza = newMessage(to, type);
    // Clients without retractions show this body (XEP-0424, section 4).
    stanza.setBody(tr("This person attempted to retract a previous message, but your client does not support it."));
    QXmppElement retract = element(QStringLiteral("retract"), RetractNamespace);
    retract.setAttribute(QStringLiteral("id"), targetId);
    QXmppElement fallback = element(QStringLiteral("fallback"), FallbackNamespace);
    fallback.setAttribute(QStringLiteral("for"), RetractNamespace);
    stanza.setExtensions({retract, fallback});
    stanza.addHint(QXmppMessage::Store);
    return stanza;
}

QXmppMessage MessageEditService::reactionsStanza(const QString &to, QXmppMessage::Type type, const QString &targetId, const QStringList &emojis)
{
    QXmppMessage stanza = newMessage(to, type);
    QXmppElement reactions = element(QStringLiteral("reactions"), ReactionsNamespace);
    reactions.setAttribute(QStringLiteral("id"), targetId);
    for (const QString &emoji : emojis) {
        QXmppElement reaction = element(QStringLiteral("reaction"));
        reaction.setValue(emoji);
        reactions.appendChild(reaction);
    }
    stanza.setExtensions({reactions});
    // Without a body, archives keep the reactions only with a store hint (XEP-0334).
    stanza.addHint(QXmppMessage::Store);
    return stanza;
}

void MessageEditService::addReply(QXmppMessage &stanza, const QString &authorJid, const QString &quotedId, const QString &quotedBody)
{
    const QString quote = quoteOf(quotedBody);
    stanza.setBody(quote + stanza.body());

    QXmppElement reply = element(QStringLiteral("reply"), ReplyNamespace);
    reply.setAttribute(QStringLiteral("to"), authorJid);
    reply.setAttribute(QStringLiteral("id"), quotedId);
    // The range counts Unicode code points (XEP-0426), not UTF-16 code units.
    QXmppElement range = element(QStringLiteral("body"));
    range.setAttribute(QStringLiteral("start"), QStringLiteral("0"));
    range.setAttribute(QStringLiteral("end"), QString::number(MessageFallbackExtension::codePointCount(quote)));
    QXmppElement fallback = element(QStringLiteral("fallback"), FallbackNamespace);
    fallback.setAttribute(QStringLiteral("for"), ReplyNamespace);
    fallback.appendChild(range);
    stanza.setExtensions(stanza.extensions() + QXmppElementList{reply, fallback});
}

MessageEditService::References MessageEditService::readReferences(const QXmppMessage &message)
{
    References references;
    for (const QXmppElement &extension : message.extensions()) {
        const QString xmlns = extension.attribute(QStringLiteral("xmlns"));
        const QString name = extension.tagName();
        if (name == QLatin1String("retract") && xmlns == RetractNamespace) {
            references.retractId = extension.attribute(QStringLiteral("id"));
        } else if (name == QLatin1String("apply-to") && xmlns == FastenNamespace
                   && !extension.firstChildElement(QStringLiteral("retract")).isNull()) {
            const QXmppElement retract = extension.firstChildElement(QStringLiteral("retract"));
            const QString retractXmlns = retract.attribute(QStringLiteral("xmlns"));
            if (retractXmlns.isEmpty() || retractXmlns == OldRetractNamespace) {
                references.retractId = extension.attribute(QStringLiteral("id"));
            }
        } else if (name == QLatin1String("reactions") && xmlns == ReactionsNamespace) {
            references.hasReactions = true;
            references.reactionsId = extension.attribute(QStringLiteral("id"));
            for (QXmppElement reaction = extension.firstChildElement(QStringLiteral("reaction")); !reaction.isNull();
                 reaction = reaction.nextSiblingElement(QStringLiteral("reaction"))) {
                references.reactions.append(reaction.value());
            }
        }
    }
    return references;
}

bool MessageEditService::handleMessage(const QXmppMessage &message)
{
    const QString peer = BareJid::fromUserInput(message.from());
    return handle(message, peer, ChatMessage::Direction::Incoming, peer);
}

bool MessageEditService::handleSentCarbon(const QXmppMessage &message)
{
    return handle(message, BareJid::fromUserInput(message.to()), ChatMessage::Direction::Outgoing, accountJid());
}

bool MessageEditService::isEdit(const QXmppMessage &message)
{
    return isChatMessage(message) && carriesEdit(message);
}

bool MessageEditService::carriesEdit(const QXmppMessage &message)
{
    const References references = readReferences(message);
    return !message.replaceId().isEmpty() || !references.retractId.isEmpty() || references.hasReactions;
}

bool MessageEditService::handle(const QXmppMessage &message, const QString &peer, ChatMessage::Direction direction, const QString &reactor)
{
    if (!isEdit(message)) {
        return false;
    }
    const References references = readReferences(message);
    if (peer.isEmpty() || peer == accountJid()) {
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "ignored a correction, retraction or reaction without a peer";
        return true;
    }

    if (!references.retractId.isEmpty()) {
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "retraction of message" << references.retractId.left(MaxLoggedIdLength) << "with" << peer;
        Q_EMIT retractionReceived(peer, direction, references.retractId);
    } else if (!message.replaceId().isEmpty()) {
        ChatMessage corrected;
        readReply(message, peer, corrected);
        const QString body = corrected.body;
        if (body.trimmed().isEmpty()) {
            qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "ignored a correction without a body from" << peer;
            return true;
        }
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "correction of message" << message.replaceId().left(MaxLoggedIdLength) << "with" << peer;
        Q_EMIT correctionReceived(peer, direction, message.replaceId(), body);
    } else if (references.reactionsId.isEmpty()) {
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "ignored reactions without a message id from" << peer;
    } else {
        Q_EMIT reactionsReceived(peer, references.reactionsId, reactor, limitReactions(references.reactions, peer));
    }
    return true;
}

QString MessageEditService::readReply(const QXmppMessage &message, const QString &peer, ChatMessage &chatMessage)
{
    chatMessage.body = message.body();
    for (const QXmppElement &extension : message.extensions()) {
        if (extension.tagName() != QLatin1String("reply") || extension.attribute(QStringLiteral("xmlns")) != ReplyNamespace) {
            continue;
        }
        const QString id = extension.attribute(QStringLiteral("id"));
        if (id.isEmpty()) {
            qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "ignored a reply reference without an id from" << peer;
            return QString();
        }
        chatMessage.replyToOriginId = id;
        const QString author = QXmppUtils::jidToBareJid(extension.attribute(QStringLiteral("to"))).toLower();
        if (author == accountJid()) {
            chatMessage.replyToDirection = ChatMessage::Direction::Outgoing;
        } else if (author == peer) {
            chatMessage.replyToDirection = ChatMessage::Direction::Incoming;
        }
        // Only a reply's quote is stripped; a fallback range without a reply marks nothing to hide.
        chatMessage.body = strippedBody(message);
        return extension.attribute(QStringLiteral("to"));
    }
    return QString();
}

QString MessageEditService::strippedBody(const QXmppMessage &message)
{
    const QString body = message.body();
    const QVector<FallbackRange> ranges = m_fallbacks->takeRanges(message, ReplyNamespace);
    if (ranges.isEmpty()) {
        return body;
    }
    QString stripped;
    int kept = 0;
    for (const FallbackRange &range : ranges) {
        stripped += body.mid(kept, range.start - kept);
        kept = range.end;
    }
    stripped += body.mid(kept);
    // A body that is only a quote stays as it was, so that the message shows something.
    return stripped.trimmed().isEmpty() ? body : stripped;
}

QStringList MessageEditService::limitReactions(const QStringList &emojis, const QString &peer) const
{
    QStringList limited;
    int dropped = 0;
    for (const QString &emoji : emojis) {
        if (emoji.isEmpty() || limited.contains(emoji)) {
            continue;
        }
        if (emoji.toUtf8().size() > MaxReactionBytes || limited.size() >= MaxReactionsPerSender) {
            ++dropped;
            continue;
        }
        limited.append(emoji);
    }
    if (dropped > 0) {
        qCWarning(SALON_CORE_CHATS).noquote() << accountJid() << "dropped" << dropped << "reactions in the conversation with" << peer
                                              << "beyond" << MaxReactionsPerSender << "per sender or longer than" << MaxReactionBytes << "bytes";
    }
    return limited;
}

QString MessageEditService::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}
