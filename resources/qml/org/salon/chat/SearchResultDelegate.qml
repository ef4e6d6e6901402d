import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import "ChatTime.js" as ChatTime
import "SearchText.js" as SearchText

// One result of the message search: the conversation's name, the time, and the message around
// its first match with the matches in bold. The required properties are roles of
// MessageSearchModel through ConversationListModel, which adds the names.
QQC2.ItemDelegate {
    id: delegate

    required property int index
    required property string peer
    required property string displayName
    required property real messageId
    required property string direction
    required property string body
    required property date timestamp
    required property bool groupChat
    required property string senderNick
    // The room's name for a result from a group chat room; empty for a 1:1 conversation.
    property string roomName
    // The search text, whose words show in bold.
    property string query
    // The time that relative times count from.
    property date now: new Date()

    objectName: "searchResultDelegate"
    width: ListView.view.width
    readonly property string title: groupChat ? (roomName || peer) : displayName

    Accessible.name: qsTr("%1: %2").arg(title).arg(body)

    contentItem: ColumnLayout {
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            spacing: Kirigami.Units.smallSpacing

            QQC2.Label {
                objectName: "searchResultName"
                Layout.fillWidth: true
                text: delegate.title
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.weight: Font.DemiBold
            }

            QQC2.Label {
                objectName: "searchResultTime"
                text: ChatTime.relativeTime(delegate.timestamp, delegate.now)
                font: Kirigami.Theme.smallFont
                color: Kirigami.Theme.disabledTextColor
            }
        }

        QQC2.Label {
            objectName: "searchResultBody"
            Layout.fillWidth: true
            // SearchText escapes the body, which comes from other people, and adds only <b>.
            text: (delegate.direction === "out" ? qsTr("You: ", "before the user's own message")
                   : delegate.groupChat && delegate.senderNick !== "" ? qsTr("%1: ", "before a room message of the nickname").arg(SearchText.escapeMarkup(delegate.senderNick)) : "")
                + SearchText.highlightedExcerpt(delegate.body, delegate.query)
            textFormat: Text.StyledText
            elide: Text.ElideRight
            maximumLineCount: 2
            wrapMode: Text.Wrap
        }
    }
}
