#include "CommunityInfo.h"

#include "RoomInfo.h"

#include <QDomElement>
#include <QHash>

namespace {

const auto DataFormsNamespace = QStringLiteral("jabber:x:data");
const auto MetaDataFormType = QStringLiteral("http://jabber.org/protocol/pubsub#meta-data");

// Returns the first value of each field of the node's meta-data form in \a query.
QHash<QString, QString> metaDataFields(const QDomElement &query)
{
    for (QDomElement form = query.firstChildElement(QStringLiteral("x")); !form.isNull(); form = form.nextSiblingElement(QStringLiteral("x"))) {
        if (form.namespaceURI() != DataFormsNamespace) {
            continue;
        }
        QHash<QString, QString> fields;
        for (QDomElement field = form.firstChildElement(QStringLiteral("field")); !field.isNull(); field = field.nextSiblingElement(QStringLiteral("field"))) {
            const QString name = field.attribute(QStringLiteral("var"));
            if (!name.isEmpty() && !fields.contains(name)) {
                fields.insert(name, field.firstChildElement(QStringLiteral("value")).text());
            }
        }
        if (fields.value(QStringLiteral("FORM_TYPE")) == MetaDataFormType) {
            return fields;
        }
    }
    return {};
}

int countField(const QHash<QString, QString> &fields, const QString &name)
{
    bool isNumber = false;
    const int count = fields.value(name).trimmed().toInt(&isNumber);
    return isNumber && count >= 0 && count <= CommunityInfo::MaxCount ? count : -1;
}

} // namespace

QString CommunityInfo::displayTitle() const
{
    return title.isEmpty() ? node : title;
}

void CommunityInfo::readDiscoInfo(const QDomElement &query)
{
    const QHash<QString, QString> fields = metaDataFields(query);
    const QString metaTitle = RoomInfo::cleanedLine(fields.value(QStringLiteral("pubsub#title")), MaxTitleLength);
    if (!metaTitle.isEmpty()) {
        title = metaTitle;
    }
    description = RoomInfo::cleanedParagraphs(fields.value(QStringLiteral("pubsub#description")), MaxDescriptionLength);
    // Access models and payload namespaces are short tokens; anything longer is no valid value.
    accessModel = RoomInfo::cleanedLine(fields.value(QStringLiteral("pubsub#access_model")), 64);
    payloadType = RoomInfo::cleanedLine(fields.value(QStringLiteral("pubsub#type")), 256);
    subscriberCount = countField(fields, QStringLiteral("pubsub#num_subscribers"));
    itemCount = countField(fields, QStringLiteral("pubsub#num_items"));
    infoLoaded = true;
}

bool CommunityInfo::operator==(const CommunityInfo &other) const
{
    return service == other.service && node == other.node && title == other.title && description == other.description
        && accessModel == other.accessModel && payloadType == other.payloadType && subscriberCount == other.subscriberCount
        && itemCount == other.itemCount && infoLoaded == other.infoLoaded;
}
