import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// Asks before an account is removed from the app, and whether its cache goes too.
// A plain Dialog, not a PromptDialog: the latter's label (Kirigami 5.103) reports a binding loop.
Kirigami.Dialog {
    id: dialog

    property int row: -1
    property string jid

    // Emitted when the user confirms; deleteCache is whether the cached data goes too.
    signal removalConfirmed(int row, bool deleteCache)

    function openFor(accountRow, accountJid) {
        row = accountRow;
        jid = accountJid;
        deleteCacheBox.checked = false;
        title = jid !== "" ? qsTr("Remove %1?").arg(jid) : qsTr("Remove this account?");
        open();
    }

    objectName: "removeAccountDialog"
    preferredWidth: Kirigami.Units.gridUnit * 24
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "removeAccountConfirmAction"
            text: qsTr("Remove")
            icon.name: "list-remove"
            onTriggered: {
                dialog.removalConfirmed(dialog.row, deleteCacheBox.checked);
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
        spacing: Kirigami.Units.largeSpacing

        QQC2.Label {
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.largeSpacing
            wrapMode: Text.Wrap
            text: qsTr("Salon signs this account out and forgets it, with its saved password. The account stays on its server.")
        }

        QQC2.CheckBox {
            id: deleteCacheBox

            objectName: "deleteAccountCacheBox"
            Layout.fillWidth: true
            Layout.leftMargin: Kirigami.Units.largeSpacing
            Layout.rightMargin: Kirigami.Units.largeSpacing
            Layout.bottomMargin: Kirigami.Units.largeSpacing
            text: qsTr("Also delete the messages, contacts and posts that Salon keeps of it on this computer")
        }
    }
}
