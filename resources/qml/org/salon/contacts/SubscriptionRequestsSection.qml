import QtQuick 2.15
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.core 1.0

// The people who asked to see the user's presence, each with Accept and Decline.
// Hidden while no request waits.
ColumnLayout {
    id: section

    property RosterService roster
    // The account's SubscriptionRequestsModel.
    property SubscriptionRequestsModel requests

    objectName: "subscriptionRequestsSection"
    spacing: 0
    visible: requests !== null && requests.count > 0

    Kirigami.ListSectionHeader {
        objectName: "subscriptionRequestsHeader"
        Layout.fillWidth: true
        label: qsTr("Requests")
    }

    Repeater {
        model: section.requests

        delegate: SubscriptionRequestDelegate {
            Layout.fillWidth: true
            onAcceptClicked: section.roster.acceptSubscription(jid)
            onDeclineClicked: section.roster.declineSubscription(jid)
        }
    }
}
