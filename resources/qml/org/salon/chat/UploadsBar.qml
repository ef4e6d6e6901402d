import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// The running uploads of one conversation, above its composer: the file name, the progress and
// a Cancel button for each.
ColumnLayout {
    id: bar

    // The account's TransfersModel.
    property alias transfers: uploads.model
    // Bare JID of the conversation whose uploads show.
    property string peer

    signal cancelRequested(int transferId)

    objectName: "uploadsBar"
    spacing: 0

    Repeater {
        id: uploads

        delegate: QQC2.Control {
            id: upload

            required property int transferId
            required property string peer
            required property string fileName
            required property real bytesDone
            required property real bytesTotal
            required property string state

            objectName: "uploadRow"
            Layout.fillWidth: true
            // The layout leaves out the rows that are not visible, so the bar has no height without uploads.
            visible: peer === bar.peer && state === "uploading"
            padding: Kirigami.Units.smallSpacing
            leftPadding: Kirigami.Units.largeSpacing

            contentItem: RowLayout {
                spacing: Kirigami.Units.smallSpacing

                Kirigami.Icon {
                    Layout.preferredWidth: Kirigami.Units.iconSizes.smallMedium
                    Layout.preferredHeight: Kirigami.Units.iconSizes.smallMedium
                    source: "upload-media"
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0

                    QQC2.Label {
                        objectName: "uploadFileName"
                        Layout.fillWidth: true
                        text: qsTr("Sending %1").arg(upload.fileName)
                        textFormat: Text.PlainText
                        elide: Text.ElideMiddle
                    }

                    QQC2.ProgressBar {
                        objectName: "uploadProgress"
                        Layout.fillWidth: true
                        indeterminate: upload.bytesTotal <= 0
                        value: upload.bytesTotal > 0 ? upload.bytesDone / upload.bytesTotal : 0
                    }
                }

                QQC2.Button {
                    objectName: "uploadCancelButton"
                    icon.name: "dialog-cancel"
                    text: qsTr("Cancel")
                    onClicked: bar.cancelRequested(upload.transferId)
                }
            }
        }
    }
}
