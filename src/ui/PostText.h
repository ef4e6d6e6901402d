#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

/// Helpers that prepare microblog posts for the desktop's Text items, registered in QML as the
/// singleton \c PostText of org.salon.social.
///
/// A post's contentHtml is already sanitized XHTML (ContentSanitizer), but a Text item with
/// RichText loads every \c img source by itself, which reveals to the image's server that the user
/// reads the post. displayHtml() replaces each image by a link to it, so that nothing leaves
/// the machine until the user clicks.
///
/// \code
/// Text {
///     textFormat: Text.RichText
///     text: PostText.displayHtml(model.contentHtml)
///     onLinkActivated: link => { if (PostText.isOpenableLink(link)) Qt.openUrlExternally(link); }
/// }
/// \endcode
class PostText : public QObject
{
    Q_OBJECT

public:
    explicit PostText(QObject *parent = nullptr);

    /// Returns \a html with every \c img element replaced by a link to its http or https source,
    /// labelled with its alt text, or by the alt text alone for other sources. Input that is no
    /// well-formed XML comes back as escaped plain text of its characters, so no markup of it
    /// reaches a RichText item.
    Q_INVOKABLE static QString displayHtml(const QString &html);
    /// Returns whether \a link may be opened outside the app: an http, https or xmpp URL.
    Q_INVOKABLE static bool isOpenableLink(const QString &link);
    /// Splits what the user typed into tags at commas and white space, dropping empty and repeated tags.
    Q_INVOKABLE static QStringList parseTags(const QString &text);
};
