import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.core 1.0

// Asks for a new name of a contact; an empty name shows the contact's address instead.
Kirigami.Dialog {
    id: dialog

    property RosterService roster
    property string jid

    function openFor(contactJid, name, displayName) {
        jid = contactJid;
        title = qsTr("Rename %1").arg(displayName);
        nameField.text = name;
        open();
        nameField.forceActiveFocus();
        nameField.selectAll();
    }

    function submit() {
        roster.renameContact(jid, nameField.text);
        close();
    }

    objectName: "renameContactDialog"
    preferredWidth: Kirigami.Units.gridUnit * 20
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "renameContactConfirmAction"
            text: qsTr("Rename")
            icon.name: "edit-rename"
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
            text: qsTr("Name")
        }

        QQC2.TextField {
            id: nameField

            objectName: "renameContactField"
            Layout.fillWidth: true
            placeholderText: qsTr("No name: show the address")
            Accessible.name: qsTr("Name")
            onAccepted: dialog.submit()
        }
    }
}
