import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// Confirms deleting a community that the user owns. Emits deleteRequested().
Kirigami.Dialog {
    id: dialog

    property string service
    property string node
    property string communityTitle

    signal deleteRequested(string service, string node)

    function openFor(serviceJid, nodeName, title) {
        service = serviceJid;
        node = nodeName;
        communityTitle = title;
        open();
    }

    objectName: "deleteCommunityDialog"
    title: qsTr("Delete Community")
    preferredWidth: Kirigami.Units.gridUnit * 20
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "deleteCommunityConfirmAction"
            text: qsTr("Delete")
            icon.name: "edit-delete"
            onTriggered: {
                dialog.close();
                dialog.deleteRequested(dialog.service, dialog.node);
            }
        },
        Kirigami.Action {
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
            onTriggered: dialog.close()
        }
    ]

    ColumnLayout {
        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Delete %1 with all its posts? Its subscribers are told that it is gone.").arg(dialog.communityTitle)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
    }
}
