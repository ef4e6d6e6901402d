#include "Profile.h"

#include <QDomElement>
#include <QXmlStreamWriter>
#include <QXmppVCardIq.h>

const QString Profile::VCard4Namespace = QStringLiteral("urn:ietf:params:xml:ns:vcard-4.0");

namespace {

const auto FullNameKey = QStringLiteral("fullName");
const auto NicknameKey = QStringLiteral("nickname");
const auto AboutKey = QStringLiteral("about");
const auto UrlKey = QStringLiteral("url");
const auto LocalityKey = QStringLiteral("locality");
const auto CountryKey = QStringLiteral("country");
const auto AddressKey = QStringLiteral("address");

QDomElement firstVCardChild(const QDomElement &parent, const QString &name)
{
    return parent.firstChildElement(name).namespaceURI() == Profile::VCard4Namespace ? parent.firstChildElement(name) : QDomElement();
}

// RFC 6351 wraps each value in an element named after its type, such as <text> or <uri>.
QString valueOf(const QDomElement &property, const QString &valueType, int *droppedFields)
{
    const QString value = property.firstChildElement(valueType).text().trimmed();
    if (value.size() > Profile::MaxFieldLength) {
        if (droppedFields) {
            ++*droppedFields;
        }
        return {};
    }
    return value;
}

void writeProperty(QXmlStreamWriter *writer, const QString &name, const QString &valueType, const QString &value)
{
    if (value.isEmpty()) {
        return;
    }
    writer->writeStartElement(name);
    writer->writeTextElement(valueType, value);
    writer->writeEndElement();
}

} // namespace

bool Profile::isEmpty() const
{
    return fullName.isEmpty() && nickname.isEmpty() && about.isEmpty() && url.isEmpty() && locality.isEmpty() && country.isEmpty() && address.isEmpty();
}

QString Profile::location() const
{
    if (locality.isEmpty() && country.isEmpty()) {
        return address;
    }
    if (locality.isEmpty() || country.isEmpty()) {
        return locality + country;
    }
    return locality + QStringLiteral(", ") + country;
}

std::optional<Profile> Profile::fromVCard4(const QDomElement &element, int *droppedFields)
{
    if (element.tagName() != QLatin1String("vcard") || element.namespaceURI() != VCard4Namespace) {
        return std::nullopt;
    }

    Profile profile;
    profile.fullName = valueOf(firstVCardChild(element, QStringLiteral("fn")), QStringLiteral("text"), droppedFields);
    profile.nickname = valueOf(firstVCardChild(element, QStringLiteral("nickname")), QStringLiteral("text"), droppedFields);
    profile.about = valueOf(firstVCardChild(element, QStringLiteral("note")), QStringLiteral("text"), droppedFields);
    profile.url = valueOf(firstVCardChild(element, QStringLiteral("url")), QStringLiteral("uri"), droppedFields);

    const QDomElement adr = firstVCardChild(element, QStringLiteral("adr"));
    if (!adr.isNull()) {
        profile.locality = valueOf(adr, QStringLiteral("locality"), droppedFields);
        profile.country = valueOf(adr, QStringLiteral("country"), droppedFields);
        const QDomElement label = adr.firstChildElement(QStringLiteral("parameters")).firstChildElement(QStringLiteral("label"));
        profile.address = valueOf(label, QStringLiteral("text"), droppedFields);
    }
    return profile;
}

void Profile::writeVCard4(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("vcard"));
    writer->writeDefaultNamespace(VCard4Namespace);
    writeProperty(writer, QStringLiteral("fn"), QStringLiteral("text"), fullName);
    writeProperty(writer, QStringLiteral("nickname"), QStringLiteral("text"), nickname);
    writeProperty(writer, QStringLiteral("note"), QStringLiteral("text"), about);
    writeProperty(writer, QStringLiteral("url"), QStringLiteral("uri"), url);

    if (!locality.isEmpty() || !country.isEmpty() || !address.isEmpty()) {
        writer->writeStartElement(QStringLiteral("adr"));
        if (!address.isEmpty()) {
            writer->writeStartElement(QStringLiteral("parameters"));
            writeProperty(writer, QStringLiteral("label"), QStringLiteral("text"), address);
            writer->writeEndElement();
        }
        // ADR has these seven components in this order (RFC 6350, section 6.3.1), and xCard
        // (RFC 6351) writes each one, empty when unknown.
        const QStringList components = {QStringLiteral("pobox"), QStringLiteral("ext"), QStringLiteral("street"),  QStringLiteral("locality"),
                                        QStringLiteral("region"), QStringLiteral("code"), QStringLiteral("country")};
        for (const QString &component : components) {
            const QString value = component == QLatin1String("locality") ? locality : component == QLatin1String("country") ? country : QString();
            writer->writeTextElement(component, value);
        }
        writer->writeEndElement();
    }
    writer->writeEndElement();
}

Profile Profile::fromVCardTemp(const QXmppVCardIq &vCard)
{
    const auto limited = [](const QString &value) {
        const QString trimmed = value.trimmed();
        return trimmed.size() > MaxFieldLength ? QString() : trimmed;
    };

    Profile profile;
    profile.fullName = limited(vCard.fullName());
    profile.nickname = limited(vCard.nickName());
    profile.about = limited(vCard.description());
    profile.url = limited(vCard.url());
    const QList<QXmppVCardAddress> addresses = vCard.addresses();
    if (!addresses.isEmpty()) {
        const QXmppVCardAddress &first = addresses.first();
        profile.locality = limited(first.locality());
        profile.country = limited(first.country());
        QStringList parts;
        for (const QString &part : {first.street(), first.region()}) {
            if (!part.trimmed().isEmpty()) {
                parts.append(part.trimmed());
            }
        }
        profile.address = limited(parts.join(QStringLiteral(", ")));
    }
    return profile;
}

void Profile::fillVCardTemp(QXmppVCardIq *vCard) const
{
    vCard->setFullName(fullName);
    vCard->setNickName(nickname);
    vCard->setDescription(about);
    vCard->setUrl(url);

    QList<QXmppVCardAddress> addresses;
    if (!locality.isEmpty() || !country.isEmpty() || !address.isEmpty()) {
        QXmppVCardAddress entry;
        entry.setLocality(locality);
        entry.setCountry(country);
        entry.setStreet(address);
        addresses.append(entry);
    }
    vCard->setAddresses(addresses);
}

std::optional<Profile> Profile::fromVariantMap(const QVariantMap &fields, QString *invalidKey)
{
    Profile profile;
    const QList<std::pair<QString, QString *>> targets = {
        {FullNameKey, &profile.fullName}, {NicknameKey, &profile.nickname}, {AboutKey, &profile.about}, {UrlKey, &profile.url},
        {LocalityKey, &profile.locality}, {CountryKey, &profile.country},   {AddressKey, &profile.address},
    };
    for (const auto &[key, target] : targets) {
        const QString value = fields.value(key).toString().trimmed();
        if (value.size() > MaxFieldLength) {
            if (invalidKey) {
                *invalidKey = key;
            }
            return std::nullopt;
        }
        *target = value;
    }
    return profile;
}

QVariantMap Profile::toVariantMap() const
{
    return {
        {FullNameKey, fullName}, {NicknameKey, nickname}, {AboutKey, about},     {UrlKey, url},
        {LocalityKey, locality}, {CountryKey, country},   {AddressKey, address},
    };
}

bool Profile::operator==(const Profile &other) const
{
    return fullName == other.fullName && nickname == other.nickname && about == other.about && url == other.url && locality == other.locality
        && country == other.country && address == other.address;
}
