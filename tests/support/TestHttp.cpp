#include "TestHttp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QList>
#include <QTcpSocket>
#include <QTest>

namespace TestHttp
{

namespace
{

QByteArray receive(quint16 port, const QByteArray &request, int timeoutMs, bool headOnly)
{
    QTcpSocket socket;
    QByteArray response;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] {
        response += socket.readAll();
    });
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(request);

    QElapsedTimer timer;
    timer.start();
    bool connected = false;
    while (socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < timeoutMs) {
        connected = connected || socket.state() == QAbstractSocket::ConnectedState;
        if (headOnly && response.contains("\r\n\r\n")) {
            return response;
        }
        QTest::qWait(5);
    }
    if (!connected && response.isEmpty()) {
        return {};
    }
    return response + socket.readAll();
}

} // namespace

QByteArray exchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    return receive(port, request, timeoutMs, false);
}

QByteArray exchangeHead(quint16 port, const QByteArray &request, int timeoutMs)
{
    return receive(port, request, timeoutMs, true);
}

QByteArray statusLine(const QByteArray &response)
{
    return response.left(response.indexOf("\r\n"));
}

int statusCode(const QByteArray &response)
{
    const QList<QByteArray> parts = statusLine(response).split(' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

QByteArray header(const QByteArray &response, const QByteArray &name)
{
    const QList<QByteArray> lines = response.left(response.indexOf("\r\n\r\n")).split('\n');
    for (const QByteArray &line : lines) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).compare(name, Qt::CaseInsensitive) == 0) {
            return line.mid(colon + 1).trimmed();
        }
    }
    return {};
}

QByteArray body(const QByteArray &response)
{
    const int headEnd = response.indexOf("\r\n\r\n");
    return headEnd < 0 ? QByteArray() : response.mid(headEnd + 4);
}

QJsonObject jsonBody(const QByteArray &response)
{
    return QJsonDocument::fromJson(body(response)).object();
}

QByteArray apiRequest(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &body, const QByteArray &extraHeaders, const QByteArray &origin)
{
    const QByteArray host = "127.0.0.1:" + QByteArray::number(port);
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
    request += "Origin: " + (origin.isEmpty() ? "http://" + host : origin) + "\r\n";
    if (method == "POST") {
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    return request + extraHeaders + "\r\n" + body;
}

QByteArray signInBody(const QString &jid, const QString &password)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("jid"), jid}, {QStringLiteral("password"), password}}).toJson(QJsonDocument::Compact);
}

QByteArray signInRequest(quint16 port, const QString &jid, const QString &password)
{
    return apiRequest(port, "POST", "/api/session", signInBody(jid, password));
}

QByteArray sessionCookie(const QByteArray &response)
{
    return header(response, "Set-Cookie").split(';').constFirst();
}

qint64 metricValue(const QByteArray &text, const QByteArray &name)
{
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(name + ' ')) {
            return line.mid(name.size() + 1).trimmed().toLongLong();
        }
    }
    return -1;
}

bool processExists(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return false;
    }
    return !status.readAll().contains("State:\tZ");
}

} // namespace TestHttp
