// The contact list's order and sections, under QAbstractItemModelTester.

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
    m_list->setSourceModel(m_contacts);
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
    // The groups role is sorted, so Bob's first group is "Friends".
    const QStringList expected = {
        QStringLiteral("Family/Dave"),
        QStringLiteral("Friends/Bob"),
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
    QCOMPARE(rows(*m_list).mid(3), (QStringList{QStringLiteral("/Yvonne"), QStringLiteral("/zoe@example.org")}));

    m_contacts->setRosterItem(rosterItem(QStringLiteral("zoe@example.org"), QStringLiteral("Alice"), {}));
    QCOMPARE(rows(*m_list).mid(3), (QStringList{QStringLiteral("/Alice"), QStringLiteral("/Yvonne")}));
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
}

void ContactListModelTest::countFollowsRows()
{
    QSignalSpy countChanged(m_list, &ContactListModel::countChanged);
    QCOMPARE(m_list->count(), 5);

    m_contacts->setRosterItem(rosterItem(QStringLiteral("erin@example.org"), QStringLiteral("Erin"), {}));
    QCOMPARE(m_list->count(), 6);
    QCOMPARE(countChanged.count(), 1);

    m_contacts->setRosterItems({});
    QCOMPARE(m_list->count(), 0);
}

QTEST_GUILESS_MAIN(ContactListModelTest)
#include "ContactListModelTest.moc"
