import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.core 1.0
import org.salon.contacts 1.0

// The account's contacts, in sections by roster group (a contact in two groups shows in both), below the subscription
// requests that wait for an answer and above the blocked addresses. The page
// adds, renames, regroups and removes contacts through the account's RosterService,
// blocks and unblocks through its BlockingService, shows and edits profiles
// through its ProfileService, changes the user's avatar through its
// AvatarService and AvatarPublisher, and shows the failures they report.
Kirigami.ScrollablePage {
    id: page

    // The account's ContactsModel.
    property alias contactsModel: sortedContacts.contacts
    // The account's RosterService, which carries out the actions.
    property RosterService roster
    // The account's SubscriptionRequestsModel.
    property SubscriptionRequestsModel subscriptionRequests
    // The account's BlockingService, which blocks and unblocks.
    property QtObject blocking
    // The account's BlockedModel.
    property QtObject blockedContacts
    // Whether the user's server supports blocking (ServerFeatures.blocking).
    property bool blockingSupported: true
    // The account's ProfileService, which requests and publishes profiles.
    property QtObject profiles
    // The account's ProfilesModel.
    property QtObject profileCards
    // The account's AvatarService.
    property QtObject avatars
    // The account's AvatarPublisher, which publishes an image file as the user's avatar.
    property QtObject avatarPublisher
    // The account's own bare JID, whose profile "Edit My Profile" edits.
    property string ownJid

    // Whether the list had contacts when its count last changed.
    property bool hadContacts: false

    // Emitted each time the list goes from no contact to some contacts.
    signal contactsShown()
    // Emitted for each failed action that the message above the list shows.
    signal failureReported(string message)
    // Emitted when the user wants to write to jid, from the contact list or a profile;
    // displayName is the contact's name, or the JID.
    signal conversationRequested(string jid, string displayName)
    // The user asked for the posts of jid from its profile.
    signal postsRequested(string jid, string displayName)

    objectName: "contactsPage"
    title: qsTr("Contacts")

    // Opens the add-contact dialog with jid, and optionally its name and group, filled in.
    function openAddContact(jid, name, group) {
        addContactDialog.openWith(jid, name, group);
    }

    actions.main: Kirigami.Action {
        objectName: "addContactAction"
        text: qsTr("Add Contact…")
        icon.name: "list-add-user"
        tooltip: qsTr("Add a contact and ask to see their presence")
        onTriggered: addContactDialog.openWith("")
    }

    actions.right: Kirigami.Action {
        objectName: "editProfileAction"
        text: qsTr("Edit My Profile…")
        icon.name: "document-edit"
        tooltip: qsTr("Edit the profile that others see")
        enabled: page.profiles !== null && page.ownJid !== ""
        onTriggered: editProfileDialog.openFor(page.ownJid)
    }

    Connections {
        target: page.roster

        function onActionFailed(jid, message) {
            if (!addContactDialog.takeFailure(jid, message)) {
                page.failureReported(message);
            }
        }
    }

    Connections {
        target: page.blocking

        function onActionFailed(jid, message) {
            page.failureReported(message);
        }
    }

    Connections {
        target: page.profiles

        function onActionFailed(jid, message) {
            page.failureReported(message);
        }
    }

    // Failures to change the user's avatar show in the profile dialog while it is open.
    Connections {
        target: page.avatars

        function onActionFailed(jid, message) {
            if (!editProfileDialog.takeAvatarFailure(message)) {
                page.failureReported(message);
            }
        }
    }

    Connections {
        target: page.avatarPublisher

        function onActionFailed(file, message) {
            if (!editProfileDialog.takeAvatarFailure(message)) {
                page.failureReported(message);
            }
        }
    }

    ProfileSheet {
        id: profileSheet

        profiles: page.profiles
        profileCards: page.profileCards
        avatars: page.avatars
        onConversationRequested: (jid, displayName) => page.conversationRequested(jid, displayName)
        onPostsRequested: (jid, displayName) => page.postsRequested(jid, displayName)
    }

    EditProfileDialog {
        id: editProfileDialog

        profiles: page.profiles
        profileCards: page.profileCards
        avatars: page.avatars
        avatarPublisher: page.avatarPublisher
    }

    AddContactDialog {
        id: addContactDialog

        roster: page.roster
        onContactAdded: jid => applicationWindow().showPassiveNotification(qsTr("Asked %1 to share their presence").arg(jid))
    }

    RenameContactDialog {
        id: renameContactDialog

        roster: page.roster
    }

    EditGroupsDialog {
        id: editGroupsDialog

        roster: page.roster
    }

    RemoveContactDialog {
        id: removeContactDialog

        roster: page.roster
    }

    ListView {
        id: contactList

        objectName: "contactList"
        model: ContactListModel {
            id: sortedContacts
        }
        delegate: ContactDelegate {
            blockingSupported: page.blockingSupported
            onConversationRequested: page.conversationRequested(jid, displayName)
            onProfileRequested: profileSheet.openFor(jid, displayName)
            onRenameRequested: renameContactDialog.openFor(jid, name, displayName)
            onEditGroupsRequested: editGroupsDialog.openFor(jid, displayName, groups, sortedContacts.groupNames())
            onRemoveRequested: removeContactDialog.openFor(jid, displayName)
            onBlockRequested: block => block ? page.blocking.block(jid) : page.blocking.unblock(jid)
        }

        footer: BlockedContactsSection {
            width: ListView.view.width
            blocking: page.blocking
            blockedContacts: page.blockedContacts
            avatars: page.avatars
        }

        header: ColumnLayout {
            width: ListView.view.width
            spacing: 0

            Kirigami.InlineMessage {
                id: failureMessage

                objectName: "contactsFailureMessage"
                Layout.fillWidth: true
                Layout.margins: Kirigami.Units.smallSpacing
                type: Kirigami.MessageType.Error
                showCloseButton: true
                visible: false

                // The list creates its header itself, so the message follows the page's signal.
                Connections {
                    target: page

                    function onFailureReported(message) {
                        failureMessage.text = message;
                        failureMessage.visible = true;
                    }
                }
            }

            SubscriptionRequestsSection {
                Layout.fillWidth: true
                roster: page.roster
                requests: page.subscriptionRequests
            }
        }

        section.property: "section"
        section.criteria: ViewSection.FullString
        section.delegate: Kirigami.ListSectionHeader {
            // The section is one of the contact's roster groups, empty for contacts in no group.
            required property string section

            objectName: "contactSection"
            width: ListView.view.width
            label: section !== "" ? section : qsTr("No group")
        }

        onCountChanged: {
            if (count > 0 && !page.hadContacts) {
                page.hadContacts = true;
                page.contactsShown();
            } else if (count === 0) {
                page.hadContacts = false;
            }
        }

        Kirigami.PlaceholderMessage {
            objectName: "contactsPlaceholder"
            anchors.centerIn: parent
            // Below the requests, when some wait.
            anchors.verticalCenterOffset: contactList.headerItem ? contactList.headerItem.height / 2 : 0
            // The list is 0 wide when the page is created; a negative width would make
            // the message's layout rearrange itself in a loop.
            width: Math.max(Kirigami.Units.gridUnit * 8, parent.width - Kirigami.Units.gridUnit * 4)
            visible: contactList.count === 0
            icon.name: "im-user"
            text: qsTr("No contacts yet")
            explanation: qsTr("People you add to your contacts, and people who accept your requests, appear here.")
            helpfulAction: Kirigami.Action {
                text: qsTr("Add Contact…")
                icon.name: "list-add-user"
                onTriggered: addContactDialog.openWith("")
            }
        }
    }
}
