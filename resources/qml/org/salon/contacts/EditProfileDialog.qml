import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// Edits the user's own profile and publishes it through the account's
// ProfileService. openFor() fills the fields from the ProfilesModel row of
// the own address; the user's entries win over a row that arrives later.
Kirigami.Dialog {
    id: dialog

    // The account's ProfileService.
    property QtObject profiles
    // The account's ProfilesModel.
    property QtObject profileCards
    property string jid
    // Set when the user types, so that the arriving profile does not replace the entries.
    property bool edited: false

    function openFor(ownJid) {
        jid = ownJid;
        edited = false;
        fillFromModel();
        profiles.requestProfile(ownJid);
        open();
        fullNameField.forceActiveFocus();
    }

    function fillFromModel() {
        if (edited || !profileCards) {
            return;
        }
        for (let i = 0; i < rows.count; ++i) {
            const card = rows.itemAt(i);
            if (card && card.jid === jid) {
                fullNameField.text = card.fullName;
                nicknameField.text = card.nickname;
                aboutField.text = card.about;
                urlField.text = card.url;
                locationField.text = card.location;
            }
        }
        edited = false;
    }

    function submit() {
        profiles.publishOwnProfile({
            fullName: fullNameField.text,
            nickname: nicknameField.text,
            about: aboutField.text,
            url: urlField.text,
            // One free-text location, published as the vCard address label.
            address: locationField.text,
        });
        close();
    }

    objectName: "editProfileDialog"
    title: qsTr("Edit My Profile")
    preferredWidth: Kirigami.Units.gridUnit * 24
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "saveProfileAction"
            text: qsTr("Save")
            icon.name: "document-save"
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

        // Follows the own row, so the fields fill once the requested profile arrives.
        Repeater {
            id: rows

            model: dialog.profileCards
            delegate: Item {
                required property string jid
                required property string fullName
                required property string nickname
                required property string about
                required property string url
                required property string location
                required property bool loading

                visible: false
                onLoadingChanged: {
                    if (jid === dialog.jid && !loading) {
                        dialog.fillFromModel();
                    }
                }
            }
        }

        Kirigami.FormLayout {
            Layout.fillWidth: true

            QQC2.Label {
                Layout.maximumWidth: Kirigami.Units.gridUnit * 16
                text: qsTr("Anyone who knows your address can see these fields.")
                wrapMode: Text.Wrap
            }

            QQC2.TextField {
                id: fullNameField

                objectName: "profileFullNameField"
                maximumLength: 10240
                Kirigami.FormData.label: qsTr("Full name:")
                onTextEdited: dialog.edited = true
            }

            QQC2.TextField {
                id: nicknameField

                objectName: "profileNicknameField"
                maximumLength: 10240
                Kirigami.FormData.label: qsTr("Nickname:")
                onTextEdited: dialog.edited = true
            }

            QQC2.TextArea {
                id: aboutField

                objectName: "profileAboutField"
                Layout.preferredWidth: Kirigami.Units.gridUnit * 16
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                Kirigami.FormData.label: qsTr("About:")
                Keys.onPressed: dialog.edited = true
            }

            QQC2.TextField {
                id: urlField

                objectName: "profileUrlField"
                maximumLength: 10240
                inputMethodHints: Qt.ImhUrlCharactersOnly
                Kirigami.FormData.label: qsTr("Website:")
                onTextEdited: dialog.edited = true
            }

            QQC2.TextField {
                id: locationField

                objectName: "profileLocationField"
                maximumLength: 10240
                Kirigami.FormData.label: qsTr("Location:")
                onTextEdited: dialog.edited = true
            }
        }
    }
}
