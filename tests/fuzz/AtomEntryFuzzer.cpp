// Fuzz target of MicroblogEntry's Atom codec: the input is a PubSub item payload, read as QXmpp
// reads a stanza (QDomDocument with namespaces). Checks that an entry that fromAtom() accepts
// is written as well-formed XML that reads back to the same entry, and that its text
// constructs sanitize to safe markup.

#include "ContentSanitizer.h"
#include "FuzzSupport.h"
#include "MicroblogEntry.h"
#include "SanitizedOutputCheck.h"

#include <QDomDocument>
#include <QXmlStreamWriter>

namespace {

QString written(const MicroblogEntry &entry)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    entry.writeAtom(&writer);
    return xml;
}

MicroblogEntry readBack(const QString &xml)
{
    QDomDocument document;
    QString error;
    const bool parsed = document.setContent(xml, true, &error);
    if (!parsed) {
        std::fprintf(stderr, "writeAtom() output does not parse: %s\n", qPrintable(error));
    }
    FUZZ_CHECK(parsed, "writeAtom() wrote XML that does not parse");
    const std::optional<MicroblogEntry> entry = MicroblogEntry::fromAtom(document.documentElement());
    FUZZ_CHECK(entry.has_value(), "fromAtom() rejected the output of writeAtom()");
    return *entry;
}

// writeAtom() leaves out what RFC 4287 does not allow or needs no element for, and writes
// XHTML that is not well-formed as HTML; everything else comes back as it was.
void checkSameWrittenFields(const MicroblogEntry &original, const MicroblogEntry &copy)
{
    FUZZ_CHECK(copy.atomId == original.atomId, "the Atom id changed");
    FUZZ_CHECK(copy.links == original.links, "the links changed");
    FUZZ_CHECK(copy.categories == original.categories, "the categories changed");
    FUZZ_CHECK(copy.inReplyToRef == original.inReplyToRef, "the in-reply-to reference changed");
    FUZZ_CHECK(copy.inReplyToRef.isEmpty() || copy.inReplyToHref == original.inReplyToHref, "the in-reply-to link changed");
    FUZZ_CHECK(copy.authorUri == original.authorUri || original.authorUri.isEmpty(), "the author URI changed");
    FUZZ_CHECK(!original.published.isValid() || copy.published == original.published, "the publication date changed");
    FUZZ_CHECK(!original.updated.isValid() || copy.updated == original.updated, "the update date changed");
    if (original.content.type != AtomText::Type::Xhtml && !original.content.isEmpty()) {
        FUZZ_CHECK(copy.content == original.content, "the content changed");
    }
    if (original.title.type != AtomText::Type::Xhtml) {
        FUZZ_CHECK(copy.title == original.title, "the title changed");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QDomDocument document;
    if (!document.setContent(QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size)), true)) {
        return 0;
    }
    const std::optional<MicroblogEntry> entry = MicroblogEntry::fromAtom(document.documentElement());
    if (!entry) {
        return 0;
    }

    FUZZ_CHECK(entry->links.size() <= MicroblogEntry::MaxLinks, "more links than the limit");
    FUZZ_CHECK(entry->categories.size() <= MicroblogEntry::MaxCategories, "more categories than the limit");
    FUZZ_CHECK(entry->content.value.size() <= MicroblogEntry::MaxTextLength, "content beyond the limit");

    // One pass through writeAtom() may change XHTML into HTML; the second changes nothing.
    const MicroblogEntry once = readBack(written(*entry));
    checkSameWrittenFields(*entry, once);
    const MicroblogEntry twice = readBack(written(once));
    FUZZ_CHECK(twice == once, "a second pass through writeAtom() changed the entry");

    checkSanitizedOutput(ContentSanitizer::sanitizeAtomText(entry->title));
    checkSanitizedOutput(ContentSanitizer::sanitizeAtomText(entry->content));
    checkSanitizedOutput(ContentSanitizer::sanitizeAtomText(entry->summary));
    return 0;
}
