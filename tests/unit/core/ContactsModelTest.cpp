#include "ContactsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

Contact rosterItem(const QString &jid, const QString &name = {}, const QStringList &groups = {})
{
    Contact contact;
    contact.jid = jid;
    contact.name = name;
    contact.groups = groups;
    contact.subscription = Contact::Subscription::Both;
    return contact;
}

QString roleValue(const ContactsModel &model, int row, ContactsModel::Role role)
{
    return model.data(model.index(row), role).toString();
}

} // namespace

class ContactsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<ContactsModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void roleNamesAreStable()
    {
        const QHash<int, QByteArray> names = m_model->roleNames();
        QCOMPARE(names.value(ContactsModel::JidRole), QByteArrayLiteral("jid"));
        QCOMPARE(names.value(ContactsModel::NameRole), QByteArrayLiteral("name"));
        QCOMPARE(names.value(ContactsModel::DisplayNameRole), QByteArrayLiteral("displayName"));
        QCOMPARE(names.value(ContactsModel::GroupsRole), QByteArrayLiteral("groups"));
        QCOMPARE(names.value(ContactsModel::PresenceRole), QByteArrayLiteral("presence"));
        QCOMPARE(names.value(ContactsModel::StatusTextRole), QByteArrayLiteral("statusText"));
        QCOMPARE(names.value(ContactsModel::SubscriptionRole), QByteArrayLiteral("subscription"));
        QCOMPARE(names.value(ContactsModel::BlockedRole), QByteArrayLiteral("blocked"));
        QCOMPARE(names.value(ContactsModel::AvatarHashRole), QByteArrayLiteral("avatarHash"));
        QCOMPARE(names.value(ContactsModel::ApprovalPendingRole), QByteArrayLiteral("approvalPending"));
    }

    void rosterItemsFillModel()
    {
        QSignalSpy countSpy(m_model.get(), &ContactsModel::countChanged);
        m_model->setRosterItems({rosterItem(QStringLiteral("bob@localhost"), QStringLiteral("Bob"), {QStringLiteral("Work"), QStringLiteral("Friends")}),
                                 rosterItem(QStringLiteral("carol@localhost"))});

        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(countSpy.count(), 2);
        QCOMPARE(roleValue(*m_model, 0, ContactsModel::JidRole), QStringLiteral("bob@localhost"));
        QCOMPARE(roleValue(*m_model, 0, ContactsModel::DisplayNameRole), QStringLiteral("Bob"));
        QCOMPARE(m_model->data(m_model->index(0), ContactsModel::GroupsRole).toStringList(), QStringList({QStringLiteral("Friends"), QStringLiteral("Work")}));
        QCOMPARE(roleValue(*m_model, 0, ContactsModel::PresenceRole), QStringLiteral("offline"));
        QCOMPARE(roleValue(*m_model, 0, ContactsModel::SubscriptionRole), QStringLiteral("both"));
        QCOMPARE(roleValue(*m_model, 1, ContactsModel::DisplayNameRole), QStringLiteral("carol@localhost"));
        QCOMPARE(roleValue(*m_model, 1, ContactsModel::NameRole), QString());
    }

    void presenceUpdatesOneRow()
    {
        m_model->setRosterItems({rosterItem(QStringLiteral("bob@localhost")), rosterItem(QStringLiteral("carol@localhost"))});
        QSignalSpy changedSpy(m_model.get(), &QAbstractItemModel::dataChanged);

        m_model->setPresence(QStringLiteral("carol@localhost"), Contact::Presence::Away, QStringLiteral("Lunch"));

        QCOMPARE(changedSpy.count(), 1);
        QCOMPARE(changedSpy.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(roleValue(*m_model, 1, ContactsModel::PresenceRole), QStringLiteral("away"));
        QCOMPARE(roleValue(*m_model, 1, ContactsModel::StatusTextRole), QStringLiteral("Lunch"));
        QCOMPARE(roleValue(*m_model, 0, ContactsModel::PresenceRole), QStringLiteral("offline"));
    }

    void presenceOfStrangerIgnored()
    {
        m_model->setRosterItems({rosterItem(QStringLiteral("bob@localhost"))});
        QSignalSpy changedSpy(m_model.get(), &QAbstractItemModel::dataChanged);

        m_model->setPresence(QStringLiteral("mallory@localhost"), Contact::Presence::Online, QString());

        QCOMPARE(changedSpy.count(), 0);
        QCOMPARE(m_model->rowCount(), 1);
    }

    void unchangedPresenceEmitsNothing()
    {
        m_model->setRosterItems({rosterItem(QStringLiteral("bob@localhost"))});
        m_model->setPresence(QStringLiteral("bob@localhost"), Contact::Presence::Online, QStringLiteral("Hi"));
        QSignalSpy changedSpy(m_model.get(), &QAbstractItemModel::dataChanged);

        m_model->setPresence(QStringLiteral("bob@localhost"), Contact::Presence::Online, QStringLiteral("Hi"));

        QCOMPARE(changedSpy.count(), 0);
    }

    void rosterReloadKeepsPresence()
    {
        m_model->setRosterItems({rosterItem(QStringLiteral("bob@localhost")), rosterItem(QStringLiteral("carol@localhost")),
                                 rosterItem(QStringLiteral("dave@localhost"))});
        m_model->setPresence(QStringLiteral("dave@localhost"), Contact::Presence::DoNotDisturb, QStringLiteral("Busy"));
        QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);

        m_model->setRosterItems({rosterItem(QStringLiteral("dave@localhost"), QStringLiteral("Dave")), rosterItem(QStringLiteral("erin@localhost"))});

        QCOMPARE(resetSpy.count(), 0);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->indexOf(QStringLiteral("bob@localhost")), -1);
        QCOMPARE(m_model->indexOf(QStringLiteral("dave@localhost")), 0);
        QCOMPARE(m_model->indexOf(QStringLiteral("erin@localhost")), 1);
        QCOMPARE(roleValue(*m_model, 0, ContactsModel::DisplayNameRole), QStringLiteral("Dave"));
        QCOMPARE(roleValue(*m_model, 0, ContactsModel::PresenceRole), QStringLiteral("dnd"));
        QCOMPARE(roleValue(*m_model, 0, ContactsModel::StatusTextRole), QStringLiteral("Busy"));
    }

    void removeKeepsIndexConsistent()
    {
        m_model->setRosterItems({rosterItem(QStringLiteral("a@localhost")), rosterItem(QStringLiteral("b@localhost")),
                                 rosterItem(QStringLiteral("c@localhost"))});

        m_model->removeRosterItem(QStringLiteral("a@localhost"));
        m_model->removeRosterItem(QStringLiteral("unknown@localhost"));

        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->indexOf(QStringLiteral("b@localhost")), 0);
        QCOMPARE(m_model->indexOf(QStringLiteral("c@localhost")), 1);
        m_model->setPresence(QStringLiteral("c@localhost"), Contact::Presence::Chat, QString());
        QCOMPARE(roleValue(*m_model, 1, ContactsModel::PresenceRole), QStringLiteral("chat"));
    }

    void clearPresencesMarksAllOffline()
    {
        m_model->setRosterItems({rosterItem(QStringLiteral("bob@localhost")), rosterItem(QStringLiteral("carol@localhost"))});
        m_model->setPresence(QStringLiteral("bob@localhost"), Contact::Presence::Online, QStringLiteral("Here"));
        m_model->setPresence(QStringLiteral("carol@localhost"), Contact::Presence::ExtendedAway, QString());

        m_model->clearPresences();

        QCOMPARE(roleValue(*m_model, 0, ContactsModel::PresenceRole), QStringLiteral("offline"));
        QCOMPARE(roleValue(*m_model, 0, ContactsModel::StatusTextRole), QString());
        QCOMPARE(roleValue(*m_model, 1, ContactsModel::PresenceRole), QStringLiteral("offline"));
    }

    void emptyJidIgnored()
    {
        m_model->setRosterItem(rosterItem(QString()));

        QCOMPARE(m_model->rowCount(), 0);
    }

    void blockedContactShowsOffline()
    {
        const QString bobJid = QStringLiteral("bob@localhost");
        m_model->setRosterItems({rosterItem(bobJid), rosterItem(QStringLiteral("carol@localhost"))});
        m_model->setPresence(bobJid, Contact::Presence::Away, QStringLiteral("Lunch"));
        QSignalSpy changedSpy(m_model.get(), &QAbstractItemModel::dataChanged);

        m_model->setBlockedJids({bobJid, QStringLiteral("stranger@localhost")});

        QCOMPARE(changedSpy.count(), 1);
        QCOMPARE(m_model->data(m_model->index(0), ContactsModel::BlockedRole).toBool(), true);
        QCOMPARE(m_model->data(m_model->index(1), ContactsModel::BlockedRole).toBool(), false);
        QCOMPARE(roleValue(*m_model, 0, ContactsModel::PresenceRole), QStringLiteral("offline"));
        QCOMPARE(roleValue(*m_model, 0, ContactsModel::StatusTextRole), QString());
    }

    void unblockedContactShowsLastPresence()
    {
        const QString bobJid = QStringLiteral("bob@localhost");
        m_model->setRosterItems({rosterItem(bobJid)});
        m_model->setBlockedJids({bobJid});
        // Presence that arrives while blocked is kept for when the contact is unblocked.
        m_model->setPresence(bobJid, Contact::Presence::DoNotDisturb, QStringLiteral("Busy"));
        QCOMPARE(roleValue(*m_model, 0, ContactsModel::PresenceRole), QStringLiteral("offline"));

        m_model->setBlockedJids({});

        QCOMPARE(m_model->data(m_model->index(0), ContactsModel::BlockedRole).toBool(), false);
        QCOMPARE(roleValue(*m_model, 0, ContactsModel::PresenceRole), QStringLiteral("dnd"));
        QCOMPARE(roleValue(*m_model, 0, ContactsModel::StatusTextRole), QStringLiteral("Busy"));
    }

    void blockingRosterItemAddedLater()
    {
        const QString bobJid = QStringLiteral("bob@localhost");
        m_model->setBlockedJids({bobJid});

        m_model->setRosterItem(rosterItem(bobJid));

        QCOMPARE(m_model->data(m_model->index(0), ContactsModel::BlockedRole).toBool(), true);
    }

    void avatarHashSetAndCleared()
    {
        const QString bobJid = QStringLiteral("bob@localhost");
        m_model->setRosterItems({rosterItem(QStringLiteral("carol@localhost")), rosterItem(bobJid)});
        QSignalSpy changedSpy(m_model.get(), &QAbstractItemModel::dataChanged);

        m_model->setAvatarHash(bobJid, QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
        m_model->setAvatarHash(bobJid, QStringLiteral("0123456789abcdef0123456789abcdef01234567"));

        QCOMPARE(changedSpy.count(), 1);
        QCOMPARE(changedSpy.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changedSpy.first().at(2).value<QVector<int>>(), QVector<int>{ContactsModel::AvatarHashRole});
        QCOMPARE(roleValue(*m_model, 1, ContactsModel::AvatarHashRole), QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
        QCOMPARE(roleValue(*m_model, 0, ContactsModel::AvatarHashRole), QString());

        m_model->setAvatarHash(bobJid, QString());
        QCOMPARE(changedSpy.count(), 2);
        QCOMPARE(roleValue(*m_model, 1, ContactsModel::AvatarHashRole), QString());
    }

    void avatarOfContactAddedLater()
    {
        const QString bobJid = QStringLiteral("bob@localhost");
        m_model->setAvatarHash(bobJid, QStringLiteral("hash"));

        m_model->setRosterItem(rosterItem(bobJid));

        QCOMPARE(roleValue(*m_model, 0, ContactsModel::AvatarHashRole), QStringLiteral("hash"));
    }

    void approvalPendingFollowsRosterItem()
    {
        const QString frankJid = QStringLiteral("frank@localhost");
        Contact frank = rosterItem(frankJid);
        frank.subscription = Contact::Subscription::None;
        frank.approvalPending = true;
        m_model->setRosterItem(frank);
        QCOMPARE(m_model->data(m_model->index(0), ContactsModel::ApprovalPendingRole).toBool(), true);
        QSignalSpy changedSpy(m_model.get(), &QAbstractItemModel::dataChanged);

        // When Frank accepts, the server pushes the item with subscription "to" and without ask.
        frank.subscription = Contact::Subscription::To;
        frank.approvalPending = false;
        m_model->setRosterItem(frank);

        QCOMPARE(m_model->data(m_model->index(0), ContactsModel::ApprovalPendingRole).toBool(), false);
        QCOMPARE(changedSpy.count(), 1);
        const QVector<int> roles = changedSpy.at(0).at(2).value<QVector<int>>();
        QVERIFY(roles.contains(ContactsModel::ApprovalPendingRole));
        QVERIFY(roles.contains(ContactsModel::SubscriptionRole));
    }

private:
    std::unique_ptr<ContactsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(ContactsModelTest)
#include "ContactsModelTest.moc"
