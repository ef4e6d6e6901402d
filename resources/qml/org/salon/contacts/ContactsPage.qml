import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import org.kde.kirigami 2.20 as Kirigami
import org.salon.contacts 1.0

// The account's contacts, in sections by roster group.
Kirigami.ScrollablePage {
    id: page

    // The account's ContactsModel.
    property alias contactsModel: sortedContacts.sourceModel

    // Whether the list had contacts when its count last changed.
    property bool hadContacts: false

    // Emitted each time the list goes from no contact to some contacts.
    signal contactsShown()

    objectName: "contactsPage"
    title: qsTr("Contacts")

    ListView {
        id: contactList

        objectName: "contactList"
        model: ContactListModel {
            id: sortedContacts
        }
        delegate: ContactDelegate {}

        section.property: "section"
        section.criteria: ViewSection.FullString
        section.delegate: Kirigami.ListSectionHeader {
            // The section is the contact's first roster group, empty for contacts in no group.
            required property string section

            objectName: "contactSection"
            width: ListView.view.width
            label: section !== "" ? section : qsTr("No group")
        }

        onCountChanged: {
            if (count > 0 && !page.hadContacts) {
                page.hadContacts = true;
                page.contactsShown();
            } else if (count === 0) {
                page.hadContacts = false;
            }
        }

        Kirigami.PlaceholderMessage {
            objectName: "contactsPlaceholder"
            anchors.centerIn: parent
            // The list is 0 wide when the page is created; a negative width would make
            // the message's layout rearrange itself in a loop.
            width: Math.max(Kirigami.Units.gridUnit * 8, parent.width - Kirigami.Units.gridUnit * 4)
            visible: contactList.count === 0
            icon.name: "im-user"
            text: qsTr("No contacts yet")
            explanation: qsTr("People you add to your contacts, and people who accept your requests, appear here.")
        }
    }
}
