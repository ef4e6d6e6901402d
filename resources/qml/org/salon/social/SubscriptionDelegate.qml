import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// One of the user's subscriptions to a community (SubscriptionsModel): its title, address and
// state, a switch for notifications of new posts, Unsubscribe, and, on a community the user owns,
// a menu with the owner's Configure and Delete.
QQC2.ItemDelegate {
    id: delegate

    required property string service
    required property string node
    required property string displayTitle
    // The model's "state" role; QQuickItem has a property of that name.
    required property var model
    readonly property string subscriptionState: model.state
    required property bool notify

    signal notifyToggled(bool notifyEnabled)
    signal unsubscribeRequested()
    // Whether the user owns the community (the model's "owned" role where it has one).
    readonly property bool owned: model.owned === true

    signal configureRequested()
    signal deleteRequested()

    objectName: "subscriptionDelegate"
    hoverEnabled: false
    down: false

    contentItem: RowLayout {
        spacing: Kirigami.Units.largeSpacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            QQC2.Label {
                objectName: "subscriptionTitle"
                Layout.fillWidth: true
                text: delegate.displayTitle
                textFormat: Text.PlainText
                elide: Text.ElideRight
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: delegate.subscriptionState === "pending" ? qsTr("%1 on %2 · waiting for approval").arg(delegate.node).arg(delegate.service)
                                                    : qsTr("%1 on %2").arg(delegate.node).arg(delegate.service)
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font: Kirigami.Theme.smallFont
                color: Kirigami.Theme.disabledTextColor
            }
        }

        QQC2.Switch {
            objectName: "subscriptionNotifySwitch"
            text: qsTr("Notify")
            checked: delegate.notify
            onToggled: delegate.notifyToggled(checked)
        }

        QQC2.Button {
            objectName: "unsubscribeButton"
            text: qsTr("Unsubscribe")
            onClicked: delegate.unsubscribeRequested()
        }

        OwnerMenuButton {
            visible: delegate.owned
            onConfigureRequested: delegate.configureRequested()
            onDeleteRequested: delegate.deleteRequested()
        }
    }
}
