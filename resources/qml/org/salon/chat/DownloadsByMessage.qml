import QtQuick 2.15
import QtQml.Models 2.15

// The downloads of the account's TransfersModel by the message whose attachment they fetch, so
// that each message finds its own. A message with several downloads gets the newest.
Instantiator {
    id: index

    // Transfer objects by message row id. Each has the roles of TransfersModel as properties,
    // which follow the model's changes.
    property var byMessage: ({})

    function transferFor(messageId) {
        return byMessage[messageId] || null;
    }

    delegate: QtObject {
        required property int transferId
        required property real messageId
        required property string state
        required property real bytesDone
        required property real bytesTotal
        required property string localPath
        required property string error
    }

    // TransfersModel only appends rows, oldest first, so a later row is a newer download.
    onObjectAdded: (row, transfer) => {
        if (transfer.messageId <= 0) {
            return;
        }
        const updated = Object.assign({}, byMessage);
        updated[transfer.messageId] = transfer;
        byMessage = updated;
    }
}
