#include "FrameDecoder.h"
#include "FrameEncoder.h"
#include "JsonMessage.h"
#include "RoutedFrame.h"

#include <QJsonArray>
#include <QTest>

#include <limits>

Q_DECLARE_METATYPE(JsonMessage::Error)

class FrameCodecTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodePrefixesBigEndianLength();
    void decodeValidFrame();
    void decodeEmptyPayload();
    void decodeByteByByte();
    void decodeSeveralFramesInOneChunk();
    void decodeFramesSplitAcrossChunks();
    void truncatedPrefix();
    void truncatedPayload();
    void finishAfterCompleteFrames();
    void oversizedFrame();
    void oversizedKeepsEarlierFrames();
    void maximumSizeIsAccepted();
    void errorReportedOnce();
    void jsonRoundTrip();
    void jsonDecodeErrors_data();
    void jsonDecodeErrors();
    void routedFrameRoundTrip();
    void routedFrameInvalid_data();
    void routedFrameInvalid();
    void routedFrameAsJsonFrame();
};

namespace {

QByteArray frame(const QByteArray &payload)
{
    return FrameEncoder::encode(payload);
}

} // namespace

void FrameCodecTest::encodePrefixesBigEndianLength()
{
    QCOMPARE(frame("{}"), QByteArray("\x00\x00\x00\x02{}", 6));
    QCOMPARE(frame(QByteArray()), QByteArray(4, '\0'));

    const QByteArray large(0x010203, 'x');
    const QByteArray encoded = frame(large);
    QCOMPARE(encoded.size(), 4 + large.size());
    QCOMPARE(encoded.left(4), QByteArray("\x00\x01\x02\x03", 4));
}

void FrameCodecTest::decodeValidFrame()
{
    FrameDecoder decoder;
    const FrameDecoder::Result result = decoder.feed(frame("{\"type\":\"signOut\"}"));
    QCOMPARE(result.error, FrameDecoder::Error::NoError);
    QCOMPARE(result.frames, QList<QByteArray>{"{\"type\":\"signOut\"}"});
    QCOMPARE(decoder.bufferedSize(), 0);
}

void FrameCodecTest::decodeEmptyPayload()
{
    FrameDecoder decoder;
    const FrameDecoder::Result result = decoder.feed(frame(QByteArray()));
    QCOMPARE(result.error, FrameDecoder::Error::NoError);
    QCOMPARE(result.frames.size(), 1);
    QVERIFY(result.frames.constFirst().isEmpty());

    // An empty payload is a valid frame, but not a JSON object.
    QCOMPARE(JsonMessage::decode(result.frames.constFirst()).error, JsonMessage::Error::InvalidJson);
}

void FrameCodecTest::decodeByteByByte()
{
    const QByteArray stream = frame("{\"a\":1}") + frame("{\"b\":2}");
    FrameDecoder decoder;
    QList<QByteArray> frames;
    for (const char byte : stream) {
        const FrameDecoder::Result result = decoder.feed(QByteArray(1, byte));
        QCOMPARE(result.error, FrameDecoder::Error::NoError);
        frames += result.frames;
    }
    QCOMPARE(frames, (QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"}));
    QCOMPARE(decoder.finish().error, FrameDecoder::Error::NoError);
}

void FrameCodecTest::decodeSeveralFramesInOneChunk()
{
    FrameDecoder decoder;
    const FrameDecoder::Result result = decoder.feed(frame("1") + frame(QByteArray()) + frame("333"));
    QCOMPARE(result.frames, (QList<QByteArray>{"1", QByteArray(), "333"}));
    QCOMPARE(decoder.bufferedSize(), 0);
}

void FrameCodecTest::decodeFramesSplitAcrossChunks()
{
    const QByteArray stream = frame("first") + frame("second") + frame("third");
    FrameDecoder decoder;

    // The first chunk ends inside the second frame's length prefix.
    FrameDecoder::Result result = decoder.feed(stream.left(11));
    QCOMPARE(result.frames, QList<QByteArray>{"first"});
    QCOMPARE(decoder.bufferedSize(), 2);

    result = decoder.feed(stream.mid(11));
    QCOMPARE(result.frames, (QList<QByteArray>{"second", "third"}));
}

void FrameCodecTest::truncatedPrefix()
{
    FrameDecoder decoder;
    QCOMPARE(decoder.feed(QByteArray("\x00\x00", 2)).frames.size(), 0);

    const FrameDecoder::Result result = decoder.finish();
    QCOMPARE(result.error, FrameDecoder::Error::Truncated);
    QCOMPARE(decoder.error(), FrameDecoder::Error::Truncated);
    QVERIFY2(decoder.errorString().contains(QLatin1String("length prefix")), qPrintable(decoder.errorString()));
}

void FrameCodecTest::truncatedPayload()
{
    FrameDecoder decoder;
    QCOMPARE(decoder.feed(frame("{\"type\":\"toTab\"}").left(10)).frames.size(), 0);

    const FrameDecoder::Result result = decoder.finish();
    QCOMPARE(result.error, FrameDecoder::Error::Truncated);
    QVERIFY2(decoder.errorString().contains(QLatin1String("6 of 16")), qPrintable(decoder.errorString()));
}

void FrameCodecTest::finishAfterCompleteFrames()
{
    FrameDecoder decoder;
    decoder.feed(frame("{}"));
    QCOMPARE(decoder.finish().error, FrameDecoder::Error::NoError);
    QCOMPARE(decoder.error(), FrameDecoder::Error::NoError);
}

void FrameCodecTest::oversizedFrame()
{
    FrameDecoder decoder;
    // Only the prefix arrives: the decoder must not wait for a payload it will reject.
    const FrameDecoder::Result result = decoder.feed(QByteArray("\x00\x10\x00\x01", 4));
    QCOMPARE(result.error, FrameDecoder::Error::Oversized);
    QVERIFY(result.frames.isEmpty());
    QVERIFY2(decoder.errorString().contains(QLatin1String("1048577")), qPrintable(decoder.errorString()));
    QCOMPARE(decoder.bufferedSize(), 0);
}

void FrameCodecTest::oversizedKeepsEarlierFrames()
{
    FrameDecoder decoder(16);
    const FrameDecoder::Result result = decoder.feed(frame("ok") + frame(QByteArray(17, 'x')) + frame("late"));
    QCOMPARE(result.error, FrameDecoder::Error::Oversized);
    QCOMPARE(result.frames, QList<QByteArray>{"ok"});
}

void FrameCodecTest::maximumSizeIsAccepted()
{
    FrameDecoder decoder;
    const QByteArray payload(int(FrameDecoder::DefaultMaxPayloadSize), 'x');
    const FrameDecoder::Result result = decoder.feed(frame(payload));
    QCOMPARE(result.error, FrameDecoder::Error::NoError);
    QCOMPARE(result.frames.size(), 1);
    QCOMPARE(result.frames.constFirst().size(), payload.size());
}

void FrameCodecTest::errorReportedOnce()
{
    FrameDecoder decoder(8);
    QCOMPARE(decoder.feed(frame(QByteArray(9, 'x'))).error, FrameDecoder::Error::Oversized);

    // After the error the decoder stops: valid frames are ignored and no error is reported again.
    const FrameDecoder::Result later = decoder.feed(frame("{}"));
    QCOMPARE(later.error, FrameDecoder::Error::NoError);
    QVERIFY(later.frames.isEmpty());
    QCOMPARE(decoder.finish().error, FrameDecoder::Error::NoError);
    QCOMPARE(decoder.error(), FrameDecoder::Error::Oversized);
}

void FrameCodecTest::jsonRoundTrip()
{
    const QJsonObject message{
        {QStringLiteral("type"), QStringLiteral("toTab")},
        {QStringLiteral("tab"), 3},
        {QStringLiteral("message"), QJsonObject{{QStringLiteral("groups"), QJsonArray{QStringLiteral("Ünïcode")}}}},
    };
    const QByteArray bytes = JsonMessage::encode(message);
    QVERIFY(!bytes.contains('\n'));

    const JsonMessage::DecodeResult result = JsonMessage::decode(bytes);
    QVERIFY(result.isValid());
    QCOMPARE(result.object, message);
}

void FrameCodecTest::jsonDecodeErrors_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<JsonMessage::Error>("error");

    QTest::newRow("empty") << QByteArray() << JsonMessage::Error::InvalidJson;
    QTest::newRow("garbage") << QByteArray("\xff\xfe garbage") << JsonMessage::Error::InvalidJson;
    QTest::newRow("truncated object") << QByteArray("{\"type\":") << JsonMessage::Error::InvalidJson;
    QTest::newRow("trailing bytes") << QByteArray("{} {}") << JsonMessage::Error::InvalidJson;
    QTest::newRow("array") << QByteArray("[1,2]") << JsonMessage::Error::NotAnObject;
    QTest::newRow("NUL byte") << QByteArray("{") + '\0' + "}" << JsonMessage::Error::InvalidJson;
}

void FrameCodecTest::jsonDecodeErrors()
{
    QFETCH(QByteArray, payload);
    QFETCH(JsonMessage::Error, error);

    const JsonMessage::DecodeResult result = JsonMessage::decode(payload);
    QCOMPARE(result.error, error);
    QVERIFY(!result.isValid());
    QVERIFY(!result.errorString.isEmpty());
    QVERIFY(result.object.isEmpty());
}

void FrameCodecTest::routedFrameRoundTrip()
{
    const QByteArray json = QByteArrayLiteral("{\"type\":\"echo\",\"text\":\"caf\xc3\xa9 \"}");
    const QByteArray payload = RoutedFrame::encode(RoutedFrame::Kind::ToTab, 12, json);
    QCOMPARE(payload, QByteArrayLiteral("T12 ") + json);
    QVERIFY(RoutedFrame::isRouted(payload));
    QVERIFY(!RoutedFrame::isRouted(json));

    const std::optional<RoutedFrame::Decoded> decoded = RoutedFrame::decode(payload);
    QVERIFY(decoded);
    QCOMPARE(decoded->kind, RoutedFrame::Kind::ToTab);
    QCOMPARE(decoded->tab, quint64(12));
    QCOMPARE(decoded->json, json);

    const std::optional<RoutedFrame::Decoded> largest = RoutedFrame::decode(QByteArrayLiteral("F18446744073709551615 {}"));
    QVERIFY(largest);
    QCOMPARE(largest->kind, RoutedFrame::Kind::FromTab);
    QCOMPARE(largest->tab, std::numeric_limits<quint64>::max());
}

void FrameCodecTest::routedFrameInvalid_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("JSON object") << QByteArrayLiteral("{\"type\":\"toTab\"}");
    QTest::newRow("unknown marker") << QByteArrayLiteral("X1 {}");
    QTest::newRow("no tab number") << QByteArrayLiteral("T {}");
    QTest::newRow("no space") << QByteArrayLiteral("T12{}");
    QTest::newRow("no text") << QByteArrayLiteral("T12 ");
    QTest::newRow("marker only") << QByteArrayLiteral("F");
    QTest::newRow("letter in the tab number") << QByteArrayLiteral("T1a {}");
    QTest::newRow("negative tab number") << QByteArrayLiteral("T-1 {}");
    QTest::newRow("tab number past 64 bits") << QByteArrayLiteral("T18446744073709551616 {}");
    QTest::newRow("21 digits") << QByteArrayLiteral("T000000000000000000001 {}");
}

void FrameCodecTest::routedFrameInvalid()
{
    QFETCH(QByteArray, payload);
    QVERIFY(!RoutedFrame::decode(payload));
}

void FrameCodecTest::routedFrameAsJsonFrame()
{
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("post")}};
    const std::optional<RoutedFrame::Decoded> toTab = RoutedFrame::decode(QByteArrayLiteral("T7 {}"));
    QVERIFY(toTab);
    const std::optional<RoutedFrame::Decoded> fromTab = RoutedFrame::decode(QByteArrayLiteral("F9 {}"));
    QVERIFY(fromTab);

    const QJsonObject toTabFrame = RoutedFrame::toJsonFrame(*toTab, message);
    QCOMPARE(toTabFrame.value(QStringLiteral("type")).toString(), QStringLiteral("toTab"));
    QCOMPARE(toTabFrame.value(QStringLiteral("tab")).toInt(), 7);
    QCOMPARE(toTabFrame.value(QStringLiteral("message")).toObject(), message);

    const QJsonObject fromTabFrame = RoutedFrame::toJsonFrame(*fromTab, message);
    QCOMPARE(fromTabFrame.value(QStringLiteral("type")).toString(), QStringLiteral("fromTab"));
    QCOMPARE(fromTabFrame.value(QStringLiteral("tab")).toInt(), 9);
}

QTEST_GUILESS_MAIN(FrameCodecTest)
#include "FrameCodecTest.moc"
