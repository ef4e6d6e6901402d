import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import org.kde.kirigami 2.20 as Kirigami

// A menu button with the actions of a community's owner, which the lists show only on the
// communities that the user owns.
QQC2.ToolButton {
    id: button

    signal configureRequested()
    signal deleteRequested()

    objectName: "communityOwnerMenuButton"
    icon.name: "overflow-menu"
    text: qsTr("Owner Actions")
    display: QQC2.AbstractButton.IconOnly
    QQC2.ToolTip.text: text
    QQC2.ToolTip.visible: hovered
    onClicked: menu.open()

    QQC2.Menu {
        id: menu

        objectName: "communityOwnerMenu"

        QQC2.MenuItem {
            objectName: "configureCommunityItem"
            text: qsTr("Configure…")
            icon.name: "configure"
            onTriggered: button.configureRequested()
        }

        QQC2.MenuItem {
            objectName: "deleteCommunityItem"
            text: qsTr("Delete…")
            icon.name: "edit-delete"
            onTriggered: button.deleteRequested()
        }
    }
}
