#pragma once

#include <QQueue>
#include <QVector>
#include <QXmppClientExtension.h>

#include <optional>

class QXmppMessage;

/// A range of a message body that is only a fallback for clients without a feature (XEP-0428),
/// in UTF-16 code units of the body.
struct FallbackRange
{
    int start = 0;
    int end = 0;
};

/// Reads the fallback ranges (XEP-0428) of incoming messages, which QXmppMessage 1.4 reduces to
/// one flag (isFallback()) while it drops the namespace that the fallback stands for and the range.
///
/// The extension never takes a stanza. It looks at each incoming message, and at the messages
/// forwarded inside it as carbons (XEP-0280) or archive results (XEP-0313), before QXmpp reports
/// them, and keeps the last MaxKeptMessages ranges that they carry. takeRanges()
/// returns them when the same message arrives through QXmppClient::messageReceived or
/// CarbonsExtension, which happens in the same call, or when ArchiveService reads the page that
/// the result belongs to.
class MessageFallbackExtension : public QXmppClientExtension
{
    Q_OBJECT

public:
    /// Ranges kept until they are taken: more than one archive page of replies.
    static constexpr int MaxKeptMessages = 128;

    bool handleStanza(const QDomElement &stanza) override;

    /// Returns the ranges of \a message's body that are fallback text for the feature
    /// \a featureNamespace, and drops every stored range of that message. The ranges are sorted, within the body and disjoint.
    /// Returns nothing when the message carried none, had no id, or its ranges were invalid.
    QVector<FallbackRange> takeRanges(const QXmppMessage &message, const QString &featureNamespace);

    /// Converts \a start and \a end, offsets in Unicode code points as XEP-0426 counts them, into
    /// a range of UTF-16 code units of \a body. Returns nothing when the range is not within the body.
    static std::optional<FallbackRange> toCodeUnits(const QString &body, int start, int end);
    /// Returns the number of Unicode code points of \a text, which XEP-0426 counts for offsets.
    static int codePointCount(const QString &text);

private:
    struct Entry {
        QString key;
        QString featureNamespace;
        FallbackRange range;
    };

    void read(const QDomElement &message);
    static QString keyOf(const QString &from, const QString &id);

    QQueue<Entry> m_entries;
};
