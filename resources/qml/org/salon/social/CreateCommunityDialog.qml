import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// Creates a community through CommunityService: a title, a description, who may read it (the
// node's access model) and the PubSub service that hosts it. The node's name comes from the title.
// Failures reach the page through CommunityService's actionFailed().
Kirigami.Dialog {
    id: dialog

    // The account's CommunityService.
    property QtObject communities
    readonly property var accessModels: ["open", "presence", "roster", "authorize", "whitelist"]

    // Opens the dialog with service filled in.
    function openFor(service) {
        titleField.text = "";
        descriptionArea.text = "";
        accessBox.currentIndex = 0;
        serviceField.text = service;
        open();
        titleField.forceActiveFocus();
    }

    function create() {
        const service = serviceField.text.trim();
        const title = titleField.text.trim();
        if (service === "" || title === "") {
            return;
        }
        communities.createCommunity(service, "", title, descriptionArea.text.trim(), accessModels[accessBox.currentIndex]);
        close();
    }

    objectName: "createCommunityDialog"
    title: qsTr("Create Community")
    preferredWidth: Kirigami.Units.gridUnit * 24
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "createCommunityConfirmAction"
            text: qsTr("Create")
            icon.name: "list-add"
            enabled: titleField.text.trim() !== "" && serviceField.text.trim() !== ""
            onTriggered: dialog.create()
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
            text: qsTr("Title")
        }

        QQC2.TextField {
            id: titleField

            objectName: "communityTitleField"
            Layout.fillWidth: true
        }

        QQC2.Label {
            text: qsTr("Description")
        }

        QQC2.TextArea {
            id: descriptionArea

            objectName: "communityDescriptionArea"
            Layout.fillWidth: true
            Layout.preferredHeight: Kirigami.Units.gridUnit * 4
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
        }

        QQC2.Label {
            text: qsTr("Who may read it")
        }

        QQC2.ComboBox {
            id: accessBox

            objectName: "communityAccessBox"
            Layout.fillWidth: true
            model: [
                qsTr("Anyone"),
                qsTr("People who see my presence"),
                qsTr("Contacts in my roster"),
                qsTr("People I approve"),
                qsTr("Only people I add")
            ]
        }

        QQC2.Label {
            text: qsTr("Service")
        }

        QQC2.TextField {
            id: serviceField

            objectName: "communityServiceField"
            Layout.fillWidth: true
            placeholderText: qsTr("PubSub service, such as pubsub.example.org")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            onAccepted: dialog.create()
        }
    }
}
