// Measures how fast cached content shows after a start: the news feed of 10,000 cached posts
// (FeedModel until its first page is in) and a conversation of 20,000 cached messages (the
// MessagesModel of ChatService::openConversation() until its first page is in). The fixtures are
// generated with a fixed seed into a fresh SQLite file through PostStore and MessageStore.
// Prints a table and JSON lines.
#include "ChatService.h"
#include "ConversationsModel.h"
#include "FeedModel.h"
#include "MessagesModel.h"
#include "MicroblogEntry.h"
#include "OutboxService.h"
#include "store/Database.h"
#include "store/MessageStore.h"
#include "store/PostStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDomDocument>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>

namespace {

constexpr int PostCount = 10000;
constexpr int AuthorCount = 300;
constexpr int MessageCount = 20000;
constexpr int Runs = 5;
constexpr quint32 Seed = 20261205;
// A wait longer than this is a failure of the benchmark, not a figure.
constexpr int TimeoutMs = 120000;

const auto AccountJid = QStringLiteral("alice@localhost");
const auto PeerJid = QStringLiteral("bob@localhost");
const auto MicroblogNode = QStringLiteral("urn:xmpp:microblog:0");

// Words of the generated texts. Only their lengths matter for the figures.
const char *const Words[] = {
    "the", "a", "of", "and", "to", "in", "is", "it", "that", "for", "on", "with", "as", "was", "at", "by", "this", "from",
    "server", "client", "message", "federation", "release", "garden", "weekend", "coffee", "train", "library", "concert",
    "picture", "mountain", "bicycle", "kitchen", "community", "protocol", "migration", "upgrade", "notes", "question",
    "yesterday", "tomorrow", "finally", "really", "interesting", "beautiful", "working", "reading", "thinking", "about",
};

QString words(QRandomGenerator &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            text += QLatin1Char(' ');
        }
        text += QLatin1String(Words[random.bounded(int(std::size(Words)))]);
    }
    return text;
}

// Returns the length of a post's text in words: most posts are short notes, some are articles.
int postWordCount(QRandomGenerator &random)
{
    const int kind = random.bounded(100);
    if (kind < 60) {
        return 10 + random.bounded(60);
    }
    if (kind < 90) {
        return 70 + random.bounded(200);
    }
    return 270 + random.bounded(700);
}

// Returns the XHTML of a post: paragraphs with some emphasis and links, as Movim and Salon publish them.
QString postXhtml(QRandomGenerator &random, int wordCount)
{
    QString xhtml;
    int written = 0;
    while (written < wordCount) {
        const int paragraph = std::min(wordCount - written, 20 + random.bounded(60));
        xhtml += QStringLiteral("<p>") + words(random, paragraph);
        if (random.bounded(3) == 0) {
            xhtml += QStringLiteral(" <strong>") + words(random, 2) + QStringLiteral("</strong>");
        }
        if (random.bounded(4) == 0) {
            xhtml += QStringLiteral(" <a href=\"https://example.org/%1\">%2</a>").arg(random.generate()).arg(words(random, 3));
        }
        xhtml += QStringLiteral("</p>");
        written += paragraph;
    }
    return xhtml;
}

MicroblogEntry generatedEntry(QRandomGenerator &random, const QString &author, const QString &itemId, const QDateTime &published)
{
    MicroblogEntry entry;
    entry.atomId = QStringLiteral("tag:%1,2026:posts-%2").arg(author.section(QLatin1Char('@'), 1), itemId);
    entry.authorName = author.section(QLatin1Char('@'), 0, 0);
    entry.authorUri = QStringLiteral("xmpp:") + author;
    entry.authorJid = author;
    entry.published = published;
    entry.updated = published;
    if (random.bounded(3) == 0) {
        entry.title = {AtomText::Type::Text, words(random, 3 + random.bounded(8))};
    }
    entry.content = {AtomText::Type::Xhtml, postXhtml(random, postWordCount(random))};

    entry.links.append({QStringLiteral("alternate"), QStringLiteral("xmpp:%1?;node=%2;item=%3").arg(author, MicroblogNode, itemId), {}, {}, -1});
    entry.links.append({QStringLiteral("replies"),
                        QStringLiteral("xmpp:pubsub.localhost?;node=urn:xmpp:microblog:0:comments/%1").arg(itemId),
                        QStringLiteral("application/atom+xml"), {}, -1});
    if (random.bounded(5) == 0) {
        entry.links.append({QStringLiteral("enclosure"), QStringLiteral("https://upload.localhost/%1/photo.jpg").arg(random.generate()),
                            QStringLiteral("image/jpeg"), {}, 100000 + random.bounded(3000000)});
    }
    if (random.bounded(10) == 0) {
        entry.links.append({QStringLiteral("related"), QStringLiteral("https://news.example.org/%1").arg(random.generate()),
                            {}, words(random, 6), -1});
    }
    const int tagCount = random.bounded(4);
    for (int i = 0; i < tagCount; ++i) {
        entry.categories.append(QLatin1String(Words[18 + random.bounded(int(std::size(Words)) - 18)]));
    }
    return entry;
}

// Runs the event loop until \a done returns true; exits the program after TimeoutMs.
void waitUntil(const std::function<bool()> &done, const char *what)
{
    QElapsedTimer timer;
    timer.start();
    // Wakes the loop to check the time. The loop sleeps while it waits, as the app's does, so
    // that it leaves the cores to the database thread.
    QTimer wakeUp;
    wakeUp.start(1000);
    while (!done()) {
        if (timer.elapsed() > TimeoutMs) {
            std::fprintf(stderr, "timed out waiting for %s\n", what);
            std::exit(1);
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

void openDatabase(Database &database)
{
    bool finished = false;
    bool ok = false;
    QObject::connect(&database, &Database::opened, [&](bool opened) {
        finished = true;
        ok = opened;
    });
    database.open();
    waitUntil([&] { return finished; }, "the database");
    if (!ok) {
        std::fprintf(stderr, "opening the database failed: %s\n", qPrintable(database.lastError()));
        std::exit(1);
    }
}

struct FeedFixture
{
    qint64 atomBytes = 0;
    qint64 contentHtmlBytes = 0;
};

// Stores PostCount posts of AuthorCount authors: each Atom entry is written and read back as XML,
// then stored as MicroblogService stores a received item.
FeedFixture fillFeed(Database &database, QRandomGenerator &random)
{
    FeedFixture fixture;
    PostStore store(&database, AccountJid);
    const QDateTime newest = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();

    for (int i = 0; i < PostCount; ++i) {
        const int authorNumber = random.bounded(AuthorCount);
        const QString author = QStringLiteral("user%1@example%2.org").arg(authorNumber).arg(authorNumber % 20);
        const QString itemId = QStringLiteral("%1-%2").arg(i).arg(random.generate(), 8, 16, QLatin1Char('0'));
        // About 80 posts a day, going back four months.
        const QDateTime published = newest.addSecs(-qint64(i) * 1080 - random.bounded(1080));
        const MicroblogEntry generated = generatedEntry(random, author, itemId, published);

        QByteArray atom;
        QXmlStreamWriter writer(&atom);
        generated.writeAtom(&writer);
        fixture.atomBytes += atom.size();
        QDomDocument document;
        document.setContent(atom, true);
        const std::optional<MicroblogEntry> entry = MicroblogEntry::fromAtom(document.documentElement());
        if (!entry) {
            std::fprintf(stderr, "a generated Atom entry did not parse\n");
            std::exit(1);
        }

        FeedPost post = FeedPost::fromEntry(author, MicroblogNode, itemId, *entry, receivedAt);
        post.accessModel = QStringLiteral("presence");
        // Most of the feed was read before.
        post.unread = i < 150;
        fixture.contentHtmlBytes += post.contentHtml.toUtf8().size();
        store.save(post);
        if (!post.unread) {
            store.markRead(post.service, post.node, post.itemId);
        }
    }

    // Queries run in order, so this result comes after every save.
    QObject context;
    bool finished = false;
    store.unreadCount(&context, [&](int) { finished = true; });
    waitUntil([&] { return finished; }, "the posts to be stored");
    return fixture;
}

// Stores MessageCount messages of one conversation, about 50 a day.
void fillConversation(Database &database, QRandomGenerator &random)
{
    MessageStore store(&database, AccountJid);
    const qint64 newestMs = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    QObject context;
    int stored = 0;

    for (int i = 0; i < MessageCount; ++i) {
        ChatMessage message;
        message.peer = PeerJid;
        message.direction = random.bounded(2) == 0 ? ChatMessage::Direction::Incoming : ChatMessage::Direction::Outgoing;
        message.originId = QStringLiteral("origin-%1-%2").arg(i).arg(random.generate(), 8, 16, QLatin1Char('0'));
        message.stanzaId = QStringLiteral("archive-%1").arg(i);
        // Most chat messages are a line; some are paragraphs.
        const int wordCount = random.bounded(10) == 0 ? 30 + random.bounded(120) : 1 + random.bounded(20);
        message.body = words(random, wordCount);
        message.timestampMs = newestMs - qint64(MessageCount - i) * 1728000 + random.bounded(1000);
        message.state = message.direction == ChatMessage::Direction::Incoming ? ChatMessage::State::Displayed : ChatMessage::State::Read;
        store.add(message, &context, [&](const std::optional<ChatMessage> &) { ++stored; });
    }
    waitUntil([&] { return stored == MessageCount; }, "the messages to be stored");
}

// Time from FeedModel::setStore() until the model shows its first page, as MicroblogService
// sets it when the account attaches its cache.
double measureFeedFirstPage(const QString &url)
{
    Database database(url);
    openDatabase(database);
    PostStore store(&database, AccountJid);
    FeedModel model;
    model.setAccountJid(AccountJid);

    QElapsedTimer timer;
    double elapsedMs = -1;
    QObject::connect(&model, &FeedModel::countChanged, [&] {
        if (elapsedMs < 0 && model.rowCount() >= FeedModel::PageSize) {
            elapsedMs = timer.nsecsElapsed() / 1e6;
        }
    });
    timer.start();
    model.setStore(&store);
    waitUntil([&] { return elapsedMs >= 0; }, "the first page of the feed");
    return elapsedMs;
}

// Time from FeedModel::setStore() until loadMore(), called at once after each page as a view
// scrolled to the end calls it, has brought in every post.
double measureFeedAllPages(const QString &url)
{
    Database database(url);
    openDatabase(database);
    PostStore store(&database, AccountJid);
    FeedModel model;
    model.setAccountJid(AccountJid);

    QElapsedTimer timer;
    double elapsedMs = -1;
    QObject::connect(&model, &FeedModel::countChanged, [&] {
        if (model.rowCount() >= PostCount) {
            elapsedMs = timer.nsecsElapsed() / 1e6;
        }
    });
    timer.start();
    model.setStore(&store);
    // loadMore() does nothing while a page is being read.
    waitUntil([&] {
        model.loadMore();
        return elapsedMs >= 0;
    }, "every page of the feed");
    return elapsedMs;
}

struct ConversationTimes
{
    double listMs = -1;
    double openMs = -1;
};

// Times ChatService::setStore() until the conversation list is in its model, as when the account
// attaches its cache, then ChatService::openConversation() until its model shows the first page.
ConversationTimes measureConversation(const QString &url)
{
    Database database(url);
    openDatabase(database);
    QXmppClient client;
    client.configuration().setJid(AccountJid);
    OutboxService outbox(&client);
    ChatService chats(&client, &outbox);

    ConversationTimes times;
    QElapsedTimer timer;
    timer.start();
    chats.setStore(std::make_unique<MessageStore>(&database, AccountJid));
    waitUntil([&] { return chats.conversations()->rowCount() > 0; }, "the conversation list");
    times.listMs = timer.nsecsElapsed() / 1e6;

    double elapsedMs = -1;
    timer.start();
    MessagesModel *model = chats.openConversation(PeerJid);
    QObject::connect(model, &MessagesModel::countChanged, [&] {
        if (elapsedMs < 0 && model->rowCount() >= ChatService::PageSize) {
            elapsedMs = timer.nsecsElapsed() / 1e6;
        }
    });
    waitUntil([&] { return elapsedMs >= 0; }, "the first page of the conversation");
    times.openMs = elapsedMs;
    return times;
}

struct Figure
{
    double min = 0;
    double median = 0;
};

Figure summarize(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return {values.first(), values.at(values.size() / 2)};
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("unknown");
    }
    return QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the feed and a conversation shown from a large cache."));
    parser.addHelpOption();
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
                                         QStringLiteral("SQLite file of the fixtures: created when missing, used as it is when it exists, "
                                                        "so that a profiler sees the measurements alone. Default: a temporary file."),
                                         QStringLiteral("file"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measurements of each figure (default %1).").arg(Runs),
                                        QStringLiteral("count"), QString::number(Runs));
    parser.addOptions({cacheOption, runsOption});
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    if (runs < 1) {
        std::fprintf(stderr, "invalid --runs: expected a positive count, got %s\n", qPrintable(parser.value(runsOption)));
        return 1;
    }

    // The store's start-up lines would hide the table.
    QLoggingCategory::setFilterRules(QStringLiteral("salon.core.store.info=false"));
    QTemporaryDir folder;
    const QString path = parser.isSet(cacheOption) ? parser.value(cacheOption) : folder.filePath(QStringLiteral("feed-benchmark.sqlite"));
    const QString url = QStringLiteral("sqlite:") + path;

    QElapsedTimer preparation;
    preparation.start();
    std::optional<FeedFixture> feedFixture;
    if (!QFile::exists(path)) {
        QRandomGenerator random(Seed);
        Database database(url);
        openDatabase(database);
        feedFixture = fillFeed(database, random);
        fillConversation(database, random);
    }
    const double preparationS = preparation.elapsed() / 1000.0;

    QVector<double> feedFirstPage;
    QVector<double> feedAllPages;
    QVector<double> conversationList;
    QVector<double> conversationOpen;
    for (int run = 0; run < runs; ++run) {
        feedFirstPage.append(measureFeedFirstPage(url));
        const ConversationTimes times = measureConversation(url);
        conversationList.append(times.listMs);
        conversationOpen.append(times.openMs);
        feedAllPages.append(measureFeedAllPages(url));
    }
    const Figure feed = summarize(feedFirstPage);
    const Figure allPages = summarize(feedAllPages);
    const Figure list = summarize(conversationList);
    const Figure conversation = summarize(conversationOpen);

    std::printf("Feed benchmark: %d cached posts of %d authors, %d cached messages in one conversation; SQLite; %d runs\n", PostCount,
                AuthorCount, MessageCount, runs);
    if (feedFixture) {
        std::printf("Fixtures: mean Atom entry %lld bytes, mean sanitized content %lld bytes; stored in %.1f s\n",
                    feedFixture->atomBytes / PostCount, feedFixture->contentHtmlBytes / PostCount, preparationS);
    } else {
        std::printf("Fixtures: read from %s\n", qPrintable(path));
    }
    std::printf("Machine: %s, %d threads, load average %s\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(),
                qPrintable(loadAverage()));
    std::printf("%-52s %10s %10s\n", "metric", "min", "median");
    std::printf("%-52s %10.1f %10.1f\n", "feed: first page of 20 posts in the model (ms)", feed.min, feed.median);
    std::printf("%-52s %10.1f %10.1f\n", "feed: all 10,000 posts by loadMore() (ms)", allPages.min, allPages.median);
    std::printf("%-52s %10.1f %10.1f\n", "conversation list read at sign-in (ms)", list.min, list.median);
    std::printf("%-52s %10.1f %10.1f\n", "conversation: first page of 50 messages (ms)", conversation.min, conversation.median);
    std::printf("{\"id\":\"B5\",\"metric\":\"feed_fill_ms\",\"value\":%.1f,\"min\":%.1f,\"median\":%.1f,\"runs\":%d}\n", feed.median, feed.min,
                feed.median, runs);
    std::printf("{\"id\":\"B5\",\"metric\":\"feed_all_pages_ms\",\"value\":%.1f,\"min\":%.1f,\"median\":%.1f,\"runs\":%d}\n", allPages.median,
                allPages.min, allPages.median, runs);
    std::printf("{\"id\":\"B5\",\"metric\":\"conversation_list_ms\",\"value\":%.1f,\"min\":%.1f,\"median\":%.1f,\"runs\":%d}\n",
                list.median, list.min, list.median, runs);
    std::printf("{\"id\":\"B5\",\"metric\":\"conversation_open_ms\",\"value\":%.1f,\"min\":%.1f,\"median\":%.1f,\"runs\":%d}\n",
                conversation.median, conversation.min, conversation.median, runs);
    return 0;
}
