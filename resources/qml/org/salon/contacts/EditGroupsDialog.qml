import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.core 1.0

// Edits the roster groups of a contact: lists its groups, each with a button that removes it,
// and adds an existing or a new group. Save replaces the contact's groups through the
// RosterService; a failure reaches the page through its actionFailed signal.
Kirigami.Dialog {
    id: dialog

    property RosterService roster
    property string jid
    // The groups as edited, in the order the user sees them.
    property var groups: []
    // The groups of the other contacts, offered in the field's list.
    property var knownGroups: []

    // Opens the dialog for contactJid, whose groups are contactGroups; allGroups are the groups
    // of every contact.
    function openFor(contactJid, displayName, contactGroups, allGroups) {
        jid = contactJid;
        title = qsTr("Groups of %1").arg(displayName);
        groups = Array.from(contactGroups || []);
        knownGroups = Array.from(allGroups || []);
        clearField();
        open();
        groupField.forceActiveFocus();
    }

    // Adds the group name unless it is empty or already there.
    function addGroup(name) {
        const group = name.trim();
        clearField();
        if (group === "" || groups.indexOf(group) >= 0) {
            return;
        }
        groups = groups.concat([group]);
    }

    function removeGroup(name) {
        groups = groups.filter(group => group !== name);
        clearField();
    }

    function clearField() {
        groupField.currentIndex = -1;
        groupField.editText = "";
    }

    function submit() {
        // A name typed but not added yet counts too.
        addGroup(groupField.editText);
        roster.setGroups(jid, groups);
        close();
    }

    objectName: "editGroupsDialog"
    preferredWidth: Kirigami.Units.gridUnit * 22
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "editGroupsConfirmAction"
            text: qsTr("Save")
            icon.name: "document-save"
            onTriggered: dialog.submit()
        },
        Kirigami.Action {
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
            onTriggered: dialog.close()
        }
    ]

    ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        QQC2.Label {
            objectName: "editGroupsEmpty"
            Layout.fillWidth: true
            visible: dialog.groups.length === 0
            wrapMode: Text.Wrap
            text: qsTr("In no group. The contact list shows it under “No group”.")
            color: Kirigami.Theme.disabledTextColor
        }

        Repeater {
            model: dialog.groups

            delegate: RowLayout {
                id: groupRow

                required property string modelData

                objectName: "editGroupsRow"
                Layout.fillWidth: true
                spacing: Kirigami.Units.smallSpacing

                Kirigami.Icon {
                    Layout.preferredWidth: Kirigami.Units.iconSizes.small
                    Layout.preferredHeight: Layout.preferredWidth
                    source: "group"
                }

                QQC2.Label {
                    objectName: "editGroupsName"
                    Layout.fillWidth: true
                    // Group names come from the roster, which other clients may have written.
                    textFormat: Text.PlainText
                    text: groupRow.modelData
                    elide: Text.ElideRight
                }

                QQC2.ToolButton {
                    objectName: "editGroupsRemoveButton"
                    icon.name: "list-remove"
                    display: QQC2.AbstractButton.IconOnly
                    text: qsTr("Remove from %1").arg(groupRow.modelData)
                    Accessible.name: text
                    QQC2.ToolTip.text: text
                    QQC2.ToolTip.visible: hovered
                    QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                    onClicked: dialog.removeGroup(groupRow.modelData)
                }
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            Layout.topMargin: Kirigami.Units.smallSpacing
            text: qsTr("Add to a group")
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Kirigami.Units.smallSpacing

            QQC2.ComboBox {
                id: groupField

                objectName: "editGroupsField"
                Layout.fillWidth: true
                editable: true
                // An explicit index keeps the combo box from selecting the first group by itself
                // whenever its list changes, which would put that group into the field.
                currentIndex: -1
                model: dialog.knownGroups.filter(group => dialog.groups.indexOf(group) < 0)
                Accessible.name: qsTr("Group name")
                onAccepted: dialog.addGroup(editText)
                onActivated: index => dialog.addGroup(textAt(index))
            }

            QQC2.Button {
                objectName: "editGroupsAddButton"
                text: qsTr("Add")
                icon.name: "list-add"
                enabled: groupField.editText.trim() !== ""
                onClicked: dialog.addGroup(groupField.editText)
            }
        }
    }
}
