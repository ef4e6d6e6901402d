import QtQuick 2.15
import org.kde.kirigami 2.20 as Kirigami

// A dot in the color of a presence: "offline", "online", "chat", "away", "xa" or "dnd".
Rectangle {
    id: indicator

    property string presence: "offline"

    implicitWidth: Kirigami.Units.smallSpacing * 2
    implicitHeight: implicitWidth
    radius: width / 2
    color: {
        switch (presence) {
        case "online":
        case "chat":
            return Kirigami.Theme.positiveTextColor;
        case "away":
        case "xa":
            return Kirigami.Theme.neutralTextColor;
        case "dnd":
            return Kirigami.Theme.negativeTextColor;
        default:
            return Kirigami.Theme.disabledTextColor;
        }
    }
}
