import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// The pending room invitations (RoomInvitationsModel), each with Accept and Decline.
// Hidden while none waits. Accepting joins the room through RoomInvitations.
ColumnLayout {
    id: section

    // The account's RoomInvitations and its RoomInvitationsModel.
    property QtObject invitations
    property QtObject model

    objectName: "roomInvitationsSection"
    spacing: 0
    visible: model !== null && model.count > 0

    Kirigami.ListSectionHeader {
        Layout.fillWidth: true
        label: qsTr("Invitations")
    }

    Repeater {
        model: section.model

        delegate: QQC2.ItemDelegate {
            id: invitation

            required property string roomJid
            required property string inviter
            required property string reason

            objectName: "roomInvitationDelegate"
            Layout.fillWidth: true
            // The row itself does nothing; its buttons act.
            hoverEnabled: false
            down: false

            contentItem: RowLayout {
                spacing: Kirigami.Units.largeSpacing

                QQC2.Label {
                    objectName: "invitationText"
                    Layout.fillWidth: true
                    text: invitation.reason !== ""
                        ? qsTr("%1 invites you to %2: %3").arg(invitation.inviter).arg(invitation.roomJid).arg(invitation.reason)
                        : qsTr("%1 invites you to %2").arg(invitation.inviter).arg(invitation.roomJid)
                    // The reason comes from the inviter: never markup.
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                }

                QQC2.Button {
                    objectName: "acceptInvitationButton"
                    text: qsTr("Accept")
                    icon.name: "dialog-ok-apply"
                    onClicked: section.invitations.accept(invitation.roomJid)
                }

                QQC2.Button {
                    objectName: "declineInvitationButton"
                    text: qsTr("Decline")
                    icon.name: "dialog-cancel"
                    onClicked: section.invitations.decline(invitation.roomJid, "")
                }
            }
        }
    }
}
