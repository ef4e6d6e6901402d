import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.social 1.0

// Explore in two tabs. "Communities" lists the public communities (access model "open") of the
// PubSub services of the user's server, found through CommunityDirectory; a click opens the
// community's page. "Tags" lists the cached public posts with a tag (TaggedPostsModel); the page
// opens on that tab when it is created with a tag, as a click on a post's tag does.
Kirigami.Page {
    id: page

    // The account's Account.
    property QtObject account
    readonly property QtObject directory: account.communities.directory
    readonly property QtObject listing: account.communityDirectory
    // The tag whose posts show; empty shows the communities first.
    property string tag
    // The open TaggedPostsModel, or null.
    property QtObject taggedPosts: null

    signal communityRequested(string service, string node, string title)
    signal profileRequested(string jid, string name)

    // Shows the posts with newTag, closing the model of the tag before.
    function showTag(newTag) {
        const trimmed = newTag.trim().replace(/^#/, "");
        if (taggedPosts !== null) {
            const model = taggedPosts;
            taggedPosts = null;
            account.postPages.closeModel(model);
        }
        tag = trimmed;
        tagField.text = trimmed;
        if (trimmed !== "") {
            taggedPosts = account.postPages.openTaggedPosts(trimmed);
            tabs.currentIndex = 1;
        }
    }

    objectName: "explorePage"
    title: qsTr("Explore")
    padding: 0

    Component.onCompleted: {
        directory.findServices("");
        if (tag !== "") {
            showTag(tag);
        }
    }
    Component.onDestruction: {
        directory.cancel();
        if (taggedPosts !== null) {
            const model = taggedPosts;
            taggedPosts = null;
            account.postPages.closeModel(model);
        }
    }

    Connections {
        target: page.directory

        function onServicesFound(server, services) {
            serviceBox.model = services;
            if (services.length > 0) {
                serviceBox.currentIndex = 0;
                page.directory.requestCommunities(services[0]);
            }
        }
    }

    AuthorAvatars {
        id: authorAvatars

        avatars: page.account.avatars
    }

    header: QQC2.TabBar {
        id: tabs

        objectName: "exploreTabs"

        QQC2.TabButton {
            objectName: "exploreCommunitiesTab"
            text: qsTr("Communities")
        }

        QQC2.TabButton {
            objectName: "exploreTagsTab"
            text: qsTr("Tags")
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        ColumnLayout {
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Kirigami.Units.smallSpacing

                QQC2.Label {
                    text: qsTr("Service:")
                }

                QQC2.ComboBox {
                    id: serviceBox

                    objectName: "exploreServiceBox"
                    Layout.fillWidth: true
                    onActivated: page.directory.requestCommunities(currentText)
                }

                QQC2.BusyIndicator {
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
                    id: communityList

                    objectName: "exploreCommunityList"
                    clip: true
                    model: page.listing
                    delegate: QQC2.ItemDelegate {
                        id: community

                        required property string service
                        required property string node
                        required property string displayTitle
                        required property string description
                        required property string accessModel

                        objectName: "exploreCommunityDelegate"
                        width: ListView.view.width
                        // Only public communities show; the others keep no height.
                        visible: accessModel === "open"
                        height: visible ? implicitHeight : 0
                        onClicked: page.communityRequested(service, node, displayTitle)

                        contentItem: ColumnLayout {
                            spacing: 0

                            QQC2.Label {
                                Layout.fillWidth: true
                                text: community.displayTitle
                                textFormat: Text.PlainText
                                elide: Text.ElideRight
                                font.bold: true
                            }

                            QQC2.Label {
                                Layout.fillWidth: true
                                visible: text !== ""
                                text: community.description
                                textFormat: Text.PlainText
                                wrapMode: Text.Wrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                            }

                            QQC2.Label {
                                Layout.fillWidth: true
                                text: qsTr("%1 on %2").arg(community.node).arg(community.service)
                                textFormat: Text.PlainText
                                elide: Text.ElideRight
                                font: Kirigami.Theme.smallFont
                                color: Kirigami.Theme.disabledTextColor
                            }
                        }
                    }

                    Kirigami.PlaceholderMessage {
                        anchors.centerIn: parent
                        width: Math.max(Kirigami.Units.gridUnit * 8, parent.width - Kirigami.Units.gridUnit * 4)
                        visible: communityList.count === 0 && !page.listing.loading
                        icon.name: "system-users"
                        text: qsTr("No public communities found")
                    }
                }
            }
        }

        ColumnLayout {
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Kirigami.Units.smallSpacing

                QQC2.TextField {
                    id: tagField

                    objectName: "exploreTagField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Tag, such as news")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    onAccepted: page.showTag(text)
                }

                QQC2.Button {
                    objectName: "exploreTagButton"
                    icon.name: "search"
                    text: qsTr("Show")
                    onClicked: page.showTag(tagField.text)
                }
            }

            QQC2.ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true

                ListView {
                    id: taggedList

                    objectName: "taggedPostList"
                    clip: true
                    model: page.taggedPosts
                    spacing: Kirigami.Units.smallSpacing
                    onAtYEndChanged: {
                        if (atYEnd && page.taggedPosts !== null && page.taggedPosts.canLoadMore && !page.taggedPosts.loading) {
                            page.taggedPosts.loadMore();
                        }
                    }
                    delegate: PostDelegate {
                        width: ListView.view.width
                        authorAvatars: authorAvatars
                        commentsService: page.account.comments
                        onTagRequested: tag => page.showTag(tag)
                        onAuthorRequested: (jid, name) => page.profileRequested(jid, name)
                        onCommunityRequested: (service, node, title) => page.communityRequested(service, node, title)
                    }

                    Kirigami.PlaceholderMessage {
                        anchors.centerIn: parent
                        width: Math.max(Kirigami.Units.gridUnit * 8, parent.width - Kirigami.Units.gridUnit * 4)
                        visible: taggedList.count === 0
                        icon.name: "tag"
                        text: page.tag !== "" ? qsTr("No public posts with #%1").arg(page.tag) : qsTr("Choose a tag")
                        explanation: qsTr("Public posts of your own blog and of the communities you follow show here.")
                    }
                }
            }
        }
    }
}
