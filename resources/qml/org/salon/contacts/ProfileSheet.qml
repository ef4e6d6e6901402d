import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// The profile of one address (vCard4, or vCard-temp as fallback) and its
// avatar from the account's ProfilesModel. openFor() requests both, and the
// sheet follows the model's row of that address while it loads and when it changes.
// Its Message action closes it and emits conversationRequested().
Kirigami.Dialog {
    id: sheet

    // The account's ProfileService, which requests the profile.
    property QtObject profiles
    // The account's AvatarService, which fetches the avatar of an address that is not a contact.
    property QtObject avatars
    // The account's ProfilesModel.
    property QtObject profileCards
    property string jid
    // The contact's name in the roster, shown until the profile has a full name.
    property string displayName

    // displayName is the contact's name, or the JID.
    signal conversationRequested(string jid, string displayName)
    // The user asked for the posts of jid (its microblog, XEP-0277).
    signal postsRequested(string jid, string displayName)

    // Returns "Last seen …" for the time lastSeen (a Date), relative for today and absolute before.
    function lastSeenText(lastSeen) {
        const now = new Date();
        if (now.getTime() - lastSeen.getTime() < 60 * 1000) {
            return qsTr("Last seen just now");
        }
        if (lastSeen.toDateString() === now.toDateString()) {
            return qsTr("Last seen today at %1").arg(lastSeen.toLocaleTimeString(Qt.locale(), Locale.ShortFormat));
        }
        return qsTr("Last seen %1").arg(lastSeen.toLocaleString(Qt.locale(), Locale.ShortFormat));
    }

    function openFor(contactJid, name) {
        jid = contactJid;
        displayName = name;
        profiles.requestProfile(contactJid);
        if (avatars) {
            avatars.requestAvatar(contactJid);
        }
        open();
    }

    objectName: "profileSheet"
    title: qsTr("Profile of %1").arg(displayName || jid)
    preferredWidth: Kirigami.Units.gridUnit * 24
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.Close
    customFooterActions: [
        Kirigami.Action {
            objectName: "profilePostsAction"
            text: qsTr("Posts")
            icon.name: "view-list-text"
            onTriggered: {
                const contactJid = sheet.jid;
                const name = sheet.displayName || sheet.jid;
                sheet.close();
                sheet.postsRequested(contactJid, name);
            }
        },
        Kirigami.Action {
            objectName: "profileMessageAction"
            text: qsTr("Message")
            icon.name: "dialog-messages"
            onTriggered: {
                const contactJid = sheet.jid;
                const name = sheet.displayName || sheet.jid;
                sheet.close();
                sheet.conversationRequested(contactJid, name);
            }
        }
    ]

    ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        // One delegate per model row; only the row of the sheet's address is shown.
        Repeater {
            model: sheet.profileCards

            delegate: Kirigami.FormLayout {
                id: card

                required property string jid
                required property string fullName
                required property string nickname
                required property string about
                required property string url
                required property string location
                required property string source
                required property bool loading
                required property string avatarHash
                // A Date while the contact is offline and its last activity is known, otherwise undefined.
                required property var lastSeen
                readonly property bool lastSeenKnown: lastSeen instanceof Date && !isNaN(lastSeen.getTime())

                // The URL comes from the contact: only http and https become a link.
                readonly property bool urlIsLink: /^https?:\/\/[^\s]+$/i.test(url)

                objectName: "profileCard"
                Layout.fillWidth: true
                visible: jid === sheet.jid

                Kirigami.Avatar {
                    objectName: "profileAvatar"
                    implicitWidth: Kirigami.Units.iconSizes.huge
                    implicitHeight: implicitWidth
                    name: card.fullName || sheet.displayName || card.jid
                    // Without an image, or until it has loaded, the avatar shows the initials of the name.
                    source: card.avatarHash !== "" ? "image://avatar/" + card.avatarHash : ""
                    initialsMode: Kirigami.Avatar.InitialsMode.UseInitials
                }

                QQC2.BusyIndicator {
                    visible: card.loading
                    running: visible
                    Kirigami.FormData.label: qsTr("Loading the profile…")
                }

                QQC2.Label {
                    objectName: "profileEmpty"
                    visible: !card.loading && card.source === "none"
                    text: qsTr("%1 has not published a profile.").arg(card.jid)
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                }

                QQC2.Label {
                    objectName: "profileFullName"
                    visible: text !== ""
                    text: card.fullName
                    textFormat: Text.PlainText
                    Kirigami.FormData.label: qsTr("Full name:")
                }

                QQC2.Label {
                    objectName: "profileNickname"
                    visible: text !== ""
                    text: card.nickname
                    textFormat: Text.PlainText
                    Kirigami.FormData.label: qsTr("Nickname:")
                }

                QQC2.Label {
                    objectName: "profileLastSeen"
                    visible: card.lastSeenKnown
                    text: card.lastSeenKnown ? sheet.lastSeenText(card.lastSeen) : ""
                    textFormat: Text.PlainText
                }

                QQC2.Label {
                    objectName: "profileJid"
                    text: card.jid
                    textFormat: Text.PlainText
                    Kirigami.FormData.label: qsTr("Address:")
                }

                // A wrapping label placed directly in the form layout makes Kirigami 5.103 report a binding loop.
                ColumnLayout {
                    visible: card.about !== ""
                    Kirigami.FormData.label: qsTr("About:")

                    QQC2.Label {
                        objectName: "profileAbout"
                        Layout.preferredWidth: Kirigami.Units.gridUnit * 16
                        text: card.about
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                    }
                }

                Kirigami.LinkButton {
                    objectName: "profileUrlLink"
                    visible: card.urlIsLink
                    text: card.url
                    textFormat: Text.PlainText
                    Kirigami.FormData.label: qsTr("Website:")
                    onClicked: Qt.openUrlExternally(card.url)
                }

                QQC2.Label {
                    objectName: "profileUrl"
                    visible: card.url !== "" && !card.urlIsLink
                    text: card.url
                    textFormat: Text.PlainText
                    Kirigami.FormData.label: qsTr("Website:")
                }

                QQC2.Label {
                    objectName: "profileLocation"
                    visible: text !== ""
                    text: card.location
                    textFormat: Text.PlainText
                    Kirigami.FormData.label: qsTr("Location:")
                }
            }
        }
    }
}
