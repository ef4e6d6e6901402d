import QtQuick 2.15
import Qt.labs.platform 1.1 as Platform

// The dialog in which the user chooses where to save an exported conversation, as plain text or
// JSON. Loaded on demand like AttachmentFileDialog.
Platform.FileDialog {
    id: fileDialog

    // "text" or "json", as ChatService::exportConversation() takes it.
    property string format: "text"
    // The suggested file name, without a folder.
    property string suggestedName

    // Emitted with the URL of the file to write and the format.
    signal fileChosen(url fileUrl, string format)

    objectName: "exportFileDialog"
    title: format === "json" ? qsTr("Export Conversation as JSON") : qsTr("Export Conversation as Plain Text")
    fileMode: Platform.FileDialog.SaveFile
    defaultSuffix: format === "json" ? "json" : "txt"
    nameFilters: format === "json" ? [qsTr("JSON files (*.json)")] : [qsTr("Text files (*.txt)")]
    folder: Platform.StandardPaths.writableLocation(Platform.StandardPaths.DocumentsLocation)
    currentFile: folder + "/" + encodeURIComponent(suggestedName)
    onAccepted: fileDialog.fileChosen(fileDialog.file, format)
}
