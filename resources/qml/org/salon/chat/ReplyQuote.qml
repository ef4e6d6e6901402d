import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// The quote at the top of a reply (XEP-0461): a bar and the start of the quoted message on one
// line. Clicking it emits clicked(), and the conversation page jumps to the quoted message.
QQC2.AbstractButton {
    id: quote

    // The start of the quoted message's text, as MessagesModel's replyPreview role has it.
    property string preview

    objectName: "replyQuote"
    // The template sets no size of its own; the styles' controls bind it like this.
    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset, implicitContentHeight + topPadding + bottomPadding)
    hoverEnabled: true
    padding: Kirigami.Units.smallSpacing
    leftPadding: Kirigami.Units.largeSpacing
    Accessible.name: qsTr("Reply to: %1").arg(preview)
    QQC2.ToolTip.text: qsTr("Show the quoted message")
    QQC2.ToolTip.visible: hovered
    QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay

    background: Rectangle {
        radius: Kirigami.Units.smallSpacing
        color: Qt.rgba(Kirigami.Theme.textColor.r, Kirigami.Theme.textColor.g, Kirigami.Theme.textColor.b, quote.hovered ? 0.1 : 0.05)

        Rectangle {
            width: Kirigami.Units.smallSpacing / 2 + 1
            height: parent.height
            radius: width / 2
            color: Kirigami.Theme.highlightColor
        }
    }

    // One line that does not wrap: a wrapping label's height would follow the width that the
    // bubble gives it, while the bubble's height follows the quote's, a binding loop.
    contentItem: QQC2.Label {
        objectName: "replyPreview"
        text: quote.preview.replace(/\s+/g, " ")
        // Quoted text comes from other people: never markup.
        textFormat: Text.PlainText
        elide: Text.ElideRight
        maximumLineCount: 1
        font: Kirigami.Theme.smallFont
        color: Kirigami.Theme.disabledTextColor
    }
}
