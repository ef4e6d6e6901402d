import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.core 1.0

// Asks before a contact is removed, because removing also ends the presence subscriptions both ways.
// A plain Dialog, not a PromptDialog: the latter's label (Kirigami 5.103) reports a binding loop.
Kirigami.Dialog {
    id: dialog

    property RosterService roster
    property string jid

    function openFor(contactJid, displayName) {
        jid = contactJid;
        title = qsTr("Remove %1?").arg(displayName);
        open();
    }

    objectName: "removeContactDialog"
    preferredWidth: Kirigami.Units.gridUnit * 22
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "removeContactConfirmAction"
            text: qsTr("Remove")
            icon.name: "list-remove-user"
            onTriggered: {
                dialog.roster.removeContact(dialog.jid);
                dialog.close();
            }
        },
        Kirigami.Action {
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
            onTriggered: dialog.close()
        }
    ]

    QQC2.Label {
        objectName: "removeContactQuestion"
        leftPadding: Kirigami.Units.largeSpacing
        rightPadding: Kirigami.Units.largeSpacing
        topPadding: Kirigami.Units.largeSpacing
        bottomPadding: Kirigami.Units.largeSpacing
        wrapMode: Text.Wrap
        text: qsTr("%1 will be removed from your contacts, and you will no longer see each other's presence.").arg(dialog.jid)
    }
}
