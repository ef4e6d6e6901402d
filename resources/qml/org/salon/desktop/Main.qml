import QtQuick 2.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.core 1.0
import org.salon.account 1.0 as SalonAccount
import org.salon.contacts 1.0 as SalonContacts

// The window of one account: the sign-in page until the account is online,
// then its contacts, which stay on screen while the account reconnects.
Kirigami.ApplicationWindow {
    id: root

    required property Account account
    // The account's AvatarPublisher, which publishes an image file as the user's avatar.
    required property AvatarPublisher avatarPublisher
    // JID given on the command line, filled into the sign-in page.
    property string initialJid

    // "signIn" or "contacts": the page on the page stack.
    readonly property alias currentPageName: pageState.name

    // Emitted each time the contact list goes from no contact to some contacts.
    signal contactsShown()

    title: currentPageName === "contacts" ? qsTr("%1 – Salon").arg(account.jid) : qsTr("Salon")
    width: Kirigami.Units.gridUnit * 26
    height: Kirigami.Units.gridUnit * 34
    minimumWidth: Kirigami.Units.gridUnit * 18
    minimumHeight: Kirigami.Units.gridUnit * 20

    function showPageForState() {
        if (account.state === Account.Online) {
            pageState.hasBeenOnline = true;
        } else if (account.state === Account.Offline) {
            pageState.hasBeenOnline = false;
        }

        // A first sign-in that cannot reach the server also reconnects; it stays on the sign-in page.
        const showContacts = account.state === Account.Online
            || (account.state === Account.Reconnecting && pageState.hasBeenOnline);
        const name = showContacts ? "contacts" : "signIn";
        if (name === pageState.name) {
            return;
        }

        pageState.name = name;
        pageStack.clear();
        pageStack.push(showContacts ? contactsPageComponent : signInPageComponent);
    }

    Component.onCompleted: showPageForState()

    QtObject {
        id: pageState

        property string name
        // Whether the account has been online since it last signed in.
        property bool hasBeenOnline: false
    }

    Connections {
        target: root.account

        function onStateChanged() {
            root.showPageForState();
        }
    }

    Component {
        id: signInPageComponent

        SalonAccount.SignInPage {
            account: root.account
            initialJid: root.initialJid
        }
    }

    Component {
        id: contactsPageComponent

        SalonContacts.ContactsPage {
            contactsModel: root.account.contacts
            roster: root.account.roster
            subscriptionRequests: root.account.subscriptionRequests
            blocking: root.account.blocking
            blockedContacts: root.account.blockedContacts
            blockingSupported: root.account.serverFeatures.blocking
            profiles: root.account.profiles
            profileCards: root.account.profileCards
            avatars: root.account.avatars
            avatarPublisher: root.avatarPublisher
            ownJid: root.account.jid
            header: SalonAccount.ConnectionBanner {
                account: root.account
            }
            actions.contextualActions: [
                Kirigami.Action {
                    objectName: "signOutAction"
                    text: qsTr("Sign Out")
                    icon.name: "system-log-out"
                    tooltip: qsTr("Disconnect %1 from the server").arg(root.account.jid)
                    onTriggered: root.account.signOut()
                }
            ]
            onContactsShown: root.contactsShown()
        }
    }
}
