import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import "ChatTime.js" as ChatTime

// One message of a conversation as a bubble: the user's own on the right, the
// peer's on the left, with the time and, for own messages, the delivery state.
// The required properties are roles of MessagesModel.
Item {
    id: delegate

    required property int index
    required property string direction
    required property string body
    required property date timestamp
    required property string state

    readonly property bool own: direction === "out"

    // Returns the text of a delivery state code; a code this view does not know shows as it is.
    function stateText(code) {
        switch (code) {
        case "pending":
            return qsTr("Sending…");
        case "sent":
            return qsTr("Sent");
        case "delivered":
            return qsTr("Delivered");
        case "failed":
            return qsTr("Not delivered");
        case "received":
        case "displayed":
            // The states of the peer's messages say nothing the user needs to see.
            return "";
        default:
            return code;
        }
    }

    objectName: "messageDelegate"
    width: ListView.view.width
    implicitHeight: bubble.height + Kirigami.Units.smallSpacing

    Rectangle {
        id: bubble

        objectName: "messageBubble"
        anchors.right: delegate.own ? parent.right : undefined
        anchors.left: delegate.own ? undefined : parent.left
        anchors.leftMargin: Kirigami.Units.largeSpacing
        anchors.rightMargin: Kirigami.Units.largeSpacing
        y: Kirigami.Units.smallSpacing / 2
        width: Math.min(content.implicitWidth, delegate.width * 0.8) + Kirigami.Units.largeSpacing * 2
        height: content.implicitHeight + Kirigami.Units.smallSpacing * 2
        radius: Kirigami.Units.largeSpacing
        color: delegate.own
            ? Qt.tint(Kirigami.Theme.backgroundColor, Qt.rgba(Kirigami.Theme.highlightColor.r, Kirigami.Theme.highlightColor.g, Kirigami.Theme.highlightColor.b, 0.3))
            : Kirigami.Theme.alternateBackgroundColor
        border.color: delegate.state === "failed" ? Kirigami.Theme.negativeTextColor : "transparent"

        ColumnLayout {
            id: content

            x: Kirigami.Units.largeSpacing
            y: Kirigami.Units.smallSpacing
            width: bubble.width - Kirigami.Units.largeSpacing * 2
            spacing: 0

            QQC2.Label {
                objectName: "messageBody"
                Layout.fillWidth: true
                Layout.maximumWidth: delegate.width * 0.8
                text: delegate.body
                // The body comes from other people: never markup.
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
            }

            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Kirigami.Units.smallSpacing

                QQC2.Label {
                    objectName: "messageTime"
                    text: ChatTime.messageTime(delegate.timestamp)
                    font: Kirigami.Theme.smallFont
                    color: Kirigami.Theme.disabledTextColor
                }

                QQC2.Label {
                    objectName: "messageState"
                    visible: text !== ""
                    text: delegate.own || delegate.stateText(delegate.state) !== "" ? delegate.stateText(delegate.state) : ""
                    font: Kirigami.Theme.smallFont
                    color: delegate.state === "failed" ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.disabledTextColor
                }
            }
        }
    }
}
