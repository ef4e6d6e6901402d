#include "ContentSanitizer.h"
#include "MicroblogEntry.h"
#include "XmppUri.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <optional>

namespace {

QString fixturePath(const QString &fileName)
{
    return QStringLiteral(SALON_TEST_DATA_DIR "/atom/") + fileName;
}

// The prefix of the rows whose entry the test builds instead of reading a file.
const auto GeneratedPrefix = QStringLiteral("generated:");
// Size of the text content of the generated enormous entry, in bytes: more than
// MicroblogEntry::MaxTextLength, so the parser must cut it.
constexpr int EnormousContentBytes = 600 * 1024;

// Returns an entry whose text content is EnormousContentBytes of repeated Latin filler. It is
// built here because a file of that size would weigh on the repository.
QByteArray enormousContentEntry()
{
    const QByteArray sentence = "Lorem ipsum dolor sit amet. ";
    QByteArray content;
    content.reserve(EnormousContentBytes + sentence.size());
    while (content.size() < EnormousContentBytes) {
        content += sentence;
    }
    content.truncate(EnormousContentBytes);
    return QByteArray("<entry xmlns=\"http://www.w3.org/2005/Atom\">\n"
                      "  <title>A very long post</title>\n"
                      "  <id>tag:long.example,2026:posts-long</id>\n"
                      "  <published>2026-12-02T00:00:00Z</published>\n"
                      "  <author><name>Rosaline</name><uri>xmpp:rosaline@capulet.example</uri></author>\n"
                      "  <content type=\"text\">")
        + content + QByteArray("</content>\n</entry>\n");
}

// Returns the bytes of the fixture \a name: a file in tests/data/atom, or an entry that the
// test builds for a name with GeneratedPrefix. Returns nothing when there is no such fixture.
std::optional<QByteArray> fixtureBytes(const QString &name)
{
    if (name == GeneratedPrefix + QStringLiteral("enormous-content")) {
        return enormousContentEntry();
    }
    if (name.startsWith(GeneratedPrefix)) {
        qWarning() << "No generated fixture" << name;
        return std::nullopt;
    }
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "Cannot open the fixture" << file.fileName() << file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

// Reads a fixture as QXmpp 1.4 reads a stanza: QDomDocument with namespace processing.
// Returns nothing when the XML parser rejects it.
std::optional<QDomDocument> loadFixture(const QString &fileName)
{
    const std::optional<QByteArray> bytes = fixtureBytes(fileName);
    if (!bytes) {
        return std::nullopt;
    }
    QDomDocument document;
    QString error;
    if (!document.setContent(*bytes, true, &error)) {
        qInfo() << "The XML parser rejected" << fileName << ":" << error;
        return std::nullopt;
    }
    return document;
}

QString written(const MicroblogEntry &entry)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    entry.writeAtom(&writer);
    return xml;
}

std::optional<MicroblogEntry> reread(const QString &xml)
{
    QDomDocument document;
    if (!document.setContent(xml, true)) {
        return std::nullopt;
    }
    return MicroblogEntry::fromAtom(document.documentElement());
}

bool isWellFormed(const QString &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
    }
    return !reader.hasError();
}

// Markup and URLs that must never reach a front end, whatever a fixture holds.
const QStringList UnsafeFragments = {
    QStringLiteral("<script"), QStringLiteral("<iframe"), QStringLiteral("<style"), QStringLiteral("onclick"), QStringLiteral("onerror"),
    QStringLiteral("javascript:"), QStringLiteral("data:"), QStringLiteral("style="), QStringLiteral("class="), QStringLiteral("<!ENTITY"),
};

} // namespace

// The fixtures in tests/data/atom: Atom entries in the shapes that XEP-0277 clients publish, and
// broken or hostile ones. Each is parsed, checked, written back and read again, and its text
// constructs go through ContentSanitizer.
class AtomFixturesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        // False when fromAtom() or the XML parser must reject the file.
        QTest::addColumn<bool>("parses");
        QTest::addColumn<QString>("atomId");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("authorJid");
        // ISO 8601 in UTC; empty when the date must be invalid.
        QTest::addColumn<QString>("published");
        QTest::addColumn<int>("links");
        QTest::addColumn<int>("enclosures");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<bool>("hasGeolocation");
        QTest::addColumn<bool>("hasComments");
        QTest::addColumn<bool>("isReply");
        // Text that the sanitized content must contain; empty when there is no content.
        QTest::addColumn<QString>("contentText");

        KnownFixtures.clear();
        auto row = [](const char *file) -> QTestData & {
            KnownFixtures.insert(QString::fromLatin1(file));
            return QTest::newRow(file) << QString::fromLatin1(file);
        };

        row("movim-post.xml") << true << QStringLiteral("xmpp:juliet@capulet.example?;node=urn%3Axmpp%3Amicroblog%3A0;item=autumn-hills-4f2a")
                              << QStringLiteral("Autumn in the hills") << QStringLiteral("juliet@capulet.example") << QStringLiteral("2026-10-18T14:02:11Z") << 4 << 1
                              << QStringList{QStringLiteral("hiking"), QStringLiteral("autumn")} << false << true << false << QStringLiteral("old mill");
        row("libervia-post.xml") << true << QStringLiteral("urn:uuid:6f0b9d2e-4a55-4c1e-9e57-3d1c2b7a8f10") << QStringLiteral("Release notes for the garden planner")
                                 << QStringLiteral("romeo@montague.example") << QStringLiteral("2026-11-02T09:15:00Z") << 2 << 0 << QStringList{QStringLiteral("gardening")}
                                 << false << true << false << QStringLiteral("by season");
        row("plain-text.xml") << true << QStringLiteral("tag:nurse.example,2026-09-01:posts-88") << QStringLiteral("Trains are running late again & nobody says why")
                              << QStringLiteral("nurse@capulet.example") << QStringLiteral("2026-09-01T05:45:00Z") << 0 << 0 << QStringList() << false << false << false
                              << QString();
        row("xhtml-nested.xml") << true << QStringLiteral("tag:capulet.example,2026-11-20:posts-soup") << QStringLiteral("Recipe: onion soup")
                                << QStringLiteral("juliet@capulet.example") << QStringLiteral("2026-11-20T18:00:00Z") << 0 << 0 << QStringList{QStringLiteral("recipes")}
                                << false << false << false << QStringLiteral("Patience is the only spice.");
        row("enclosures.xml") << true << QStringLiteral("tag:montague.example,2026-11-28:posts-meetup") << QStringLiteral("Slides and photos from the meetup")
                              << QStringLiteral("mercutio@montague.example") << QStringLiteral("2026-11-28T21:10:00Z") << 3 << 3 << QStringList() << false << false
                              << false << QStringLiteral("The slides are attached");
        row("geolocation.xml") << true << QStringLiteral("tag:montague.example,2026-08-14:posts-bridge") << QStringLiteral("Sunset from the bridge")
                               << QStringLiteral("romeo@montague.example") << QStringLiteral("2026-08-14T19:52:00Z") << 0 << 0 << QStringList() << true << false << false
                               << QString();
        row("comment.xml") << true
                           << QStringLiteral("xmpp:juliet@capulet.example?;node=urn%3Axmpp%3Amicroblog%3A0%3Acomments%2Fautumn-hills-4f2a;item=c-71e0")
                           << QStringLiteral("Lovely photos! Which trail did you take?") << QStringLiteral("benvolio@montague.example")
                           << QStringLiteral("2026-10-18T15:30:04Z") << 0 << 0 << QStringList() << false << false << true << QString();
        row("like.xml") << true << QStringLiteral("xmpp:juliet@capulet.example?;node=urn%3Axmpp%3Amicroblog%3A0%3Acomments%2Fautumn-hills-4f2a;item=like-tybalt")
                        << QStringLiteral("♥") << QStringLiteral("tybalt@capulet.example") << QStringLiteral("2026-10-18T16:01:00Z") << 0 << 0 << QStringList() << false
                        << false << false << QString();
        row("missing-id.xml") << true << QString() << QStringLiteral("A post without an id") << QStringLiteral("peter@capulet.example")
                              << QStringLiteral("2026-07-07T07:07:07Z") << 0 << 0 << QStringList() << false << false << false
                              << QStringLiteral("Some clients forget the id.");
        row("invalid-dates.xml") << true << QStringLiteral("tag:capulet.example,2026:posts-dates") << QStringLiteral("Dates nobody can read")
                                 << QStringLiteral("peter@capulet.example") << QString() << 0 << 0 << QStringList() << false << false << false << QString();
        row("wrong-namespace.xml") << false << QString() << QString() << QString() << QString() << 0 << 0 << QStringList() << false << false << false
                                   << QString();
        row("hostile-html.xml") << true << QStringLiteral("tag:evil.example,2026:posts-html") << QStringLiteral("Click here") << QString()
                                << QStringLiteral("2026-12-01T00:00:00Z") << 1 << 1 << QStringList() << false << false << false << QStringLiteral("Hello");
        row("generated:enormous-content") << true << QStringLiteral("tag:long.example,2026:posts-long") << QStringLiteral("A very long post")
                                    << QStringLiteral("rosaline@capulet.example") << QStringLiteral("2026-12-02T00:00:00Z") << 0 << 0 << QStringList() << false
                                    << false << false << QStringLiteral("Lorem ipsum dolor sit amet.");
        row("billion-laughs.xml") << false << QString() << QString() << QString() << QString() << 0 << 0 << QStringList() << false << false << false
                                  << QString();
        // The XML parser leaves the external entity unexpanded and never reads the file.
        row("external-entity.xml") << true << QStringLiteral("tag:evil.example,2026:posts-xxe") << QStringLiteral("Read this:") << QString()
                                   << QStringLiteral("2026-12-01T00:00:00Z") << 0 << 0 << QStringList() << false << false << false << QString();
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(bool, parses);
        QFETCH(QString, atomId);
        QFETCH(QString, title);
        QFETCH(QString, authorJid);
        QFETCH(QString, published);
        QFETCH(int, links);
        QFETCH(int, enclosures);
        QFETCH(QStringList, categories);
        QFETCH(bool, hasGeolocation);
        QFETCH(bool, hasComments);
        QFETCH(bool, isReply);
        QFETCH(QString, contentText);

        const std::optional<QDomDocument> document = loadFixture(file);
        const std::optional<MicroblogEntry> entry = document ? MicroblogEntry::fromAtom(document->documentElement()) : std::nullopt;
        if (!parses) {
            QVERIFY2(!entry, "A rejected fixture must not give an entry");
            return;
        }
        QVERIFY2(entry, "The fixture must parse");

        // The fields as published.
        QCOMPARE(entry->atomId, atomId);
        QCOMPARE(ContentSanitizer::plainText(ContentSanitizer::sanitizeAtomText(entry->title)), title);
        QCOMPARE(entry->authorJid, authorJid);
        if (published.isEmpty()) {
            QVERIFY(!entry->published.isValid());
            QVERIFY(!entry->updated.isValid());
        } else {
            QCOMPARE(entry->published, QDateTime::fromString(published, Qt::ISODate));
        }
        QCOMPARE(entry->links.size(), links);
        QCOMPARE(entry->enclosures().size(), enclosures);
        QCOMPARE(entry->categories, categories);
        QCOMPARE(entry->geolocation.has_value(), hasGeolocation);
        QCOMPARE(!entry->commentsUri().isEmpty(), hasComments);
        if (hasComments) {
            QVERIFY(XmppUri::parse(entry->commentsUri()));
        }
        QCOMPARE(!entry->inReplyToRef.isEmpty(), isReply);
        QVERIFY(entry->content.value.size() <= MicroblogEntry::MaxTextLength);
        // No entity brings in the contents of a local file.
        QVERIFY(!entry->title.value.contains(QStringLiteral("root:")));
        QVERIFY(!entry->content.value.contains(QStringLiteral("root:")));

        // The sanitized title and content: well-formed, free of active markup, with their text.
        for (const AtomText &text : {entry->title, entry->content, entry->summary}) {
            const QString safe = ContentSanitizer::sanitizeAtomText(text);
            QVERIFY(isWellFormed(safe));
            QVERIFY(safe.size() <= ContentSanitizer::MaxOutputLength + 64);
            for (const QString &fragment : UnsafeFragments) {
                QVERIFY2(!safe.contains(fragment, Qt::CaseInsensitive), qPrintable(fragment));
            }
        }
        const QString content = ContentSanitizer::plainText(ContentSanitizer::sanitizeAtomText(entry->content));
        if (contentText.isEmpty()) {
            QVERIFY(content.isEmpty());
        } else {
            QVERIFY2(content.contains(contentText), qPrintable(content.left(200)));
        }

        // Written back and read again, the entry keeps every field that Atom can carry.
        const std::optional<MicroblogEntry> again = reread(written(*entry));
        QVERIFY2(again, "The written entry must read back");
        MicroblogEntry expected = *entry;
        // RFC 4287 allows one content, so the plain text beside the XHTML is not written, and
        // the writer fills the author's name and the required dates when the entry has none.
        expected.plainContent.clear();
        if (expected.authorName.isEmpty()) {
            expected.authorName = expected.authorJid;
        }
        if (!expected.published.isValid()) {
            QVERIFY(again->published.isValid());
            expected.published = again->published;
        }
        if (!expected.updated.isValid()) {
            QVERIFY(again->updated.isValid());
            expected.updated = again->updated;
        }
        QCOMPARE(again->atomId, expected.atomId);
        QCOMPARE(again->title, expected.title);
        QCOMPARE(again->content, expected.content);
        QCOMPARE(again->links, expected.links);
        QCOMPARE(again->geolocation.has_value(), expected.geolocation.has_value());
        QVERIFY(*again == expected);

        // A second round changes nothing more.
        QCOMPARE(reread(written(*again)), again);
    }

    void enormousEntryIsGenerated()
    {
        const std::optional<QByteArray> bytes = fixtureBytes(GeneratedPrefix + QStringLiteral("enormous-content"));
        QVERIFY(bytes);
        QVERIFY(bytes->size() > EnormousContentBytes);
        QVERIFY(EnormousContentBytes > MicroblogEntry::MaxTextLength);
        const std::optional<QDomDocument> document = loadFixture(GeneratedPrefix + QStringLiteral("enormous-content"));
        QVERIFY(document);
        const std::optional<MicroblogEntry> entry = MicroblogEntry::fromAtom(document->documentElement());
        QVERIFY(entry);
        QCOMPARE(entry->content.value.size(), MicroblogEntry::MaxTextLength);
    }

    void everyFixtureHasRow()
    {
        // Runs after fixtures(), whose data function lists the rows. A fixture added to the
        // folder without a row would never be checked.
        if (KnownFixtures.isEmpty()) {
            QSKIP("Run together with fixtures(), which lists the rows");
        }
        const QStringList files = QDir(QStringLiteral(SALON_TEST_DATA_DIR "/atom")).entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            QVERIFY2(KnownFixtures.contains(file), qPrintable(QStringLiteral("No row in fixtures_data() for ") + file));
        }
    }

private:
    static inline QSet<QString> KnownFixtures;
};

QTEST_GUILESS_MAIN(AtomFixturesTest)
#include "AtomFixturesTest.moc"
