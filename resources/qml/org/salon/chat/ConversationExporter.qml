import QtQuick 2.15
import org.salon.chat 1.0

// Exports one conversation to a file: asks for the file in ExportFileDialog, requests the text from
// ChatService::exportConversation() and writes it with a TextFileWriter once
// conversationExported() delivers it. Reports the outcome through succeeded() or failed().
Item {
    id: exporter

    // The account's ChatService.
    property QtObject chats
    // Bare JID of the conversation.
    property string peer

    // The file that the running export goes to; empty while none runs.
    property url pendingFileUrl: ""

    // message is a translated sentence for the user.
    signal succeeded(string message)
    signal failed(string message)

    // Asks the user for a file, then exports in format, "text" or "json".
    function chooseFile(format) {
        dialogState.format = format;
        if (dialogLoader.status === Loader.Ready) {
            dialogLoader.showDialog();
        } else {
            // The loader opens the dialog once it is ready, or reports that it cannot load.
            dialogLoader.active = true;
        }
    }

    // Exports the conversation in format to the local file fileUrl.
    function exportTo(fileUrl, format) {
        pendingFileUrl = fileUrl;
        chats.exportConversation(peer, format);
    }

    // Returns the file name of a file: URL, for messages.
    function fileNameOf(fileUrl) {
        const path = decodeURIComponent(fileUrl.toString());
        return path.slice(path.lastIndexOf("/") + 1);
    }

    objectName: "conversationExporter"
    visible: false

    QtObject {
        id: dialogState

        property string format: "text"
    }

    TextFileWriter {
        id: writer
    }

    Connections {
        target: exporter.chats

        function onConversationExported(jid, fileName, content, messageCount) {
            if (jid !== exporter.peer || exporter.pendingFileUrl.toString() === "") {
                return;
            }
            const fileUrl = exporter.pendingFileUrl;
            exporter.pendingFileUrl = "";
            if (writer.write(fileUrl, content)) {
                exporter.succeeded(qsTr("Exported %n messages to %1.", "", messageCount).arg(exporter.fileNameOf(fileUrl)));
            } else {
                exporter.failed(writer.errorString);
            }
        }
    }

    // The file dialog comes from Qt.labs.platform, which is loaded only when needed, so the
    // window still works where that QML module is missing.
    Loader {
        id: dialogLoader

        function showDialog() {
            item.format = dialogState.format;
            item.suggestedName = exporter.peer + "-" + new Date().toISOString().slice(0, 10) + (dialogState.format === "json" ? ".json" : ".txt");
            item.open();
        }

        objectName: "exportFileDialogLoader"
        active: false
        source: Qt.resolvedUrl("ExportFileDialog.qml")
        onLoaded: {
            item.fileChosen.connect(exporter.exportTo);
            showDialog();
        }
        onStatusChanged: {
            if (status === Loader.Error) {
                active = false;
                exporter.failed(qsTr("Salon cannot show a file dialog because the Qt.labs.platform QML module is missing. Install the package qml-module-qt-labs-platform."));
            }
        }
    }
}
