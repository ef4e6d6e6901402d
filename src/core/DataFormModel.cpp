#include "DataFormModel.h"

#include "salon_core_xmpp_logging.h"

#include <QDomElement>
#include <QXmlStreamWriter>

namespace {

const auto DataFormsNamespace = QStringLiteral("jabber:x:data");
const auto DefaultType = QStringLiteral("text-single");

bool isKnownType(const QString &type)
{
    static const QStringList types{QStringLiteral("text-single"), QStringLiteral("text-private"), QStringLiteral("text-multi"),
                                   QStringLiteral("boolean"),     QStringLiteral("list-single"),  QStringLiteral("list-multi"),
                                   QStringLiteral("jid-single"),  QStringLiteral("jid-multi"),    QStringLiteral("fixed"),
                                   QStringLiteral("hidden")};
    return types.contains(type);
}

bool isMultiValued(const QString &type)
{
    return type == QLatin1String("list-multi") || type == QLatin1String("jid-multi") || type == QLatin1String("text-multi");
}

/// Returns \a text cut to DataFormModel::MaxValueLength and counts a cut in \a cutCount.
QString bounded(const QString &text, int *cutCount)
{
    if (text.size() <= DataFormModel::MaxValueLength) {
        return text;
    }
    ++*cutCount;
    return text.left(DataFormModel::MaxValueLength);
}

bool isTrue(const QString &value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

} // namespace

DataFormModel::DataFormModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int DataFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant DataFormModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Field &field = m_fields.at(index.row());
    switch (role) {
    case VarRole:
        return field.var;
    case TypeRole:
        return field.type;
    case Qt::DisplayRole:
    case LabelRole:
        return field.label;
    case DescriptionRole:
        return field.description;
    case RequiredRole:
        return field.required;
    case ValueRole:
        return value(field.var);
    case OptionsRole: {
        QVariantList options;
        options.reserve(field.options.size());
        for (const Option &option : field.options) {
            options.append(QVariantMap{{QStringLiteral("label"), option.label.isEmpty() ? option.value : option.label},
                                       {QStringLiteral("value"), option.value}});
        }
        return options;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> DataFormModel::roleNames() const
{
    return {
        {VarRole, QByteArrayLiteral("var")},
        {TypeRole, QByteArrayLiteral("type")},
        {LabelRole, QByteArrayLiteral("label")},
        {DescriptionRole, QByteArrayLiteral("description")},
        {RequiredRole, QByteArrayLiteral("required")},
        {ValueRole, QByteArrayLiteral("value")},
        {OptionsRole, QByteArrayLiteral("options")},
    };
}

bool DataFormModel::load(const QDomElement &form)
{
    if (form.tagName() != QLatin1String("x") || form.namespaceURI() != DataFormsNamespace) {
        qCWarning(SALON_CORE_XMPP) << "Ignored a data form that is no jabber:x:data element";
        clear();
        return false;
    }

    QVector<Field> fields;
    QStringList instructions;
    int droppedFields = 0;
    int droppedItems = 0;
    int cutTexts = 0;
    for (QDomElement child = form.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.tagName() == QLatin1String("instructions") && instructions.size() < MaxOptions) {
            instructions.append(bounded(child.text(), &cutTexts));
            continue;
        }
        if (child.tagName() != QLatin1String("field")) {
            continue;
        }
        if (fields.size() >= MaxFields) {
            ++droppedFields;
            continue;
        }

        Field field;
        field.var = bounded(child.attribute(QStringLiteral("var")), &cutTexts);
        field.type = child.attribute(QStringLiteral("type"), DefaultType);
        if (!isKnownType(field.type)) {
            qCInfo(SALON_CORE_XMPP).noquote() << "Read the field" << field.var << "of unknown type" << field.type.left(64) << "as text-single";
            field.type = DefaultType;
        }
        // Only fixed fields may go without a name, and a name may appear once (XEP-0004, section 3.2).
        const bool duplicate = std::any_of(fields.cbegin(), fields.cend(), [&field](const Field &other) {
            return !field.var.isEmpty() && other.var == field.var;
        });
        if ((field.var.isEmpty() && field.type != QLatin1String("fixed")) || duplicate) {
            ++droppedFields;
            continue;
        }
        field.label = bounded(child.attribute(QStringLiteral("label")), &cutTexts);
        field.description = bounded(child.firstChildElement(QStringLiteral("desc")).text(), &cutTexts);
        field.required = !child.firstChildElement(QStringLiteral("required")).isNull();
        for (QDomElement item = child.firstChildElement(); !item.isNull(); item = item.nextSiblingElement()) {
            const bool isValue = item.tagName() == QLatin1String("value");
            const bool isOption = item.tagName() == QLatin1String("option");
            if (!isValue && !isOption) {
                continue;
            }
            if ((isValue && field.values.size() >= MaxOptions) || (isOption && field.options.size() >= MaxOptions)) {
                ++droppedItems;
                continue;
            }
            if (isValue) {
                field.values.append(bounded(item.text(), &cutTexts));
            } else {
                field.options.append(Option{bounded(item.attribute(QStringLiteral("label")), &cutTexts),
                                            bounded(item.firstChildElement(QStringLiteral("value")).text(), &cutTexts)});
            }
        }
        if (!isMultiValued(field.type) && field.values.size() > 1) {
            field.values = field.values.mid(0, 1);
        }
        fields.append(field);
    }
    const QString title = bounded(form.firstChildElement(QStringLiteral("title")).text(), &cutTexts);
    if (droppedFields > 0 || droppedItems > 0 || cutTexts > 0) {
        qCWarning(SALON_CORE_XMPP) << "Data form limits: dropped" << droppedFields << "fields and" << droppedItems << "values or options, cut"
                                   << cutTexts << "texts";
    }

    beginResetModel();
    m_fields = fields;
    m_title = title;
    m_instructions = instructions.join(QLatin1Char('\n'));
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT formChanged();
    return true;
}

void DataFormModel::clear()
{
    beginResetModel();
    m_fields.clear();
    m_title.clear();
    m_instructions.clear();
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT formChanged();
}

bool DataFormModel::setValue(const QString &var, const QVariant &value)
{
    const int row = indexOf(var);
    if (row < 0 || m_fields.at(row).type == QLatin1String("fixed")) {
        qCInfo(SALON_CORE_XMPP).noquote() << "Ignored a value for the unknown or fixed field" << var.left(256);
        return false;
    }
    Field &field = m_fields[row];
    QStringList values;
    if (field.type == QLatin1String("boolean")) {
        values = QStringList{value.toBool() ? QStringLiteral("1") : QStringLiteral("0")};
    } else if (field.type == QLatin1String("text-multi")) {
        values = value.toString().split(QLatin1Char('\n'));
    } else if (isMultiValued(field.type)) {
        values = value.toStringList();
    } else {
        values = QStringList{value.toString()};
    }
    const bool tooLong = std::any_of(values.cbegin(), values.cend(), [](const QString &text) {
        return text.size() > MaxValueLength;
    });
    if (tooLong || values.size() > MaxOptions) {
        qCInfo(SALON_CORE_XMPP).noquote() << "Ignored a value beyond the limits for the field" << var;
        return false;
    }
    if (field.values == values) {
        return true;
    }
    field.values = values;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {ValueRole});
    return true;
}

QVariant DataFormModel::value(const QString &var) const
{
    const int row = indexOf(var);
    if (row < 0) {
        return {};
    }
    const Field &field = m_fields.at(row);
    if (field.type == QLatin1String("boolean")) {
        return isTrue(field.values.value(0));
    }
    if (field.type == QLatin1String("text-multi")) {
        return field.values.join(QLatin1Char('\n'));
    }
    if (isMultiValued(field.type)) {
        return field.values;
    }
    return field.values.value(0);
}

DataFormModel::Field DataFormModel::field(const QString &var) const
{
    const int row = indexOf(var);
    return row < 0 ? Field{} : m_fields.at(row);
}

QVector<DataFormModel::Field> DataFormModel::fields() const
{
    return m_fields;
}

void DataFormModel::writeSubmitForm(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("x"));
    writer->writeDefaultNamespace(DataFormsNamespace);
    writer->writeAttribute(QStringLiteral("type"), QStringLiteral("submit"));
    for (const Field &field : m_fields) {
        if (field.type == QLatin1String("fixed")) {
            continue;
        }
        writer->writeStartElement(QStringLiteral("field"));
        writer->writeAttribute(QStringLiteral("var"), field.var);
        if (field.type == QLatin1String("hidden")) {
            writer->writeAttribute(QStringLiteral("type"), field.type);
        }
        // A single-valued field always has a value, so that an empty one clears the setting,
        // such as a room's password, instead of keeping it.
        const QStringList values = field.values.isEmpty() && !isMultiValued(field.type) ? QStringList{QString()} : field.values;
        for (const QString &text : values) {
            writer->writeTextElement(QStringLiteral("value"), text);
        }
        writer->writeEndElement();
    }
    writer->writeEndElement();
}

void DataFormModel::writeCancelForm(QXmlStreamWriter *writer)
{
    writer->writeStartElement(QStringLiteral("x"));
    writer->writeDefaultNamespace(DataFormsNamespace);
    writer->writeAttribute(QStringLiteral("type"), QStringLiteral("cancel"));
    writer->writeEndElement();
}

QString DataFormModel::title() const
{
    return m_title;
}

QString DataFormModel::instructions() const
{
    return m_instructions;
}

QString DataFormModel::status() const
{
    return m_status;
}

QString DataFormModel::errorText() const
{
    return m_errorText;
}

void DataFormModel::setStatus(const QString &status, const QString &errorText)
{
    if (m_status == status && m_errorText == errorText) {
        return;
    }
    m_status = status;
    m_errorText = errorText;
    Q_EMIT statusChanged();
}

int DataFormModel::indexOf(const QString &var) const
{
    if (var.isEmpty()) {
        return -1;
    }
    for (int row = 0; row < m_fields.size(); ++row) {
        if (m_fields.at(row).var == var) {
            return row;
        }
    }
    return -1;
}
