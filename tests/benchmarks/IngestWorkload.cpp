#include "IngestWorkload.h"

#include <QDateTime>

#include <array>
#include <random>

namespace {

const auto Domain = QStringLiteral("localhost");
const auto MicroblogNode = QStringLiteral("urn:xmpp:microblog:0");

// Words of the generated texts. None is a nickname, so no room message mentions the user.
const std::array<const char *, 48> Words = {
    "the",     "a",        "meeting", "tomorrow", "coffee", "release", "build",   "test",    "garden",  "weather", "train",   "late",
    "photo",   "holiday",  "music",   "concert",  "book",   "reading", "review",  "patch",   "server",  "client",  "dinner",  "tonight",
    "maybe",   "sure",     "thanks",  "great",    "idea",   "see",     "you",     "soon",    "about",   "with",    "from",    "after",
    "weekend", "mountain", "river",   "bike",     "cake",   "recipe",  "project", "deadline", "friday", "morning", "evening", "ok"};

const std::array<const char *, 4> Shows = {"", "away", "dnd", "xa"};

// A deterministic sequence: std::mt19937's output is fixed by the C++ standard, and the
// reductions below use plain modulo, so the workload is the same with every standard library.
class Sequence
{
public:
    explicit Sequence(quint32 seed)
        : m_engine(seed)
    {
    }

    int below(int bound)
    {
        return int(m_engine() % quint32(bound));
    }

    QString sentence(int minWords, int maxWords)
    {
        const int count = minWords + below(maxWords - minWords + 1);
        QString text;
        for (int i = 0; i < count; ++i) {
            if (i > 0) {
                text += QLatin1Char(' ');
            }
            text += QLatin1String(Words.at(size_t(below(int(Words.size())))));
        }
        return text;
    }

private:
    std::mt19937 m_engine;
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray chatMessage(const IngestWorkload &workload, const QString &contact, int number, const QString &body)
{
    const QString id = QStringLiteral("chat-%1").arg(number);
    return QStringLiteral("<message type=\"chat\" from=\"%1/phone\" to=\"%2\" id=\"%3\"><body>%4</body>"
                          "<active xmlns=\"http://jabber.org/protocol/chatstates\"/><markable xmlns=\"urn:xmpp:chat-markers:0\"/>"
                          "<origin-id xmlns=\"urn:xmpp:sid:0\" id=\"%3\"/></message>")
        .arg(contact, workload.fullJid, id, escaped(body))
        .toUtf8();
}

QByteArray presence(const IngestWorkload &workload, const QString &contact, const QString &show, const QString &status, int priority)
{
    const QString showElement = show.isEmpty() ? QString() : QStringLiteral("<show>%1</show>").arg(show);
    return QStringLiteral("<presence from=\"%1/phone\" to=\"%2\">%3<status>%4</status><priority>%5</priority></presence>")
        .arg(contact, workload.fullJid, showElement, escaped(status))
        .arg(priority)
        .toUtf8();
}

QByteArray roomMessage(const IngestWorkload &workload, const QString &room, const QString &nick, int number, const QString &body)
{
    const QString id = QStringLiteral("room-%1").arg(number);
    return QStringLiteral("<message type=\"groupchat\" from=\"%1/%2\" to=\"%3\" id=\"%4\"><body>%5</body>"
                          "<origin-id xmlns=\"urn:xmpp:sid:0\" id=\"%4\"/><stanza-id xmlns=\"urn:xmpp:sid:0\" id=\"archive-%6\" by=\"%1\"/></message>")
        .arg(room, escaped(nick), workload.fullJid, id, escaped(body))
        .arg(number)
        .toUtf8();
}

QByteArray postEvent(const IngestWorkload &workload, const QString &contact, int contactNumber, int number, const QDateTime &published,
                     const QString &title, const QString &content)
{
    const QString itemId = QStringLiteral("post-%1").arg(number);
    const QString stamp = published.toString(Qt::ISODate);
    return QStringLiteral("<message type=\"headline\" from=\"%1\" to=\"%2\" id=\"event-%3\">"
                          "<event xmlns=\"http://jabber.org/protocol/pubsub#event\"><items node=\"%4\"><item id=\"%5\" publisher=\"%1\">"
                          "<entry xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"text\">%6</title><content type=\"text\">%7</content>"
                          "<author><name>Contact %8</name><uri>xmpp:%1</uri></author><id>tag:%9,2026:posts-%5</id>"
                          "<published>%10</published><updated>%10</updated></entry></item></items></event></message>")
        .arg(contact, workload.fullJid)
        .arg(number)
        .arg(MicroblogNode, itemId, escaped(title), escaped(content))
        .arg(contactNumber)
        .arg(Domain, stamp)
        .toUtf8();
}

} // namespace

qint64 IngestWorkload::byteCount() const
{
    qint64 total = 0;
    for (const QByteArray &stanza : stanzas) {
        total += stanza.size();
    }
    return total;
}

IngestWorkload generateIngestWorkload(const IngestWorkloadSize &size, quint32 seed)
{
    IngestWorkload workload;
    workload.accountJid = QStringLiteral("alice@") + Domain;
    workload.fullJid = workload.accountJid + QStringLiteral("/bench");
    workload.mucDomain = QStringLiteral("conference.") + Domain;
    workload.nick = QStringLiteral("alice");
    for (int i = 0; i < size.contacts; ++i) {
        workload.contacts.append(QStringLiteral("contact%1@%2").arg(i).arg(Domain));
    }
    for (int i = 0; i < size.rooms; ++i) {
        workload.rooms.append(QStringLiteral("room%1@%2").arg(i).arg(workload.mucDomain));
    }

    Sequence sequence(seed);
    // The posts are published one second apart, each newer than the one before, as live posts are.
    const QDateTime firstPublished(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    workload.stanzas.reserve(size.stanzas);
    for (int number = 0; number < size.stanzas; ++number) {
        const int kind = sequence.below(10);
        const int contactNumber = sequence.below(size.contacts);
        const QString &contact = workload.contacts.at(contactNumber);
        if (kind < 4) {
            workload.stanzas.append(chatMessage(workload, contact, number, sequence.sentence(3, 25)));
            ++workload.chatMessages;
        } else if (kind < 6) {
            const QString status = QStringLiteral("Status %1: %2").arg(number).arg(sequence.sentence(1, 4));
            const QString show = QLatin1String(Shows.at(size_t(sequence.below(int(Shows.size())))));
            workload.stanzas.append(presence(workload, contact, show, status, sequence.below(10)));
            workload.lastStatus.insert(contact, status);
            ++workload.presences;
        } else if (kind < 8) {
            const QString &room = workload.rooms.at(sequence.below(size.rooms));
            const QString nick = QStringLiteral("writer%1").arg(sequence.below(size.occupantsPerRoom));
            workload.stanzas.append(roomMessage(workload, room, nick, number, sequence.sentence(3, 25)));
            ++workload.roomMessages;
        } else {
            const QDateTime published = firstPublished.addSecs(number);
            workload.stanzas.append(postEvent(workload, contact, contactNumber, number, published, sequence.sentence(2, 8), sequence.sentence(10, 60)));
            ++workload.posts;
        }
    }
    return workload;
}
