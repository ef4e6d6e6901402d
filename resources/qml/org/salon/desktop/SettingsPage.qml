import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.desktop 1.0

// The app-wide settings: the window and the tray, start at login, desktop notifications by
// kind with do-not-disturb, and the colour theme. Each change applies and is saved at once.
// The labels sit beside their switches in a plain column, because Kirigami.FormLayout (5.103)
// reports a binding loop.
Kirigami.ScrollablePage {
    id: page

    required property DesktopSettings settings

    objectName: "settingsPage"
    title: qsTr("Settings")

    ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        Kirigami.InlineMessage {
            id: errorMessage

            objectName: "settingsError"
            Layout.fillWidth: true
            type: Kirigami.MessageType.Error
            showCloseButton: true
            visible: text !== ""
        }

        Kirigami.Heading {
            level: 3
            text: qsTr("Window")
        }

        QQC2.Switch {
            objectName: "closeToTraySwitch"
            text: qsTr("Keep running in the tray when the window is closed")
            checked: page.settings.closeToTray
            onToggled: page.settings.closeToTray = checked
        }

        QQC2.Switch {
            objectName: "startAtLoginSwitch"
            text: qsTr("Start Salon when I log in")
            checked: page.settings.startAtLogin
            onToggled: {
                page.settings.startAtLogin = checked;
                // A failed write leaves the setting as it was.
                checked = Qt.binding(() => page.settings.startAtLogin);
            }
        }

        Kirigami.Heading {
            level: 3
            Layout.topMargin: Kirigami.Units.largeSpacing
            text: qsTr("Notifications")
        }

        QQC2.Switch {
            objectName: "doNotDisturbSwitch"
            text: qsTr("Do not disturb: show no notifications")
            checked: page.settings.doNotDisturb
            onToggled: page.settings.doNotDisturb = checked
        }

        QQC2.CheckBox {
            objectName: "messageNotificationsCheckBox"
            text: qsTr("New messages")
            enabled: !page.settings.doNotDisturb
            checked: page.settings.messageNotifications
            onToggled: page.settings.messageNotifications = checked
        }

        QQC2.CheckBox {
            objectName: "mentionNotificationsCheckBox"
            text: qsTr("Mentions of my nickname in rooms")
            enabled: !page.settings.doNotDisturb
            checked: page.settings.mentionNotifications
            onToggled: page.settings.mentionNotifications = checked
        }

        QQC2.CheckBox {
            objectName: "commentNotificationsCheckBox"
            text: qsTr("Comments on my posts")
            enabled: !page.settings.doNotDisturb
            checked: page.settings.commentNotifications
            onToggled: page.settings.commentNotifications = checked
        }

        QQC2.CheckBox {
            objectName: "likeNotificationsCheckBox"
            text: qsTr("Likes of my posts")
            enabled: !page.settings.doNotDisturb
            checked: page.settings.likeNotifications
            onToggled: page.settings.likeNotifications = checked
        }

        Kirigami.Heading {
            level: 3
            Layout.topMargin: Kirigami.Units.largeSpacing
            text: qsTr("Appearance")
        }

        RowLayout {
            QQC2.Label {
                text: qsTr("Theme:")
            }

            QQC2.ComboBox {
                objectName: "themeComboBox"
                // In the order of DesktopSettings.Theme: System, Light, Dark.
                model: [qsTr("Follow the system"), qsTr("Light"), qsTr("Dark")]
                currentIndex: page.settings.theme
                onActivated: index => page.settings.theme = index
            }
        }
    }

    Connections {
        target: page.settings

        function onStartAtLoginFailed(errorText) {
            errorMessage.text = errorText;
        }
    }
}
