import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// The public rooms of a MUC service (RoomDirectory), listed when the page opens for the server's
// first MUC service, or for the service that the user types. The filter field narrows the list by
// name, address and description. Tapping a room joins it, or asks for the password first when the
// room is protected, and emits roomRequested().
Kirigami.ScrollablePage {
    id: page

    // The account's Account.
    property QtObject account
    readonly property QtObject directory: account.roomDirectory
    readonly property QtObject listing: account.publicRooms

    signal roomRequested(string jid)

    function list(service) {
        const trimmed = service.trim();
        if (trimmed !== "") {
            errorMessage.visible = false;
            directory.requestRooms(trimmed);
        }
    }

    function joinRoom(jid, passwordProtected) {
        if (passwordProtected) {
            passwordDialog.openFor("join", jid);
            return;
        }
        account.rooms.join(jid, "", "");
        roomRequested(jid);
    }

    objectName: "publicRoomsPage"
    title: qsTr("Public Rooms")

    Component.onCompleted: {
        listing.filter = "";
        if (directory.mucServices.length > 0) {
            serviceField.text = directory.mucServices[0];
            list(serviceField.text);
        } else {
            directory.findMucServices();
        }
    }
    Component.onDestruction: directory.cancel()

    Connections {
        target: page.directory

        function onMucServicesFound(services) {
            if (serviceField.text === "" && services.length > 0) {
                serviceField.text = services[0];
                page.list(serviceField.text);
            }
        }

        function onActionFailed(service, message) {
            errorMessage.text = message;
            errorMessage.visible = true;
        }
    }

    RoomFormDialog {
        id: passwordDialog

        rooms: page.account.rooms
        onRoomRequested: jid => page.roomRequested(jid)
    }

    header: ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        Kirigami.InlineMessage {
            id: errorMessage

            objectName: "publicRoomsError"
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            type: Kirigami.MessageType.Error
            showCloseButton: true
            visible: false
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing

            QQC2.TextField {
                id: serviceField

                objectName: "mucServiceField"
                Layout.fillWidth: true
                placeholderText: qsTr("Group chat service, such as conference.example.org")
                onAccepted: page.list(text)
            }

            QQC2.Button {
                objectName: "listRoomsButton"
                text: qsTr("List")
                icon.name: "view-refresh"
                enabled: serviceField.text.trim() !== ""
                onClicked: page.list(serviceField.text)
            }
        }

        Kirigami.SearchField {
            objectName: "publicRoomsFilterField"
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            placeholderText: qsTr("Filter rooms…")
            onTextChanged: page.listing.filter = text
        }
    }

    ListView {
        id: roomList

        objectName: "publicRoomList"
        model: page.listing
        delegate: QQC2.ItemDelegate {
            id: row

            required property string jid
            required property string displayName
            required property string description
            required property int occupants
            required property bool passwordProtected

            objectName: "publicRoomDelegate"
            width: ListView.view.width
            onClicked: page.joinRoom(jid, passwordProtected)

            contentItem: ColumnLayout {
                spacing: 0

                QQC2.Label {
                    objectName: "publicRoomName"
                    Layout.fillWidth: true
                    text: row.occupants >= 0 ? qsTr("%1 (%2)", "room name with its number of occupants").arg(row.displayName).arg(row.occupants) : row.displayName
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    text: row.passwordProtected ? qsTr("%1 · password protected").arg(row.jid) : row.jid
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    font: Kirigami.Theme.smallFont
                    color: Kirigami.Theme.disabledTextColor
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    visible: row.description !== ""
                    text: row.description
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    font: Kirigami.Theme.smallFont
                }
            }
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: Math.max(Kirigami.Units.gridUnit * 8, parent.width - Kirigami.Units.gridUnit * 4)
            visible: roomList.count === 0
            icon.name: page.listing.loading ? "view-refresh" : "system-users"
            text: page.listing.loading ? qsTr("Listing rooms…") : qsTr("No public rooms")
        }
    }
}
