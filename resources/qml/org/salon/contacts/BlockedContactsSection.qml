import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// The addresses the user blocked, each with its cached avatar and Unblock. Hidden while nothing is blocked.
ColumnLayout {
    id: section

    // The account's BlockingService, which carries out Unblock.
    property QtObject blocking
    // The account's BlockedModel; its role is jid.
    property QtObject blockedContacts
    // The account's AvatarService, which gives the cached avatars; null shows initials only.
    property QtObject avatars
    // Counts the avatar changes, so that the rows read their avatars again.
    property int avatarRevision: 0

    objectName: "blockedContactsSection"
    spacing: 0
    visible: blockedContacts !== null && blockedContacts.count > 0

    Connections {
        target: section.avatars

        function onAvatarChanged(jid, hash) {
            section.avatarRevision += 1;
        }
    }

    Kirigami.ListSectionHeader {
        objectName: "blockedContactsHeader"
        Layout.fillWidth: true
        label: qsTr("Blocked")
    }

    QQC2.Label {
        Layout.fillWidth: true
        Layout.margins: Kirigami.Units.smallSpacing
        wrapMode: Text.Wrap
        text: qsTr("You do not receive their messages or presence, and they do not see yours.")
        font: Kirigami.Theme.smallFont
        color: Kirigami.Theme.disabledTextColor
    }

    Repeater {
        model: section.blockedContacts

        delegate: QQC2.ItemDelegate {
            id: blockedDelegate

            required property string jid
            // SHA-1 of the avatar image cached for the address, served by the image provider "avatar"; empty when none.
            readonly property string avatarHash: {
                void section.avatarRevision;
                return section.avatars ? section.avatars.avatarHash(jid) : "";
            }

            objectName: "blockedContactDelegate"
            Layout.fillWidth: true
            hoverEnabled: false
            down: false

            contentItem: RowLayout {
                spacing: Kirigami.Units.largeSpacing

                Kirigami.Avatar {
                    objectName: "blockedAvatar"
                    Layout.preferredWidth: Kirigami.Units.iconSizes.medium + Kirigami.Units.smallSpacing * 2
                    Layout.preferredHeight: Layout.preferredWidth
                    name: blockedDelegate.jid
                    // Without a cached image, or until it has loaded, the avatar shows the initial of the address.
                    source: blockedDelegate.avatarHash !== "" ? "image://avatar/" + blockedDelegate.avatarHash : ""
                    initialsMode: Kirigami.Avatar.InitialsMode.UseInitials
                }

                QQC2.Label {
                    objectName: "blockedJid"
                    Layout.fillWidth: true
                    // Addresses may come from other people: plain text only.
                    textFormat: Text.PlainText
                    text: blockedDelegate.jid
                    elide: Text.ElideRight
                }

                QQC2.Button {
                    objectName: "unblockButton"
                    text: qsTr("Unblock")
                    icon.name: "dialog-ok"
                    Accessible.name: qsTr("Unblock %1").arg(blockedDelegate.jid)
                    onClicked: section.blocking.unblock(blockedDelegate.jid)
                }
            }
        }
    }
}
