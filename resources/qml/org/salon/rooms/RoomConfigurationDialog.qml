import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// The configuration form of a room the user owns (XEP-0045, section 10), built from the room's
// DataFormModel, whose fields DataFormFields shows. Hidden fields are submitted as the room sent them.
// Save submits the form; Cancel, or closing the dialog, cancels it, which destroys a new room that
// still waits for its configuration. Failures show in the dialog.
Kirigami.Dialog {
    id: dialog

    // The account's RoomConfigurationService.
    property QtObject configuration
    // Bare JID of the room whose form the dialog shows.
    property string roomJid
    // The room's DataFormModel while the dialog is open.
    property QtObject form: null
    readonly property string status: form !== null ? form.status : "idle"

    // Opens the form of the room jid. requestForm is false for a room just created with
    // configuration, whose form RoomConfigurationService requests by itself.
    function openFor(jid, requestForm) {
        roomJid = jid;
        form = configuration.form(jid);
        if (requestForm) {
            configuration.requestForm(jid);
        }
        open();
    }

    function statusText() {
        if (form === null) {
            return "";
        }
        if (form.errorText !== "") {
            return form.errorText;
        }
        if (status === "loading" || status === "idle") {
            return qsTr("Loading the room's configuration…");
        }
        if (status === "submitting") {
            return qsTr("Saving…");
        }
        return "";
    }

    objectName: "roomConfigurationDialog"
    title: form !== null && form.title !== "" ? form.title : qsTr("Configure Room")
    preferredWidth: Kirigami.Units.gridUnit * 26
    // Below the window's height, so that the popup never moves itself to fit a long form.
    maximumHeight: parent ? parent.height - Kirigami.Units.gridUnit * 4 : Kirigami.Units.gridUnit * 30
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "roomConfigurationSaveAction"
            text: qsTr("Save")
            icon.name: "document-save"
            enabled: dialog.status === "ready"
            onTriggered: dialog.configuration.submit(dialog.roomJid, {})
        },
        Kirigami.Action {
            objectName: "roomConfigurationCancelAction"
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
            onTriggered: dialog.close()
        }
    ]

    // The form goes when the dialog starts to close, not after its exit transition, so that a
    // dialog opened for the same room meanwhile keeps the new form.
    onAboutToHide: {
        if (form !== null && status !== "saved" && status !== "cancelled") {
            configuration.cancel(roomJid);
        }
        form = null;
        configuration.closeForm(roomJid);
    }

    Connections {
        target: dialog.configuration

        function onSaved(jid) {
            if (jid === dialog.roomJid) {
                dialog.close();
            }
        }

        function onCancelled(jid) {
            if (jid === dialog.roomJid && dialog.opened) {
                dialog.close();
            }
        }
    }

    ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        QQC2.Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: dialog.form !== null ? dialog.form.instructions : ""
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }

        QQC2.Label {
            objectName: "roomConfigurationStatus"
            Layout.fillWidth: true
            visible: text !== ""
            text: dialog.statusText()
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: dialog.form !== null && dialog.form.errorText !== "" ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.textColor
        }

        DataFormFields {
            Layout.fillWidth: true
            form: dialog.status === "ready" || dialog.status === "submitting" ? dialog.form : null
            objectNamePrefix: "roomConfiguration"
        }
    }
}
