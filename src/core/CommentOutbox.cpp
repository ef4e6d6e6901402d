#include "CommentOutbox.h"

#include "MarkdownRenderer.h"
#include "PubSubClient.h"
#include "PubSubResult.h"
#include "XmppUri.h"
#include "salon_core_comments_logging.h"

#include <QTimer>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppUtils.h>

#include <algorithm>

namespace {

bool isSameItem(const PendingCommentAction &a, const PendingCommentAction &b)
{
    return a.service == b.service && a.node == b.node && a.itemId == b.itemId;
}

} // namespace

CommentOutbox::CommentOutbox(PubSubClient *pubsub, QObject *parent)
    : QObject(parent)
    , m_pubsub(pubsub)
{
}

void CommentOutbox::setClient(QXmppClient *client)
{
    m_client = client;
}

void CommentOutbox::setAccountJid(const QString &jid)
{
    m_accountJid = jid.toLower();
}

void CommentOutbox::setStore(CommentStore *store)
{
    ++m_generation;
    m_store = store;
    m_actions.clear();
    m_sending = false;
    Q_EMIT actionsChanged();
    if (!m_store) {
        m_loading = false;
        return;
    }

    m_loading = true;
    const int generation = m_generation;
    m_store->pendingActions(this, [this, generation](const QVector<PendingCommentAction> &stored) {
        if (generation != m_generation) {
            return;
        }
        m_loading = false;
        // Actions queued before the store finished loading come after the stored ones.
        QVector<PendingCommentAction> merged = stored;
        for (const PendingCommentAction &action : std::as_const(m_actions)) {
            if (std::none_of(merged.cbegin(), merged.cend(), [&action](const PendingCommentAction &other) { return isSameItem(action, other); })) {
                merged.append(action);
            }
        }
        m_actions = merged;
        Q_EMIT actionsChanged();
        sendNext();
    });
}

void CommentOutbox::enqueue(const PendingCommentAction &action)
{
    for (int i = m_sending ? 1 : 0; i < m_actions.size(); ++i) {
        if (isSameItem(m_actions.at(i), action)) {
            m_actions.removeAt(i);
            break;
        }
    }
    m_actions.append(action);
    if (m_store) {
        m_store->addPendingAction(action);
    }
    Q_EMIT actionsChanged();
    sendNext();
}

QVector<PendingCommentAction> CommentOutbox::actions() const
{
    return m_actions;
}

void CommentOutbox::resetSending()
{
    // Results of the closed connection's requests end with an offline error and are ignored.
    ++m_generation;
    m_sending = false;
}

void CommentOutbox::sendNext()
{
    if (m_sending || m_loading || m_actions.isEmpty() || !m_client || !m_client->isAuthenticated()) {
        return;
    }
    m_sending = true;
    const PendingCommentAction action = m_actions.first();
    if (action.action == PendingCommentAction::Action::Retract) {
        retract(action);
    } else {
        publish(action);
    }
}

QString CommentOutbox::requestService(const QString &service) const
{
    // PubSubClient addresses the user's own PEP service with an empty JID.
    return service.compare(m_accountJid, Qt::CaseInsensitive) == 0 ? QString() : service;
}

void CommentOutbox::publish(const PendingCommentAction &action)
{
    const MicroblogEntry entry = entryOf(action, m_accountJid);
    const auto payload = [entry](QXmlStreamWriter *writer) {
        entry.writeAtom(writer);
    };
    const int generation = m_generation;
    m_pubsub->publish(requestService(action.service), action.node, action.itemId, payload, {}, this,
                      [this, action, generation](const PubSubResult &result, const QString &) {
                          if (generation == m_generation) {
                              handleResult(action, result);
                          }
                      });
}

void CommentOutbox::retract(const PendingCommentAction &action)
{
    const int generation = m_generation;
    m_pubsub->retract(requestService(action.service), action.node, action.itemId, true, this, [this, action, generation](const PubSubResult &result) {
        if (generation == m_generation) {
            handleResult(action, result);
        }
    });
}

void CommentOutbox::handleResult(const PendingCommentAction &action, const PubSubResult &result)
{
    if (result.error() == PubSubResult::Error::Offline) {
        // Sent again after the next sign-in.
        m_sending = false;
        return;
    }
    if (result.error() == PubSubResult::Error::Timeout) {
        qCWarning(SALON_CORE_COMMENTS).noquote() << m_accountJid << "comment action on" << action.itemId << "timed out; retrying in" << RetryDelayMs << "ms";
        m_sending = false;
        QTimer::singleShot(RetryDelayMs, this, &CommentOutbox::sendNext);
        return;
    }

    const bool retracted = action.action == PendingCommentAction::Action::Retract;
    // A retraction of an item that is gone already has done its work.
    if (!result.isOk() && !(retracted && result.error() == PubSubResult::Error::ItemNotFound)) {
        qCWarning(SALON_CORE_COMMENTS).noquote() << m_accountJid << (retracted ? "retracting" : "publishing") << "comment" << action.itemId << "on"
                                                 << action.service << action.node << "failed:" << result.code();
        finishFirst();
        Q_EMIT failed(action, result.text());
        return;
    }

    qCInfo(SALON_CORE_COMMENTS).noquote() << m_accountJid << (retracted ? "retracted" : "published") << (action.isLike ? "like" : "comment")
                                          << action.itemId << "on" << action.service << action.node;
    finishFirst();
    Q_EMIT sent(action);
}

void CommentOutbox::finishFirst()
{
    if (!m_actions.isEmpty()) {
        const PendingCommentAction done = m_actions.takeFirst();
        const bool requeued = std::any_of(m_actions.cbegin(), m_actions.cend(), [&done](const PendingCommentAction &other) {
            return isSameItem(done, other);
        });
        if (m_store && !requeued) {
            m_store->removePendingAction(done.service, done.node, done.itemId);
        }
    }
    m_sending = false;
    Q_EMIT actionsChanged();
    QTimer::singleShot(0, this, &CommentOutbox::sendNext);
}

MicroblogEntry CommentOutbox::entryOf(const PendingCommentAction &action, const QString &accountJid)
{
    MicroblogEntry entry;
    // RFC 4151 tag URI: the account's domain, the day of writing and the item id.
    entry.atomId = QStringLiteral("tag:%1,%2:comments-%3")
                       .arg(QXmppUtils::jidToDomain(accountJid), action.createdAt.date().toString(Qt::ISODate), action.itemId);
    if (action.isLike) {
        entry.title = {AtomText::Type::Text, Comment::likeText()};
    } else {
        // Movim shows the title of a comment, so it carries the plain text; the content carries the markup.
        const RenderedMarkdown rendered = MarkdownRenderer::render(action.body);
        entry.title = {AtomText::Type::Text, rendered.plainText.trimmed().left(MicroblogEntry::MaxFieldLength)};
        entry.content = {AtomText::Type::Xhtml, rendered.xhtml};
        entry.plainContent = rendered.plainText;
    }
    entry.authorName = QXmppUtils::jidToUser(accountJid);
    entry.authorJid = accountJid;
    entry.authorUri = XmppUri::build(accountJid);
    entry.published = action.createdAt;
    entry.updated = action.createdAt;

    // RFC 4287, section 4.1.1: an entry without content needs an alternate link, as a like has.
    AtomLink self;
    self.rel = QStringLiteral("alternate");
    self.href = XmppUri::build(action.service, QString(), {{QStringLiteral("node"), action.node}, {QStringLiteral("item"), action.itemId}});
    entry.links.append(self);
    return entry;
}
