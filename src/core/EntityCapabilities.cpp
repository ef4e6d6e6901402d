#include "EntityCapabilities.h"

#include <QCryptographicHash>
#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>

#include <algorithm>
#include <optional>

namespace {

std::optional<QCryptographicHash::Algorithm> algorithmFor(const QString &hashName)
{
    const QString name = hashName.toLower();
    if (name == QLatin1String("sha-1")) {
        return QCryptographicHash::Sha1;
    }
    if (name == QLatin1String("sha-224")) {
        return QCryptographicHash::Sha224;
    }
    if (name == QLatin1String("sha-256")) {
        return QCryptographicHash::Sha256;
    }
    if (name == QLatin1String("sha-384")) {
        return QCryptographicHash::Sha384;
    }
    if (name == QLatin1String("sha-512")) {
        return QCryptographicHash::Sha512;
    }
    return std::nullopt;
}

QString identitiesPart(const QXmppDiscoveryIq &info)
{
    // category/type/xml:lang/name, sorted by category, then type, then xml:lang: sorting the joined
    // strings gives the same order because '/' sorts before every character allowed in those fields.
    QStringList identities;
    const auto list = info.identities();
    for (const QXmppDiscoveryIq::Identity &identity : list) {
        identities.append(identity.category() + QLatin1Char('/') + identity.type() + QLatin1Char('/') + identity.language()
                          + QLatin1Char('/') + identity.name());
    }
    std::sort(identities.begin(), identities.end());

    QString part;
    for (const QString &identity : qAsConst(identities)) {
        part += identity + QLatin1Char('<');
    }
    return part;
}

QString featuresPart(const QXmppDiscoveryIq &info)
{
    QStringList features = info.features();
    std::sort(features.begin(), features.end());

    QString part;
    for (const QString &feature : qAsConst(features)) {
        part += feature + QLatin1Char('<');
    }
    return part;
}

// QXmpp 1.4 keeps a single extended form per disco#info result.
QString formPart(const QXmppDiscoveryIq &info)
{
    const QXmppDataForm form = info.form();
    if (form.isNull()) {
        return {};
    }

    QString formType;
    QList<QXmppDataForm::Field> fields;
    const auto allFields = form.fields();
    for (const QXmppDataForm::Field &field : allFields) {
        if (field.key() == QLatin1String("FORM_TYPE")) {
            formType = field.value().toString();
        } else {
            fields.append(field);
        }
    }
    std::sort(fields.begin(), fields.end(), [](const QXmppDataForm::Field &a, const QXmppDataForm::Field &b) {
        return a.key() < b.key();
    });

    QString part = formType + QLatin1Char('<');
    for (const QXmppDataForm::Field &field : qAsConst(fields)) {
        part += field.key() + QLatin1Char('<');
        QStringList values;
        if (field.value().type() == QVariant::StringList) {
            values = field.value().toStringList();
        } else {
            values.append(field.value().toString());
        }
        std::sort(values.begin(), values.end());
        for (const QString &value : qAsConst(values)) {
            part += value + QLatin1Char('<');
        }
    }
    return part;
}

} // namespace

bool EntityCapabilities::isSupportedHash(const QString &hashName)
{
    return algorithmFor(hashName).has_value();
}

QByteArray EntityCapabilities::verificationString(const QXmppDiscoveryIq &info, const QString &hashName)
{
    const auto algorithm = algorithmFor(hashName);
    if (!algorithm) {
        return {};
    }
    const QString input = identitiesPart(info) + featuresPart(info) + formPart(info);
    return QCryptographicHash::hash(input.toUtf8(), *algorithm).toBase64();
}
