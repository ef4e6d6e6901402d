#include "DataFormModel.h"

#include <QAbstractItemModelTester>
#include <QDomDocument>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamWriter>

namespace {

// The configuration form of a new room as Prosody 0.12 sends it (XEP-0045, section 10.2), shortened.
const auto RoomConfigForm = QStringLiteral(
    "<x xmlns='jabber:x:data' type='form'>"
    "<title>Configuration for lounge@conference.localhost</title>"
    "<instructions>Complete and submit this form to configure the room.</instructions>"
    "<field type='hidden' var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"
    "<field type='fixed'><value>Room information</value></field>"
    "<field type='text-single' label='Title' var='muc#roomconfig_roomname'/>"
    "<field type='text-single' label='Description' var='muc#roomconfig_roomdesc'><desc>A brief description of the room</desc><value></value></field>"
    "<field type='boolean' label='Persistent (room should remain even when it is not occupied)' var='muc#roomconfig_persistentroom'><value>0</value></field>"
    "<field type='boolean' label='Include room information in public lists' var='muc#roomconfig_publicroom'><value>1</value></field>"
    "<field type='text-private' label='Password' var='muc#roomconfig_roomsecret'><value></value></field>"
    "<field type='list-single' label='Allow private messages' var='muc#roomconfig_allowpm'><value>anyone</value>"
    "<option label='Everyone'><value>anyone</value></option><option label='Moderators only'><value>moderators</value></option>"
    "<option label='Nobody'><value>none</value></option></field>"
    "<field type='list-multi' label='Roles that get presence' var='muc#roomconfig_presencebroadcast'><value>moderator</value><value>participant</value>"
    "<option label='Moderator'><value>moderator</value></option><option label='Participant'><value>participant</value></option>"
    "<option label='Visitor'><value>visitor</value></option></field>"
    "<field type='jid-multi' label='Owners' var='muc#roomconfig_roomowners'><value>alice@localhost</value></field>"
    "<field type='text-multi' label='Welcome text' var='x-welcome'><value>Hello</value><value>Be kind</value></field>"
    "<field type='list-single' label='Maximum occupants' var='muc#roomconfig_maxusers'><required/><value>50</value>"
    "<option><value>10</value></option><option><value>50</value></option></field>"
    "</x>");

QDomElement parsed(QDomDocument &document, const QString &xml)
{
    document.setContent(xml, true);
    return document.documentElement();
}

QString submitFormOf(const DataFormModel &model)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    model.writeSubmitForm(&writer);
    return xml;
}

// Returns the fields of a written form as var -> values.
QMap<QString, QStringList> submittedValues(const QString &xml, QString *formType = nullptr)
{
    QDomDocument document;
    const QDomElement x = parsed(document, xml);
    if (formType) {
        *formType = x.attribute(QStringLiteral("type"));
    }
    QMap<QString, QStringList> values;
    for (QDomElement field = x.firstChildElement(QStringLiteral("field")); !field.isNull(); field = field.nextSiblingElement(QStringLiteral("field"))) {
        QStringList fieldValues;
        for (QDomElement value = field.firstChildElement(QStringLiteral("value")); !value.isNull(); value = value.nextSiblingElement(QStringLiteral("value"))) {
            fieldValues.append(value.text());
        }
        values.insert(field.attribute(QStringLiteral("var")), fieldValues);
    }
    return values;
}

} // namespace

class DataFormModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsRoomConfigForm();
    void fieldValues_data();
    void fieldValues();
    void submitFormHasEveryNonFixedField();
    void setValueChangesSubmitForm();
    void setValueRejectsFixedAndUnknown();
    void cancelForm();
    void rejectsOtherElement();
    void boundsFieldCount();
    void boundsOptionCount();
    void boundsValueLength();
    void dropsNamelessAndDuplicateFields();
    void statusSignals();
};

void DataFormModelTest::loadsRoomConfigForm()
{
    DataFormModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy countChanged(&model, &DataFormModel::countChanged);
    QDomDocument document;

    QVERIFY(model.load(parsed(document, RoomConfigForm)));

    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(countChanged.count(), 1);
    QCOMPARE(model.title(), QStringLiteral("Configuration for lounge@conference.localhost"));
    QCOMPARE(model.instructions(), QStringLiteral("Complete and submit this form to configure the room."));
    const QModelIndex name = model.index(2);
    QCOMPARE(name.data(DataFormModel::VarRole).toString(), QStringLiteral("muc#roomconfig_roomname"));
    QCOMPARE(name.data(DataFormModel::TypeRole).toString(), QStringLiteral("text-single"));
    QCOMPARE(name.data(DataFormModel::LabelRole).toString(), QStringLiteral("Title"));
    QCOMPARE(model.index(3).data(DataFormModel::DescriptionRole).toString(), QStringLiteral("A brief description of the room"));
    QCOMPARE(model.index(1).data(DataFormModel::TypeRole).toString(), QStringLiteral("fixed"));
    QCOMPARE(model.index(1).data(DataFormModel::ValueRole).toString(), QString());
    QVERIFY(model.index(11).data(DataFormModel::RequiredRole).toBool());
    QVERIFY(!name.data(DataFormModel::RequiredRole).toBool());

    const QVariantList options = model.index(7).data(DataFormModel::OptionsRole).toList();
    QCOMPARE(options.size(), 3);
    QCOMPARE(options.at(1).toMap().value(QStringLiteral("label")).toString(), QStringLiteral("Moderators only"));
    QCOMPARE(options.at(1).toMap().value(QStringLiteral("value")).toString(), QStringLiteral("moderators"));
    // An option without a label shows its value.
    QCOMPARE(model.index(11).data(DataFormModel::OptionsRole).toList().at(0).toMap().value(QStringLiteral("label")).toString(), QStringLiteral("10"));
}

void DataFormModelTest::fieldValues_data()
{
    QTest::addColumn<QString>("var");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("text-single empty") << QStringLiteral("muc#roomconfig_roomname") << QVariant(QString());
    QTest::newRow("boolean 0") << QStringLiteral("muc#roomconfig_persistentroom") << QVariant(false);
    QTest::newRow("boolean 1") << QStringLiteral("muc#roomconfig_publicroom") << QVariant(true);
    QTest::newRow("list-single") << QStringLiteral("muc#roomconfig_allowpm") << QVariant(QStringLiteral("anyone"));
    QTest::newRow("list-multi") << QStringLiteral("muc#roomconfig_presencebroadcast")
                                << QVariant(QStringList{QStringLiteral("moderator"), QStringLiteral("participant")});
    QTest::newRow("jid-multi") << QStringLiteral("muc#roomconfig_roomowners") << QVariant(QStringList{QStringLiteral("alice@localhost")});
    QTest::newRow("text-multi") << QStringLiteral("x-welcome") << QVariant(QStringLiteral("Hello\nBe kind"));
    QTest::newRow("hidden") << QStringLiteral("FORM_TYPE") << QVariant(QStringLiteral("http://jabber.org/protocol/muc#roomconfig"));
}

void DataFormModelTest::fieldValues()
{
    QFETCH(QString, var);
    QFETCH(QVariant, expected);
    DataFormModel model;
    QDomDocument document;
    model.load(parsed(document, RoomConfigForm));

    QCOMPARE(model.value(var), expected);
}

void DataFormModelTest::submitFormHasEveryNonFixedField()
{
    DataFormModel model;
    QDomDocument document;
    model.load(parsed(document, RoomConfigForm));

    QString formType;
    const QMap<QString, QStringList> values = submittedValues(submitFormOf(model), &formType);

    QCOMPARE(formType, QStringLiteral("submit"));
    QCOMPARE(values.size(), 11);
    QVERIFY(!values.contains(QString()));
    QCOMPARE(values.value(QStringLiteral("FORM_TYPE")), QStringList{QStringLiteral("http://jabber.org/protocol/muc#roomconfig")});
    // A single-valued field without a value is sent with an empty one.
    QCOMPARE(values.value(QStringLiteral("muc#roomconfig_roomname")), QStringList{QString()});
    QCOMPARE(values.value(QStringLiteral("muc#roomconfig_publicroom")), QStringList{QStringLiteral("1")});
    QCOMPARE(values.value(QStringLiteral("x-welcome")), (QStringList{QStringLiteral("Hello"), QStringLiteral("Be kind")}));
}

void DataFormModelTest::setValueChangesSubmitForm()
{
    DataFormModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QDomDocument document;
    model.load(parsed(document, RoomConfigForm));
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(model.setValue(QStringLiteral("muc#roomconfig_roomname"), QStringLiteral("The Lounge")));
    QVERIFY(model.setValue(QStringLiteral("muc#roomconfig_persistentroom"), true));
    QVERIFY(model.setValue(QStringLiteral("muc#roomconfig_publicroom"), false));
    QVERIFY(model.setValue(QStringLiteral("muc#roomconfig_roomsecret"), QStringLiteral("s3cret")));
    QVERIFY(model.setValue(QStringLiteral("muc#roomconfig_presencebroadcast"), QStringList{QStringLiteral("visitor")}));
    QVERIFY(model.setValue(QStringLiteral("x-welcome"), QStringLiteral("One\nTwo\nThree")));

    QCOMPARE(dataChanged.count(), 6);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(model.index(2).data(DataFormModel::ValueRole).toString(), QStringLiteral("The Lounge"));
    const QMap<QString, QStringList> values = submittedValues(submitFormOf(model));
    QCOMPARE(values.value(QStringLiteral("muc#roomconfig_roomname")), QStringList{QStringLiteral("The Lounge")});
    QCOMPARE(values.value(QStringLiteral("muc#roomconfig_persistentroom")), QStringList{QStringLiteral("1")});
    QCOMPARE(values.value(QStringLiteral("muc#roomconfig_publicroom")), QStringList{QStringLiteral("0")});
    QCOMPARE(values.value(QStringLiteral("muc#roomconfig_roomsecret")), QStringList{QStringLiteral("s3cret")});
    QCOMPARE(values.value(QStringLiteral("muc#roomconfig_presencebroadcast")), QStringList{QStringLiteral("visitor")});
    QCOMPARE(values.value(QStringLiteral("x-welcome")), (QStringList{QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")}));

    // Setting the same value again changes nothing.
    QVERIFY(model.setValue(QStringLiteral("muc#roomconfig_roomname"), QStringLiteral("The Lounge")));
    QCOMPARE(dataChanged.count(), 6);
}

void DataFormModelTest::setValueRejectsFixedAndUnknown()
{
    DataFormModel model;
    QDomDocument document;
    model.load(parsed(document, RoomConfigForm));

    QVERIFY(!model.setValue(QStringLiteral("no-such-field"), QStringLiteral("x")));
    QVERIFY(!model.setValue(QString(), QStringLiteral("x")));
    QVERIFY(!model.setValue(QStringLiteral("muc#roomconfig_roomname"), QString(DataFormModel::MaxValueLength + 1, QLatin1Char('a'))));
    QCOMPARE(model.value(QStringLiteral("muc#roomconfig_roomname")).toString(), QString());
}

void DataFormModelTest::cancelForm()
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    DataFormModel::writeCancelForm(&writer);

    QString formType;
    QCOMPARE(submittedValues(xml, &formType).size(), 0);
    QCOMPARE(formType, QStringLiteral("cancel"));
}

void DataFormModelTest::rejectsOtherElement()
{
    DataFormModel model;
    QDomDocument document;
    model.load(parsed(document, RoomConfigForm));

    QVERIFY(!model.load(parsed(document, QStringLiteral("<x xmlns='urn:example:other'><field var='a'/></x>"))));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.load(QDomElement()));
}

void DataFormModelTest::boundsFieldCount()
{
    QString xml = QStringLiteral("<x xmlns='jabber:x:data' type='form'>");
    for (int i = 0; i < 5000; ++i) {
        xml += QStringLiteral("<field type='text-single' var='f%1'><value>v</value></field>").arg(i);
    }
    xml += QStringLiteral("</x>");
    DataFormModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QDomDocument document;

    QVERIFY(model.load(parsed(document, xml)));

    QCOMPARE(model.rowCount(), DataFormModel::MaxFields);
    QCOMPARE(model.index(DataFormModel::MaxFields - 1).data(DataFormModel::VarRole).toString(), QStringLiteral("f199"));
    QCOMPARE(submittedValues(submitFormOf(model)).size(), DataFormModel::MaxFields);
}

void DataFormModelTest::boundsOptionCount()
{
    QString xml = QStringLiteral("<x xmlns='jabber:x:data' type='form'><field type='list-multi' var='many'>");
    for (int i = 0; i < 3000; ++i) {
        xml += QStringLiteral("<value>%1</value><option><value>%1</value></option>").arg(i);
    }
    xml += QStringLiteral("</field></x>");
    DataFormModel model;
    QDomDocument document;

    QVERIFY(model.load(parsed(document, xml)));

    QCOMPARE(model.index(0).data(DataFormModel::OptionsRole).toList().size(), DataFormModel::MaxOptions);
    QCOMPARE(model.value(QStringLiteral("many")).toStringList().size(), DataFormModel::MaxOptions);
    const QVector<QString> tooMany(DataFormModel::MaxOptions + 1, QStringLiteral("x"));
    QVERIFY(!model.setValue(QStringLiteral("many"), QVariant(QStringList(tooMany.toList()))));
}

void DataFormModelTest::boundsValueLength()
{
    const QString huge(DataFormModel::MaxValueLength * 4, QLatin1Char('z'));
    const QString xml = QStringLiteral("<x xmlns='jabber:x:data' type='form'><title>%1</title><field type='text-single' var='big' label='%1'><desc>%1</desc><value>%1</value></field></x>").arg(huge);
    DataFormModel model;
    QDomDocument document;

    QVERIFY(model.load(parsed(document, xml)));

    QCOMPARE(model.title().size(), DataFormModel::MaxValueLength);
    QCOMPARE(model.value(QStringLiteral("big")).toString().size(), DataFormModel::MaxValueLength);
    QCOMPARE(model.index(0).data(DataFormModel::LabelRole).toString().size(), DataFormModel::MaxValueLength);
    QCOMPARE(model.index(0).data(DataFormModel::DescriptionRole).toString().size(), DataFormModel::MaxValueLength);
}

void DataFormModelTest::dropsNamelessAndDuplicateFields()
{
    const QString xml = QStringLiteral(
        "<x xmlns='jabber:x:data' type='form'>"
        "<field type='text-single'><value>no name</value></field>"
        "<field var='a'><value>first</value></field>"
        "<field var='a'><value>second</value></field>"
        "<field var='b' type='no-such-type'><value>one</value><value>two</value></field>"
        "</x>");
    DataFormModel model;
    QDomDocument document;

    QVERIFY(model.load(parsed(document, xml)));

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.value(QStringLiteral("a")).toString(), QStringLiteral("first"));
    // An unknown type reads as text-single, which keeps one value.
    QCOMPARE(model.index(1).data(DataFormModel::TypeRole).toString(), QStringLiteral("text-single"));
    QCOMPARE(model.value(QStringLiteral("b")).toString(), QStringLiteral("one"));
}

void DataFormModelTest::statusSignals()
{
    DataFormModel model;
    QSignalSpy statusChanged(&model, &DataFormModel::statusChanged);
    QCOMPARE(model.status(), QStringLiteral("idle"));

    model.setStatus(QStringLiteral("failed"), QStringLiteral("Only the room's owners may configure it."));
    model.setStatus(QStringLiteral("failed"), QStringLiteral("Only the room's owners may configure it."));

    QCOMPARE(statusChanged.count(), 1);
    QCOMPARE(model.errorText(), QStringLiteral("Only the room's owners may configure it."));
}

QTEST_GUILESS_MAIN(DataFormModelTest)
#include "DataFormModelTest.moc"
