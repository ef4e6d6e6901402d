import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.social 1.0

// Writes a new post, or edits one of the user's posts, through MicroblogService: a title, a
// Markdown body, tags separated by commas or spaces, and the visibility (Public or Contacts only).
// While the user writes a new post, the draft is saved DraftDelayMs after the last change and
// restored when the composer opens again, also after a restart. Publishing discards the draft;
// Discard Draft empties it. Failures of MicroblogService show in the dialog while it is open.
Kirigami.Dialog {
    id: dialog

    // The account's MicroblogService.
    property QtObject microblog
    // Item id of the post being edited, or empty for a new post.
    property string editedItemId
    // Time without typing after which the draft is saved, in milliseconds.
    readonly property int draftDelayMs: 800
    // Set while the fields are filled from a draft or a post, so that filling them saves no draft.
    property bool filling: false

    // Where the post goes. Empty publishes on the user's own blog; the next version sets a
    // community here ({service, node}) once MicroblogService can publish into one.
    property var targetCommunity: null
    // The section between the body and the tags that will hold the attachments (enclosures) and
    // the link preview of the post.
    readonly property alias extensionSection: extensions

    readonly property bool editing: editedItemId !== ""
    readonly property var visibilities: ["public", "contacts"]

    function fill(title, body, tags, visibility) {
        filling = true;
        titleField.text = title || "";
        bodyArea.text = body || "";
        tagsField.text = (tags || []).join(", ");
        const index = visibilities.indexOf(visibility);
        visibilityBox.currentIndex = index >= 0 ? index : 0;
        filling = false;
    }

    function openForNew() {
        editedItemId = "";
        errorMessage.visible = false;
        const draft = microblog.draft;
        fill(draft.title, draft.body, draft.tags, draft.visibility);
        open();
        titleField.forceActiveFocus();
    }

    // Opens the composer on the post itemId with its title, text and tags.
    // NOTE: FeedModel has no role with the post's Markdown source or its visibility, so the plain
    // text is edited, and the visibility starts at "Contacts only", which never widens who reads.
    function openForEdit(itemId, title, text, tags) {
        editedItemId = itemId;
        errorMessage.visible = false;
        fill(title, text, tags, "contacts");
        open();
        bodyArea.forceActiveFocus();
    }

    function scheduleDraft() {
        if (!filling && !editing) {
            draftTimer.restart();
        }
    }

    function saveDraft() {
        draftTimer.stop();
        if (editing) {
            return;
        }
        microblog.saveDraft(titleField.text, bodyArea.text, PostText.parseTags(tagsField.text), visibilities[visibilityBox.currentIndex]);
    }

    function publish() {
        const tags = PostText.parseTags(tagsField.text);
        const visibility = visibilities[visibilityBox.currentIndex];
        if (editing) {
            if (!microblog.editPost(editedItemId, titleField.text.trim(), bodyArea.text, tags, visibility)) {
                showError(qsTr("This post can no longer be edited."));
                return;
            }
        } else {
            draftTimer.stop();
            const itemId = microblog.publishPost(titleField.text.trim(), bodyArea.text, tags, visibility);
            if (itemId === "") {
                showError(qsTr("Write a title or a text before publishing, and make sure that you are signed in."));
                return;
            }
            microblog.discardDraft();
        }
        fill("", "", [], "public");
        close();
    }

    function showError(text) {
        errorMessage.text = text;
        errorMessage.visible = true;
    }

    objectName: "postComposer"
    title: editing ? qsTr("Edit Post") : qsTr("New Post")
    preferredWidth: Kirigami.Units.gridUnit * 28
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "publishPostAction"
            text: dialog.editing ? qsTr("Save") : qsTr("Publish")
            icon.name: "document-send"
            enabled: titleField.text.trim() !== "" || bodyArea.text.trim() !== ""
            onTriggered: dialog.publish()
        },
        Kirigami.Action {
            objectName: "discardDraftAction"
            visible: !dialog.editing
            text: qsTr("Discard Draft")
            icon.name: "edit-clear"
            onTriggered: {
                draftTimer.stop();
                dialog.microblog.discardDraft();
                dialog.fill("", "", [], "public");
            }
        },
        Kirigami.Action {
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
            onTriggered: dialog.close()
        }
    ]

    // A draft still waiting for its timer is saved when the dialog closes.
    onAboutToHide: {
        if (draftTimer.running) {
            saveDraft();
        }
    }

    Timer {
        id: draftTimer

        interval: dialog.draftDelayMs
        onTriggered: dialog.saveDraft()
    }

    Connections {
        target: dialog.microblog

        function onActionFailed(itemId, errorText) {
            if (dialog.opened) {
                dialog.showError(errorText);
            }
        }
    }

    ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        Kirigami.InlineMessage {
            id: errorMessage

            objectName: "composerError"
            Layout.fillWidth: true
            type: Kirigami.MessageType.Error
            showCloseButton: true
            visible: false
        }

        QQC2.Label {
            text: qsTr("Title")
        }

        QQC2.TextField {
            id: titleField

            objectName: "postTitleField"
            Layout.fillWidth: true
            onTextChanged: dialog.scheduleDraft()
        }

        QQC2.Label {
            text: qsTr("Text (Markdown)")
        }

        QQC2.TextArea {
            id: bodyArea

            objectName: "postBodyArea"
            Layout.fillWidth: true
            Layout.preferredHeight: Kirigami.Units.gridUnit * 8
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            placeholderText: qsTr("What's new? **bold**, *italic* and [links](https://example.org) work.")
            onTextChanged: dialog.scheduleDraft()
        }

        ColumnLayout {
            id: extensions

            objectName: "composerExtensions"
            Layout.fillWidth: true
            visible: children.length > 0
            spacing: Kirigami.Units.smallSpacing
        }

        QQC2.Label {
            text: qsTr("Tags")
        }

        QQC2.TextField {
            id: tagsField

            objectName: "postTagsField"
            Layout.fillWidth: true
            placeholderText: qsTr("Separated by commas or spaces")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            onTextChanged: dialog.scheduleDraft()
        }

        QQC2.Label {
            text: qsTr("Visible to")
        }

        QQC2.ComboBox {
            id: visibilityBox

            objectName: "postVisibilityBox"
            Layout.fillWidth: true
            model: [qsTr("Public"), qsTr("Contacts only")]
            onActivated: dialog.scheduleDraft()
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: visibilityBox.currentIndex !== 0 || dialog.editing
            text: qsTr("Your posts share one visibility: the one chosen here applies to all of them.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font: Kirigami.Theme.smallFont
            color: Kirigami.Theme.disabledTextColor
        }
    }
}
