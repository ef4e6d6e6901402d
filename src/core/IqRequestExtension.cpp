#include "IqRequestExtension.h"

#include "salon_core_xmpp_logging.h"

#include <QDomElement>
#include <QPointer>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppIq.h>
#include <QXmppUtils.h>

#include <typeinfo>

#ifdef __GNUG__
#include <cxxabi.h>
#include <cstdlib>
#endif

namespace {

// Returns the class name of a request's type, such as QXmppDiscoveryIq, which names the kind of request in a log line.
QString requestKind(const std::type_info &type)
{
    const char *name = type.name();
#ifdef __GNUG__
    int status = 0;
    char *demangled = abi::__cxa_demangle(name, nullptr, nullptr, &status);
    if (status == 0 && demangled) {
        const QString result = QString::fromLatin1(demangled);
        std::free(demangled);
        return result;
    }
    std::free(demangled);
#endif
    return QString::fromLatin1(name);
}

} // namespace

struct IqRequestExtension::PendingRequest {
    QString to;
    QPointer<QObject> context;
    Handler handler;
    QTimer timer;
};

IqRequestExtension::IqRequestExtension() = default;

IqRequestExtension::~IqRequestExtension()
{
    // Handlers are not called any more: their owners are being destroyed with the client.
    qDeleteAll(m_pending);
}

void IqRequestExtension::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    connect(client, &QXmppClient::disconnected, this, [this] {
        failAll(IqResponse::Status::Disconnected);
    });
}

void IqRequestExtension::sendRequest(const QXmppIq &iq, QObject *context, Handler handler, int timeoutMs)
{
    Q_ASSERT(iq.type() == QXmppIq::Get || iq.type() == QXmppIq::Set);
    Q_ASSERT(!iq.id().isEmpty());
    Q_ASSERT(context);

    if (!client() || !client()->isAuthenticated() || !client()->sendPacket(iq)) {
        handler(IqResponse{IqResponse::Status::NotSent, {}, {}});
        return;
    }

    auto *request = new PendingRequest;
    request->to = iq.to();
    request->context = context;
    request->handler = std::move(handler);
    request->timer.setSingleShot(true);
    const QString id = iq.id();
    // The type's name is read only when the request times out, which is rare.
    const std::type_info *type = &typeid(iq);
    connect(&request->timer, &QTimer::timeout, this, [this, id, type, to = iq.to(), timeoutMs] {
        qCWarning(SALON_CORE_XMPP).noquote() << client()->configuration().jidBare() << "no response to IQ request" << id
                                             << QStringLiteral("(%1) to").arg(requestKind(*type))
                                             << (to.isEmpty() ? QStringLiteral("the account's server") : to) << "within" << timeoutMs << "ms";
        finish(id, IqResponse{IqResponse::Status::Timeout, {}, {}});
    });
    request->timer.start(timeoutMs);
    m_pending.insert(id, request);
}

int IqRequestExtension::pendingCount() const
{
    return int(m_pending.size());
}

bool IqRequestExtension::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("iq")) {
        return false;
    }
    const QString type = stanza.attribute(QStringLiteral("type"));
    if (type != QLatin1String("result") && type != QLatin1String("error")) {
        return false;
    }

    const QString id = stanza.attribute(QStringLiteral("id"));
    const PendingRequest *request = m_pending.value(id);
    if (!request) {
        return false;
    }
    // A response with a known id from another sender does not belong to the request (RFC 6120, section 8.1.2.1).
    if (!isExpectedSender(stanza.attribute(QStringLiteral("from")), request->to)) {
        qCDebug(SALON_CORE_XMPP).noquote() << client()->configuration().jidBare() << "ignored a response to IQ request" << id << "from"
                                           << stanza.attribute(QStringLiteral("from")) << "instead of" << request->to;
        return false;
    }

    if (type == QLatin1String("result")) {
        finish(id, IqResponse{IqResponse::Status::Result, {}, stanza});
        return true;
    }
    // QXmppIq::parse() copies the whole payload into QXmppElement objects, so only errors go through
    // it. In SignInBenchmark these copies of results took about a tenth of the client's CPU time.
    QXmppIq response;
    response.parse(stanza);
    finish(id, IqResponse{IqResponse::Status::Error, response.error(), stanza});
    return true;
}

bool IqRequestExtension::isExpectedSender(const QString &from, const QString &requestTo)
{
    const QXmppConfiguration &configuration = client()->configuration();
    // A request without a recipient or to the account's bare JID goes to the account itself. Its
    // server replies on the account's behalf without a sender or from the account's bare JID, full
    // JID or domain (RFC 6120, section 8.1.2.1). Prosody 0.12 leaves the sender out.
    const bool toAccount = requestTo.isEmpty() || requestTo.compare(configuration.jidBare(), Qt::CaseInsensitive) == 0;
    if (!toAccount) {
        return from == requestTo;
    }
    return from.isEmpty() || from == configuration.jidBare() || from == configuration.jid() || from == configuration.domain();
}

void IqRequestExtension::finish(const QString &id, const IqResponse &response)
{
    PendingRequest *request = m_pending.take(id);
    if (!request) {
        return;
    }
    request->timer.stop();
    const Handler handler = std::move(request->handler);
    const bool contextAlive = !request->context.isNull();
    delete request;

    if (contextAlive) {
        handler(response);
    }
}

void IqRequestExtension::failAll(IqResponse::Status status)
{
    const QStringList ids = m_pending.keys();
    for (const QString &id : ids) {
        finish(id, IqResponse{status, {}, {}});
    }
}
