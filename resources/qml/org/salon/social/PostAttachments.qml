import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.social 1.0

// The attachments (Atom enclosures) and link previews (rel="related" links) of a post. An image
// of the user's own post loads at once, because it lies on the user's own upload service; an
// image of another author loads only when the user clicks it, like images in the content, so
// that its server learns nothing before. Other files show as links.
ColumnLayout {
    id: attachments

    // The post's enclosures: maps with href, type, title and length (bytes, -1 when unknown).
    property var enclosures: []
    // The post's link previews: maps with href and title.
    property var links: []
    // Whether images load without a click: true for the user's own posts.
    property bool loadImages: false

    signal linkActivated(string link)

    objectName: "postAttachments"
    visible: enclosures.length > 0 || links.length > 0
    spacing: Kirigami.Units.smallSpacing

    Repeater {
        model: attachments.enclosures

        delegate: ColumnLayout {
            id: enclosure

            required property var modelData
            readonly property string href: modelData.href || ""
            readonly property string type: modelData.type || ""
            readonly property string label: (modelData.title || "") !== "" ? modelData.title : href
            readonly property bool isImage: type.startsWith("image/") && PostText.isOpenableLink(href)
            property bool loadRequested: false
            readonly property bool loadImage: isImage && (attachments.loadImages || loadRequested)

            objectName: "postEnclosure"
            Layout.fillWidth: true
            spacing: 0

            Image {
                objectName: "postEnclosureImage"
                Layout.maximumWidth: attachments.width
                Layout.preferredHeight: status === Image.Ready ? Math.min(implicitHeight, Kirigami.Units.gridUnit * 16) : 0
                Layout.preferredWidth: status === Image.Ready ? Math.min(implicitWidth, attachments.width) : 0
                visible: enclosure.loadImage
                source: enclosure.loadImage ? enclosure.href : ""
                fillMode: Image.PreserveAspectFit
                asynchronous: true

                TapHandler {
                    onTapped: attachments.linkActivated(enclosure.href)
                }
            }

            QQC2.Button {
                objectName: "postEnclosureLoadButton"
                visible: enclosure.isImage && !enclosure.loadImage
                icon.name: "image-x-generic"
                text: qsTr("Show Image: %1").arg(enclosure.label)
                onClicked: enclosure.loadRequested = true
            }

            QQC2.Label {
                objectName: "postEnclosureLink"
                Layout.fillWidth: true
                visible: !enclosure.isImage
                text: "<a href=\"%1\">%2</a>%3".arg(enclosure.href.replace(/"/g, "%22")).arg(enclosure.label.replace(/&/g, "&amp;").replace(/</g, "&lt;"))
                    .arg(enclosure.modelData.length > 0 ? qsTr(" (%1 KiB)", "size of an attachment").arg(Math.max(1, Math.round(enclosure.modelData.length / 1024))) : "")
                textFormat: Text.StyledText
                elide: Text.ElideMiddle
                onLinkActivated: link => attachments.linkActivated(link)
            }
        }
    }

    Repeater {
        model: attachments.links

        delegate: QQC2.Frame {
            id: card

            required property var modelData

            objectName: "postLinkCard"
            Layout.fillWidth: true

            contentItem: ColumnLayout {
                spacing: 0

                QQC2.Label {
                    objectName: "postLinkTitle"
                    Layout.fillWidth: true
                    text: (card.modelData.title || "") !== "" ? card.modelData.title : card.modelData.href
                    textFormat: Text.PlainText
                    font.bold: true
                    elide: Text.ElideRight
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    text: card.modelData.href || ""
                    textFormat: Text.PlainText
                    elide: Text.ElideMiddle
                    font: Kirigami.Theme.smallFont
                    color: Kirigami.Theme.linkColor
                }
            }

            TapHandler {
                onTapped: attachments.linkActivated(card.modelData.href || "")
            }
        }
    }
}
