import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// The group chat rooms that the user bookmarked or joined (RoomsModel), with the pending
// invitations above them. Tapping a room emits roomRequested(). The actions join or create a
// room by its address, optionally configured before it opens, or browse the public rooms of the
// server. Failures of RoomService and RoomInvitations show above the list.
Kirigami.ScrollablePage {
    id: page

    // The account's Account, whose rooms, invitations and room directory the page shows.
    property QtObject account
    // The JID of the server's first MUC service, once RoomDirectory found it; empty before.
    readonly property string mucService: account.roomDirectory.mucServices.length > 0 ? account.roomDirectory.mucServices[0] : ""

    signal roomRequested(string jid)
    signal publicRoomsRequested()
    // Emitted for each failure that the message above the list shows.
    signal failureReported(string message)

    objectName: "roomsPage"
    title: qsTr("Rooms")

    actions.main: Kirigami.Action {
        objectName: "joinRoomAction"
        icon.name: "go-next"
        text: qsTr("Join Room…")
        onTriggered: formDialog.openFor("join", "")
    }
    actions.left: Kirigami.Action {
        objectName: "createRoomAction"
        icon.name: "list-add"
        text: qsTr("Create Room…")
        onTriggered: formDialog.openFor("create", "")
    }
    actions.right: Kirigami.Action {
        objectName: "browseRoomsAction"
        icon.name: "search"
        text: qsTr("Browse Public Rooms")
        tooltip: qsTr("List the public rooms of a group chat service")
        onTriggered: page.publicRoomsRequested()
    }

    Component.onCompleted: {
        if (mucService === "") {
            account.roomDirectory.findMucServices();
        }
    }

    Connections {
        target: page.account.rooms

        function onActionFailed(jid, message) {
            page.failureReported(message);
        }
    }

    Connections {
        target: page.account.invitations

        function onActionFailed(jid, message) {
            page.failureReported(message);
        }

        function onAccepted(jid, password, nickHint) {
            page.roomRequested(jid);
        }
    }

    RoomFormDialog {
        id: formDialog

        rooms: page.account.rooms
        mucService: page.mucService
        onRoomRequested: jid => page.roomRequested(jid)
        onConfigurationRequested: jid => configurationDialog.openFor(jid, false)
    }

    RoomConfigurationDialog {
        id: configurationDialog

        configuration: page.account.roomConfiguration
    }

    ListView {
        id: list

        objectName: "roomList"
        model: page.account.roomList
        header: ColumnLayout {
            width: ListView.view.width
            spacing: 0

            Kirigami.InlineMessage {
                id: failureMessage

                objectName: "roomsFailureMessage"
                Layout.fillWidth: true
                type: Kirigami.MessageType.Error
                showCloseButton: true
                visible: false

                // The list creates its header itself, so the message follows the page's signal.
                Connections {
                    target: page

                    function onFailureReported(message) {
                        failureMessage.text = message;
                        failureMessage.visible = true;
                    }
                }
            }

            InvitationsSection {
                Layout.fillWidth: true
                invitations: page.account.invitations
                model: page.account.roomInvitations
            }
        }
        delegate: RoomDelegate {
            onClicked: page.roomRequested(jid)
        }

        Kirigami.PlaceholderMessage {
            objectName: "roomsPlaceholder"
            anchors.centerIn: parent
            width: Math.max(Kirigami.Units.gridUnit * 8, parent.width - Kirigami.Units.gridUnit * 4)
            visible: list.count === 0
            icon.name: "system-users"
            text: qsTr("No rooms yet")
            explanation: qsTr("Join a room by its address, create one, or browse the public rooms of your server.")
        }
    }
}
