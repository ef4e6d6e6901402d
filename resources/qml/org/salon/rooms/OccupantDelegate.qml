import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import "OccupantRights.js" as OccupantRights

// One occupant of a room (OccupantsModel): the avatar, the nickname, the presence, the role and
// the affiliation. Other occupants' rows offer, through signals, what the user's own role and
// affiliation allow (OccupantRights.js): Kick for a moderator, Ban for an admin or owner, voice
// and moderator role changes, and affiliation changes.
QQC2.ItemDelegate {
    id: delegate

    required property string nick
    required property string role
    required property string affiliation
    required property string realJid
    required property string presence
    required property bool self
    required property string avatarHash

    // The user's own role and affiliation in the room.
    property string selfRole
    property string selfAffiliation

    readonly property bool kickAllowed: selfRole === "moderator"
    readonly property bool banAllowed: selfAffiliation === "admin" || selfAffiliation === "owner"
    readonly property bool voiceAllowed: OccupantRights.canChangeVoice(selfRole, delegate)
    readonly property bool moderatorAllowed: OccupantRights.canChangeModerator(selfAffiliation, delegate)
    readonly property var affiliationsAllowed: OccupantRights.assignableAffiliations(selfAffiliation, delegate)
    readonly property bool hasActions: !self && (kickAllowed || banAllowed || voiceAllowed || moderatorAllowed || affiliationsAllowed.length > 0)

    signal kickRequested(string nick)
    signal banRequested(string nick)
    // Requests the role "moderator", "participant" or "visitor" for the occupant.
    signal roleChangeRequested(string nick, string role)
    // Requests the affiliation "owner", "admin", "member" or "none" for the occupant's real JID.
    signal affiliationChangeRequested(string nick, string realJid, string affiliation)

    function roleText() {
        switch (role) {
        case "moderator":
            return qsTr("Moderator");
        case "visitor":
            return qsTr("Visitor");
        default:
            return "";
        }
    }

    function affiliationText() {
        switch (affiliation) {
        case "owner":
            return qsTr("Owner");
        case "admin":
            return qsTr("Admin");
        case "member":
            return qsTr("Member");
        default:
            return "";
        }
    }

    objectName: "occupantDelegate"
    width: ListView.view.width
    onClicked: {
        if (hasActions) {
            // Below the row, where it does not cover the nickname.
            menu.popup(delegate, 0, delegate.height);
        }
    }

    contentItem: RowLayout {
        spacing: Kirigami.Units.smallSpacing

        Rectangle {
            Layout.preferredWidth: Kirigami.Units.smallSpacing * 2
            Layout.preferredHeight: Kirigami.Units.smallSpacing * 2
            radius: width / 2
            color: delegate.presence === "online" || delegate.presence === "chat" ? Kirigami.Theme.positiveTextColor
                : delegate.presence === "dnd" ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.neutralTextColor
        }

        Kirigami.Avatar {
            objectName: "occupantAvatar"
            Layout.preferredWidth: Kirigami.Units.iconSizes.smallMedium
            Layout.preferredHeight: Kirigami.Units.iconSizes.smallMedium
            name: delegate.nick
            source: delegate.avatarHash !== "" ? "image://avatar/" + delegate.avatarHash : ""
            initialsMode: Kirigami.Avatar.InitialsMode.UseInitials
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            QQC2.Label {
                objectName: "occupantNick"
                Layout.fillWidth: true
                text: delegate.self ? qsTr("%1 (you)").arg(delegate.nick) : delegate.nick
                textFormat: Text.PlainText
                elide: Text.ElideRight
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: [delegate.roleText(), delegate.affiliationText()].filter(part => part !== "").join(" · ")
                font: Kirigami.Theme.smallFont
                color: Kirigami.Theme.disabledTextColor
            }
        }
    }

    QQC2.Menu {
        id: menu

        objectName: "occupantMenu"

        QQC2.MenuItem {
            objectName: "grantVoiceItem"
            text: qsTr("Grant Voice")
            visible: delegate.voiceAllowed && delegate.role === "visitor"
            height: visible ? implicitHeight : 0
            onTriggered: delegate.roleChangeRequested(delegate.nick, "participant")
        }

        QQC2.MenuItem {
            objectName: "revokeVoiceItem"
            text: qsTr("Revoke Voice")
            visible: delegate.voiceAllowed && delegate.role === "participant"
            height: visible ? implicitHeight : 0
            onTriggered: delegate.roleChangeRequested(delegate.nick, "visitor")
        }

        QQC2.MenuItem {
            objectName: "grantModeratorItem"
            text: qsTr("Make Moderator")
            visible: delegate.moderatorAllowed && delegate.role !== "moderator"
            height: visible ? implicitHeight : 0
            onTriggered: delegate.roleChangeRequested(delegate.nick, "moderator")
        }

        QQC2.MenuItem {
            objectName: "revokeModeratorItem"
            text: qsTr("Revoke Moderator")
            visible: delegate.moderatorAllowed && delegate.role === "moderator"
            height: visible ? implicitHeight : 0
            onTriggered: delegate.roleChangeRequested(delegate.nick, "participant")
        }

        QQC2.MenuItem {
            objectName: "makeOwnerItem"
            text: qsTr("Make Owner")
            visible: delegate.affiliationsAllowed.indexOf("owner") >= 0
            height: visible ? implicitHeight : 0
            onTriggered: delegate.affiliationChangeRequested(delegate.nick, delegate.realJid, "owner")
        }

        QQC2.MenuItem {
            objectName: "makeAdminItem"
            text: qsTr("Make Admin")
            visible: delegate.affiliationsAllowed.indexOf("admin") >= 0
            height: visible ? implicitHeight : 0
            onTriggered: delegate.affiliationChangeRequested(delegate.nick, delegate.realJid, "admin")
        }

        QQC2.MenuItem {
            objectName: "makeMemberItem"
            text: qsTr("Make Member")
            visible: delegate.affiliationsAllowed.indexOf("member") >= 0
            height: visible ? implicitHeight : 0
            onTriggered: delegate.affiliationChangeRequested(delegate.nick, delegate.realJid, "member")
        }

        QQC2.MenuItem {
            objectName: "removeAffiliationItem"
            text: qsTr("Remove Affiliation")
            visible: delegate.affiliationsAllowed.indexOf("none") >= 0
            height: visible ? implicitHeight : 0
            onTriggered: delegate.affiliationChangeRequested(delegate.nick, delegate.realJid, "none")
        }

        QQC2.MenuItem {
            objectName: "kickOccupantItem"
            text: qsTr("Kick %1").arg(delegate.nick)
            visible: delegate.kickAllowed
            height: visible ? implicitHeight : 0
            onTriggered: delegate.kickRequested(delegate.nick)
        }

        QQC2.MenuItem {
            objectName: "banOccupantItem"
            text: qsTr("Ban %1").arg(delegate.nick)
            visible: delegate.banAllowed && delegate.realJid !== ""
            height: visible ? implicitHeight : 0
            onTriggered: delegate.banRequested(delegate.nick)
        }
    }
}
