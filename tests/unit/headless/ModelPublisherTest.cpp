#include "ModelPublisher.h"

#include <QAbstractItemModelTester>
#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace {

struct Contact {
    QString jid;
    QString name;
    QStringList groups;
    bool online = false;
};

/// One row with a time, as ProfilesModel's lastSeen role has.
class TimeList : public QAbstractListModel
{
public:
    explicit TimeList(const QDateTime &time)
        : m_time(time)
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 1;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        return index.isValid() && role == Qt::UserRole ? QVariant(m_time) : QVariant();
    }

    QHash<int, QByteArray> roleNames() const override
    {
        return {{Qt::UserRole, "time"}};
    }

private:
    QDateTime m_time;
};

/// Small contacts model with every kind of change a list model can make.
class ContactList : public QAbstractListModel
{
public:
    enum Role {
        JidRole = Qt::UserRole + 1,
        NameRole,
        GroupsRole,
        OnlineRole,
    };

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_contacts.size();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        const Contact &contact = m_contacts.at(index.row());
        switch (role) {
        case JidRole:
            return contact.jid;
        case NameRole:
            return contact.name.isEmpty() ? QVariant() : QVariant(contact.name);
        case GroupsRole:
            return contact.groups;
        case OnlineRole:
            return contact.online;
        default:
            return {};
        }
    }

    QHash<int, QByteArray> roleNames() const override
    {
        if (m_withoutOnlineRole) {
            return {{JidRole, "jid"}, {NameRole, "name"}, {GroupsRole, "groups"}};
        }
        return {{JidRole, "jid"}, {NameRole, "name"}, {GroupsRole, "groups"}, {OnlineRole, "online"}};
    }

    void insert(int row, const QVector<Contact> &contacts)
    {
        beginInsertRows({}, row, row + contacts.size() - 1);
        for (int i = 0; i < contacts.size(); ++i) {
            m_contacts.insert(row + i, contacts.at(i));
        }
        endInsertRows();
    }

    void remove(int first, int last)
    {
        beginRemoveRows({}, first, last);
        m_contacts.remove(first, last - first + 1);
        endRemoveRows();
    }

    void setOnline(int first, int last, bool online)
    {
        for (int i = first; i <= last; ++i) {
            m_contacts[i].online = online;
        }
        Q_EMIT dataChanged(index(first), index(last), {OnlineRole});
    }

    // Moves rows first to last before the row that was at destination, as beginMoveRows() defines it.
    void move(int first, int last, int destination)
    {
        QVERIFY(beginMoveRows({}, first, last, {}, destination));
        const QVector<Contact> moved = m_contacts.mid(first, last - first + 1);
        m_contacts.remove(first, moved.size());
        const int target = destination > last ? destination - moved.size() : destination;
        for (int i = 0; i < moved.size(); ++i) {
            m_contacts.insert(target + i, moved.at(i));
        }
        endMoveRows();
    }

    void reset(const QVector<Contact> &contacts, bool withoutOnlineRole = false)
    {
        beginResetModel();
        m_contacts = contacts;
        m_withoutOnlineRole = withoutOnlineRole;
        endResetModel();
    }

    void reverse()
    {
        Q_EMIT layoutAboutToBeChanged();
        std::reverse(m_contacts.begin(), m_contacts.end());
        changePersistentIndexList(persistentIndexList(), persistentIndexList());
        Q_EMIT layoutChanged();
    }

private:
    QVector<Contact> m_contacts;
    bool m_withoutOnlineRole = false;
};

Contact contact(const QString &user, const QStringList &groups = {})
{
    return Contact{user + QStringLiteral("@example.org"), user, groups, false};
}

QVector<Contact> contacts(const QStringList &users)
{
    QVector<Contact> list;
    for (const QString &user : users) {
        list.append(contact(user));
    }
    return list;
}

/// Copy of a model kept up to date only through model-sync messages, as a browser keeps it.
class Mirror
{
public:
    void apply(const QJsonObject &message)
    {
        QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("model"));
        QCOMPARE(message.value(QStringLiteral("model")).toString(), QStringLiteral("contacts"));

        const QString op = message.value(QStringLiteral("op")).toString();
        const QJsonArray rows = message.value(QStringLiteral("rows")).toArray();
        const int first = message.value(QStringLiteral("first")).toInt();
        const int last = message.value(QStringLiteral("last")).toInt();

        if (op == QLatin1String("reset")) {
            roles.clear();
            const QJsonArray roleArray = message.value(QStringLiteral("roles")).toArray();
            for (const QJsonValue &role : roleArray) {
                roles.append(role.toString());
            }
            this->rows.clear();
            for (const QJsonValue &row : rows) {
                this->rows.append(row.toObject());
            }
        } else if (op == QLatin1String("insert")) {
            QVERIFY(first >= 0 && first <= this->rows.size());
            for (int i = 0; i < rows.size(); ++i) {
                this->rows.insert(first + i, rows.at(i).toObject());
            }
        } else if (op == QLatin1String("remove")) {
            QVERIFY(first >= 0 && last < this->rows.size() && first <= last);
            this->rows.erase(this->rows.begin() + first, this->rows.begin() + last + 1);
        } else if (op == QLatin1String("update")) {
            QVERIFY(first >= 0 && first + rows.size() <= this->rows.size());
            for (int i = 0; i < rows.size(); ++i) {
                this->rows[first + i] = rows.at(i).toObject();
            }
        } else if (op == QLatin1String("move")) {
            const int destination = message.value(QStringLiteral("destination")).toInt();
            QVERIFY(first >= 0 && last < this->rows.size() && first <= last);
            QVERIFY(destination >= 0 && destination <= this->rows.size());
            const QList<QJsonObject> moved = this->rows.mid(first, last - first + 1);
            this->rows.erase(this->rows.begin() + first, this->rows.begin() + last + 1);
            const int target = destination > last ? destination - moved.size() : destination;
            for (int i = 0; i < moved.size(); ++i) {
                this->rows.insert(target + i, moved.at(i));
            }
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown op %1").arg(op)));
        }
    }

    QStringList roles;
    QList<QJsonObject> rows;
};

/// Rows of \a model built from its data() and roleNames() alone, without ModelPublisher.
QList<QJsonObject> expectedRows(const QAbstractItemModel &model)
{
    const QHash<int, QByteArray> roleNames = model.roleNames();
    QList<QJsonObject> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QJsonObject object;
        for (auto it = roleNames.cbegin(); it != roleNames.cend(); ++it) {
            object.insert(QString::fromUtf8(it.value()), QJsonValue::fromVariant(model.index(row, 0).data(it.key())));
        }
        rows.append(object);
    }
    return rows;
}

QStringList jids(const QList<QJsonObject> &rows)
{
    QStringList list;
    for (const QJsonObject &row : rows) {
        list.append(row.value(QStringLiteral("jid")).toString());
    }
    return list;
}

} // namespace

class ModelPublisherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void snapshotOfEmptyModel();
    void snapshotRowsKeyedByRoleNames();
    void snapshotSplitIntoBatches();
    void insertMessage();
    void insertSplitIntoBatches();
    void removeMessage();
    void updateMessage();
    void moveMessage_data();
    void moveMessage();
    void resetMessage();
    void layoutChangeSendsReset();
    void mirrorFollowsEveryChange();
    void timeRoleIsIsoString();

private:
    QList<QJsonObject> takeMessages();
    template<typename Messages>
    void applyAll(Mirror *mirror, const Messages &messages);

    ContactList *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    ModelPublisher *m_publisher = nullptr;
    QSignalSpy *m_spy = nullptr;
};

void ModelPublisherTest::init()
{
    m_model = new ContactList;
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_publisher = new ModelPublisher(QStringLiteral("contacts"), m_model, nullptr, 3);
    m_spy = new QSignalSpy(m_publisher, &ModelPublisher::messageReady);
}

void ModelPublisherTest::cleanup()
{
    delete m_spy;
    delete m_publisher;
    delete m_tester;
    delete m_model;
}

QList<QJsonObject> ModelPublisherTest::takeMessages()
{
    QList<QJsonObject> messages;
    for (const QList<QVariant> &arguments : qAsConst(*m_spy)) {
        messages.append(arguments.constFirst().toJsonObject());
    }
    m_spy->clear();
    return messages;
}

template<typename Messages>
void ModelPublisherTest::applyAll(Mirror *mirror, const Messages &messages)
{
    for (const QJsonObject &message : messages) {
        mirror->apply(message);
    }
}

void ModelPublisherTest::snapshotOfEmptyModel()
{
    const QVector<QJsonObject> snapshot = m_publisher->snapshot();
    QCOMPARE(snapshot.size(), 1);

    const QJsonObject expected{
        {QStringLiteral("type"), QStringLiteral("model")},
        {QStringLiteral("model"), QStringLiteral("contacts")},
        {QStringLiteral("op"), QStringLiteral("reset")},
        {QStringLiteral("roles"), QJsonArray{QStringLiteral("jid"), QStringLiteral("name"), QStringLiteral("groups"), QStringLiteral("online")}},
        {QStringLiteral("rows"), QJsonArray()},
    };
    QCOMPARE(snapshot.constFirst(), expected);
}

void ModelPublisherTest::snapshotRowsKeyedByRoleNames()
{
    m_model->insert(
        0,
        {contact(QStringLiteral("alice"), {QStringLiteral("Friends"), QStringLiteral("Work")}), Contact{QStringLiteral("bob@example.org"), {}, {}, true}});
    m_spy->clear();

    const QVector<QJsonObject> snapshot = m_publisher->snapshot();
    QCOMPARE(snapshot.size(), 1);

    const QJsonArray rows = snapshot.constFirst().value(QStringLiteral("rows")).toArray();
    const QJsonObject alice{
        {QStringLiteral("jid"), QStringLiteral("alice@example.org")},
        {QStringLiteral("name"), QStringLiteral("alice")},
        {QStringLiteral("groups"), QJsonArray{QStringLiteral("Friends"), QStringLiteral("Work")}},
        {QStringLiteral("online"), false},
    };
    // An invalid QVariant becomes null and an empty QStringList an empty array.
    const QJsonObject bob{
        {QStringLiteral("jid"), QStringLiteral("bob@example.org")},
        {QStringLiteral("name"), QJsonValue::Null},
        {QStringLiteral("groups"), QJsonArray()},
        {QStringLiteral("online"), true},
    };
    QCOMPARE(rows, (QJsonArray{alice, bob}));
    QCOMPARE(m_spy->count(), 0);
}

void ModelPublisherTest::snapshotSplitIntoBatches()
{
    m_model->insert(0,
                    contacts({QStringLiteral("a"),
                              QStringLiteral("b"),
                              QStringLiteral("c"),
                              QStringLiteral("d"),
                              QStringLiteral("e"),
                              QStringLiteral("f"),
                              QStringLiteral("g")}));

    const QVector<QJsonObject> snapshot = m_publisher->snapshot();
    QCOMPARE(snapshot.size(), 3);
    QCOMPARE(snapshot.at(0).value(QStringLiteral("op")).toString(), QStringLiteral("reset"));
    QCOMPARE(snapshot.at(0).value(QStringLiteral("rows")).toArray().size(), 3);
    QCOMPARE(snapshot.at(1).value(QStringLiteral("op")).toString(), QStringLiteral("insert"));
    QCOMPARE(snapshot.at(1).value(QStringLiteral("first")).toInt(), 3);
    QCOMPARE(snapshot.at(1).value(QStringLiteral("rows")).toArray().size(), 3);
    QCOMPARE(snapshot.at(2).value(QStringLiteral("first")).toInt(), 6);
    QCOMPARE(snapshot.at(2).value(QStringLiteral("rows")).toArray().size(), 1);

    Mirror mirror;
    applyAll(&mirror, snapshot);
    QCOMPARE(mirror.rows, expectedRows(*m_model));
}

void ModelPublisherTest::insertMessage()
{
    m_model->insert(0, {contact(QStringLiteral("alice"))});
    m_model->insert(1, {contact(QStringLiteral("carol"), {QStringLiteral("Family")})});

    const QList<QJsonObject> messages = takeMessages();
    QCOMPARE(messages.size(), 2);
    const QJsonObject expected{
        {QStringLiteral("type"), QStringLiteral("model")},
        {QStringLiteral("model"), QStringLiteral("contacts")},
        {QStringLiteral("op"), QStringLiteral("insert")},
        {QStringLiteral("first"), 1},
        {QStringLiteral("rows"),
         QJsonArray{QJsonObject{
             {QStringLiteral("jid"), QStringLiteral("carol@example.org")},
             {QStringLiteral("name"), QStringLiteral("carol")},
             {QStringLiteral("groups"), QJsonArray{QStringLiteral("Family")}},
             {QStringLiteral("online"), false},
         }}},
    };
    QCOMPARE(messages.at(1), expected);
}

void ModelPublisherTest::insertSplitIntoBatches()
{
    m_model->insert(0, contacts({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}));

    const QList<QJsonObject> messages = takeMessages();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).value(QStringLiteral("first")).toInt(), 0);
    QCOMPARE(jids(QList<QJsonObject>() << messages.at(0).value(QStringLiteral("rows")).toArray().at(2).toObject()),
             QStringList{QStringLiteral("c@example.org")});
    QCOMPARE(messages.at(1).value(QStringLiteral("first")).toInt(), 3);
    QCOMPARE(messages.at(1).value(QStringLiteral("rows")).toArray().size(), 2);
}

void ModelPublisherTest::removeMessage()
{
    m_model->insert(0, contacts({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    m_spy->clear();

    m_model->remove(1, 2);
    const QList<QJsonObject> messages = takeMessages();
    QCOMPARE(messages.size(), 1);
    const QJsonObject expected{
        {QStringLiteral("type"), QStringLiteral("model")},
        {QStringLiteral("model"), QStringLiteral("contacts")},
        {QStringLiteral("op"), QStringLiteral("remove")},
        {QStringLiteral("first"), 1},
        {QStringLiteral("last"), 2},
    };
    QCOMPARE(messages.constFirst(), expected);
}

void ModelPublisherTest::updateMessage()
{
    m_model->insert(0, contacts({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    m_spy->clear();

    m_model->setOnline(1, 2, true);
    const QList<QJsonObject> messages = takeMessages();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.constFirst().value(QStringLiteral("op")).toString(), QStringLiteral("update"));
    QCOMPARE(messages.constFirst().value(QStringLiteral("first")).toInt(), 1);

    // Whole rows are sent, not only the changed role.
    const QJsonArray rows = messages.constFirst().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("jid")).toString(), QStringLiteral("b@example.org"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("online")).toBool(), true);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("jid")).toString(), QStringLiteral("c@example.org"));
}

void ModelPublisherTest::moveMessage_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<int>("destination");
    QTest::addColumn<QStringList>("expectedOrder");

    QTest::newRow("one row down") << 0 << 0 << 2
                                  << QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")};
    QTest::newRow("one row to the end") << 1 << 1 << 5
                                        << QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("b")};
    QTest::newRow("two rows up") << 3 << 4 << 0
                                 << QStringList{QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("two rows down") << 0 << 1 << 4
                                   << QStringList{QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("e")};
}

void ModelPublisherTest::moveMessage()
{
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(int, destination);
    QFETCH(QStringList, expectedOrder);

    m_model->insert(0, contacts({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}));
    Mirror mirror;
    applyAll(&mirror, m_publisher->snapshot());
    m_spy->clear();

    m_model->move(first, last, destination);
    const QList<QJsonObject> messages = takeMessages();
    QCOMPARE(messages.size(), 1);
    const QJsonObject expected{
        {QStringLiteral("type"), QStringLiteral("model")},
        {QStringLiteral("model"), QStringLiteral("contacts")},
        {QStringLiteral("op"), QStringLiteral("move")},
        {QStringLiteral("first"), first},
        {QStringLiteral("last"), last},
        {QStringLiteral("destination"), destination},
    };
    QCOMPARE(messages.constFirst(), expected);

    applyAll(&mirror, messages);
    QStringList expectedJids;
    for (const QString &user : qAsConst(expectedOrder)) {
        expectedJids.append(user + QStringLiteral("@example.org"));
    }
    QCOMPARE(jids(mirror.rows), expectedJids);
    QCOMPARE(mirror.rows, expectedRows(*m_model));
}

void ModelPublisherTest::resetMessage()
{
    m_model->insert(0, contacts({QStringLiteral("a"), QStringLiteral("b")}));
    m_spy->clear();

    // A reset may change the roles; the new snapshot carries them.
    m_model->reset(contacts({QStringLiteral("x")}), true);
    const QList<QJsonObject> messages = takeMessages();
    QCOMPARE(messages.size(), 1);
    const QJsonObject expected{
        {QStringLiteral("type"), QStringLiteral("model")},
        {QStringLiteral("model"), QStringLiteral("contacts")},
        {QStringLiteral("op"), QStringLiteral("reset")},
        {QStringLiteral("roles"), QJsonArray{QStringLiteral("jid"), QStringLiteral("name"), QStringLiteral("groups")}},
        {QStringLiteral("rows"),
         QJsonArray{QJsonObject{
             {QStringLiteral("jid"), QStringLiteral("x@example.org")},
             {QStringLiteral("name"), QStringLiteral("x")},
             {QStringLiteral("groups"), QJsonArray()},
         }}},
    };
    QCOMPARE(messages.constFirst(), expected);
}

void ModelPublisherTest::layoutChangeSendsReset()
{
    m_model->insert(0, contacts({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    m_spy->clear();

    m_model->reverse();
    const QList<QJsonObject> messages = takeMessages();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.constFirst().value(QStringLiteral("op")).toString(), QStringLiteral("reset"));

    Mirror mirror;
    applyAll(&mirror, messages);
    QCOMPARE(jids(mirror.rows), (QStringList{QStringLiteral("c@example.org"), QStringLiteral("b@example.org"), QStringLiteral("a@example.org")}));
}

void ModelPublisherTest::mirrorFollowsEveryChange()
{
    Mirror mirror;
    applyAll(&mirror, m_publisher->snapshot());

    const auto check = [&](const char *step) {
        applyAll(&mirror, takeMessages());
        QVERIFY2(mirror.rows == expectedRows(*m_model), step);
    };

    m_model->insert(0, contacts({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    check("insert four");
    m_model->insert(2,
                    contacts({QStringLiteral("e"),
                              QStringLiteral("f"),
                              QStringLiteral("g"),
                              QStringLiteral("h"),
                              QStringLiteral("i"),
                              QStringLiteral("j"),
                              QStringLiteral("k")}));
    check("insert seven in the middle");
    m_model->setOnline(0, 10, true);
    check("update all");
    m_model->remove(0, 0);
    check("remove first");
    m_model->move(7, 9, 1);
    check("move up");
    m_model->move(0, 1, 6);
    check("move down");
    m_model->remove(3, 8);
    check("remove six");
    m_model->setOnline(1, 1, false);
    check("update one");
    m_model->reverse();
    check("layout change");
    m_model->reset(contacts({QStringLiteral("y"), QStringLiteral("z")}));
    check("reset");
    m_model->insert(2, {contact(QStringLiteral("last"), {QStringLiteral("G")})});
    check("append");
    m_model->remove(0, 2);
    check("remove all");
    QVERIFY(mirror.rows.isEmpty());
}

void ModelPublisherTest::timeRoleIsIsoString()
{
    // The web front end parses the time with Date, so it must be ISO 8601 with its offset.
    TimeList utc(QDateTime(QDate(2026, 1, 2), QTime(10, 30, 15, 250), Qt::UTC));
    ModelPublisher utcPublisher(QStringLiteral("times"), &utc);
    const QJsonObject utcRow = utcPublisher.snapshot().constFirst().value(QStringLiteral("rows")).toArray().at(0).toObject();
    QCOMPARE(utcRow.value(QStringLiteral("time")), QJsonValue(QStringLiteral("2026-01-02T10:30:15.250Z")));

    TimeList unknown{QDateTime()};
    ModelPublisher unknownPublisher(QStringLiteral("times"), &unknown);
    const QJsonObject unknownRow = unknownPublisher.snapshot().constFirst().value(QStringLiteral("rows")).toArray().at(0).toObject();
    QCOMPARE(unknownRow.value(QStringLiteral("time")), QJsonValue(QJsonValue::Null));
}

QTEST_GUILESS_MAIN(ModelPublisherTest)
#include "ModelPublisherTest.moc"
