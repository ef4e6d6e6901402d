#include "ArchiveService.h"

#include "ArchiveExtension.h"
#include "Attachment.h"
#include "BareJid.h"
#include "ChatService.h"
#include "MessageEditService.h"
#include "salon_core_archive_logging.h"

#include <QDateTime>
#include <QPointer>
#include <QUuid>
#include <QXmppClient.h>
#include <QXmppUtils.h>

ArchiveService::ArchiveService(QXmppClient *client, MessageEditService *edits, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_edits(edits)
    , m_extension(new ArchiveExtension)
{
    // First in line, so that archive results never reach QXmpp's own handling of messages.
    m_client->insertExtension(0, m_extension);
    connect(m_client, &QXmppClient::connected, this, &ArchiveService::handleConnected);
}

ArchiveService::~ArchiveService() = default;

void ArchiveService::setStore(MessageStore *store)
{
    ++m_generation;
    ++m_catchUpRun;
    m_store = store;
    m_lastArchiveId.clear();
    m_olderCursors.clear();
    m_completePeers.clear();
    m_catchingUp = false;
    m_catchUpWaiting = false;
    if (!m_store) {
        m_positionLoaded = true;
        return;
    }

    // A connection may come up before the position is read; its catch-up then waits for it.
    m_positionLoaded = false;
    m_store->loadArchivePosition(this, [this, generation = m_generation](const QString &archiveId) {
        if (generation != m_generation) {
            return;
        }
        m_lastArchiveId = archiveId;
        m_positionLoaded = true;
        if (m_catchUpWaiting) {
            m_catchUpWaiting = false;
            startCatchUp();
        }
    });
}

bool ArchiveService::mayHaveOlder(const QString &peer) const
{
    return !m_completePeers.contains(peer);
}

bool ArchiveService::isCatchingUp() const
{
    return m_catchingUp || m_catchUpWaiting;
}

ArchiveExtension *ArchiveService::extension() const
{
    return m_extension;
}

void ArchiveService::handleConnected()
{
    // A resumed stream lost no messages, so there is nothing to catch up.
    // NOTE: live messages do not move the archive position, so each catch-up fetches again what
    // arrived live since the previous one, and the store drops those copies.
    if (m_client->streamManagementState() == QXmppClient::ResumedStream) {
        return;
    }
    startCatchUp();
}

void ArchiveService::startCatchUp()
{
    if (!m_positionLoaded) {
        m_catchUpWaiting = true;
        return;
    }
    // A catch-up of a closed stream has already failed, because the connection loss ends its request.
    ++m_catchUpRun;
    m_catchingUp = true;
    m_catchUpPages = 0;
    m_catchUpMessages = 0;
    if (m_lastArchiveId.isEmpty()) {
        qCInfo(SALON_CORE_ARCHIVE).noquote() << accountJid() << "catch-up: no archive id known, requesting the newest page";
        requestNewestPage();
    } else {
        qCInfo(SALON_CORE_ARCHIVE).noquote() << accountJid() << "catch-up: requesting the messages after archive id" << m_lastArchiveId;
        requestPageAfter(m_lastArchiveId);
    }
}

void ArchiveService::requestPageAfter(const QString &archiveId)
{
    ArchiveQuery query;
    query.afterId = archiveId;
    query.maxResults = PageSize;
    m_extension->query(query, this, [this, run = m_catchUpRun](const ArchivePage &page) {
        if (run == m_catchUpRun) {
            handleCatchUpPage(page, true);
        }
    });
}

void ArchiveService::requestNewestPage()
{
    ArchiveQuery query;
    query.beforeId = QString();
    query.maxResults = PageSize;
    m_extension->query(query, this, [this, run = m_catchUpRun](const ArchivePage &page) {
        if (run == m_catchUpRun) {
            handleCatchUpPage(page, false);
        }
    });
}

void ArchiveService::handleCatchUpPage(const ArchivePage &page, bool afterKnownId)
{
    if (!page.isResult()) {
        if (afterKnownId && page.status == IqResponse::Status::Error && page.error.condition() == QXmppStanza::Error::ItemNotFound) {
            // The server removed that entry, for example because the archive expired.
            qCWarning(SALON_CORE_ARCHIVE).noquote() << accountJid() << "catch-up: the server does not know archive id" << m_lastArchiveId
                                                    << "(item-not-found), requesting the newest page instead";
            requestNewestPage();
            return;
        }
        qCWarning(SALON_CORE_ARCHIVE).noquote() << accountJid() << "catch-up failed after" << m_catchUpPages << "pages: status" << int(page.status)
                                                << "condition" << int(page.error.condition());
        finishCatchUp();
        return;
    }

    ++m_catchUpPages;
    // Messages after a known id are news, but the newest page of an unknown position is history.
    const ArchivedChats chats = toChats(page.messages, afterKnownId ? ChatMessage::State::Received : ChatMessage::State::Displayed);
    m_catchUpMessages += int(chats.messages.size());
    if (!chats.messages.isEmpty() || !chats.edits.isEmpty()) {
        Q_EMIT messagesArchived(chats);
    }
    // Queued after the messages on the database thread, so the stored position never passes a message that was not written.
    if (!page.lastId.isEmpty()) {
        setPosition(page.lastId);
    }

    if (!afterKnownId || page.complete || page.messages.isEmpty()) {
        finishCatchUp();
        return;
    }
    if (m_catchUpPages >= MaxCatchUpPages) {
        // NOTE: a longer gap is read over several connections, MaxCatchUpPages pages each.
        qCInfo(SALON_CORE_ARCHIVE).noquote() << accountJid() << "catch-up stopped at the limit of" << MaxCatchUpPages
                                             << "pages; the next connection continues after archive id" << m_lastArchiveId;
        finishCatchUp();
        return;
    }
    requestPageAfter(page.lastId);
}

void ArchiveService::finishCatchUp()
{
    m_catchingUp = false;
    qCInfo(SALON_CORE_ARCHIVE).noquote() << accountJid() << "catch-up finished:" << m_catchUpMessages << "messages in" << m_catchUpPages << "pages";
    Q_EMIT catchUpFinished(m_catchUpMessages);
}

void ArchiveService::fetchOlder(const QString &peer, QObject *context, std::function<void(const ArchivedChats &, bool)> done)
{
    if (m_completePeers.contains(peer)) {
        done({}, false);
        return;
    }
    const QString cursor = m_olderCursors.value(peer);
    if (!cursor.isEmpty() || !m_store) {
        requestOlder(peer, cursor, context, std::move(done));
        return;
    }
    const QPointer<QObject> caller(context);
    m_store->loadOldestArchiveId(peer, this, [this, generation = m_generation, peer, caller, done = std::move(done)](const QString &oldestId) {
        if (generation == m_generation && caller) {
            requestOlder(peer, oldestId, caller, done);
        }
    });
}

void ArchiveService::requestOlder(const QString &peer, const QString &beforeId, QObject *context, std::function<void(const ArchivedChats &, bool)> done)
{
    ArchiveQuery query;
    query.with = peer;
    // An empty id requests the conversation's newest page.
    query.beforeId = beforeId;
    query.maxResults = PageSize;
    qCDebug(SALON_CORE_ARCHIVE).noquote() << accountJid() << "requesting the messages with" << peer << "before archive id" << beforeId;
    m_extension->query(query, context, [this, generation = m_generation, peer, beforeId, done = std::move(done)](const ArchivePage &page) {
        if (!page.isResult()) {
            // ChatService lets the model request the page again after the next catch-up.
            qCWarning(SALON_CORE_ARCHIVE).noquote() << accountJid() << "requesting the messages with" << peer << "before archive id" << beforeId
                                                    << "failed: status" << int(page.status) << "condition" << int(page.error.condition());
            done({}, false);
            return;
        }
        const bool hasOlder = !page.complete && !page.messages.isEmpty();
        if (generation == m_generation) {
            if (!page.firstId.isEmpty()) {
                m_olderCursors.insert(peer, page.firstId);
            }
            if (!hasOlder) {
                m_completePeers.insert(peer);
            }
        }
        done(toChats(page.messages, ChatMessage::State::Displayed), hasOlder);
    });
}

void ArchiveService::setPosition(const QString &archiveId)
{
    m_lastArchiveId = archiveId;
    if (m_store) {
        m_store->saveArchivePosition(archiveId);
    }
}

ArchivedChats ArchiveService::toChats(const QVector<ArchivedMessage> &entries, ChatMessage::State incomingState) const
{
    const QString account = accountJid();
    ArchivedChats chats;
    int skipped = 0;
    for (const ArchivedMessage &entry : entries) {
        const QXmppMessage &archived = entry.message;
        // Room messages, headlines and errors belong elsewhere.
        if (archived.type() == QXmppMessage::Error || archived.type() == QXmppMessage::GroupChat || archived.type() == QXmppMessage::Headline) {
            continue;
        }
        if (MessageEditService::isEdit(archived)) {
            chats.edits.append(archived);
            continue;
        }
        // Messages without a body carry only receipts, chat states or markers.
        if (archived.body().isEmpty()) {
            continue;
        }

        ChatMessage message;
        if (QXmppUtils::jidToBareJid(archived.from()).toLower() == account) {
            message.direction = ChatMessage::Direction::Outgoing;
            message.peer = BareJid::fromUserInput(archived.to());
            message.state = ChatMessage::State::Sent;
        } else {
            message.direction = ChatMessage::Direction::Incoming;
            message.peer = BareJid::fromUserInput(archived.from());
            message.state = incomingState;
        }
        if (message.peer.isEmpty()) {
            ++skipped;
            continue;
        }
        message.originId = !archived.originId().isEmpty() ? archived.originId() : archived.id();
        if (message.originId.isEmpty()) {
            // The archive id identifies the message when it arrives again.
            message.originId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        message.stanzaId = entry.archiveId;
        m_edits->readReply(archived, message.peer, message);
        if (message.body.size() > ChatService::MaxBodyLength) {
            message.body = message.body.left(ChatService::MaxBodyLength) + QStringLiteral(" […]");
        }
        message.timestampMs = archived.stamp().isValid() ? archived.stamp().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
        message.attachmentUrl = Attachment::urlOf(archived);
        chats.messages.append(message);
    }
    if (skipped > 0) {
        qCInfo(SALON_CORE_ARCHIVE).noquote() << account << "ignored" << skipped << "archived messages whose peer is not a user's address";
    }
    return chats;
}

QString ArchiveService::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}
