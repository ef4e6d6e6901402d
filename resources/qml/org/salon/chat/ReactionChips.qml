import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import org.kde.kirigami 2.20 as Kirigami

// The reactions (XEP-0444) under a message: one chip per emoji with its count, the user's own
// highlighted, and who reacted in the tooltip. Clicking a chip emits toggled() with its emoji.
Flow {
    id: chips

    // MessagesModel's reactions role: maps with emoji, count, senders and own.
    property var reactions: []
    // The user's bare JID, which the tooltips call "You".
    property string ownJid
    // The peer's bare JID and the name that the tooltips show for it.
    property string peer
    property string peerName

    // The width of the chips on one line, which the bubble grows to before the chips wrap. A
    // Flow's own implicit width follows its width, so a layout cannot size it by that.
    readonly property real naturalWidth: {
        let width = 0;
        for (let i = 0; i < chipRepeater.count; ++i) {
            const chip = chipRepeater.itemAt(i);
            width += chip ? chip.implicitWidth : 0;
        }
        return width + Math.max(0, chipRepeater.count - 1) * spacing;
    }

    signal toggled(string emoji)

    function senderNames(senders) {
        return senders.map(sender => {
            if (sender === chips.ownJid) {
                return qsTr("You");
            }
            if (sender === chips.peer && chips.peerName !== "") {
                return chips.peerName;
            }
            // In a room, others react under their occupant JID (room@service/nick): the nickname names them.
            const prefix = chips.peer + "/";
            return sender.startsWith(prefix) ? sender.substring(prefix.length) : sender;
        });
    }

    objectName: "reactionChips"
    spacing: Kirigami.Units.smallSpacing

    Repeater {
        id: chipRepeater

        model: chips.reactions

        delegate: Kirigami.Chip {
            required property var modelData

            readonly property string emoji: modelData.emoji
            readonly property int count: modelData.count
            readonly property bool own: modelData.own
            // Who reacted, with "You" for the user and the peer's name, for the tooltip.
            readonly property string reactedBy: chips.senderNames(modelData.senders).join(", ")

            objectName: "reactionChip"
            text: qsTr("%1 %2", "a reaction's emoji and how many reacted with it").arg(emoji).arg(count)
            closable: false
            checkable: false
            checked: own
            hoverEnabled: true
            Accessible.name: own ? qsTr("%1, %n reactions including yours", "", count).arg(emoji)
                                 : qsTr("%1, %n reactions", "", count).arg(emoji)
            QQC2.ToolTip.text: qsTr("%1 reacted with %2").arg(reactedBy).arg(emoji)
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
            onClicked: chips.toggled(emoji)
        }
    }
}
