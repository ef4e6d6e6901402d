import QtQuick 2.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.core 1.0
import org.salon.account 1.0 as SalonAccount
import org.salon.chat 1.0 as SalonChat
import org.salon.contacts 1.0 as SalonContacts
import org.salon.rooms 1.0 as SalonRooms
import org.salon.social 1.0 as SalonSocial

// The window of the app's accounts. The account switcher at the top chooses the account that the
// window shows; each account keeps its first page and its open conversation or room while
// another one is shown. The window shows the sign-in page until the account is online (or, with
// a cache from an earlier sign-in, until it starts connecting), then its contacts, its chats, its
// group chat rooms or its news feed, chosen in the tab bar at the bottom, which stay on screen
// while the account reconnects. A conversation, a room, the public rooms, the communities, a
// community's page, a user's posts, the explore page, the message search (Ctrl+F) or the settings
// open on top of them. MainShortcuts holds the keyboard shortcuts, and F1 lists them.
Kirigami.ApplicationWindow {
    id: root

    // The DesktopApp, with the accounts and the current one.
    required property DesktopApp app
    readonly property AccountSession session: app.currentSession
    readonly property Account account: session.account
    // The account's AvatarPublisher, which publishes an image file as the user's avatar.
    readonly property AvatarPublisher avatarPublisher: session.avatarPublisher
    // The account's MessageNotifier, which sends nothing for the conversation that the user sees.
    readonly property QtObject messageNotifier: session.messageNotifier
    // The account's RoomMentionNotifier, which sends nothing for the room that the user sees.
    readonly property QtObject mentionNotifier: session.mentionNotifier
    // The app-wide DesktopSettings, shown on the settings page.
    property QtObject desktopSettings

    // "signIn", "contacts", "chats", "rooms" or "feed": the first page on the page stack.
    readonly property alias currentPageName: pageState.name

    // Emitted each time the contact list goes from no contact to some contacts.
    signal contactsShown()

    title: currentPageName !== "signIn" ? qsTr("%1 – Salon").arg(account.jid) : qsTr("Salon")
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

        // An account with a cache from an earlier sign-in shows its cached contacts at once, while
        // it connects or cannot reach the server. A first sign-in of an address has no cache and
        // no verified password, so it stays on the sign-in page until the server accepts it,
        // also while it retries an unreachable server. A wrong password turns the account
        // offline, which shows the sign-in page with the error in both cases.
        const connecting = account.state === Account.Connecting || account.state === Account.Reconnecting;
        const signedIn = account.state === Account.Online
            || (connecting && (pageState.hasBeenOnline || account.hasCachedData));
        if (!signedIn) {
            showPage("signIn");
        } else if (pageState.name === "signIn" || pageState.name === "") {
            showPage("contacts");
        }
    }

    // Replaces the pages with the page name: "signIn", "contacts", "chats", "rooms" or "feed".
    function showPage(name) {
        if (name === pageState.name) {
            // The tab of the page on screen closes a conversation opened on top of it.
            if (pageStack.depth > 1) {
                pageStack.pop(pageStack.get(0));
            }
            return;
        }
        pageState.name = name;
        chatsAction.checked = name === "chats";
        roomsAction.checked = name === "rooms";
        contactsAction.checked = name === "contacts";
        feedAction.checked = name === "feed";
        pageStack.clear();
        if (name === "chats") {
            pageStack.push(chatsPageComponent);
        } else if (name === "rooms") {
            pageStack.push(roomsPageComponent);
        } else if (name === "contacts") {
            pageStack.push(contactsPageComponent);
        } else if (name === "feed") {
            pageStack.push(feedPageComponent);
        } else {
            pageStack.push(signInPageComponent);
        }
    }

    // Shows the communities on top of the first page.
    function openCommunities() {
        if (pageStack.depth > 1) {
            pageStack.pop(pageStack.get(0));
        }
        pageStack.push(communitiesPageComponent);
    }

    // Shows the posts of the community node at service on top of the first page; owned offers
    // the owner's actions.
    function openCommunityPage(service, node, title, owned) {
        if (pageStack.depth > 1) {
            pageStack.pop(pageStack.get(0));
        }
        pageStack.push(postListPageComponent, { service: service, node: node, displayTitle: title || "", owned: owned === true });
    }

    // Shows the posts of the community node at service; title may be empty.
    function openCommunity(service, node, title) {
        openCommunityPage(service, node, title, false);
    }

    // Shows the posts of the user jid on top of the first page; name is the page's title.
    function openProfilePosts(jid, name) {
        if (pageStack.depth > 1) {
            pageStack.pop(pageStack.get(0));
        }
        pageStack.push(postListPageComponent, { service: jid, node: "", displayTitle: name || jid });
    }

    // Shows the explore page on top of the first page, with the posts of tag when it is not empty.
    function openExplore(tag) {
        if (pageStack.depth > 1) {
            pageStack.pop(pageStack.get(0));
        }
        pageStack.push(explorePageComponent, { tag: tag || "" });
    }

    // Shows the feed with the post itemId of node at service in view and its comments expanded.
    function openPost(service, node, itemId) {
        showPage("feed");
        if (pageStack.depth > 1) {
            pageStack.pop(pageStack.get(0));
        }
        const feedPage = pageStack.get(0);
        if (feedPage !== null && feedPage.objectName === "feedPage") {
            feedPage.showPost(service, node, itemId);
        }
    }

    // Shows the conversation with jid on top of the contacts or chats; displayName is its title.
    function openConversation(jid, displayName) {
        if (pageStack.depth > 1) {
            pageStack.pop(pageStack.get(0));
        }
        pageStack.push(conversationPageComponent, {
            peer: jid,
            displayName: displayName || jid,
        });
    }

    // Shows the group chat room jid on top of the first page.
    function openRoom(jid) {
        if (pageStack.depth > 1) {
            pageStack.pop(pageStack.get(0));
        }
        pageStack.push(roomPageComponent, { roomJid: jid });
    }

    // Shows the contacts with the add-contact dialog open, jid and optionally name and group
    // filled in, for an xmpp: URI with ?subscribe or ?roster.
    function openAddContact(jid, name, group) {
        showPage("contacts");
        if (pageStack.depth > 1) {
            pageStack.pop(pageStack.get(0));
        }
        pageStack.get(0).openAddContact(jid, name, group);
    }

    // Shows the settings on top of the first page.
    function openSettings() {
        if (root.desktopSettings === null) {
            return;
        }
        const top = pageStack.currentItem;
        if (top !== null && top.objectName === "settingsPage") {
            return;
        }
        if (pageStack.depth > 1) {
            pageStack.pop(pageStack.get(0));
        }
        pageStack.push(settingsPageComponent, { settings: root.desktopSettings });
    }

    // Shows the public rooms of the server on top of the first page.
    function openPublicRooms() {
        if (pageStack.depth > 1) {
            pageStack.pop(pageStack.get(0));
        }
        pageStack.push(publicRoomsPageComponent);
    }

    // Shows the message messageId of the conversation with jid, or of the group chat room jid when
    // groupChat is true, highlighted. A search page stays below the conversation, so that going
    // back returns to the results.
    function openMessage(jid, displayName, messageId, groupChat) {
        const top = pageStack.currentItem;
        const shown = top !== null && (groupChat ? top.objectName === "roomPage" && top.roomJid === jid
                                                 : top.objectName === "conversationPage" && top.peer === jid);
        if (shown) {
            top.jumpToMessage(messageId);
            return;
        }
        let below = pageStack.get(0);
        for (let index = 1; index < pageStack.depth; ++index) {
            if (pageStack.get(index).objectName === "messageSearchPage") {
                below = pageStack.get(index);
            }
        }
        pageStack.pop(below);
        if (groupChat) {
            pageStack.push(roomPageComponent, { roomJid: jid, revealMessageId: messageId });
            return;
        }
        pageStack.push(conversationPageComponent, {
            peer: jid,
            displayName: displayName || jid,
            revealMessageId: messageId,
        });
    }

    // Shows the message search on top of the contacts or chats.
    function openMessageSearch() {
        if (root.currentPageName === "signIn") {
            return;
        }
        const top = pageStack.currentItem;
        if (top !== null && top.objectName === "messageSearchPage") {
            top.focusField();
            return;
        }
        if (pageStack.depth > 1) {
            pageStack.pop(pageStack.get(0));
        }
        // The model keeps the last results, and a new page starts a new search. The page cannot
        // clear them when it goes: Kirigami 5.103's page row kept a removed search page alive.
        root.account.messageSearch.clear();
        pageStack.push(messageSearchPageComponent);
    }

    // Shows the account of row, keeping the pages of the account that goes out of view.
    function switchAccount(row) {
        if (row === app.currentIndex || app.accounts.sessionAt(row) === null) {
            return;
        }
        pageState.saved[session] = savedPages();
        pageStack.clear();
        pageState.name = "";
        app.setCurrentIndex(row);
        restorePages(pageState.saved[session]);
    }

    // Adds an account and shows its sign-in page.
    function addAccount() {
        pageState.saved[session] = savedPages();
        pageStack.clear();
        pageState.name = "";
        app.addAccount();
        restorePages(undefined);
    }

    // Removes the account of row; deleteCache is whether its cached data goes too.
    function removeAccount(row, deleteCache) {
        if (row === app.currentIndex) {
            pageStack.clear();
            pageState.name = "";
            app.removeAccount(row, deleteCache);
            restorePages(pageState.saved[session]);
        } else {
            app.removeAccount(row, deleteCache);
        }
    }

    // Returns what restorePages() needs to show the current pages again.
    // NOTE: the scroll positions of the pages are not kept, and of the pages on top of the first
    // one only a conversation or a room comes back.
    function savedPages() {
        const top = pageStack.currentItem;
        const pages = { name: pageState.name, hasBeenOnline: pageState.hasBeenOnline };
        if (top !== null && top.objectName === "conversationPage") {
            pages.conversation = top.peer;
            pages.displayName = top.displayName;
        } else if (top !== null && top.objectName === "roomPage") {
            pages.room = top.roomJid;
        }
        return pages;
    }

    function restorePages(pages) {
        pageState.hasBeenOnline = pages !== undefined && pages.hasBeenOnline;
        showPageForState();
        if (pages === undefined || pageState.name === "signIn") {
            return;
        }
        if (pages.name !== "" && pages.name !== "signIn") {
            showPage(pages.name);
        }
        if (pages.conversation !== undefined) {
            openConversation(pages.conversation, pages.displayName);
        } else if (pages.room !== undefined) {
            openRoom(pages.room);
        }
    }

    Component.onCompleted: showPageForState()

    QtObject {
        id: pageState

        property string name
        // Whether the account has been online since it last signed in.
        property bool hasBeenOnline: false
        // savedPages() of each account out of view. The keys are the AccountSession objects turned into strings, which name their addresses.
        property var saved: ({})
    }

    header: SalonAccount.AccountSwitcher {
        accounts: root.app.accounts
        currentIndex: root.app.currentIndex
        // The first sign-in shows only the sign-in page.
        visible: root.app.accounts.count > 1 || root.currentPageName !== "signIn"
        onAccountSelected: row => root.switchAccount(row)
        onAddRequested: root.addAccount()
        onRemoveRequested: row => removeAccountDialog.openFor(row, root.app.accounts.sessionAt(row).account.jid)
    }

    SalonAccount.RemoveAccountDialog {
        id: removeAccountDialog

        onRemovalConfirmed: (row, deleteCache) => root.removeAccount(row, deleteCache)
    }

    // The conversation on top of the page stack, while the window has the focus, is the one in view.
    Binding {
        target: root.messageNotifier
        property: "viewedConversation"
        value: {
            const page = pageStack.currentItem;
            const viewed = page !== null && page.objectName === "conversationPage" && page.inView && root.active;
            return viewed ? page.peer : "";
        }
    }

    // Likewise the room on top of the page stack.
    Binding {
        target: root.mentionNotifier
        property: "viewedRoom"
        value: {
            const page = pageStack.currentItem;
            const viewed = page !== null && page.objectName === "roomPage" && page.inView && root.active;
            return viewed ? page.roomJid : "";
        }
    }

    Connections {
        target: root.account

        function onStateChanged() {
            root.showPageForState();
        }

        // Later, from the event loop: switching pages inside this signal crashed every start with
        // a cache (the desktop style's tab actions set each other's checked state without end).
        function onHasCachedDataChanged() {
            Qt.callLater(root.showPageForState);
        }
    }

    SalonRooms.RoomCounts {
        id: roomCounts

        rooms: root.account.roomList
    }

    MainShortcuts {
        id: shortcuts

        mainWindow: root
        onHelpRequested: shortcutsDialog.open()
    }

    ShortcutsDialog {
        id: shortcutsDialog

        shortcuts: shortcuts.all
    }

    footer: Kirigami.NavigationTabBar {
        objectName: "pageTabBar"
        visible: root.currentPageName !== "signIn"
        actions: [
            Kirigami.Action {
                id: chatsAction

                readonly property int unreadTotal: root.account.conversations.unreadTotal

                objectName: "chatsTabAction"
                checkable: true
                icon.name: "dialog-messages"
                text: unreadTotal > 0 ? qsTr("Chats (%1)", "with the number of unread messages").arg(unreadTotal) : qsTr("Chats")
                onTriggered: root.showPage("chats")
            },
            Kirigami.Action {
                id: roomsAction

                objectName: "roomsTabAction"
                checkable: true
                icon.name: "system-users"
                text: roomCounts.mentionTotal > 0 ? qsTr("Rooms (@%1)", "with the number of unread mentions").arg(roomCounts.mentionTotal)
                    : roomCounts.unreadTotal > 0 ? qsTr("Rooms (%1)", "with the number of unread messages").arg(roomCounts.unreadTotal)
                    : qsTr("Rooms")
                onTriggered: root.showPage("rooms")
            },
            Kirigami.Action {
                id: feedAction

                readonly property int unreadTotal: root.account.feed.unreadCount

                objectName: "feedTabAction"
                checkable: true
                icon.name: "view-list-text"
                text: unreadTotal > 0 ? qsTr("Feed (%1)", "with the number of unread posts").arg(unreadTotal) : qsTr("Feed")
                onTriggered: root.showPage("feed")
            },
            Kirigami.Action {
                id: contactsAction

                objectName: "contactsTabAction"
                checkable: true
                icon.name: "im-user"
                text: qsTr("Contacts")
                onTriggered: root.showPage("contacts")
            }
        ]
    }

    Kirigami.Action {
        id: settingsAction

        objectName: "settingsAction"
        text: qsTr("Settings…")
        icon.name: "configure"
        tooltip: qsTr("Notifications, tray, start at login and theme")
        visible: root.desktopSettings !== null
        onTriggered: root.openSettings()
    }

    Kirigami.Action {
        id: shortcutsAction

        objectName: "shortcutsAction"
        text: qsTr("Keyboard Shortcuts")
        icon.name: "input-keyboard"
        onTriggered: shortcutsDialog.open()
    }

    Kirigami.Action {
        id: signOutAction

        objectName: "signOutAction"
        text: qsTr("Sign Out")
        icon.name: "system-log-out"
        tooltip: qsTr("Disconnect %1 from the server").arg(root.account.jid)
        onTriggered: root.account.signOut()
    }

    Component {
        id: signInPageComponent

        SalonAccount.SignInPage {
            account: root.account
            session: root.session
            keychain: root.app.keychain
            app: root.app
            initialJid: root.session.initialJid
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
            actions.contextualActions: [settingsAction, shortcutsAction, signOutAction]
            onContactsShown: root.contactsShown()
            onConversationRequested: (jid, displayName) => root.openConversation(jid, displayName)
            onPostsRequested: (jid, name) => root.openProfilePosts(jid, name)
        }
    }

    Component {
        id: chatsPageComponent

        SalonChat.ChatsPage {
            chats: root.account.chats
            conversations: root.account.conversations
            contactsModel: root.account.contacts
            header: SalonAccount.ConnectionBanner {
                account: root.account
            }
            actions.contextualActions: [settingsAction, shortcutsAction, signOutAction]
            onConversationRequested: (jid, displayName) => root.openConversation(jid, displayName)
            onSearchRequested: root.openMessageSearch()
        }
    }

    Component {
        id: roomsPageComponent

        SalonRooms.RoomsPage {
            account: root.account
            header: SalonAccount.ConnectionBanner {
                account: root.account
            }
            actions.contextualActions: [settingsAction, shortcutsAction, signOutAction]
            onRoomRequested: jid => root.openRoom(jid)
            onPublicRoomsRequested: root.openPublicRooms()
        }
    }

    Component {
        id: feedPageComponent

        SalonSocial.FeedPage {
            id: feedPage

            account: root.account
            header: SalonAccount.ConnectionBanner {
                account: root.account
            }
            actions.contextualActions: [feedPage.exploreAction, feedPage.myPostsAction, settingsAction, shortcutsAction, signOutAction]
            onCommunitiesRequested: root.openCommunities()
            onExploreRequested: tag => root.openExplore(tag)
            onProfileRequested: (jid, name) => root.openProfilePosts(jid, name)
            onCommunityRequested: (service, node, title) => root.openCommunity(service, node, title)
        }
    }

    Component {
        id: communitiesPageComponent

        SalonSocial.CommunitiesPage {
            account: root.account
            onCommunityRequested: (service, node, title, owned) => root.openCommunityPage(service, node, title, owned)
        }
    }

    Component {
        id: postListPageComponent

        SalonSocial.PostListPage {
            account: root.account
            onExploreRequested: tag => root.openExplore(tag)
            onProfileRequested: (jid, name) => root.openProfilePosts(jid, name)
            onCommunityRequested: (service, node, title) => root.openCommunity(service, node, title)
            // The page goes once its handler has returned.
            onCommunityDeleted: Qt.callLater(() => pageStack.pop(pageStack.get(0)))
        }
    }

    Component {
        id: explorePageComponent

        SalonSocial.ExplorePage {
            account: root.account
            onCommunityRequested: (service, node, title) => root.openCommunity(service, node, title)
            onProfileRequested: (jid, name) => root.openProfilePosts(jid, name)
        }
    }

    Component {
        id: roomPageComponent

        SalonRooms.RoomPage {
            account: root.account
            // The page goes once its action handler has returned.
            onRoomLeft: Qt.callLater(() => pageStack.pop(pageStack.get(0)))
        }
    }

    Component {
        id: publicRoomsPageComponent

        SalonRooms.PublicRoomsPage {
            account: root.account
            onRoomRequested: jid => root.openRoom(jid)
        }
    }

    Component {
        id: conversationPageComponent

        SalonChat.ConversationPage {
            chats: root.account.chats
            avatars: root.account.avatars
            files: root.account.files
            transfers: root.account.transfers
            ownJid: root.account.jid
        }
    }

    Component {
        id: settingsPageComponent

        SettingsPage {}
    }

    Component {
        id: messageSearchPageComponent

        SalonChat.MessageSearchPage {
            search: root.account.messageSearch
            contactsModel: root.account.contacts
            rooms: root.account.roomList
            onResultActivated: (jid, displayName, messageId, groupChat) => root.openMessage(jid, displayName, messageId, groupChat)
        }
    }
}
