import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// Confirms destroying a room that the user owns, with an optional reason and an optional
// alternate room that the occupants are pointed to. Emits destroyRequested().
Kirigami.Dialog {
    id: dialog

    // The name of the room, shown in the question.
    property string roomName

    signal destroyRequested(string reason, string alternateRoom)

    function openDialog() {
        reasonField.text = "";
        alternateField.text = "";
        open();
        reasonField.forceActiveFocus();
    }

    function confirm() {
        close();
        destroyRequested(reasonField.text.trim(), alternateField.text.trim());
    }

    objectName: "destroyRoomDialog"
    title: qsTr("Destroy Room")
    preferredWidth: Kirigami.Units.gridUnit * 22
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "destroyRoomConfirmAction"
            text: qsTr("Destroy")
            icon.name: "edit-delete"
            onTriggered: dialog.confirm()
        },
        Kirigami.Action {
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
            onTriggered: dialog.close()
        }
    ]

    ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Destroy %1? Every occupant is removed, and the room, its configuration and its member list are gone for good.").arg(dialog.roomName)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }

        QQC2.Label {
            text: qsTr("Reason (optional)")
        }

        QQC2.TextField {
            id: reasonField

            objectName: "destroyReasonField"
            Layout.fillWidth: true
            onAccepted: alternateField.forceActiveFocus()
        }

        QQC2.Label {
            text: qsTr("Alternate room (optional)")
        }

        QQC2.TextField {
            id: alternateField

            objectName: "destroyAlternateField"
            Layout.fillWidth: true
            placeholderText: qsTr("Address of a room to go to instead")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            onAccepted: dialog.confirm()
        }
    }
}
