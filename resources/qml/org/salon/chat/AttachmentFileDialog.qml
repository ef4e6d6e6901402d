import QtQuick 2.15
import Qt.labs.platform 1.1 as Platform

// The file dialog in which the user chooses a file to send in a conversation. The conversation
// page loads this file only when the user asks, so a missing Qt.labs.platform module (Debian
// package qml-module-qt-labs-platform) breaks only this dialog.
Platform.FileDialog {
    id: fileDialog

    // Emitted with the URL of the local file that the user chose.
    signal fileChosen(url fileUrl)

    objectName: "attachmentFileDialog"
    title: qsTr("Choose a File to Send")
    fileMode: Platform.FileDialog.OpenFile
    folder: Platform.StandardPaths.writableLocation(Platform.StandardPaths.HomeLocation)
    onAccepted: fileDialog.fileChosen(fileDialog.file)
}
