// The contact list's order and sections, and its rows of each group, under QAbstractItemModelTester.

#include "ContactGroupRowsModel.h"
#include "ContactListModel.h"
#include "ContactsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

Contact rosterItem(const QString &jid, const QString &name, const QStringList &groups)
{
    Contact contact;
    contact.jid = jid;
    contact.name = name;
    contact.groups = groups;
    contact.subscription = Contact::Subscription::Both;
    return contact;
}

// Returns "section/displayName" for each row, in the model's order.
QStringList rows(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        result.append(index.data(ContactListModel::SectionRole).toString() + QLatin1Char('/') + index.data(ContactsModel::DisplayNameRole).toString());
    }
    return result;
}

} // namespace

class ContactListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sortsByGroupThenName();
    void sectionRoleIsNamed();
    void renamedContactMoves();
    void regroupedContactMoves();
    void removedContactLeaves();
    void countFollowsRows();
    void contactShowsUnderEachGroup();
    void groupNamesListEachGroupOnce();
    void groupRowsFollowGroupChanges();
    void groupRowsFollowInsertAndRemove();

private:
    ContactsModel *m_contacts = nullptr;
    ContactListModel *m_list = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void ContactListModelTest::init()
{
    m_contacts = new ContactsModel(this);
    m_list = new ContactListModel(this);
    m_tester = new QAbstractItemModelTester(m_list, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_list->setContacts(m_contacts);
    m_contacts->setRosterItems({
        rosterItem(QStringLiteral("zoe@example.org"), QString(), {}),
        rosterItem(QStringLiteral("carol@example.org"), QStringLiteral("carol"), {QStringLiteral("Work")}),
        rosterItem(QStringLiteral("bob@example.org"), QStringLiteral("Bob"), {QStringLiteral("Work"), QStringLiteral("Friends")}),
        rosterItem(QStringLiteral("anna@example.org"), QStringLiteral("Anna"), {}),
        rosterItem(QStringLiteral("dave@example.org"), QStringLiteral("Dave"), {QStringLiteral("Family")}),
    });
}

void ContactListModelTest::cleanup()
{
    delete m_tester;
    delete m_list;
    delete m_contacts;
}

void ContactListModelTest::sortsByGroupThenName()
{
    // Bob is in two groups, so he has a row in each.
    const QStringList expected = {
        QStringLiteral("Family/Dave"),
        QStringLiteral("Friends/Bob"),
        QStringLiteral("Work/Bob"),
        QStringLiteral("Work/carol"),
        QStringLiteral("/Anna"),
        QStringLiteral("/zoe@example.org"),
    };
    QCOMPARE(rows(*m_list), expected);
}

void ContactListModelTest::sectionRoleIsNamed()
{
    const QHash<int, QByteArray> names = m_list->roleNames();
    QCOMPARE(names.value(ContactListModel::SectionRole), QByteArrayLiteral("section"));
    QCOMPARE(names.value(ContactsModel::DisplayNameRole), QByteArrayLiteral("displayName"));
    QCOMPARE(names.value(ContactsModel::PresenceRole), QByteArrayLiteral("presence"));
}

void ContactListModelTest::renamedContactMoves()
{
    m_contacts->setRosterItem(rosterItem(QStringLiteral("anna@example.org"), QStringLiteral("Yvonne"), {}));
    QCOMPARE(rows(*m_list).mid(4), (QStringList{QStringLiteral("/Yvonne"), QStringLiteral("/zoe@example.org")}));

    m_contacts->setRosterItem(rosterItem(QStringLiteral("zoe@example.org"), QStringLiteral("Alice"), {}));
    QCOMPARE(rows(*m_list).mid(4), (QStringList{QStringLiteral("/Alice"), QStringLiteral("/Yvonne")}));

    // Both rows of a contact in two groups take the new name.
    m_contacts->setRosterItem(rosterItem(QStringLiteral("bob@example.org"), QStringLiteral("Robert"), {QStringLiteral("Work"), QStringLiteral("Friends")}));
    QCOMPARE(rows(*m_list).mid(1, 3), (QStringList{QStringLiteral("Friends/Robert"), QStringLiteral("Work/carol"), QStringLiteral("Work/Robert")}));
}

void ContactListModelTest::regroupedContactMoves()
{
    m_contacts->setRosterItem(rosterItem(QStringLiteral("anna@example.org"), QStringLiteral("Anna"), {QStringLiteral("Book club")}));
    QCOMPARE(rows(*m_list).first(), QStringLiteral("Book club/Anna"));
    QCOMPARE(rows(*m_list).last(), QStringLiteral("/zoe@example.org"));
}

void ContactListModelTest::removedContactLeaves()
{
    m_contacts->removeRosterItem(QStringLiteral("bob@example.org"));
    QCOMPARE(m_list->count(), 4);
    QVERIFY(!rows(*m_list).contains(QStringLiteral("Friends/Bob")));
    QVERIFY(!rows(*m_list).contains(QStringLiteral("Work/Bob")));
}

void ContactListModelTest::countFollowsRows()
{
    QSignalSpy countChanged(m_list, &ContactListModel::countChanged);
    QCOMPARE(m_list->count(), 6);

    m_contacts->setRosterItem(rosterItem(QStringLiteral("erin@example.org"), QStringLiteral("Erin"), {}));
    QCOMPARE(m_list->count(), 7);
    QCOMPARE(countChanged.count(), 1);

    m_contacts->setRosterItems({});
    QCOMPARE(m_list->count(), 0);
}

void ContactListModelTest::contactShowsUnderEachGroup()
{
    m_contacts->setRosterItem(rosterItem(QStringLiteral("anna@example.org"), QStringLiteral("Anna"), {QStringLiteral("Family"), QStringLiteral("Work")}));
    QCOMPARE(rows(*m_list),
             (QStringList{QStringLiteral("Family/Anna"), QStringLiteral("Family/Dave"), QStringLiteral("Friends/Bob"), QStringLiteral("Work/Anna"),
                          QStringLiteral("Work/Bob"), QStringLiteral("Work/carol"), QStringLiteral("/zoe@example.org")}));

    // Leaving one group keeps the row of the other.
    m_contacts->setRosterItem(rosterItem(QStringLiteral("anna@example.org"), QStringLiteral("Anna"), {QStringLiteral("Work")}));
    QCOMPARE(rows(*m_list),
             (QStringList{QStringLiteral("Family/Dave"), QStringLiteral("Friends/Bob"), QStringLiteral("Work/Anna"), QStringLiteral("Work/Bob"),
                          QStringLiteral("Work/carol"), QStringLiteral("/zoe@example.org")}));

    // Leaving every group puts the contact in no group.
    m_contacts->setRosterItem(rosterItem(QStringLiteral("bob@example.org"), QStringLiteral("Bob"), {}));
    QCOMPARE(rows(*m_list),
             (QStringList{QStringLiteral("Family/Dave"), QStringLiteral("Work/Anna"), QStringLiteral("Work/carol"), QStringLiteral("/Bob"),
                          QStringLiteral("/zoe@example.org")}));
}

void ContactListModelTest::groupNamesListEachGroupOnce()
{
    QCOMPARE(m_list->groupNames(), (QStringList{QStringLiteral("Family"), QStringLiteral("Friends"), QStringLiteral("Work")}));

    m_contacts->setRosterItem(rosterItem(QStringLiteral("anna@example.org"), QStringLiteral("Anna"), {QStringLiteral("book club"), QStringLiteral("Work")}));
    QCOMPARE(m_list->groupNames(), (QStringList{QStringLiteral("book club"), QStringLiteral("Family"), QStringLiteral("Friends"), QStringLiteral("Work")}));

    m_contacts->setRosterItems({});
    QCOMPARE(m_list->groupNames(), QStringList());
}

void ContactListModelTest::groupRowsFollowGroupChanges()
{
    ContactGroupRowsModel groupRows;
    QAbstractItemModelTester tester(&groupRows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    groupRows.setSourceModel(m_contacts);
    QCOMPARE(groupRows.rowCount(), 6);
    QCOMPARE(groupRows.roleNames().value(ContactGroupRowsModel::GroupRole), QByteArrayLiteral("group"));
    QCOMPARE(groupRows.roleNames().value(ContactsModel::JidRole), QByteArrayLiteral("jid"));

    QSignalSpy inserted(&groupRows, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&groupRows, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&groupRows, &QAbstractItemModel::dataChanged);
    m_contacts->setRosterItem(rosterItem(QStringLiteral("dave@example.org"), QStringLiteral("Dave"), {QStringLiteral("Climbing"), QStringLiteral("Family"), QStringLiteral("Work")}));
    QCOMPARE(groupRows.rowCount(), 8);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 0);
    QStringList daveGroups;
    for (int row = 0; row < groupRows.rowCount(); ++row) {
        const QModelIndex index = groupRows.index(row, 0);
        if (index.data(ContactsModel::JidRole).toString() == QLatin1String("dave@example.org")) {
            daveGroups.append(index.data(ContactGroupRowsModel::GroupRole).toString());
            QCOMPARE(index.data(ContactsModel::DisplayNameRole).toString(), QStringLiteral("Dave"));
        }
    }
    QCOMPARE(daveGroups, (QStringList{QStringLiteral("Climbing"), QStringLiteral("Family"), QStringLiteral("Work")}));

    m_contacts->setRosterItem(rosterItem(QStringLiteral("dave@example.org"), QStringLiteral("Dave"), {QStringLiteral("Family")}));
    QCOMPARE(groupRows.rowCount(), 6);
    QCOMPARE(removed.count(), 1);
    QVERIFY(changed.count() > 0);
}

void ContactListModelTest::groupRowsFollowInsertAndRemove()
{
    ContactGroupRowsModel groupRows;
    QAbstractItemModelTester tester(&groupRows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    groupRows.setSourceModel(m_contacts);

    m_contacts->setRosterItem(rosterItem(QStringLiteral("erin@example.org"), QStringLiteral("Erin"), {QStringLiteral("Family"), QStringLiteral("Friends")}));
    QCOMPARE(groupRows.rowCount(), 8);
    m_contacts->removeRosterItem(QStringLiteral("bob@example.org"));
    QCOMPARE(groupRows.rowCount(), 6);

    // Every row still reads its own contact after the rows before it went.
    QSet<QString> pairs;
    for (int row = 0; row < groupRows.rowCount(); ++row) {
        const QModelIndex index = groupRows.index(row, 0);
        const QString jid = index.data(ContactsModel::JidRole).toString();
        const QStringList groups = index.data(ContactsModel::GroupsRole).toStringList();
        const QString group = index.data(ContactGroupRowsModel::GroupRole).toString();
        QVERIFY2(groups.isEmpty() ? group.isEmpty() : groups.contains(group), qPrintable(jid + QLatin1Char('/') + group));
        pairs.insert(jid + QLatin1Char('/') + group);
    }
    QCOMPARE(pairs.size(), 6);
    QVERIFY(pairs.contains(QStringLiteral("erin@example.org/Friends")));
    QVERIFY(!pairs.contains(QStringLiteral("bob@example.org/Work")));

    m_contacts->setRosterItems({});
    QCOMPARE(groupRows.rowCount(), 0);
    groupRows.setSourceModel(nullptr);
    QCOMPARE(groupRows.rowCount(), 0);
}

QTEST_GUILESS_MAIN(ContactListModelTest)
#include "ContactListModelTest.moc"
