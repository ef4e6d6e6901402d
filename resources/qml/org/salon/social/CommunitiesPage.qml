import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.rooms 1.0 as SalonRooms

// Communities (PubSub nodes, XEP-0060) in two tabs. "Subscribed" lists the user's subscriptions
// (SubscriptionsModel) with a notification switch and Unsubscribe. "Discover" finds the PubSub
// services of the user's server, or of a server the user types, and lists the nodes of the chosen
// service with their titles and descriptions (CommunityDirectoryModel) to subscribe to. Create
// Community makes a new one; Configure and Delete act on a community the user owns. A click on a
// community asks the window for its page. Failures of CommunityService and CommunityDirectory
// show above the tabs.
Kirigami.Page {
    id: page

    // The account's Account.
    property QtObject account
    readonly property QtObject communities: account.communities
    readonly property QtObject directory: account.communities.directory
    readonly property QtObject listing: account.communityDirectory

    // owned: whether the user owns the community, which offers the owner's actions on its page.
    signal communityRequested(string service, string node, string title, bool owned)

    function showFailure(message) {
        failureMessage.text = message;
        failureMessage.visible = true;
    }

    // Finds the PubSub services of server, or of the user's server when it is empty.
    function findServices(server) {
        failureMessage.visible = false;
        serviceBox.model = [];
        directory.findServices(server.trim());
    }

    function listService(service) {
        const trimmed = service.trim();
        if (trimmed !== "") {
            failureMessage.visible = false;
            directory.requestCommunities(trimmed);
        }
    }

    objectName: "communitiesPage"
    title: qsTr("Communities")
    padding: 0

    actions.main: Kirigami.Action {
        objectName: "createCommunityAction"
        icon.name: "list-add"
        text: qsTr("Create Community…")
        onTriggered: createDialog.openFor(serviceBox.currentText !== "" ? serviceBox.currentText : page.directory.services[0] || "")
    }
    actions.right: Kirigami.Action {
        objectName: "refreshSubscriptionsAction"
        icon.name: "view-refresh"
        text: qsTr("Refresh")
        onTriggered: {
            page.communities.refreshSubscriptions();
            if (page.listing.service !== "") {
                page.directory.refresh();
            }
        }
    }

    Component.onCompleted: findServices("")
    Component.onDestruction: directory.cancel()

    Connections {
        target: page.communities

        function onActionFailed(service, node, message) {
            page.showFailure(message);
        }

        function onCommunityCreated(service, node) {
            if (service === page.listing.service) {
                page.directory.refresh();
            }
        }

        function onCommunityDeleted(service, node) {
            if (service === page.listing.service) {
                page.directory.refresh();
            }
        }

        function onConfigurationSaved(service, node) {
            if (service === page.listing.service) {
                page.directory.refreshCommunity(node);
            }
        }
    }

    Connections {
        target: page.directory

        function onActionFailed(service, message) {
            page.showFailure(message);
        }

        function onServicesFound(server, services) {
            serviceBox.model = services;
            if (services.length > 0) {
                serviceBox.currentIndex = 0;
                page.listService(services[0]);
            } else {
                page.showFailure(qsTr("%1 offers no community service.").arg(server !== "" ? server : qsTr("Your server")));
            }
        }
    }

    CreateCommunityDialog {
        id: createDialog

        communities: page.communities
    }

    CommunityConfigurationDialog {
        id: configurationDialog

        communities: page.communities
    }

    DeleteCommunityDialog {
        id: deleteDialog

        onDeleteRequested: (service, node) => page.communities.deleteCommunity(service, node)
    }

    header: ColumnLayout {
        spacing: 0

        Kirigami.InlineMessage {
            id: failureMessage

            objectName: "communitiesFailureMessage"
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            type: Kirigami.MessageType.Error
            showCloseButton: true
            visible: false
        }

        QQC2.TabBar {
            id: tabs

            objectName: "communityTabs"
            Layout.fillWidth: true

            QQC2.TabButton {
                objectName: "subscribedTab"
                text: page.account.subscriptions.count > 0 ? qsTr("Subscribed (%1)").arg(page.account.subscriptions.count) : qsTr("Subscribed")
            }

            QQC2.TabButton {
                objectName: "discoverTab"
                text: qsTr("Discover")
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        QQC2.ScrollView {
            ListView {
                id: subscriptionList

                objectName: "subscriptionList"
                clip: true
                model: page.account.subscriptions
                delegate: SubscriptionDelegate {
                    width: ListView.view.width
                    onNotifyToggled: notifyEnabled => page.communities.setNotify(service, node, notifyEnabled)
                    onUnsubscribeRequested: page.communities.unsubscribe(service, node)
                    onConfigureRequested: configurationDialog.openFor(service, node, displayTitle)
                    onDeleteRequested: deleteDialog.openFor(service, node, displayTitle)
                    onClicked: page.communityRequested(service, node, displayTitle, owned)
                }

                Kirigami.PlaceholderMessage {
                    anchors.centerIn: parent
                    width: Math.max(Kirigami.Units.gridUnit * 8, parent.width - Kirigami.Units.gridUnit * 4)
                    visible: subscriptionList.count === 0
                    icon.name: "system-users"
                    text: qsTr("No communities yet")
                    explanation: qsTr("Discover the communities of your server or of any other, or create one.")
                }
            }
        }

        ColumnLayout {
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Kirigami.Units.smallSpacing
                spacing: Kirigami.Units.smallSpacing

                QQC2.TextField {
                    id: serverField

                    objectName: "communityServerField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Server, such as example.org; empty for yours")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhUrlCharactersOnly
                    onAccepted: page.findServices(text)
                }

                QQC2.Button {
                    objectName: "findServicesButton"
                    text: qsTr("Find")
                    icon.name: "search"
                    onClicked: page.findServices(serverField.text)
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Kirigami.Units.smallSpacing
                Layout.rightMargin: Kirigami.Units.smallSpacing
                spacing: Kirigami.Units.smallSpacing

                QQC2.Label {
                    text: qsTr("Service:")
                }

                QQC2.ComboBox {
                    id: serviceBox

                    objectName: "communityServiceBox"
                    Layout.fillWidth: true
                    onActivated: page.listService(currentText)
                }

                QQC2.BusyIndicator {
                    objectName: "communitiesLoading"
                    Layout.preferredHeight: serviceBox.height
                    Layout.preferredWidth: serviceBox.height
                    running: page.listing.loading
                    visible: running
                }
            }

            QQC2.ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true

                ListView {
                    id: directoryList

                    objectName: "communityDirectoryList"
                    clip: true
                    model: page.listing
                    delegate: CommunityDelegate {
                        width: ListView.view.width
                        onSubscribeRequested: page.communities.subscribe(service, node, title)
                        onUnsubscribeRequested: page.communities.unsubscribe(service, node)
                        onConfigureRequested: configurationDialog.openFor(service, node, displayTitle)
                        onDeleteRequested: deleteDialog.openFor(service, node, displayTitle)
                        onClicked: page.communityRequested(service, node, displayTitle, owned)
                    }

                    Kirigami.PlaceholderMessage {
                        anchors.centerIn: parent
                        width: Math.max(Kirigami.Units.gridUnit * 8, parent.width - Kirigami.Units.gridUnit * 4)
                        visible: directoryList.count === 0 && !page.listing.loading
                        icon.name: "edit-find"
                        text: page.listing.service !== "" ? qsTr("No communities on %1").arg(page.listing.service) : qsTr("No service chosen")
                    }
                }
            }
        }
    }
}
