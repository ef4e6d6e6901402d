#pragma once

#include <QString>
#include <QVector>

#include <optional>

class QDomElement;
class QXmlStreamWriter;

/// A bookmarked group chat room, as PEP Native Bookmarks (XEP-0402) and Bookmark Storage
/// (XEP-0048) keep it.
struct Bookmark
{
    /// Maximum length of the name, nickname and password read from the server, in UTF-16 code
    /// units; longer values are cut.
    static constexpr int MaxFieldLength = 1024;

    /// Bare JID of the room, in lower case.
    QString jid;
    /// Name the user gave the room; empty for none.
    QString name;
    /// Nickname to join with; empty for the account's default.
    QString nick;
    /// Password of a protected room; empty for none.
    QString password;
    /// Whether the room is joined at sign-in.
    bool autojoin = false;

    bool operator==(const Bookmark &other) const;
    bool operator!=(const Bookmark &other) const;

    /// Namespace of the PEP node and of its <conference/> payloads (XEP-0402).
    static QString nativeNamespace();

    /// Reads the <conference/> payload of the PEP item \a itemId, whose id is the room's JID.
    /// Returns nothing for an invalid JID or a payload that is no conference.
    static std::optional<Bookmark> fromNativeItem(const QString &itemId, const QDomElement &payload);
    /// Writes the <conference/> payload of the PEP item whose id is jid.
    void writeNative(QXmlStreamWriter *writer) const;

    /// Reads the conferences of a <storage xmlns='storage:bookmarks'/> element (XEP-0048),
    /// skipping those with an invalid JID and repeats of a JID.
    static QVector<Bookmark> fromStorage(const QDomElement &storage);
    /// Writes a <storage xmlns='storage:bookmarks'/> element with \a bookmarks.
    static void writeStorage(QXmlStreamWriter *writer, const QVector<Bookmark> &bookmarks);
};
