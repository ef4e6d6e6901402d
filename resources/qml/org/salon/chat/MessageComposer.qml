import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// The field where the user writes a message. Enter sends it, Shift+Enter starts
// a new line; the Send button is disabled while the field holds only spaces.
QQC2.Control {
    id: composer

    property alias text: field.text
    readonly property bool canSend: field.text.trim() !== ""

    // Emitted with the text to send; the page clears the field once it is sent.
    signal sendRequested(string text)

    function send() {
        if (canSend) {
            sendRequested(field.text);
        }
    }

    function clear() {
        field.clear();
    }

    function focusField() {
        field.forceActiveFocus();
    }

    objectName: "messageComposer"
    padding: Kirigami.Units.smallSpacing

    background: Rectangle {
        color: Kirigami.Theme.backgroundColor

        Kirigami.Separator {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
        }
    }

    contentItem: RowLayout {
        spacing: Kirigami.Units.smallSpacing

        QQC2.ScrollView {
            Layout.fillWidth: true
            // Grows with the text up to a few lines, then scrolls.
            Layout.maximumHeight: Kirigami.Units.gridUnit * 6

            QQC2.TextArea {
                id: field

                objectName: "messageField"
                placeholderText: qsTr("Write a message…")
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                Accessible.name: qsTr("Message")

                function handleReturn(event) {
                    if (event.modifiers & Qt.ShiftModifier) {
                        // The text area inserts the line break itself.
                        event.accepted = false;
                        return;
                    }
                    event.accepted = true;
                    composer.send();
                }

                Keys.onReturnPressed: event => handleReturn(event)
                Keys.onEnterPressed: event => handleReturn(event)
            }
        }

        QQC2.Button {
            objectName: "sendButton"
            Layout.alignment: Qt.AlignBottom
            icon.name: "document-send"
            text: qsTr("Send")
            enabled: composer.canSend
            onClicked: composer.send()
        }
    }
}
