// Fuzz target of HttpRequestHead: the input is what a client sends on a connection. The parser
// reads longer and longer prefixes of it, as HttpConnection peeks at its socket. Checks that the
// split changes nothing, that a complete head contains only valid parts, and that writing those
// parts out again parses to the same head.

#include "FuzzSupport.h"
#include "HttpRequestHead.h"

namespace {

struct Limits {
    int requestLine;
    int header;
    int headerCount;
};

// The default limits, and small ones that short inputs can exceed.
constexpr Limits DefaultLimits{HttpRequestHead::DefaultMaxRequestLineSize, HttpRequestHead::DefaultMaxHeaderSize, HttpRequestHead::DefaultMaxHeaderCount};
constexpr Limits SmallLimits{48, 96, 4};

HttpRequestHead parseWhole(const QByteArray &input, const Limits &limits)
{
    HttpRequestHead head(limits.requestLine, limits.header, limits.headerCount);
    head.parse(input);
    return head;
}

HttpRequestHead parseInPieces(const QByteArray &input, const Limits &limits, ChunkSizes *sizes)
{
    HttpRequestHead head(limits.requestLine, limits.header, limits.headerCount);
    int received = 0;
    while (received < input.size() && head.status() == HttpRequestHead::Status::Incomplete) {
        received += sizes->next(input.size() - received);
        head.parse(input.left(received));
    }
    return head;
}

bool isLowerCase(const QByteArray &name)
{
    return name == name.toLower();
}

bool hasLineBreakOrOuterBlank(const QByteArray &value)
{
    if (value.contains('\r') || value.contains('\n') || value.contains('\0')) {
        return true;
    }
    return !value.isEmpty() && (value.front() == ' ' || value.front() == '\t' || value.back() == ' ' || value.back() == '\t');
}

QByteArray serialized(const HttpRequestHead &head)
{
    QByteArray text = head.method() + ' ' + head.target() + ' ' + head.version() + "\r\n";
    for (const auto &field : head.headers()) {
        text += field.first + ": " + field.second + "\r\n";
    }
    return text + "\r\n";
}

void checkSame(const HttpRequestHead &a, const HttpRequestHead &b, const char *message)
{
    FUZZ_CHECK(a.status() == b.status(), message);
    FUZZ_CHECK(a.errorStatusCode() == b.errorStatusCode(), message);
    FUZZ_CHECK(a.method() == b.method(), message);
    FUZZ_CHECK(a.target() == b.target(), message);
    FUZZ_CHECK(a.version() == b.version(), message);
    FUZZ_CHECK(a.headers() == b.headers(), message);
}

void checkComplete(const HttpRequestHead &head, const QByteArray &input, const Limits &limits)
{
    FUZZ_CHECK(head.size() > 0 && head.size() <= input.size(), "size() is outside the input");
    FUZZ_CHECK(input.left(head.size()).endsWith("\r\n\r\n"), "the head does not end with an empty line");
    FUZZ_CHECK(HttpRequestHead::isToken(head.method()), "the method is not a token");
    FUZZ_CHECK(!head.target().isEmpty() && !head.target().contains(' '), "invalid target");
    FUZZ_CHECK(head.version() == "HTTP/1.1" || head.version() == "HTTP/1.0", "unsupported version");
    FUZZ_CHECK(head.headers().size() <= limits.headerCount, "more header fields than the limit");
    FUZZ_CHECK(head.headerCount("host") <= 1, "several Host fields");
    FUZZ_CHECK(head.version() == "HTTP/1.0" || head.headerCount("host") == 1, "HTTP/1.1 without Host");
    for (const auto &field : head.headers()) {
        FUZZ_CHECK(HttpRequestHead::isToken(field.first) && isLowerCase(field.first), "invalid field name");
        FUZZ_CHECK(!hasLineBreakOrOuterBlank(field.second), "field value with a line break or an outer blank");
    }
    FUZZ_CHECK(head.target().startsWith(head.path()), "the path is not the start of the target");

    // Writing the parts again gives a head that parses to the same parts.
    const QByteArray text = serialized(head);
    const HttpRequestHead again = parseWhole(text, DefaultLimits);
    FUZZ_CHECK(again.status() == HttpRequestHead::Status::Complete, "the written head does not parse");
    FUZZ_CHECK(again.size() == text.size(), "the written head has another size");
    checkSame(head, again, "the written head parses to other parts");
}

void check(const QByteArray &input, const Limits &limits, ChunkSizes *sizes)
{
    const HttpRequestHead whole = parseWhole(input, limits);
    const HttpRequestHead pieces = parseInPieces(input, limits, sizes);
    checkSame(whole, pieces, "the split of the input changed the result");
    FUZZ_CHECK(whole.size() == pieces.size(), "the split of the input changed the head size");

    switch (whole.status()) {
    case HttpRequestHead::Status::Complete:
        checkComplete(whole, input, limits);
        break;
    case HttpRequestHead::Status::Invalid: {
        const int code = whole.errorStatusCode();
        FUZZ_CHECK(code == 400 || code == 414 || code == 431 || code == 505, "unexpected error status code");
        FUZZ_CHECK(!whole.errorString().isEmpty(), "an error without a description");
        FUZZ_CHECK(whole.size() == 0, "an invalid head has a size");
        break;
    }
    case HttpRequestHead::Status::Incomplete:
        FUZZ_CHECK(!input.contains("\r\n\r\n"), "a head with its empty line stayed incomplete");
        FUZZ_CHECK(whole.size() == 0, "an incomplete head has a size");
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), int(size));
    ChunkSizes sizes(data, size);
    check(input, DefaultLimits, &sizes);
    check(input, SmallLimits, &sizes);
    return 0;
}
