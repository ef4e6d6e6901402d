import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.core 1.0
import "OccupantRights.js" as OccupantRights

// The occupants of a room (OccupantsModel), moderators first. The menu of another occupant
// offers what the user's role and affiliation allow (see OccupantDelegate): a kick or ban asks
// for a reason first, and an affiliation change that gives or takes the rights of an admin or
// owner asks for confirmation.
ColumnLayout {
    id: panel

    // The room's OccupantsModel, or null.
    property OccupantsModel occupants: null
    // The user's role and affiliation in the room, read from the row with the self role.
    property string selfRole
    property string selfAffiliation

    signal kickRequested(string nick, string reason)
    signal banRequested(string nick, string reason)
    signal roleChangeRequested(string nick, string role)
    signal affiliationChangeRequested(string realJid, string affiliation)

    function refreshSelf() {
        selfRole = "";
        selfAffiliation = "";
        if (occupants === null || occupants.count === 0) {
            return;
        }
        const found = occupants.match(occupants.index(0, 0), OccupantsModel.SelfRole, true, 1, Qt.MatchExactly);
        if (found.length > 0) {
            selfRole = occupants.data(found[0], OccupantsModel.RoleRole);
            selfAffiliation = occupants.data(found[0], OccupantsModel.AffiliationRole);
        }
    }

    function requestAffiliation(nick, realJid, fromAffiliation, affiliation) {
        if (OccupantRights.needsConfirmation(fromAffiliation, affiliation)) {
            affiliationDialog.ask(nick, realJid, affiliation);
        } else {
            affiliationChangeRequested(realJid, affiliation);
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
            id: occupantDelegate

            selfRole: panel.selfRole
            selfAffiliation: panel.selfAffiliation
            onKickRequested: nick => reasonDialog.ask("kick", nick)
            onBanRequested: nick => reasonDialog.ask("ban", nick)
            onRoleChangeRequested: (nick, role) => panel.roleChangeRequested(nick, role)
            onAffiliationChangeRequested: (nick, realJid, affiliation) => panel.requestAffiliation(nick, realJid, occupantDelegate.affiliation, affiliation)
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

    Kirigami.PromptDialog {
        id: affiliationDialog

        property string realJid
        property string affiliation

        function ask(nick, jid, newAffiliation) {
            realJid = jid;
            affiliation = newAffiliation;
            switch (newAffiliation) {
            case "owner":
                subtitle = qsTr("Make %1 (%2) an owner of this room? Owners may change its configuration, its admins and owners, and destroy it.").arg(nick).arg(jid);
                break;
            case "admin":
                subtitle = qsTr("Make %1 (%2) an admin of this room? Admins may ban occupants and change members and moderators.").arg(nick).arg(jid);
                break;
            case "member":
                subtitle = qsTr("Make %1 (%2) a member of this room? They lose the rights of an admin or owner.").arg(nick).arg(jid);
                break;
            default:
                subtitle = qsTr("Remove the affiliation of %1 (%2) with this room? They lose the rights of an admin or owner.").arg(nick).arg(jid);
                break;
            }
            open();
        }

        objectName: "affiliationConfirmDialog"
        title: qsTr("Change Affiliation")
        standardButtons: Kirigami.Dialog.NoButton
        customFooterActions: [
            Kirigami.Action {
                objectName: "affiliationConfirmAction"
                text: qsTr("Change")
                onTriggered: {
                    affiliationDialog.close();
                    panel.affiliationChangeRequested(affiliationDialog.realJid, affiliationDialog.affiliation);
                }
            },
            Kirigami.Action {
                text: qsTr("Cancel")
                icon.name: "dialog-cancel"
                onTriggered: affiliationDialog.close()
            }
        ]
    }
}
