import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// One row of the contact list: avatar, name, JID, presence (or that the contact has
// not yet accepted the user's request to see it) and status text,
// with a menu of actions (send message, view profile, rename, edit groups, remove, block or unblock)
// behind a button, a right click or a long press. A click opens the conversation.
// The required properties are roles of ContactsModel.
QQC2.ItemDelegate {
    id: delegate

    required property int index
    required property string jid
    required property string name
    required property string displayName
    required property string presence
    required property string statusText
    required property bool blocked
    // SHA-1 of the contact's avatar image, served by the image provider "avatar"; empty when none is known.
    required property string avatarHash
    required property bool approvalPending
    // The contact's roster groups, sorted.
    required property var groups
    // Whether the user's server supports blocking; Block is hidden when it does not.
    property bool blockingSupported: true

    signal conversationRequested()
    signal profileRequested()
    signal renameRequested()
    signal editGroupsRequested()
    signal removeRequested()
    // Emitted for Block with block true, and for Unblock with block false.
    signal blockRequested(bool block)

    function openMenu() {
        contactMenu.popup(delegate, menuButton.x, menuButton.y + menuButton.height);
    }

    function presenceText(code) {
        switch (code) {
        case "online":
            return qsTr("Online");
        case "chat":
            return qsTr("Free to chat");
        case "away":
            return qsTr("Away");
        case "xa":
            return qsTr("Away for a long time");
        case "dnd":
            return qsTr("Do not disturb");
        default:
            return qsTr("Offline");
        }
    }

    objectName: "contactDelegate"
    width: ListView.view.width
    hoverEnabled: true
    onPressAndHold: openMenu()
    onClicked: conversationRequested()

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: delegate.openMenu()
    }

    QQC2.Menu {
        id: contactMenu

        objectName: "contactMenu"

        QQC2.MenuItem {
            action: Kirigami.Action {
                objectName: "sendMessageAction"
                text: qsTr("Send Message")
                icon.name: "dialog-messages"
                onTriggered: delegate.conversationRequested()
            }
        }

        QQC2.MenuItem {
            action: Kirigami.Action {
                objectName: "viewProfileAction"
                text: qsTr("View Profile")
                icon.name: "user-identity"
                onTriggered: delegate.profileRequested()
            }
        }

        QQC2.MenuItem {
            action: Kirigami.Action {
                objectName: "renameContactAction"
                text: qsTr("Rename…")
                icon.name: "edit-rename"
                onTriggered: delegate.renameRequested()
            }
        }

        QQC2.MenuItem {
            action: Kirigami.Action {
                objectName: "editGroupsAction"
                text: qsTr("Edit Groups…")
                icon.name: "group-edit"
                onTriggered: delegate.editGroupsRequested()
            }
        }

        QQC2.MenuItem {
            action: Kirigami.Action {
                objectName: "removeContactAction"
                text: qsTr("Remove…")
                icon.name: "list-remove-user"
                onTriggered: delegate.removeRequested()
            }
        }

        QQC2.MenuItem {
            // Unblock stays available for a contact that is blocked.
            visible: delegate.blocked || delegate.blockingSupported
            // A hidden menu item keeps its height in the menu's list otherwise.
            height: visible ? implicitHeight : 0
            action: Kirigami.Action {
                objectName: "blockContactAction"
                text: delegate.blocked ? qsTr("Unblock") : qsTr("Block")
                icon.name: delegate.blocked ? "dialog-ok" : "action-unavailable-symbolic"
                onTriggered: delegate.blockRequested(!delegate.blocked)
            }
        }
    }

    contentItem: RowLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.Avatar {
            objectName: "contactAvatar"
            Layout.preferredWidth: Kirigami.Units.iconSizes.medium + Kirigami.Units.smallSpacing * 2
            Layout.preferredHeight: Layout.preferredWidth
            Layout.alignment: Qt.AlignVCenter
            name: delegate.displayName
            // Without an image, or until it has loaded, the avatar shows the initials of the name.
            source: delegate.avatarHash !== "" ? "image://avatar/" + delegate.avatarHash : ""
            initialsMode: Kirigami.Avatar.InitialsMode.UseInitials
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            QQC2.Label {
                objectName: "contactName"
                Layout.fillWidth: true
                text: delegate.displayName
                elide: Text.ElideRight
                font.weight: Font.DemiBold
            }

            QQC2.Label {
                objectName: "contactJid"
                Layout.fillWidth: true
                // A contact without a name already shows its JID as the display name.
                visible: delegate.name !== ""
                text: delegate.jid
                elide: Text.ElideRight
                font: Kirigami.Theme.smallFont
                color: Kirigami.Theme.disabledTextColor
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Kirigami.Units.smallSpacing

                PresenceIndicator {
                    objectName: "contactPresenceIndicator"
                    Layout.alignment: Qt.AlignVCenter
                    presence: delegate.presence
                }

                QQC2.Label {
                    objectName: "contactPresence"
                    // The server passes no presence of a blocked contact on, so the model shows it offline.
                    // A contact that has not accepted the user's request shows no presence either.
                    text: delegate.blocked ? qsTr("Blocked")
                        : delegate.approvalPending ? qsTr("Waiting for approval")
                        : delegate.presenceText(delegate.presence)
                    font: Kirigami.Theme.smallFont
                }

                QQC2.Label {
                    objectName: "contactStatus"
                    Layout.fillWidth: true
                    visible: delegate.statusText !== ""
                    text: qsTr("– %1", "status text after the presence").arg(delegate.statusText)
                    elide: Text.ElideRight
                    font: Kirigami.Theme.smallFont
                    color: Kirigami.Theme.disabledTextColor
                }
            }
        }

        QQC2.ToolButton {
            id: menuButton

            objectName: "contactMenuButton"
            Layout.alignment: Qt.AlignVCenter
            icon.name: "overflow-menu"
            display: QQC2.AbstractButton.IconOnly
            text: qsTr("Actions for %1").arg(delegate.displayName)
            Accessible.name: text
            QQC2.ToolTip.text: text
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
            onClicked: delegate.openMenu()
        }
    }
}
