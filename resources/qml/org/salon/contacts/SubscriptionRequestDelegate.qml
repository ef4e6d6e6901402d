import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// One subscription request: who asks, their message, and Accept and Decline.
// The required properties are roles of SubscriptionRequestsModel.
QQC2.ItemDelegate {
    id: delegate

    required property string jid
    required property string name
    required property string displayName
    required property string message

    signal acceptClicked()
    signal declineClicked()

    objectName: "subscriptionRequestDelegate"
    hoverEnabled: false
    down: false

    contentItem: RowLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.Avatar {
            Layout.preferredWidth: Kirigami.Units.iconSizes.medium + Kirigami.Units.smallSpacing * 2
            Layout.preferredHeight: Layout.preferredWidth
            Layout.alignment: Qt.AlignTop
            name: delegate.displayName
            initialsMode: Kirigami.Avatar.InitialsMode.UseInitials
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            QQC2.Label {
                objectName: "requestName"
                Layout.fillWidth: true
                text: delegate.displayName
                elide: Text.ElideRight
                font.weight: Font.DemiBold
            }

            QQC2.Label {
                objectName: "requestJid"
                Layout.fillWidth: true
                visible: delegate.name !== ""
                text: delegate.jid
                elide: Text.ElideRight
                font: Kirigami.Theme.smallFont
                color: Kirigami.Theme.disabledTextColor
            }

            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Wants to see when you are online.")
                font: Kirigami.Theme.smallFont
            }

            QQC2.Label {
                objectName: "requestMessage"
                Layout.fillWidth: true
                visible: delegate.message !== ""
                wrapMode: Text.Wrap
                // The message comes from the requester: plain text only.
                textFormat: Text.PlainText
                text: delegate.message
                font.italic: true
            }

            RowLayout {
                Layout.topMargin: Kirigami.Units.smallSpacing
                spacing: Kirigami.Units.smallSpacing

                QQC2.Button {
                    objectName: "acceptRequestButton"
                    text: qsTr("Accept")
                    icon.name: "dialog-ok-apply"
                    Accessible.name: qsTr("Accept the request of %1").arg(delegate.displayName)
                    onClicked: delegate.acceptClicked()
                }

                QQC2.Button {
                    objectName: "declineRequestButton"
                    text: qsTr("Decline")
                    icon.name: "dialog-cancel"
                    Accessible.name: qsTr("Decline the request of %1").arg(delegate.displayName)
                    onClicked: delegate.declineClicked()
                }
            }
        }
    }
}
