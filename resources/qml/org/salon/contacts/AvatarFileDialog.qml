import QtQuick 2.15
import Qt.labs.platform 1.1 as Platform

// The file dialog in which the user chooses an image for the avatar: the
// desktop's own dialog where the platform theme has one, Qt's widget dialog
// otherwise. EditProfileDialog loads this file only when the user asks, so a
// missing Qt.labs.platform module (Debian package qml-module-qt-labs-platform)
// breaks only this dialog.
Platform.FileDialog {
    id: fileDialog

    // Emitted with the URL of the local file that the user chose.
    signal fileChosen(url fileUrl)

    objectName: "avatarFileDialog"
    title: qsTr("Choose an Image for Your Avatar")
    fileMode: Platform.FileDialog.OpenFile
    nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.gif *.webp)"), qsTr("All files (*)")]
    folder: Platform.StandardPaths.writableLocation(Platform.StandardPaths.PicturesLocation)
    onAccepted: fileDialog.fileChosen(fileDialog.file)
}
