#include "RoomInfo.h"

#include <QDomElement>
#include <QHash>

namespace {

const auto DataFormsNamespace = QStringLiteral("jabber:x:data");
const auto RoomInfoFormType = QStringLiteral("http://jabber.org/protocol/muc#roominfo");

// Returns the first value of each field of the room info form (XEP-0045, section 15.5.4) in \a query.
QHash<QString, QString> roomInfoFields(const QDomElement &query)
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
        if (fields.value(QStringLiteral("FORM_TYPE")) == RoomInfoFormType) {
            return fields;
        }
    }
    return {};
}

// Bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069) can make
// a name look like another one, and are dropped with the control characters.
bool isBidiControl(QChar c)
{
    return (c.unicode() >= 0x202A && c.unicode() <= 0x202E) || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069);
}

QString cleanedText(const QString &text, int maxLength)
{
    QString cleaned;
    const QString limited = text.left(maxLength);
    cleaned.reserve(limited.size());
    for (const QChar c : limited) {
        if (c == QLatin1Char('\n')) {
            cleaned.append(c);
        } else if (c.isSpace()) {
            cleaned.append(QLatin1Char(' '));
        } else if (c.category() != QChar::Other_Control && !isBidiControl(c)) {
            cleaned.append(c);
        }
    }
    return cleaned.trimmed();
}

} // namespace

QString RoomInfo::displayName() const
{
    return name.isEmpty() ? jid : name;
}

QString RoomInfo::cleanedLine(const QString &text, int maxLength)
{
    QString line = cleanedText(text, maxLength);
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line.simplified();
}

QString RoomInfo::cleanedParagraphs(const QString &text, int maxLength)
{
    return cleanedText(text, maxLength);
}

void RoomInfo::readDiscoInfo(const QDomElement &query)
{
    QString identityName;
    for (QDomElement identity = query.firstChildElement(QStringLiteral("identity")); !identity.isNull();
         identity = identity.nextSiblingElement(QStringLiteral("identity"))) {
        if (identity.attribute(QStringLiteral("category")) == QLatin1String("conference")) {
            identityName = identity.attribute(QStringLiteral("name"));
            break;
        }
    }

    passwordProtected = false;
    membersOnly = false;
    moderated = false;
    persistent = false;
    isPublic = false;
    for (QDomElement feature = query.firstChildElement(QStringLiteral("feature")); !feature.isNull();
         feature = feature.nextSiblingElement(QStringLiteral("feature"))) {
        const QString var = feature.attribute(QStringLiteral("var"));
        passwordProtected = passwordProtected || var == QLatin1String("muc_passwordprotected");
        membersOnly = membersOnly || var == QLatin1String("muc_membersonly");
        moderated = moderated || var == QLatin1String("muc_moderated");
        persistent = persistent || var == QLatin1String("muc_persistent");
        isPublic = isPublic || var == QLatin1String("muc_public");
    }

    const QHash<QString, QString> fields = roomInfoFields(query);
    const QString infoName = cleanedLine(identityName.isEmpty() ? fields.value(QStringLiteral("muc#roomconfig_roomname")) : identityName, MaxNameLength);
    if (!infoName.isEmpty()) {
        name = infoName;
    }
    description = cleanedText(fields.value(QStringLiteral("muc#roominfo_description")), MaxDescriptionLength);

    bool isNumber = false;
    const int count = fields.value(QStringLiteral("muc#roominfo_occupants")).trimmed().toInt(&isNumber);
    occupants = isNumber && count >= 0 && count <= MaxOccupants ? count : -1;
    infoLoaded = true;
}

bool RoomInfo::operator==(const RoomInfo &other) const
{
    return jid == other.jid && name == other.name && description == other.description && occupants == other.occupants
        && passwordProtected == other.passwordProtected && membersOnly == other.membersOnly && moderated == other.moderated
        && persistent == other.persistent && isPublic == other.isPublic && infoLoaded == other.infoLoaded;
}
