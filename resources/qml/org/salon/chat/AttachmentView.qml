import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import "FileUrls.js" as FileUrls

// The file that a message shares. An image with a thumbnail shows it, and clicking it opens the
// downloaded file or else the URL. Any other attachment shows as a card with its name, an icon of
// its type and, depending on its download, Download, a progress bar with Cancel, or Open.
ColumnLayout {
    id: attachment

    // MessagesModel's attachmentUrl, attachmentType, attachmentName and thumbnailPath roles.
    property string url
    property string type
    property string name
    property string thumbnailPath
    // The newest download of this attachment, with the roles of TransfersModel as properties
    // (transferId, state, bytesDone, bytesTotal, localPath, error); null when there is none.
    property QtObject transfer: null

    readonly property string downloadState: transfer ? transfer.state : ""
    readonly property bool downloaded: downloadState === "done" && transfer.localPath !== ""

    signal downloadRequested()
    signal cancelRequested(int transferId)

    // Opens the downloaded file, or the attachment's URL when it is a web address.
    function open() {
        if (downloaded) {
            Qt.openUrlExternally(FileUrls.fromLocalPath(transfer.localPath));
        } else if (FileUrls.isWebUrl(url)) {
            Qt.openUrlExternally(url);
        }
    }

    function iconName(type) {
        switch (type) {
        case "image":
            return "image-x-generic";
        case "video":
            return "video-x-generic";
        case "audio":
            return "audio-x-generic";
        default:
            return "application-octet-stream";
        }
    }

    objectName: "attachmentView"
    spacing: Kirigami.Units.smallSpacing

    Image {
        id: thumbnail

        objectName: "attachmentThumbnail"
        visible: attachment.thumbnailPath !== ""
        Layout.maximumWidth: Kirigami.Units.gridUnit * 14
        Layout.maximumHeight: Kirigami.Units.gridUnit * 14
        Layout.preferredWidth: Math.min(implicitWidth, Layout.maximumWidth)
        Layout.preferredHeight: implicitWidth > 0 ? Layout.preferredWidth * implicitHeight / implicitWidth : 0
        source: FileUrls.fromLocalPath(attachment.thumbnailPath)
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Open %1").arg(attachment.name)

        TapHandler {
            onTapped: attachment.open()
        }

        HoverHandler {
            cursorShape: Qt.PointingHandCursor
        }
    }

    RowLayout {
        objectName: "attachmentCard"
        visible: attachment.thumbnailPath === ""
        spacing: Kirigami.Units.smallSpacing

        Kirigami.Icon {
            objectName: "attachmentIcon"
            Layout.preferredWidth: Kirigami.Units.iconSizes.medium
            Layout.preferredHeight: Kirigami.Units.iconSizes.medium
            source: attachment.iconName(attachment.type)
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            QQC2.Label {
                objectName: "attachmentName"
                Layout.fillWidth: true
                text: attachment.name !== "" ? attachment.name : attachment.url
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                font.weight: Font.DemiBold
            }

            QQC2.ProgressBar {
                objectName: "attachmentProgress"
                Layout.fillWidth: true
                visible: attachment.downloadState === "downloading"
                indeterminate: attachment.transfer !== null && attachment.transfer.bytesTotal <= 0
                value: attachment.transfer !== null && attachment.transfer.bytesTotal > 0
                    ? attachment.transfer.bytesDone / attachment.transfer.bytesTotal : 0
            }

            QQC2.Label {
                objectName: "attachmentError"
                Layout.fillWidth: true
                visible: attachment.downloadState === "failed"
                text: attachment.transfer !== null ? attachment.transfer.error : ""
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font: Kirigami.Theme.smallFont
                color: Kirigami.Theme.negativeTextColor
            }
        }

        QQC2.Button {
            objectName: "attachmentDownloadButton"
            visible: attachment.downloadState !== "downloading" && !attachment.downloaded
            icon.name: "download"
            text: attachment.downloadState === "failed" ? qsTr("Retry") : qsTr("Download")
            onClicked: attachment.downloadRequested()
        }

        QQC2.Button {
            objectName: "attachmentCancelButton"
            visible: attachment.downloadState === "downloading"
            icon.name: "dialog-cancel"
            text: qsTr("Cancel")
            onClicked: attachment.cancelRequested(attachment.transfer.transferId)
        }

        QQC2.Button {
            objectName: "attachmentOpenButton"
            visible: attachment.downloaded
            icon.name: "document-open"
            text: qsTr("Open")
            onClicked: attachment.open()
        }
    }
}
