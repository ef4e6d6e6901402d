import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// Edits the user's own profile and publishes it through the account's
// ProfileService. openFor() fills the fields from the ProfilesModel row of
// the own address; the user's entries win over a row that arrives later.
// The avatar changes at once, apart from Save: "Change Avatar…" publishes an
// image file through the account's AvatarPublisher, and "Remove Avatar"
// withdraws it through the AvatarService.
Kirigami.Dialog {
    id: dialog

    // The account's ProfileService.
    property QtObject profiles
    // The account's ProfilesModel.
    property QtObject profileCards
    // The account's AvatarService, with the user's ownAvatarHash.
    property QtObject avatars
    // The account's AvatarPublisher, which prepares and publishes an image file.
    property QtObject avatarPublisher
    property string jid
    // Set when the user types, so that the arriving profile does not replace the entries.
    property bool edited: false
    // True from a change of the avatar until the server accepted it or a failure came.
    property bool avatarPending: false
    readonly property bool avatarBusy: avatarPending || (avatarPublisher !== null && avatarPublisher.busy)
    readonly property string ownAvatarHash: avatars ? avatars.ownAvatarHash : ""

    function openFor(ownJid) {
        jid = ownJid;
        edited = false;
        hideAvatarError();
        fillFromModel();
        profiles.requestProfile(ownJid);
        open();
        fullNameField.forceActiveFocus();
    }

    // Shows a failure to change the avatar in the dialog while it is open; returns whether it did.
    function takeAvatarFailure(message) {
        avatarPending = false;
        if (!opened) {
            return false;
        }
        showAvatarError(message);
        return true;
    }

    function showAvatarError(message) {
        avatarError.text = message;
        avatarError.visible = true;
    }

    function hideAvatarError() {
        avatarError.visible = false;
    }

    function chooseAvatarFile() {
        hideAvatarError();
        if (fileDialogLoader.status === Loader.Ready) {
            fileDialogLoader.item.open();
        } else {
            // The loader opens the dialog once it is ready, or reports that it cannot load.
            fileDialogLoader.active = true;
        }
    }

    function publishAvatarFile(fileUrl) {
        hideAvatarError();
        avatarPending = true;
        // A file the publisher rejects at once reports its failure before this call returns.
        avatarPublisher.publishFile(fileUrl);
    }

    function removeAvatar() {
        hideAvatarError();
        avatarPending = true;
        avatars.removeOwnAvatar();
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

        Connections {
            target: dialog.avatars

            function onOwnAvatarPublished() {
                dialog.avatarPending = false;
            }
        }

        // The file dialog comes from Qt.labs.platform, which is loaded only when needed, so the
        // window still works where that QML module is missing.
        Loader {
            id: fileDialogLoader

            objectName: "avatarFileDialogLoader"
            active: false
            source: Qt.resolvedUrl("AvatarFileDialog.qml")
            onLoaded: {
                item.fileChosen.connect(dialog.publishAvatarFile);
                item.open();
            }
            onStatusChanged: {
                if (status === Loader.Error) {
                    active = false;
                    dialog.showAvatarError(qsTr("Salon cannot show a file dialog because the Qt.labs.platform QML module is missing. Install the package qml-module-qt-labs-platform."));
                }
            }
        }

        Kirigami.InlineMessage {
            id: avatarError

            objectName: "avatarError"
            Layout.fillWidth: true
            type: Kirigami.MessageType.Error
            showCloseButton: true
            // Set by showAvatarError(), because the close button replaces any binding of visible.
            visible: false
        }

        Kirigami.FormLayout {
            Layout.fillWidth: true

            QQC2.Label {
                Layout.maximumWidth: Kirigami.Units.gridUnit * 16
                text: qsTr("Anyone who knows your address can see these fields.")
                wrapMode: Text.Wrap
            }

            RowLayout {
                spacing: Kirigami.Units.largeSpacing
                Kirigami.FormData.label: qsTr("Avatar:")

                Kirigami.Avatar {
                    objectName: "ownAvatar"
                    implicitWidth: Kirigami.Units.iconSizes.huge
                    implicitHeight: implicitWidth
                    name: fullNameField.text || dialog.jid
                    // Without an image, or until it has loaded, the avatar shows the initials of the name.
                    source: dialog.ownAvatarHash !== "" ? "image://avatar/" + dialog.ownAvatarHash : ""
                    initialsMode: Kirigami.Avatar.InitialsMode.UseInitials
                }

                ColumnLayout {
                    spacing: Kirigami.Units.smallSpacing

                    QQC2.Button {
                        objectName: "changeAvatarButton"
                        text: qsTr("Change Avatar…")
                        icon.name: "document-open"
                        enabled: !dialog.avatarBusy && dialog.avatarPublisher !== null
                        onClicked: dialog.chooseAvatarFile()
                    }

                    QQC2.Button {
                        objectName: "removeAvatarButton"
                        text: qsTr("Remove Avatar")
                        icon.name: "edit-delete"
                        enabled: !dialog.avatarBusy && dialog.ownAvatarHash !== ""
                        onClicked: dialog.removeAvatar()
                    }
                }

                QQC2.BusyIndicator {
                    objectName: "avatarBusyIndicator"
                    visible: dialog.avatarBusy
                    running: visible
                    Accessible.name: qsTr("Changing the avatar…")
                }
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
