#include "ArchiveExtension.h"

#include "IqRequestExtension.h"
#include "XmlPayloadIq.h"
#include "salon_core_archive_logging.h"

#include <QDomElement>
#include <QPointer>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppUtils.h>

const QString ArchiveExtension::Namespace = QStringLiteral("urn:xmpp:mam:2");

namespace {

const auto ForwardNamespace = QStringLiteral("urn:xmpp:forward:0");
const auto DelayNamespace = QStringLiteral("urn:xmpp:delay");
const auto DataFormsNamespace = QStringLiteral("jabber:x:data");
const auto ResultSetNamespace = QStringLiteral("http://jabber.org/protocol/rsm");

QDomElement childElement(const QDomElement &parent, const QString &name, const QString &namespaceUri)
{
    for (QDomElement child = parent.firstChildElement(name); !child.isNull(); child = child.nextSiblingElement(name)) {
        if (child.namespaceURI() == namespaceUri) {
            return child;
        }
    }
    return {};
}

void writeFormField(QXmlStreamWriter *writer, const QString &name, const QString &value, const QString &type = QString())
{
    writer->writeStartElement(QStringLiteral("field"));
    writer->writeAttribute(QStringLiteral("var"), name);
    if (!type.isEmpty()) {
        writer->writeAttribute(QStringLiteral("type"), type);
    }
    writer->writeTextElement(QStringLiteral("value"), value);
    writer->writeEndElement();
}

// Writes the query element of XEP-0313 with its form and its result set (XEP-0059).
void writeQuery(QXmlStreamWriter *writer, const QString &queryId, const ArchiveQuery &query)
{
    writer->writeStartElement(QStringLiteral("query"));
    writer->writeDefaultNamespace(ArchiveExtension::Namespace);
    writer->writeAttribute(QStringLiteral("queryid"), queryId);

    writer->writeStartElement(QStringLiteral("x"));
    writer->writeDefaultNamespace(DataFormsNamespace);
    writer->writeAttribute(QStringLiteral("type"), QStringLiteral("submit"));
    writeFormField(writer, QStringLiteral("FORM_TYPE"), ArchiveExtension::Namespace, QStringLiteral("hidden"));
    if (!query.with.isEmpty()) {
        writeFormField(writer, QStringLiteral("with"), query.with);
    }
    writer->writeEndElement();

    writer->writeStartElement(QStringLiteral("set"));
    writer->writeDefaultNamespace(ResultSetNamespace);
    writer->writeTextElement(QStringLiteral("max"), QString::number(query.maxResults));
    if (query.beforeId) {
        // An empty before element requests the last page.
        writer->writeTextElement(QStringLiteral("before"), *query.beforeId);
    } else if (!query.afterId.isEmpty()) {
        writer->writeTextElement(QStringLiteral("after"), query.afterId);
    }
    writer->writeEndElement();

    writer->writeEndElement();
}

} // namespace

ArchiveExtension::ArchiveExtension()
    : m_iqRequests(new IqRequestExtension)
{
}

ArchiveExtension::~ArchiveExtension() = default;

void ArchiveExtension::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    client->insertExtension(0, m_iqRequests);
}

void ArchiveExtension::query(const ArchiveQuery &query, QObject *context, std::function<void(const ArchivePage &)> handler)
{
    const QString queryId = QXmppUtils::generateStanzaHash(16);
    const XmlPayloadIq iq(QXmppIq::Set, query.archive, [queryId, query](QXmlStreamWriter *writer) {
        writeQuery(writer, queryId, query);
    });
    m_pendingResults.insert(queryId, {query.archive.toLower(), {}});
    // The extension is the request's context, so that the collected results are removed even when
    // the caller's context is gone by the time the response arrives.
    const QPointer<QObject> caller(context);
    m_iqRequests->sendRequest(iq, this, [this, queryId, maxResults = query.maxResults, caller, handler = std::move(handler)](const IqResponse &response) {
        ArchivePage page = finish(queryId, maxResults, response);
        if (caller) {
            handler(page);
        }
    });
}

ArchivePage ArchiveExtension::finish(const QString &queryId, int maxResults, const IqResponse &response)
{
    ArchivePage page;
    page.status = response.status;
    page.error = response.error;
    const QVector<ArchivedMessage> messages = m_pendingResults.take(queryId).messages;
    if (!response.isResult()) {
        return page;
    }

    const QDomElement fin = childElement(response.element, QStringLiteral("fin"), Namespace);
    if (fin.isNull()) {
        qCWarning(SALON_CORE_ARCHIVE).noquote() << accountJid() << "archive query" << queryId << "ended without a fin element; its results are dropped";
        page.status = IqResponse::Status::Error;
        page.error = QXmppStanza::Error(QXmppStanza::Error::Cancel, QXmppStanza::Error::UndefinedCondition);
        return page;
    }
    const QString complete = fin.attribute(QStringLiteral("complete"));
    page.complete = complete == QLatin1String("true") || complete == QLatin1String("1");
    const QDomElement resultSet = childElement(fin, QStringLiteral("set"), ResultSetNamespace);
    page.firstId = resultSet.firstChildElement(QStringLiteral("first")).text();
    page.lastId = resultSet.firstChildElement(QStringLiteral("last")).text();
    page.messages = messages;
    if (page.messages.size() > maxResults) {
        qCWarning(SALON_CORE_ARCHIVE).noquote() << accountJid() << "archive query" << queryId << "returned" << page.messages.size() << "results for a page of"
                                                << maxResults << "; the extra ones are dropped";
        page.messages.resize(maxResults);
    }
    return page;
}

bool ArchiveExtension::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("message")) {
        return false;
    }
    const QDomElement result = childElement(stanza, QStringLiteral("result"), Namespace);
    if (result.isNull()) {
        return false;
    }

    const QString from = stanza.attribute(QStringLiteral("from")).toLower();
    const QString queryId = result.attribute(QStringLiteral("queryid"));
    const auto pending = m_pendingResults.find(queryId);
    if (pending == m_pendingResults.end()) {
        qCWarning(SALON_CORE_ARCHIVE).noquote() << accountJid() << "dropped an archive result for query" << queryId.left(100) << "that this client did not send";
        return true;
    }
    const bool fromArchive = pending->archive.isEmpty() ? (from.isEmpty() || from == accountJid()) : from == pending->archive;
    if (!fromArchive) {
        qCWarning(SALON_CORE_ARCHIVE).noquote() << accountJid() << "dropped a forged archive result from" << QXmppUtils::jidToBareJid(from).left(200);
        return true;
    }

    const QDomElement forwarded = childElement(result, QStringLiteral("forwarded"), ForwardNamespace);
    const QDomElement inner = forwarded.firstChildElement(QStringLiteral("message"));
    const QString archiveId = result.attribute(QStringLiteral("id"));
    if (inner.isNull() || archiveId.isEmpty()) {
        qCWarning(SALON_CORE_ARCHIVE).noquote() << accountJid() << "dropped an archive result without an id or a forwarded message in query" << queryId;
        return true;
    }

    ArchivedMessage entry;
    entry.archiveId = archiveId;
    entry.message.parse(inner);
    const QDomElement delay = childElement(forwarded, QStringLiteral("delay"), DelayNamespace);
    const QDateTime stamp = QXmppUtils::datetimeFromString(delay.attribute(QStringLiteral("stamp")));
    if (stamp.isValid()) {
        entry.message.setStamp(stamp);
    }
    pending->messages.append(entry);
    return true;
}

QString ArchiveExtension::accountJid()
{
    return client() ? client()->configuration().jidBare().toLower() : QString();
}
