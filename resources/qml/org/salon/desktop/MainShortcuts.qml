import QtQuick 2.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.core 1.0

// The keyboard shortcuts of the main window. Each Shortcut carries its description, and the
// shortcuts dialog lists these same objects with their nativeText, so the list shows the keys as
// the platform names them and cannot differ from what the keys do. StandardKey sequences are used
// where Qt has one for the action.
Item {
    id: shortcuts

    objectName: "mainShortcuts"

    // The main window (Main.qml), whose functions the shortcuts call.
    required property Kirigami.ApplicationWindow mainWindow
    // Whether the account's pages show, rather than the sign-in page.
    readonly property bool signedIn: mainWindow.currentPageName !== "signIn" && mainWindow.currentPageName !== ""

    // Every shortcut in the order the dialog lists them.
    readonly property var all: [
        newPostShortcut, searchShortcut, nextUnreadShortcut, chatsShortcut, roomsShortcut, feedShortcut,
        contactsShortcut, backShortcut, closeDialogShortcut, settingsShortcut, helpShortcut, quitShortcut,
    ]

    // Emitted when the user asks for the list of shortcuts.
    signal helpRequested()

    // Opens the next conversation with unread messages after the one on screen, in the order of
    // the chats list, or says that there is none.
    function openNextUnread() {
        const conversations = mainWindow.account.conversations;
        const top = mainWindow.pageStack.currentItem;
        const current = top !== null && top.objectName === "conversationPage" ? conversations.indexOf(top.peer) : -1;
        for (let step = 1; step <= conversations.rowCount(); ++step) {
            const row = (current + step) % conversations.rowCount();
            const index = conversations.index(row, 0);
            if (row !== current && conversations.data(index, ConversationsModel.UnreadCountRole) > 0) {
                mainWindow.openConversation(conversations.data(index, ConversationsModel.PeerRole), "");
                return;
            }
        }
        mainWindow.showPassiveNotification(qsTr("No unread conversations"));
    }

    Shortcut {
        id: newPostShortcut

        readonly property string description: qsTr("Write a new post")

        objectName: "newPostShortcut"
        sequence: StandardKey.New
        enabled: shortcuts.signedIn
        onActivated: {
            shortcuts.mainWindow.showPage("feed");
            shortcuts.mainWindow.pageStack.get(0).actions.main.trigger();
        }
    }

    Shortcut {
        id: searchShortcut

        readonly property string description: qsTr("Search the messages")

        objectName: "messageSearchShortcut"
        sequence: StandardKey.Find
        enabled: shortcuts.signedIn
        onActivated: shortcuts.mainWindow.openMessageSearch()
    }

    Shortcut {
        id: nextUnreadShortcut

        readonly property string description: qsTr("Open the next conversation with unread messages")

        objectName: "nextUnreadShortcut"
        sequence: "Alt+Shift+Down"
        enabled: shortcuts.signedIn
        onActivated: shortcuts.openNextUnread()
    }

    Shortcut {
        id: chatsShortcut

        readonly property string description: qsTr("Show the chats")

        objectName: "chatsShortcut"
        sequence: "Ctrl+1"
        enabled: shortcuts.signedIn
        onActivated: shortcuts.mainWindow.showPage("chats")
    }

    Shortcut {
        id: roomsShortcut

        readonly property string description: qsTr("Show the rooms")

        objectName: "roomsShortcut"
        sequence: "Ctrl+2"
        enabled: shortcuts.signedIn
        onActivated: shortcuts.mainWindow.showPage("rooms")
    }

    Shortcut {
        id: feedShortcut

        readonly property string description: qsTr("Show the feed")

        objectName: "feedShortcut"
        sequence: "Ctrl+3"
        enabled: shortcuts.signedIn
        onActivated: shortcuts.mainWindow.showPage("feed")
    }

    Shortcut {
        id: contactsShortcut

        readonly property string description: qsTr("Show the contacts")

        objectName: "contactsShortcut"
        sequence: "Ctrl+4"
        enabled: shortcuts.signedIn
        onActivated: shortcuts.mainWindow.showPage("contacts")
    }

    Shortcut {
        id: backShortcut

        readonly property string description: qsTr("Go back to the page below the conversation or page on top")

        objectName: "backShortcut"
        sequence: StandardKey.Back
        // Listed only: Kirigami's page row goes back on this key, and a second enabled Shortcut
        // would make the key ambiguous, so that neither would act.
        enabled: false
    }

    Shortcut {
        id: closeDialogShortcut

        readonly property string description: qsTr("Close the dialog or menu")

        objectName: "closeDialogShortcut"
        sequence: StandardKey.Cancel
        // Listed only: each dialog and menu closes itself on this key (Popup.CloseOnEscape).
        enabled: false
    }

    Shortcut {
        id: settingsShortcut

        readonly property string description: qsTr("Open the settings")

        objectName: "settingsShortcut"
        // StandardKey.Preferences has no key on several desktops, so this is the common one.
        sequence: "Ctrl+,"
        onActivated: shortcuts.mainWindow.openSettings()
    }

    Shortcut {
        id: helpShortcut

        readonly property string description: qsTr("List the keyboard shortcuts")

        objectName: "helpShortcut"
        sequence: StandardKey.HelpContents
        onActivated: shortcuts.helpRequested()
    }

    Shortcut {
        id: quitShortcut

        readonly property string description: qsTr("Quit Salon, also when it keeps running in the tray")

        objectName: "quitShortcut"
        sequence: StandardKey.Quit
        // Listed only: TrayController handles the key before any Shortcut, and an enabled one
        // would make Kirigami's own Quit shortcut ambiguous.
        enabled: false
    }
}
