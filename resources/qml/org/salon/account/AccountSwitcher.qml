import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.core 1.0

// A row of buttons, one per account, with each account's avatar and unread messages, and the
// actions to add and remove accounts. The checked button is the account the window shows.
QQC2.ToolBar {
    id: bar

    // The app's AccountListModel.
    property AccountListModel accounts
    property int currentIndex: -1

    signal accountSelected(int row)
    signal addRequested()
    signal removeRequested(int row)

    objectName: "accountSwitcher"

    RowLayout {
        anchors.fill: parent
        spacing: Kirigami.Units.smallSpacing

        ListView {
            id: list

            objectName: "accountList"
            Layout.fillWidth: true
            Layout.preferredHeight: Kirigami.Units.gridUnit * 2
            orientation: ListView.Horizontal
            spacing: Kirigami.Units.smallSpacing
            clip: true
            model: bar.accounts
            currentIndex: bar.currentIndex

            // An AbstractButton, not a ToolButton: the desktop style's ToolButton paints its
            // text itself, under a custom contentItem.
            delegate: QQC2.AbstractButton {
                id: accountButton

                required property int index
                required property string jid
                required property string displayName
                required property string avatar
                required property int connectionState
                required property int unreadCount

                objectName: "accountButton"
                height: list.height
                leftPadding: Kirigami.Units.smallSpacing
                rightPadding: Kirigami.Units.smallSpacing
                checkable: true
                checked: index === bar.currentIndex
                hoverEnabled: true
                text: unreadCount > 0 ? qsTr("%1 (%2)", "an account's name, then its number of unread messages").arg(displayName).arg(unreadCount) : displayName
                QQC2.ToolTip.visible: hovered && jid !== ""
                QQC2.ToolTip.text: jid
                Accessible.name: text
                onClicked: bar.accountSelected(index)

                background: Rectangle {
                    radius: Kirigami.Units.smallSpacing
                    color: accountButton.checked ? Kirigami.Theme.highlightColor
                         : accountButton.hovered ? Kirigami.Theme.hoverColor : "transparent"
                    opacity: accountButton.checked ? 0.3 : 1
                }

                contentItem: RowLayout {
                    spacing: Kirigami.Units.smallSpacing

                    Kirigami.Avatar {
                        Layout.preferredWidth: Kirigami.Units.iconSizes.smallMedium
                        Layout.preferredHeight: Kirigami.Units.iconSizes.smallMedium
                        name: accountButton.displayName
                        source: accountButton.avatar
                        opacity: accountButton.connectionState === Account.Online ? 1 : 0.5
                    }

                    QQC2.Label {
                        objectName: "accountName"
                        text: accountButton.displayName
                    }

                    QQC2.Label {
                        objectName: "accountUnreadBadge"
                        visible: accountButton.unreadCount > 0
                        text: accountButton.unreadCount
                        color: Kirigami.Theme.highlightedTextColor
                        leftPadding: Kirigami.Units.smallSpacing
                        rightPadding: Kirigami.Units.smallSpacing
                        background: Rectangle {
                            radius: height / 2
                            color: Kirigami.Theme.highlightColor
                        }
                    }
                }
            }
        }

        QQC2.ToolButton {
            objectName: "addAccountButton"
            icon.name: "list-add"
            text: qsTr("Add Account")
            display: QQC2.AbstractButton.IconOnly
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: text
            onClicked: bar.addRequested()
        }

        QQC2.ToolButton {
            objectName: "removeAccountButton"
            icon.name: "list-remove"
            text: qsTr("Remove Account")
            display: QQC2.AbstractButton.IconOnly
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: text
            onClicked: bar.removeRequested(bar.currentIndex)
        }
    }
}
