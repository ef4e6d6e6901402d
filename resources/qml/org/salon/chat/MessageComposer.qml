import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// The field where the user writes a message. Enter sends it, Shift+Enter starts a new line; the
// Send button is disabled while the field holds only spaces. In the modes "reply" and "edit" a
// banner above the field shows the message that is answered or corrected, and Escape cancels
// the mode. Up in an empty field asks to correct the newest own message.
QQC2.Control {
    id: composer

    property alias text: field.text
    readonly property bool canSend: field.text.trim() !== ""
    // "" for a new message, "reply" or "edit"; startReply(), startEdit() and cancelMode() set it.
    readonly property alias mode: modeState.mode
    // Row id and text of the message that the mode refers to: 0 and empty without a mode.
    readonly property alias targetMessageId: modeState.targetMessageId
    readonly property alias quotedText: modeState.quotedText
    // Whether the button that attaches a file shows; group chat rooms take no attachments yet.
    property bool attachEnabled: true

    // Emitted with the text to send; the page clears the field once it is sent.
    signal sendRequested(string text)
    // Emitted after each change of the text that the user made, not setText() or clear().
    signal edited(string text)
    signal attachRequested()
    // The user pressed Up in the empty field.
    signal editLastRequested()

    function send() {
        if (canSend) {
            sendRequested(field.text);
        }
    }

    function clear() {
        setText("");
    }

    // Replaces the text without emitting edited().
    function setText(text) {
        field.settingText = true;
        field.text = text;
        field.settingText = false;
        field.cursorPosition = field.length;
    }

    function focusField() {
        field.forceActiveFocus();
    }

    // Makes the next message a reply to the message messageId with the text quotedText.
    function startReply(messageId, quotedText) {
        cancelMode();
        setMode("reply", messageId, quotedText);
        focusField();
    }

    // Fills the field with the text of the message messageId, to correct it.
    function startEdit(messageId, text) {
        cancelMode();
        setMode("edit", messageId, text);
        setText(text);
        focusField();
    }

    // Ends a reply or correction; a correction's text leaves the field.
    function cancelMode() {
        if (mode === "edit") {
            clear();
        }
        setMode("", 0, "");
    }

    function setMode(mode, messageId, quotedText) {
        modeState.mode = mode;
        modeState.targetMessageId = messageId;
        modeState.quotedText = quotedText;
    }

    objectName: "messageComposer"
    padding: Kirigami.Units.smallSpacing

    QtObject {
        id: modeState

        property string mode: ""
        property real targetMessageId: 0
        property string quotedText
    }

    background: Rectangle {
        color: Kirigami.Theme.backgroundColor

        Kirigami.Separator {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
        }
    }

    contentItem: ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        ComposerBanner {
            Layout.fillWidth: true
            visible: composer.mode !== ""
            title: composer.mode === "edit" ? qsTr("Editing your message") : qsTr("Replying")
            text: composer.quotedText
            iconName: composer.mode === "edit" ? "document-edit" : "mail-reply-sender"
            onCancelled: composer.cancelMode()
        }

        RowLayout {
            spacing: Kirigami.Units.smallSpacing

            QQC2.ToolButton {
                objectName: "attachButton"
                Layout.alignment: Qt.AlignBottom
                visible: composer.attachEnabled && composer.mode !== "edit"
                icon.name: "mail-attachment"
                display: QQC2.AbstractButton.IconOnly
                text: qsTr("Attach File…")
                QQC2.ToolTip.text: text
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                onClicked: composer.attachRequested()
            }

            QQC2.ScrollView {
                Layout.fillWidth: true
                // Grows with the text up to a few lines, then scrolls.
                Layout.maximumHeight: Kirigami.Units.gridUnit * 6

                QQC2.TextArea {
                    id: field

                    // Whether setText() is changing the text, so that no edited() is emitted.
                    property bool settingText: false

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

                    onTextChanged: {
                        if (!settingText) {
                            composer.edited(text);
                        }
                    }
                    Keys.onReturnPressed: event => handleReturn(event)
                    Keys.onEnterPressed: event => handleReturn(event)
                    Keys.onUpPressed: event => {
                        event.accepted = text === "" && composer.mode === "";
                        if (event.accepted) {
                            composer.editLastRequested();
                        }
                    }
                    Keys.onEscapePressed: event => {
                        event.accepted = composer.mode !== "";
                        if (event.accepted) {
                            composer.cancelMode();
                        }
                    }
                }
            }

            QQC2.Button {
                objectName: "sendButton"
                Layout.alignment: Qt.AlignBottom
                icon.name: composer.mode === "edit" ? "document-save" : "document-send"
                text: composer.mode === "edit" ? qsTr("Save") : qsTr("Send")
                enabled: composer.canSend
                onClicked: composer.send()
            }
        }
    }
}
