import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// One community of a PubSub service (CommunityDirectoryModel): its title, node, description and
// counts, with Subscribe or Unsubscribe, and, on a community the user owns, a menu with the
// owner's Configure and Delete.
QQC2.ItemDelegate {
    id: delegate

    required property string service
    required property string node
    required property string title
    required property string displayTitle
    required property string description
    required property string accessModel
    required property int subscribers
    required property bool infoLoaded
    required property string subscriptionState
    required property var model

    signal subscribeRequested()
    signal unsubscribeRequested()
    // Whether the user owns the community (the model's "owned" role where it has one).
    readonly property bool owned: model.owned === true

    signal configureRequested()
    signal deleteRequested()

    objectName: "communityDelegate"
    hoverEnabled: false
    down: false

    contentItem: RowLayout {
        spacing: Kirigami.Units.largeSpacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            QQC2.Label {
                objectName: "communityTitle"
                Layout.fillWidth: true
                text: delegate.displayTitle
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.bold: true
            }

            QQC2.Label {
                objectName: "communityDescription"
                Layout.fillWidth: true
                visible: text !== ""
                text: delegate.description
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: delegate.subscribers >= 0 ? qsTr("%1 · %n subscriber(s)", "", delegate.subscribers).arg(delegate.node) : delegate.node
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font: Kirigami.Theme.smallFont
                color: Kirigami.Theme.disabledTextColor
            }
        }

        QQC2.Button {
            objectName: "communitySubscribeButton"
            text: delegate.subscriptionState === "subscribed" ? qsTr("Unsubscribe")
                : delegate.subscriptionState === "pending" ? qsTr("Cancel Request")
                : qsTr("Subscribe")
            onClicked: {
                if (delegate.subscriptionState === "none") {
                    delegate.subscribeRequested();
                } else {
                    delegate.unsubscribeRequested();
                }
            }
        }

        OwnerMenuButton {
            visible: delegate.owned
            onConfigureRequested: delegate.configureRequested()
            onDeleteRequested: delegate.deleteRequested()
        }
    }
}
