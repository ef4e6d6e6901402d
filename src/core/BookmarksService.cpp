#include "BookmarksService.h"

#include "BareJid.h"
#include "IqRequestExtension.h"
#include "PubSubClient.h"
#include "PubSubEventReader.h"
#include "XmlPayloadIq.h"
#include "salon_core_rooms_logging.h"

#include <QXmlStreamWriter>
#include <QXmppClient.h>

namespace {

const auto PrivateNamespace = QStringLiteral("jabber:iq:private");

// The publish options that XEP-0402, section 3.2 requires: private, persistent, as many items as there are rooms.
PubSubClient::FormFields nodeOptions()
{
    return {
        {QStringLiteral("pubsub#persist_items"), {QStringLiteral("true")}},
        {QStringLiteral("pubsub#max_items"), {QStringLiteral("max")}},
        {QStringLiteral("pubsub#send_last_published_item"), {QStringLiteral("never")}},
        {QStringLiteral("pubsub#access_model"), {QStringLiteral("whitelist")}},
    };
}

// A private XML storage request (XEP-0049) that reads, or with bookmarks writes, the bookmark storage.
XmlPayloadIq storageRequest(QXmppIq::Type type, const QVector<Bookmark> &bookmarks = {})
{
    return XmlPayloadIq(type, QString(), [bookmarks](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("query"));
        writer->writeDefaultNamespace(PrivateNamespace);
        Bookmark::writeStorage(writer, bookmarks);
        writer->writeEndElement();
    });
}

} // namespace

BookmarksService::BookmarksService(PubSubClient *pubsub, PubSubEventReader *events, QObject *parent)
    : m_pubsub(pubsub)
    , m_requests(new IqRequestExtension)
    , m_bookmarks(new BookmarksModel(this))
{
    setParent(parent);
    connect(events, &PubSubEventReader::itemsPublished, this, &BookmarksService::handlePublished);
    connect(events, &PubSubEventReader::itemsRetracted, this, &BookmarksService::handleRetracted);
    connect(events, &PubSubEventReader::nodePurged, this, &BookmarksService::handleCleared);
    connect(events, &PubSubEventReader::nodeDeleted, this, &BookmarksService::handleCleared);
}

BookmarksService::~BookmarksService() = default;

QStringList BookmarksService::discoveryFeatures() const
{
    // XEP-0163: "+notify" in the entity capabilities subscribes the client to its own bookmarks node.
    return {Bookmark::nativeNamespace() + QStringLiteral("+notify")};
}

bool BookmarksService::handleStanza(const QDomElement &)
{
    return false;
}

BookmarksModel *BookmarksService::bookmarks() const
{
    return m_bookmarks;
}

BookmarksService::Protocol BookmarksService::protocol() const
{
    return m_protocol;
}

void BookmarksService::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    m_client = client;
    client->insertExtension(0, m_requests);
    connect(client, &QXmppClient::connected, this, &BookmarksService::handleConnected);
}

void BookmarksService::handleConnected()
{
    // A resumed stream missed no notifications.
    if (m_client->streamManagementState() == QXmppClient::ResumedStream && m_protocol != Protocol::Unknown) {
        return;
    }
    ++m_connection;
    m_protocol = Protocol::Unknown;
    loadNative();
}

void BookmarksService::loadNative()
{
    m_pubsub->requestItems(QString(), Bookmark::nativeNamespace(), {}, this, [this, connection = m_connection](const PubSubItemsPage &page) {
        if (connection != m_connection) {
            return;
        }
        if (page.result.error() == PubSubResult::Error::ItemNotFound) {
            // No bookmark was ever published; older clients may have used private storage.
            m_protocol = Protocol::Native;
            loadStorage(true);
            return;
        }
        if (page.result.error() == PubSubResult::Error::Timeout || page.result.error() == PubSubResult::Error::Offline) {
            qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "reading the bookmarks failed:" << page.result.code();
            return;
        }
        if (!page.result.isOk()) {
            qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "PEP bookmarks are not available:" << page.result.code()
                                               << "- using private XML storage";
            m_protocol = Protocol::Storage;
            loadStorage(false);
            return;
        }

        m_protocol = Protocol::Native;
        QVector<Bookmark> bookmarks;
        int invalid = 0;
        for (const PubSubItem &item : page.items) {
            if (const std::optional<Bookmark> bookmark = Bookmark::fromNativeItem(item.id, item.payload)) {
                bookmarks.append(*bookmark);
            } else {
                ++invalid;
            }
        }
        if (invalid > 0) {
            qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "ignored" << invalid << "invalid bookmarks";
        }
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "read" << bookmarks.size() << "bookmarks from PEP";
        m_bookmarks->setBookmarks(bookmarks);
        Q_EMIT bookmarksLoaded();
    });
}

void BookmarksService::loadStorage(bool migrate)
{
    m_requests->sendRequest(storageRequest(QXmppIq::Get), this, [this, migrate, connection = m_connection](const IqResponse &response) {
        if (connection != m_connection) {
            return;
        }
        QVector<Bookmark> bookmarks;
        if (response.isResult()) {
            const QDomElement storage = response.element.firstChildElement(QStringLiteral("query")).firstChildElement(QStringLiteral("storage"));
            bookmarks = Bookmark::fromStorage(storage);
        } else {
            // Without private storage either, the user has no bookmarks here.
            qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "reading the bookmarks from private storage failed: status" << int(response.status)
                                                  << "condition" << int(response.error.condition());
        }
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "read" << bookmarks.size() << "bookmarks from private storage";
        m_bookmarks->setBookmarks(bookmarks);
        m_storedBookmarks = m_bookmarks->bookmarks();
        Q_EMIT bookmarksLoaded();
        if (migrate) {
            for (const Bookmark &bookmark : qAsConst(bookmarks)) {
                publishNative(bookmark, false);
            }
        }
    });
}

void BookmarksService::setBookmark(const QString &jid, const QString &name, const QString &nick, bool autojoin, const QString &password)
{
    Bookmark bookmark;
    bookmark.jid = BareJid::fromUserInput(jid);
    bookmark.name = name.trimmed().left(Bookmark::MaxFieldLength);
    bookmark.nick = nick.trimmed().left(Bookmark::MaxFieldLength);
    bookmark.password = password.left(Bookmark::MaxFieldLength);
    bookmark.autojoin = autojoin;
    setBookmark(bookmark);
}

void BookmarksService::setBookmark(const Bookmark &bookmark)
{
    if (bookmark.jid.isEmpty()) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "rejected a bookmark: invalid JID";
        Q_EMIT actionFailed(bookmark.jid, tr("This is not a valid room address."));
        return;
    }
    switch (m_protocol) {
    case Protocol::Unknown:
        fail(bookmark.jid, false, tr("You are offline. Try again once you are connected."));
        return;
    case Protocol::Native:
        publishNative(bookmark, false);
        return;
    case Protocol::Storage: {
        bool replaced = false;
        for (Bookmark &known : m_storedBookmarks) {
            if (known.jid == bookmark.jid) {
                known = bookmark;
                replaced = true;
            }
        }
        if (!replaced) {
            m_storedBookmarks.append(bookmark);
        }
        writeStorage(bookmark.jid);
        return;
    }
    }
}

void BookmarksService::removeBookmark(const QString &jid)
{
    const QString room = BareJid::fromUserInput(jid);
    if (room.isEmpty()) {
        Q_EMIT actionFailed(jid, tr("This is not a valid room address."));
        return;
    }
    switch (m_protocol) {
    case Protocol::Unknown:
        fail(room, true, tr("You are offline. Try again once you are connected."));
        return;
    case Protocol::Native:
        m_pubsub->retract(QString(), Bookmark::nativeNamespace(), room, true, this, [this, room](const PubSubResult &result) {
            if (!result.isOk() && result.error() != PubSubResult::Error::ItemNotFound) {
                fail(room, true, result.text());
                return;
            }
            m_bookmarks->removeBookmark(room);
        });
        return;
    case Protocol::Storage:
        m_storedBookmarks.erase(std::remove_if(m_storedBookmarks.begin(), m_storedBookmarks.end(),
                                               [&room](const Bookmark &bookmark) {
                                                   return bookmark.jid == room;
                                               }),
                                m_storedBookmarks.end());
        writeStorage(room);
        return;
    }
}

void BookmarksService::publishNative(const Bookmark &bookmark, bool configureFirst)
{
    if (configureFirst) {
        configureAndPublish(bookmark);
        return;
    }
    const auto payload = [bookmark](QXmlStreamWriter *writer) {
        bookmark.writeNative(writer);
    };
    m_pubsub->publish(QString(), Bookmark::nativeNamespace(), bookmark.jid, payload, nodeOptions(), this,
                      [this, bookmark](const PubSubResult &result, const QString &) {
                          // XEP-0060, section 7.1.5: a node with another configuration rejects the options.
                          if (result.error() == PubSubResult::Error::PreconditionNotMet) {
                              qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "the bookmarks node has another configuration, configuring it";
                              configureAndPublish(bookmark);
                              return;
                          }
                          if (!result.isOk()) {
                              fail(bookmark.jid, false, result.text());
                              return;
                          }
                          m_bookmarks->setBookmark(bookmark);
                      });
}

void BookmarksService::configureAndPublish(const Bookmark &bookmark)
{
    m_pubsub->configureNode(QString(), Bookmark::nativeNamespace(), nodeOptions(), this, [this, bookmark](const PubSubResult &result) {
        if (!result.isOk()) {
            fail(bookmark.jid, false, result.text());
            return;
        }
        const auto payload = [bookmark](QXmlStreamWriter *writer) {
            bookmark.writeNative(writer);
        };
        m_pubsub->publish(QString(), Bookmark::nativeNamespace(), bookmark.jid, payload, {}, this, [this, bookmark](const PubSubResult &published, const QString &) {
            if (!published.isOk()) {
                fail(bookmark.jid, false, published.text());
                return;
            }
            m_bookmarks->setBookmark(bookmark);
        });
    });
}

// Private storage keeps the whole list in one item, so every change writes the list with all
// changes made so far, and the server applies the writes in order.
void BookmarksService::writeStorage(const QString &changedJid)
{
    const QVector<Bookmark> bookmarks = m_storedBookmarks;
    m_requests->sendRequest(storageRequest(QXmppIq::Set, bookmarks), this, [this, bookmarks, changedJid](const IqResponse &response) {
        if (!response.isResult()) {
            const QString reason = response.deliveryFailureText().isEmpty() ? tr("The server rejected the change.") : response.deliveryFailureText();
            // Later writes start again from what the server confirmed last.
            m_storedBookmarks = m_bookmarks->bookmarks();
            fail(changedJid, false, reason);
            return;
        }
        m_bookmarks->setBookmarks(bookmarks);
    });
}

void BookmarksService::handlePublished(const QString &service, const QString &node, const QVector<PubSubItem> &items)
{
    if (service != accountJid() || node != Bookmark::nativeNamespace()) {
        return;
    }
    for (const PubSubItem &item : items) {
        if (const std::optional<Bookmark> bookmark = Bookmark::fromNativeItem(item.id, item.payload)) {
            m_bookmarks->setBookmark(*bookmark);
        } else {
            qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "ignored an invalid bookmark notification";
        }
    }
}

void BookmarksService::handleRetracted(const QString &service, const QString &node, const QStringList &itemIds)
{
    if (service != accountJid() || node != Bookmark::nativeNamespace()) {
        return;
    }
    for (const QString &id : itemIds) {
        m_bookmarks->removeBookmark(id.toLower());
    }
}

void BookmarksService::handleCleared(const QString &service, const QString &node)
{
    if (service == accountJid() && node == Bookmark::nativeNamespace()) {
        m_bookmarks->clear();
    }
}

void BookmarksService::fail(const QString &jid, bool removing, const QString &reason)
{
    qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << (removing ? "removing" : "saving") << "the bookmark of" << jid << "failed";
    const QString message = removing ? tr("Salon could not remove your bookmark of %1: %2") : tr("Salon could not save your bookmark of %1: %2");
    Q_EMIT actionFailed(jid, message.arg(jid, reason));
}

QString BookmarksService::accountJid() const
{
    return m_client ? m_client->configuration().jidBare().toLower() : QString();
}
