#pragma once

#include <QString>
#include <QVariantMap>

#include <optional>

class QDomElement;
class QXmlStreamWriter;
class QXmppVCardIq;

/// The public profile of an account: the fields Salon reads from and writes to
/// a vCard4 (XEP-0292, RFC 6351 in XML) or a vCard-temp (XEP-0054).
///
/// Every field is plain text. A field longer than MaxFieldLength characters is
/// dropped when parsing and rejected by fromVariantMap().
class Profile
{
public:
    /// The XML namespace of a vCard4 in XML (xCard, RFC 6351).
    static const QString VCard4Namespace;
    /// Maximum length of one field, in UTF-16 code units. Salon's own limit, well above
    /// any name or short biography, so that a broken or hostile profile cannot bloat the models.
    static constexpr int MaxFieldLength = 10 * 1024;

    QString fullName;
    QString nickname;
    /// Free text about the person: the vCard \c NOTE.
    QString about;
    QString url;
    QString locality;
    QString country;
    /// A location as free text, used when no locality or country is set: the
    /// \c LABEL parameter of the vCard4 \c ADR, or the vCard-temp address's street and region.
    QString address;

    bool isEmpty() const;
    /// Returns the location to show: "locality, country" when either is set, else address.
    QString location() const;

    /// Parses a \c vcard element. Returns no value when \a element is not a vCard4.
    /// Unknown properties are skipped, and each field over MaxFieldLength is dropped and
    /// counted in \a droppedFields when it is not null.
    static std::optional<Profile> fromVCard4(const QDomElement &element, int *droppedFields = nullptr);
    /// Writes the profile as a \c vcard element in the vCard4 namespace.
    void writeVCard4(QXmlStreamWriter *writer) const;

    static Profile fromVCardTemp(const QXmppVCardIq &vCard);
    /// Copies the fields into \a vCard, replacing its name, nickname, description, URL and addresses.
    void fillVCardTemp(QXmppVCardIq *vCard) const;

    /// Reads the keys fullName, nickname, about, url, locality, country and address.
    /// Returns no value, and sets \a invalidKey, when a value is too long.
    static std::optional<Profile> fromVariantMap(const QVariantMap &fields, QString *invalidKey = nullptr);
    QVariantMap toVariantMap() const;

    bool operator==(const Profile &other) const;
    bool operator!=(const Profile &other) const
    {
        return !(*this == other);
    }
};
