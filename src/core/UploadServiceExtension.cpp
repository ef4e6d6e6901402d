#include "UploadServiceExtension.h"

#include "salon_core_files_logging.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>

const QString UploadServiceExtension::Namespace = QStringLiteral("urn:xmpp:http:upload:0");

namespace {

// Reads max-file-size from the result's data form (XEP-0128) whose FORM_TYPE is the upload
// namespace. Returns 0 when the form or field is missing or invalid.
qint64 maxFileSizeOf(const QXmppDiscoveryIq &iq)
{
    const QXmppDataForm form = iq.form();
    QString formType;
    qint64 maxFileSize = 0;
    const auto fields = form.fields();
    for (const QXmppDataForm::Field &field : fields) {
        if (field.key() == QLatin1String("FORM_TYPE")) {
            formType = field.value().toString();
        } else if (field.key() == QLatin1String("max-file-size")) {
            bool ok = false;
            const qint64 value = field.value().toString().trimmed().toLongLong(&ok);
            maxFileSize = ok && value > 0 ? value : 0;
        }
    }
    return formType == UploadServiceExtension::Namespace ? maxFileSize : 0;
}

} // namespace

UploadServiceExtension::UploadServiceExtension() = default;

UploadServiceExtension::~UploadServiceExtension() = default;

bool UploadServiceExtension::isAvailable() const
{
    return !m_serviceJid.isEmpty();
}

qint64 UploadServiceExtension::maxFileSize() const
{
    return m_maxFileSize;
}

QString UploadServiceExtension::serviceJid() const
{
    return m_serviceJid;
}

void UploadServiceExtension::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    connect(client, &QXmppClient::connected, this, &UploadServiceExtension::handleConnected);
    connect(client, &QXmppClient::disconnected, this, &UploadServiceExtension::handleDisconnected);
}

bool UploadServiceExtension::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("iq")) {
        return false;
    }
    const QString type = stanza.attribute(QStringLiteral("type"));
    const QString id = stanza.attribute(QStringLiteral("id"));
    if ((type != QLatin1String("result") && type != QLatin1String("error")) || !m_pending.contains(id)) {
        return false;
    }
    // A response comes from the address that the request went to, but the user's server may omit it.
    const auto [query, jid] = m_pending.value(id);
    const QString from = stanza.attribute(QStringLiteral("from"));
    if (!from.isEmpty() && from.compare(jid, Qt::CaseInsensitive) != 0) {
        return false;
    }
    m_pending.remove(id);

    QXmppDiscoveryIq iq;
    iq.parse(stanza);
    if (iq.type() == QXmppIq::Error) {
        qCInfo(SALON_CORE_FILES).noquote() << accountJid() << "disco request to" << jid << "failed with condition" << int(iq.error().condition());
    } else if (query == Query::Items) {
        handleItems(iq);
    } else {
        handleInfo(jid, iq);
    }
    finishIfDone();
    return true;
}

void UploadServiceExtension::handleConnected()
{
    m_pending.clear();
    m_found = false;
    m_discovering = true;
    request(Query::Items, client()->configuration().domain());
    finishIfDone();
}

void UploadServiceExtension::handleDisconnected()
{
    // NOTE: a discovery cut short by a disconnection leaves the previous values until the next sign-in.
    m_pending.clear();
    m_discovering = false;
}

void UploadServiceExtension::request(Query query, const QString &jid)
{
    QXmppDiscoveryIq iq;
    iq.setType(QXmppIq::Get);
    iq.setQueryType(query == Query::Items ? QXmppDiscoveryIq::ItemsQuery : QXmppDiscoveryIq::InfoQuery);
    iq.setTo(jid);
    if (!client()->sendPacket(iq)) {
        qCWarning(SALON_CORE_FILES).noquote() << accountJid() << "could not send a disco request to" << jid;
        return;
    }
    m_pending.insert(iq.id(), {query, jid});
}

void UploadServiceExtension::handleItems(const QXmppDiscoveryIq &iq)
{
    const auto items = iq.items();
    for (const QXmppDiscoveryIq::Item &item : items) {
        // Items with a node are not services of their own.
        if (!item.jid().isEmpty() && item.node().isEmpty()) {
            request(Query::Info, item.jid());
        }
    }
}

void UploadServiceExtension::handleInfo(const QString &jid, const QXmppDiscoveryIq &iq)
{
    if (m_found || !iq.features().contains(Namespace)) {
        return;
    }
    m_found = true;
    const qint64 maxFileSize = maxFileSizeOf(iq);
    qCInfo(SALON_CORE_FILES).noquote() << accountJid() << "found the upload service" << jid << "with a limit of" << maxFileSize << "bytes";
    setService(jid, maxFileSize);
}

void UploadServiceExtension::finishIfDone()
{
    if (!m_discovering || !m_pending.isEmpty()) {
        return;
    }
    m_discovering = false;
    if (!m_found) {
        qCInfo(SALON_CORE_FILES).noquote() << accountJid() << "found no upload service on" << client()->configuration().domain();
        setService(QString(), 0);
    }
    Q_EMIT discoveryFinished();
}

void UploadServiceExtension::setService(const QString &jid, qint64 maxFileSize)
{
    if (jid == m_serviceJid && maxFileSize == m_maxFileSize) {
        return;
    }
    m_serviceJid = jid;
    m_maxFileSize = maxFileSize;
    Q_EMIT changed();
}

QString UploadServiceExtension::accountJid()
{
    return client() ? client()->configuration().jidBare().toLower() : QString();
}
