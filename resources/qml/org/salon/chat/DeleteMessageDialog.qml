import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// Asks before the user's message is retracted (XEP-0424), because the peer's client removes it too
// and the retraction cannot be undone. A plain Dialog, not a PromptDialog: the latter's label
// (Kirigami 5.103) reports a binding loop.
Kirigami.Dialog {
    id: dialog

    property real messageId: 0
    property string body

    // Emitted with the row id of the message once the user confirmed.
    signal confirmed(real messageId)

    function openFor(id, text) {
        messageId = id;
        body = text;
        open();
    }

    objectName: "deleteMessageDialog"
    title: qsTr("Delete for Everyone?")
    preferredWidth: Kirigami.Units.gridUnit * 22
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "deleteMessageConfirmAction"
            text: qsTr("Delete")
            icon.name: "edit-delete"
            onTriggered: {
                dialog.confirmed(dialog.messageId);
                dialog.close();
            }
        },
        Kirigami.Action {
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
            onTriggered: dialog.close()
        }
    ]

    ColumnLayout {
        // A fixed width keeps the wrapped text from resizing the dialog that sizes it.
        implicitWidth: Kirigami.Units.gridUnit * 20
        spacing: Kirigami.Units.largeSpacing

        QQC2.Label {
            objectName: "deleteMessageQuestion"
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.largeSpacing
            Layout.bottomMargin: 0
            wrapMode: Text.Wrap
            text: qsTr("The message will be replaced by “This message was deleted” here and for the other person, as far as their app supports it. This cannot be undone.")
        }

        QQC2.Label {
            objectName: "deleteMessageText"
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.largeSpacing
            Layout.topMargin: 0
            text: dialog.body
            // The body is the user's own text, shown as written: never markup.
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            font.italic: true
            color: Kirigami.Theme.disabledTextColor
        }
    }
}
