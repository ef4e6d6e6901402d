import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// One occupant of a room (OccupantsModel): the avatar, the nickname, the presence, the role
// and the affiliation. For a moderator, other occupants' rows offer Kick and Ban through signals.
QQC2.ItemDelegate {
    id: delegate

    required property string nick
    required property string role
    required property string affiliation
    required property string presence
    required property bool self
    required property string avatarHash

    // Whether the user is a moderator of the room, which allows kicking and banning.
    property bool moderationAllowed: false

    signal kickRequested(string nick)
    signal banRequested(string nick)

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
        if (moderationAllowed && !self) {
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
            objectName: "kickOccupantItem"
            text: qsTr("Kick %1").arg(delegate.nick)
            onTriggered: delegate.kickRequested(delegate.nick)
        }

        QQC2.MenuItem {
            objectName: "banOccupantItem"
            text: qsTr("Ban %1").arg(delegate.nick)
            onTriggered: delegate.banRequested(delegate.nick)
        }
    }
}
