import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// Asks for a room's address, the nickname and, to join a protected room, its password, then
// joins or creates the room through RoomService. A name without "@" gets the address of the
// server's MUC service (mucService) appended. A room created with "Configure before opening"
// stays locked until its configuration form is saved. Failures show in the room list and on the room's page.
Kirigami.Dialog {
    id: dialog

    // The account's RoomService.
    property QtObject rooms
    // The JID of the server's MUC service, such as conference.example.org; empty when unknown.
    property string mucService
    // "join" or "create".
    property string mode: "join"

    // Emitted after the join or the creation started, with the room's bare JID.
    signal roomRequested(string jid)
    // Emitted after the creation of a room that waits for its configuration started.
    signal configurationRequested(string jid)

    // Opens the dialog in mode, with the room address jid filled in when given.
    function openFor(formMode, jid) {
        mode = formMode;
        addressField.text = jid || "";
        nickField.text = "";
        passwordField.text = "";
        configureCheck.checked = false;
        open();
        addressField.forceActiveFocus();
    }

    function roomAddress() {
        const typed = addressField.text.trim().replace(/^xmpp:/, "").split("?")[0].toLowerCase();
        if (typed.indexOf("@") < 0 && mucService !== "") {
            return typed + "@" + mucService;
        }
        return typed;
    }

    function submit() {
        const jid = roomAddress();
        if (jid === "") {
            addressField.forceActiveFocus();
            return;
        }
        const configure = mode === "create" && configureCheck.checked;
        if (mode === "create") {
            rooms.createRoom(jid, nickField.text.trim(), configure);
        } else {
            rooms.join(jid, nickField.text.trim(), passwordField.text);
        }
        close();
        roomRequested(jid);
        if (configure) {
            configurationRequested(jid);
        }
    }

    objectName: "roomFormDialog"
    title: mode === "create" ? qsTr("Create Room") : qsTr("Join Room")
    preferredWidth: Kirigami.Units.gridUnit * 22
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "roomFormConfirmAction"
            text: dialog.mode === "create" ? qsTr("Create") : qsTr("Join")
            icon.name: dialog.mode === "create" ? "list-add" : "go-next"
            enabled: addressField.text.trim() !== ""
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
            text: qsTr("Room address")
        }

        QQC2.TextField {
            id: addressField

            objectName: "roomAddressField"
            Layout.fillWidth: true
            placeholderText: dialog.mucService !== "" ? qsTr("name or name@%1").arg(dialog.mucService) : qsTr("name@conference.example.org")
            onAccepted: dialog.submit()
        }

        QQC2.Label {
            text: qsTr("Nickname")
        }

        QQC2.TextField {
            id: nickField

            objectName: "roomNickField"
            Layout.fillWidth: true
            placeholderText: qsTr("Your account name when empty")
            onAccepted: dialog.submit()
        }

        QQC2.Label {
            visible: dialog.mode === "join"
            text: qsTr("Password")
        }

        // Kirigami.PasswordField (5.103) is not used: its reveal action calls i18n(), which this
        // app does not provide.
        QQC2.TextField {
            id: passwordField

            objectName: "roomPasswordField"
            Layout.fillWidth: true
            visible: dialog.mode === "join"
            placeholderText: qsTr("Only for protected rooms")
            echoMode: TextInput.Password
            onAccepted: dialog.submit()
        }

        QQC2.CheckBox {
            id: configureCheck

            objectName: "roomConfigureCheck"
            visible: dialog.mode === "create"
            text: qsTr("Configure before opening")
        }
    }
}
