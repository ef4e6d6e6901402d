import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// Asks whom to invite to a room: the address field filters the contacts (ContactsModel) by
// address and name, a click on a contact fills in its address, and any other address may be
// typed. The reason is optional. Emits inviteRequested() with the address as typed.
Kirigami.Dialog {
    id: dialog

    // The account's ContactsModel.
    property QtObject contacts: null

    signal inviteRequested(string contactJid, string reason)

    function openDialog() {
        addressField.text = "";
        reasonField.text = "";
        open();
        addressField.forceActiveFocus();
    }

    function matches(jid, name) {
        const filter = addressField.text.trim().toLowerCase();
        return filter === "" || jid.toLowerCase().indexOf(filter) >= 0 || name.toLowerCase().indexOf(filter) >= 0;
    }

    function confirm() {
        const address = addressField.text.trim();
        if (address === "") {
            return;
        }
        close();
        inviteRequested(address, reasonField.text.trim());
    }

    objectName: "inviteDialog"
    title: qsTr("Invite to Room")
    preferredWidth: Kirigami.Units.gridUnit * 22
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "inviteConfirmAction"
            text: qsTr("Invite")
            icon.name: "mail-send"
            enabled: addressField.text.trim() !== ""
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
            text: qsTr("Contact or address")
        }

        QQC2.TextField {
            id: addressField

            objectName: "inviteAddressField"
            Layout.fillWidth: true
            placeholderText: qsTr("Search contacts or type an address, such as bob@example.org")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            onAccepted: reasonField.forceActiveFocus()
        }

        ListView {
            objectName: "inviteContactList"
            Layout.fillWidth: true
            Layout.preferredHeight: Kirigami.Units.gridUnit * 8
            clip: true
            model: dialog.contacts
            delegate: QQC2.ItemDelegate {
                required property string jid
                required property string displayName

                objectName: "inviteContactDelegate"
                width: ListView.view.width
                visible: dialog.matches(jid, displayName)
                height: visible ? implicitHeight : 0
                text: displayName !== jid ? qsTr("%1 (%2)").arg(displayName).arg(jid) : jid
                highlighted: addressField.text.trim() === jid
                onClicked: {
                    addressField.text = jid;
                    reasonField.forceActiveFocus();
                }
            }
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
        }

        QQC2.Label {
            text: qsTr("Reason (optional)")
        }

        QQC2.TextField {
            id: reasonField

            objectName: "inviteReasonField"
            Layout.fillWidth: true
            onAccepted: dialog.confirm()
        }
    }
}
