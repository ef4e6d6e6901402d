import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.core 1.0

// The occupants of a room (OccupantsModel), moderators first. When the user is a moderator,
// the other occupants can be kicked or banned; the reason is asked for first.
ColumnLayout {
    id: panel

    // The room's OccupantsModel, or null.
    property OccupantsModel occupants: null
    // The user's role in the room, read from the row with the self role.
    property string selfRole

    signal kickRequested(string nick, string reason)
    signal banRequested(string nick, string reason)

    function refreshSelf() {
        selfRole = "";
        if (occupants === null || occupants.count === 0) {
            return;
        }
        const found = occupants.match(occupants.index(0, 0), OccupantsModel.SelfRole, true, 1, Qt.MatchExactly);
        if (found.length > 0) {
            selfRole = occupants.data(found[0], OccupantsModel.RoleRole);
        }
    }

    objectName: "occupantsPanel"
    spacing: 0
    onOccupantsChanged: refreshSelf()

    Connections {
        target: panel.occupants

        function onCountChanged() {
            panel.refreshSelf();
        }

        function onDataChanged() {
            panel.refreshSelf();
        }
    }

    Kirigami.ListSectionHeader {
        Layout.fillWidth: true
        label: panel.occupants !== null ? qsTr("Occupants (%1)").arg(panel.occupants.count) : qsTr("Occupants")
    }

    ListView {
        objectName: "occupantList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: panel.occupants
        delegate: OccupantDelegate {
            moderationAllowed: panel.selfRole === "moderator"
            onKickRequested: nick => reasonDialog.ask("kick", nick)
            onBanRequested: nick => reasonDialog.ask("ban", nick)
        }
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
    }

    TextPromptDialog {
        id: reasonDialog

        property string action
        property string nick

        function ask(kind, occupantNick) {
            action = kind;
            nick = occupantNick;
            title = kind === "ban" ? qsTr("Ban %1").arg(occupantNick) : qsTr("Kick %1").arg(occupantNick);
            openWith("");
        }

        objectName: "occupantReasonDialog"
        label: qsTr("Reason (optional)")
        confirmText: action === "ban" ? qsTr("Ban") : qsTr("Kick")
        allowEmpty: true
        onTextAccepted: text => action === "ban" ? panel.banRequested(nick, text) : panel.kickRequested(nick, text)
    }
}
