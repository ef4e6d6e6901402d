// The conversation list with the contacts' names, under QAbstractItemModelTester.

#include "ContactsModel.h"
#include "ConversationListModel.h"
#include "ConversationsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

namespace {

Contact rosterItem(const QString &jid, const QString &name)
{
    Contact contact;
    contact.jid = jid;
    contact.name = name;
    contact.subscription = Contact::Subscription::Both;
    return contact;
}

ChatMessage incoming(qint64 id, const QString &peer, qint64 timestampMs)
{
    ChatMessage message;
    message.id = id;
    message.peer = peer;
    message.originId = QStringLiteral("m-%1").arg(id);
    message.body = QStringLiteral("Message %1").arg(id);
    message.timestampMs = timestampMs;
    return message;
}

const auto Bob = QStringLiteral("bob@example.org");
const auto Carol = QStringLiteral("carol@example.org");

} // namespace

class ConversationListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_contacts = new ContactsModel(this);
        m_conversations = new ConversationsModel(this);
        m_list = new ConversationListModel(this);
        m_tester = new QAbstractItemModelTester(m_list, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_list->setSourceModel(m_conversations);
        m_list->setContacts(m_contacts);
        m_contacts->setRosterItems({rosterItem(Bob, QStringLiteral("Bob Martin"))});
        m_conversations->addMessage(incoming(1, Bob, 1000));
        m_conversations->addMessage(incoming(2, Carol, 2000));
    }

    void cleanup()
    {
        delete m_tester;
        delete m_list;
        delete m_conversations;
        delete m_contacts;
    }

    void namesComeFromContacts()
    {
        QCOMPARE(m_list->count(), 2);
        // Carol's message is newer, so her conversation comes first. She is not a contact.
        const QModelIndex carol = m_list->index(0, 0);
        QCOMPARE(carol.data(ConversationsModel::PeerRole).toString(), Carol);
        QCOMPARE(carol.data(ConversationListModel::NameRole).toString(), QString());
        QCOMPARE(carol.data(ConversationListModel::DisplayNameRole).toString(), Carol);
        const QModelIndex bob = m_list->index(1, 0);
        QCOMPARE(bob.data(ConversationListModel::NameRole).toString(), QStringLiteral("Bob Martin"));
        QCOMPARE(bob.data(ConversationListModel::DisplayNameRole).toString(), QStringLiteral("Bob Martin"));
        QCOMPARE(bob.data(ConversationsModel::UnreadCountRole).toInt(), 1);
    }

    void roleNamesAddNames()
    {
        const QHash<int, QByteArray> names = m_list->roleNames();
        QCOMPARE(names.value(ConversationListModel::NameRole), QByteArrayLiteral("name"));
        QCOMPARE(names.value(ConversationListModel::DisplayNameRole), QByteArrayLiteral("displayName"));
        QCOMPARE(names.value(ConversationsModel::LastMessageRole), QByteArrayLiteral("lastMessage"));
    }

    void renamedContactUpdatesRow()
    {
        QSignalSpy changed(m_list, &QAbstractItemModel::dataChanged);

        m_contacts->setRosterItems({rosterItem(Bob, QStringLiteral("Robert"))});

        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(m_list->index(1, 0).data(ConversationListModel::DisplayNameRole).toString(), QStringLiteral("Robert"));
    }

    void addedContactNamesRow()
    {
        QSignalSpy changed(m_list, &QAbstractItemModel::dataChanged);

        m_contacts->setRosterItems({rosterItem(Bob, QStringLiteral("Bob Martin")), rosterItem(Carol, QStringLiteral("Carol Nguyen"))});

        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(m_list->index(0, 0).data(ConversationListModel::DisplayNameRole).toString(), QStringLiteral("Carol Nguyen"));
    }

    void removedContactShowsJid()
    {
        QSignalSpy changed(m_list, &QAbstractItemModel::dataChanged);

        m_contacts->setRosterItems({});

        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(m_list->index(1, 0).data(ConversationListModel::DisplayNameRole).toString(), Bob);
        QCOMPARE(m_list->index(1, 0).data(ConversationListModel::NameRole).toString(), QString());
    }

    void withoutContactsShowsJids()
    {
        m_list->setContacts(nullptr);

        QCOMPARE(m_list->index(1, 0).data(ConversationListModel::DisplayNameRole).toString(), Bob);
    }

    void countFollowsRows()
    {
        QSignalSpy countChanged(m_list, &ConversationListModel::countChanged);

        m_conversations->addMessage(incoming(3, QStringLiteral("dave@example.org"), 3000));

        QCOMPARE(countChanged.count(), 1);
        QCOMPARE(m_list->count(), 3);
    }

    void peerRoleFoundByName()
    {
        // Like MessageSearchModel's results: one row per message, the peer in a role named "peer".
        constexpr int PeerRole = Qt::UserRole + 7;
        QStandardItemModel results;
        results.setItemRoleNames({{Qt::DisplayRole, QByteArrayLiteral("body")}, {PeerRole, QByteArrayLiteral("peer")}});
        for (const QString &peer : {Bob, Carol, Bob}) {
            auto *item = new QStandardItem(QStringLiteral("Lunch?"));
            item->setData(peer, PeerRole);
            results.appendRow(item);
        }
        ConversationListModel list;
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setContacts(m_contacts);

        list.setSourceModel(&results);

        QCOMPARE(list.index(0, 0).data(ConversationListModel::DisplayNameRole).toString(), QStringLiteral("Bob Martin"));
        QCOMPARE(list.index(1, 0).data(ConversationListModel::DisplayNameRole).toString(), Carol);
        QCOMPARE(list.index(2, 0).data(ConversationListModel::NameRole).toString(), QStringLiteral("Bob Martin"));
        QCOMPARE(list.index(2, 0).data(Qt::DisplayRole).toString(), QStringLiteral("Lunch?"));
    }

    void sourceWithoutPeerHasNoNames()
    {
        QStandardItemModel other;
        other.appendRow(new QStandardItem(Bob));
        ConversationListModel list;
        list.setContacts(m_contacts);

        list.setSourceModel(&other);

        QCOMPARE(list.index(0, 0).data(ConversationListModel::NameRole).toString(), QString());
        QCOMPARE(list.index(0, 0).data(ConversationListModel::DisplayNameRole).toString(), QString());
    }

private:
    ContactsModel *m_contacts = nullptr;
    ConversationsModel *m_conversations = nullptr;
    ConversationListModel *m_list = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

QTEST_GUILESS_MAIN(ConversationListModelTest)
#include "ConversationListModelTest.moc"
