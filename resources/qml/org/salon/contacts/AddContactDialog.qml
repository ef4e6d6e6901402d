import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.core 1.0

// Asks for the address, and optionally the name and group, of a contact to add.
// The core checks the address: when it rejects it at once, the dialog stays
// open and shows why (see takeFailure()). The labels sit above their fields,
// as on the sign-in page, because Kirigami.FormLayout (5.103) reports a binding loop.
Kirigami.Dialog {
    id: dialog

    property RosterService roster
    // The address of the request being submitted, to recognize its failure.
    property string submittedJid
    property bool submissionFailed: false

    // Emitted after the request went out, with the address as typed.
    signal contactAdded(string jid)

    // Opens the dialog empty, optionally with an address, a name and a group filled in.
    function openWith(jid, name, group) {
        jidField.text = jid || "";
        nameField.text = name || "";
        groupField.text = group || "";
        errorMessage.text = "";
        open();
        jidField.forceActiveFocus();
    }

    function submit() {
        const jid = jidField.text.trim();
        if (jid === "") {
            jidField.forceActiveFocus();
            return;
        }
        errorMessage.text = "";
        submittedJid = jid;
        submissionFailed = false;
        // A failure the core finds at once comes through takeFailure() before this call returns.
        roster.addContact(jid, nameField.text, groupField.text);
        submittedJid = "";
        if (!submissionFailed) {
            close();
            contactAdded(jid);
        }
    }

    // Shows a failure of the submitted request in the dialog; returns whether it was one.
    function takeFailure(jid, message) {
        if (submittedJid === "") {
            return false;
        }
        const typed = submittedJid.toLowerCase().replace(/^xmpp:/, "").split("/")[0];
        if (jid !== submittedJid && jid.toLowerCase() !== typed) {
            return false;
        }
        submissionFailed = true;
        errorMessage.text = message;
        jidField.forceActiveFocus();
        return true;
    }

    objectName: "addContactDialog"
    title: qsTr("Add Contact")
    preferredWidth: Kirigami.Units.gridUnit * 22
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "addContactConfirmAction"
            text: qsTr("Add")
            icon.name: "list-add-user"
            enabled: jidField.text.trim() !== ""
            onTriggered: dialog.submit()
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
            Layout.bottomMargin: Kirigami.Units.largeSpacing
            wrapMode: Text.Wrap
            text: qsTr("Salon adds the contact and asks to see their presence. You see them online once they accept.")
        }

        Kirigami.InlineMessage {
            id: errorMessage

            objectName: "addContactError"
            Layout.fillWidth: true
            Layout.bottomMargin: Kirigami.Units.largeSpacing
            type: Kirigami.MessageType.Error
            visible: text !== ""
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("XMPP address")
        }

        QQC2.TextField {
            id: jidField

            objectName: "addContactJidField"
            Layout.fillWidth: true
            Layout.bottomMargin: Kirigami.Units.largeSpacing
            placeholderText: qsTr("name@example.org")
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("XMPP address")
            onAccepted: dialog.submit()
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Name (optional)")
        }

        QQC2.TextField {
            id: nameField

            objectName: "addContactNameField"
            Layout.fillWidth: true
            Layout.bottomMargin: Kirigami.Units.largeSpacing
            Accessible.name: qsTr("Name")
            onAccepted: dialog.submit()
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Group (optional)")
        }

        QQC2.TextField {
            id: groupField

            objectName: "addContactGroupField"
            Layout.fillWidth: true
            Accessible.name: qsTr("Group")
            onAccepted: dialog.submit()
        }
    }
}
