import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.rooms 1.0 as SalonRooms

// The configuration form of a community the user owns (XEP-0060, section 8.2), built from its
// DataFormModel with the fields of DataFormFields. Save submits the form; Cancel, or closing the
// dialog, cancels it. Failures show in the dialog.
Kirigami.Dialog {
    id: dialog

    // The account's CommunityService.
    property QtObject communities
    property string service
    property string node
    // The community's title, shown in the dialog's title.
    property string communityTitle
    // The community's DataFormModel while the dialog is open.
    property QtObject form: null
    readonly property string status: form !== null ? form.status : "idle"

    function openFor(serviceJid, nodeName, title) {
        service = serviceJid;
        node = nodeName;
        communityTitle = title;
        form = communities.configurationForm(serviceJid, nodeName);
        communities.requestConfiguration(serviceJid, nodeName);
        open();
    }

    function statusText() {
        if (form === null) {
            return "";
        }
        if (form.errorText !== "") {
            return form.errorText;
        }
        if (status === "loading" || status === "idle") {
            return qsTr("Loading the community's configuration…");
        }
        if (status === "submitting") {
            return qsTr("Saving…");
        }
        return "";
    }

    objectName: "communityConfigurationDialog"
    title: qsTr("Configure %1").arg(communityTitle)
    preferredWidth: Kirigami.Units.gridUnit * 26
    // Below the window's height, so that the popup never moves itself to fit a long form.
    maximumHeight: parent ? parent.height - Kirigami.Units.gridUnit * 4 : Kirigami.Units.gridUnit * 30
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "communityConfigurationSaveAction"
            text: qsTr("Save")
            icon.name: "document-save"
            enabled: dialog.status === "ready"
            onTriggered: dialog.communities.submitConfiguration(dialog.service, dialog.node, {})
        },
        Kirigami.Action {
            objectName: "communityConfigurationCancelAction"
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
            onTriggered: dialog.close()
        }
    ]

    // The form goes when the dialog starts to close, as in the rooms' configuration dialog.
    onAboutToHide: {
        if (form !== null && status !== "saved" && status !== "cancelled" && status !== "failed") {
            communities.cancelConfiguration(service, node);
        }
        form = null;
        communities.closeConfiguration(service, node);
    }

    Connections {
        target: dialog.communities

        function onConfigurationSaved(service, node) {
            if (service === dialog.service && node === dialog.node) {
                dialog.close();
            }
        }
    }

    ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        QQC2.Label {
            objectName: "communityConfigurationStatus"
            Layout.fillWidth: true
            visible: text !== ""
            text: dialog.statusText()
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: dialog.form !== null && dialog.form.errorText !== "" ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.textColor
        }

        SalonRooms.DataFormFields {
            Layout.fillWidth: true
            form: dialog.status === "ready" || dialog.status === "submitting" ? dialog.form : null
            objectNamePrefix: "communityConfiguration"
        }
    }
}
