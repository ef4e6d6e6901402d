// Fuzz target of FrameDecoder: the input is the byte stream from a linker, fed in chunks of
// varying sizes. Checks that chunking changes nothing, that the decoded frames re-encode to the
// bytes they came from, and that errors are reported as documented. Each decoded payload also
// goes through RoutedFrame::decode(), whose result must encode back to a payload that decodes
// to the same tab and text.

#include "FrameDecoder.h"
#include "FrameEncoder.h"
#include "FuzzSupport.h"
#include "RoutedFrame.h"

#include <QtEndian>

namespace {

// A small limit lets short inputs reach the Oversized error as well as complete frames.
constexpr quint32 MaxPayloadSize = 64;

struct Decoded {
    QList<QByteArray> frames;
    FrameDecoder::Error error = FrameDecoder::Error::NoError;
    int bufferedSize = 0;
    FrameDecoder::Error finishError = FrameDecoder::Error::NoError;
};

void collect(Decoded *decoded, const FrameDecoder::Result &result)
{
    decoded->frames.append(result.frames);
    if (result.error != FrameDecoder::Error::NoError) {
        FUZZ_CHECK(decoded->error == FrameDecoder::Error::NoError, "a decoder reported a second error");
        decoded->error = result.error;
    }
}

Decoded decodeInChunks(const QByteArray &stream, ChunkSizes *sizes)
{
    FrameDecoder decoder(MaxPayloadSize);
    Decoded decoded;
    int position = 0;
    while (position < stream.size()) {
        const int size = sizes ? sizes->next(stream.size() - position) : stream.size();
        collect(&decoded, decoder.feed(stream.mid(position, size)));
        position += size;
        if (decoded.error != FrameDecoder::Error::NoError) {
            // Every later call returns nothing.
            const FrameDecoder::Result after = decoder.feed(stream.mid(position));
            FUZZ_CHECK(after.frames.isEmpty() && after.error == FrameDecoder::Error::NoError, "a stopped decoder returned more");
            break;
        }
    }
    decoded.bufferedSize = decoder.bufferedSize();
    FUZZ_CHECK(decoded.bufferedSize < FrameEncoder::PrefixSize + int(MaxPayloadSize), "the decoder kept a complete frame");

    const FrameDecoder::Result finished = decoder.finish();
    FUZZ_CHECK(finished.frames.isEmpty(), "finish() returned frames");
    decoded.finishError = finished.error;
    FUZZ_CHECK(decoder.bufferedSize() == 0, "finish() kept bytes");
    return decoded;
}

void checkRoutedFrame(const QByteArray &payload)
{
    const std::optional<RoutedFrame::Decoded> routed = RoutedFrame::decode(payload);
    if (!routed) {
        return;
    }
    FUZZ_CHECK(RoutedFrame::isRouted(payload), "a payload without a marker decoded as a routed frame");
    FUZZ_CHECK(!routed->json.isEmpty(), "a routed frame decoded with an empty text");
    FUZZ_CHECK(payload.endsWith(routed->json), "the decoded text is not the end of the payload");
    const std::optional<RoutedFrame::Decoded> again = RoutedFrame::decode(RoutedFrame::encode(routed->kind, routed->tab, routed->json));
    FUZZ_CHECK(again && again->kind == routed->kind && again->tab == routed->tab && again->json == routed->json, "a re-encoded routed frame decoded differently");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray stream(reinterpret_cast<const char *>(data), int(size));
    ChunkSizes sizes(data, size);

    const Decoded whole = decodeInChunks(stream, nullptr);
    const Decoded chunked = decodeInChunks(stream, &sizes);

    FUZZ_CHECK(whole.frames == chunked.frames, "chunk sizes changed the decoded frames");
    FUZZ_CHECK(whole.error == chunked.error, "chunk sizes changed the error");
    FUZZ_CHECK(whole.bufferedSize == chunked.bufferedSize, "chunk sizes changed the kept bytes");
    FUZZ_CHECK(whole.finishError == chunked.finishError, "chunk sizes changed the error of finish()");

    // The frames re-encode to the start of the stream.
    QByteArray encoded;
    for (const QByteArray &frame : whole.frames) {
        FUZZ_CHECK(quint32(frame.size()) <= MaxPayloadSize, "a frame exceeds the maximum payload size");
        encoded.append(FrameEncoder::encode(frame));
        checkRoutedFrame(frame);
    }
    FUZZ_CHECK(stream.startsWith(encoded), "re-encoded frames differ from the stream");
    const QByteArray rest = stream.mid(encoded.size());

    if (whole.error == FrameDecoder::Error::Oversized) {
        // The next prefix is complete and announces too much.
        FUZZ_CHECK(rest.size() >= FrameEncoder::PrefixSize, "Oversized without a complete prefix");
        FUZZ_CHECK(qFromBigEndian<quint32>(rest.constData()) > MaxPayloadSize, "Oversized for an allowed size");
        FUZZ_CHECK(whole.finishError == FrameDecoder::Error::NoError, "finish() reported a second error");
    } else {
        FUZZ_CHECK(whole.error == FrameDecoder::Error::NoError, "feed() reported an error other than Oversized");
        // What was not decoded is an unfinished frame, which finish() reports.
        FUZZ_CHECK(whole.bufferedSize == rest.size(), "kept bytes differ from the undecoded rest");
        if (rest.size() >= FrameEncoder::PrefixSize) {
            FUZZ_CHECK(quint32(rest.size() - FrameEncoder::PrefixSize) < qFromBigEndian<quint32>(rest.constData()), "a complete frame was not decoded");
        }
        const auto expected = rest.isEmpty() ? FrameDecoder::Error::NoError : FrameDecoder::Error::Truncated;
        FUZZ_CHECK(whole.finishError == expected, "finish() misreported the end of the stream");
    }

    // The other direction: an encoded payload decodes to itself.
    const QByteArray payload = stream.left(int(MaxPayloadSize));
    FrameDecoder decoder(MaxPayloadSize);
    const FrameDecoder::Result roundTrip = decoder.feed(FrameEncoder::encode(payload));
    FUZZ_CHECK(roundTrip.frames.size() == 1 && roundTrip.frames.first() == payload, "an encoded payload did not decode to itself");
    FUZZ_CHECK(decoder.bufferedSize() == 0, "an encoded payload left bytes behind");
    return 0;
}
