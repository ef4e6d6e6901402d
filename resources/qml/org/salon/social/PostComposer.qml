import QtQuick 2.15
import QtQml.Models 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.social 1.0

// Writes a new post, or edits one of the user's posts, through MicroblogService: a title, a
// Markdown body, attachments, a link preview, tags separated by commas or spaces, the target (the
// user's blog or one of the subscribed communities) and, on the blog, the visibility (Public or
// Contacts only).
//
// Attachments are uploaded with FileTransferService::uploadFile() as soon as they are chosen, show
// their progress from TransfersModel, may be removed before publishing, and are published as
// Atom enclosures. "Preview Link" asks LinkPreviewService for the first http or https URL of
// the body, only when the user clicks it, because the request reveals the user's address to the
// page's host; the card is published as a related link.
//
// While the user writes a new post, the draft (title, body, tags, visibility) is saved
// DraftDelayMs after the last change and restored when the composer opens again, also after a
// restart. Publishing discards the draft; Discard Draft empties it. Failures of MicroblogService,
// of the uploads and of the preview show in the dialog while it is open.
// NOTE: the draft keeps no attachments, link preview or target.
Kirigami.Dialog {
    id: dialog

    // The account's Account.
    property QtObject account
    readonly property QtObject microblog: account.microblog
    // The post being edited (PostDelegate.postData()), or null for a new post.
    property var editedPost: null
    // Time without typing after which the draft is saved, in milliseconds.
    readonly property int draftDelayMs: 800
    // Set while the fields are filled from a draft or a post, so that filling them saves no draft.
    property bool filling: false

    // Where a new post goes: null for the user's own blog, else {service, node} of a community.
    property var targetCommunity: null
    // The section between the body and the tags, which contains the attachments and the link preview.
    readonly property alias extensionSection: extensions

    readonly property bool editing: editedPost !== null
    readonly property string editedItemId: editing ? editedPost.itemId : ""
    readonly property var visibilities: ["public", "contacts"]
    // The first http or https URL of the body, or an empty string.
    readonly property string bodyUrl: {
        const match = bodyArea.text.match(/https?:\/\/[^\s<>"'()\[\]]+/);
        return match ? match[0].replace(/[.,;:!?]+$/, "") : "";
    }
    // The URL whose preview was requested and not yet received, or an empty string.
    property string requestedPreviewUrl
    // The link preview to publish: {href, title, description, siteName}, or null.
    property var linkPreview: null
    // Whether an attachment is still being uploaded.
    readonly property bool uploading: {
        for (let row = 0; row < attachmentList.count; ++row) {
            if (attachmentList.get(row).uploadState === "uploading") {
                return true;
            }
        }
        return false;
    }
    // The targets offered: the user's blog, then the subscribed communities.
    property var targets: []
    readonly property bool targetIsBlog: targetBox.currentIndex <= 0 || targets.length === 0

    function fill(title, body, tags, visibility) {
        filling = true;
        titleField.text = title || "";
        bodyArea.text = body || "";
        tagsField.text = (tags || []).join(", ");
        const index = visibilities.indexOf(visibility);
        visibilityBox.currentIndex = index >= 0 ? index : 0;
        filling = false;
    }

    // Empties the attachments (cancelling their uploads) and the link preview.
    function clearExtras() {
        for (let row = 0; row < attachmentList.count; ++row) {
            const attachment = attachmentList.get(row);
            if (attachment.uploadState === "uploading") {
                account.files.cancel(attachment.transferId);
            }
        }
        attachmentList.clear();
        linkPreview = null;
        requestedPreviewUrl = "";
        previewFailure.visible = false;
    }

    // Fills the targets from the subscriptions and selects the one of service and node.
    function updateTargets(service, node) {
        const list = [{ service: "", node: "", label: qsTr("My blog") }];
        for (let index = 0; index < subscriptionReader.count; ++index) {
            const entry = subscriptionReader.objectAt(index);
            if (entry !== null && entry.subscriptionState === "subscribed") {
                list.push({ service: entry.service, node: entry.node, label: entry.displayTitle });
            }
        }
        let selected = 0;
        if ((service || "") !== "") {
            selected = list.findIndex(target => target.service === service && target.node === node);
            if (selected < 0) {
                list.push({ service: service, node: node, label: node });
                selected = list.length - 1;
            }
        }
        targets = list;
        targetBox.currentIndex = selected;
    }

    function openForNew() {
        editedPost = null;
        errorMessage.visible = false;
        clearExtras();
        const draft = microblog.draft;
        fill(draft.title, draft.body, draft.tags, draft.visibility);
        updateTargets(targetCommunity ? targetCommunity.service : "", targetCommunity ? targetCommunity.node : "");
        open();
        titleField.forceActiveFocus();
    }

    // Opens the composer for a new post in the community node at service.
    function openForCommunity(service, node) {
        targetCommunity = { service: service, node: node };
        openForNew();
    }

    // Opens the composer on a post, as PostDelegate.postData() describes it. The body is the
    // post's Markdown source where the model has it, else its plain text.
    // NOTE: without a known visibility the composer starts at "Contacts only", which never widens who reads.
    function openForEdit(post) {
        editedPost = post;
        errorMessage.visible = false;
        clearExtras();
        fill(post.title, post.markdown !== "" ? post.markdown : post.plainText, post.tags, post.visibility !== "" ? post.visibility : "contacts");
        for (const enclosure of post.enclosures || []) {
            attachmentList.append({
                transferId: 0,
                fileName: enclosure.title || enclosure.href,
                href: enclosure.href,
                mimeType: enclosure.type || "",
                length: enclosure.length !== undefined ? enclosure.length : -1,
                uploadState: "done",
            });
        }
        const links = post.links || [];
        if (links.length > 0) {
            linkPreview = { href: links[0].href, title: links[0].title || "", description: "", siteName: "" };
        }
        updateTargets(post.isCommunity ? post.service : "", post.isCommunity ? post.node : "");
        open();
        bodyArea.forceActiveFocus();
    }

    // Uploads the local file fileUrl as an attachment of the post.
    function attachFile(fileUrl) {
        errorMessage.visible = false;
        const transferId = account.files.uploadFile(fileUrl);
        if (transferId <= 0) {
            return;
        }
        const path = fileUrl.toString();
        attachmentList.append({
            transferId: transferId,
            fileName: decodeURIComponent(path.substring(path.lastIndexOf("/") + 1)),
            href: "",
            mimeType: "",
            length: -1,
            uploadState: "uploading",
        });
    }

    function removeAttachment(row) {
        const attachment = attachmentList.get(row);
        if (attachment.uploadState === "uploading") {
            account.files.cancel(attachment.transferId);
        }
        attachmentList.remove(row);
    }

    function attachmentRow(transferId) {
        for (let row = 0; row < attachmentList.count; ++row) {
            if (attachmentList.get(row).transferId === transferId) {
                return row;
            }
        }
        return -1;
    }

    function requestPreview() {
        if (bodyUrl === "") {
            return;
        }
        previewFailure.visible = false;
        requestedPreviewUrl = bodyUrl;
        account.linkPreviews.requestPreview(bodyUrl);
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

    // Returns the options of publishWithOptions() and editWithOptions() from the fields.
    function postOptions() {
        const enclosures = [];
        for (let row = 0; row < attachmentList.count; ++row) {
            const attachment = attachmentList.get(row);
            if (attachment.uploadState === "done") {
                enclosures.push({ href: attachment.href, type: attachment.mimeType, title: attachment.fileName, length: attachment.length });
            }
        }
        const target = targets[Math.max(0, targetBox.currentIndex)] || { service: "", node: "" };
        return {
            title: titleField.text.trim(),
            markdown: bodyArea.text,
            tags: PostText.parseTags(tagsField.text),
            visibility: visibilities[visibilityBox.currentIndex],
            enclosures: enclosures,
            links: linkPreview !== null ? [{ href: linkPreview.href, title: linkPreview.title }] : [],
            service: target.service,
            node: target.node,
        };
    }

    function publish() {
        const options = postOptions();
        if (editing) {
            if (!microblog.editWithOptions(editedItemId, options)) {
                showError(qsTr("This post can no longer be edited."));
                return;
            }
        } else {
            draftTimer.stop();
            const itemId = microblog.publishWithOptions(options);
            if (itemId === "") {
                showError(qsTr("Write a title, a text or attach a file before publishing, and make sure that you are signed in."));
                return;
            }
            microblog.discardDraft();
        }
        fill("", "", [], "public");
        attachmentList.clear();
        linkPreview = null;
        targetCommunity = null;
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
            enabled: (titleField.text.trim() !== "" || bodyArea.text.trim() !== "" || attachmentList.count > 0) && !dialog.uploading
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
                dialog.clearExtras();
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
    onClosed: targetCommunity = null

    ListModel {
        id: attachmentList
    }

    // Reads the subscriptions for the target box.
    Instantiator {
        id: subscriptionReader

        model: dialog.account.subscriptions
        delegate: QtObject {
            required property string service
            required property string node
            required property string displayTitle
            required property var model
            readonly property string subscriptionState: model.state
        }
    }

    Connections {
        target: dialog.account.files

        function onUploaded(transferId, getUrl, mimeType, size, fileName) {
            const row = dialog.attachmentRow(transferId);
            if (row >= 0) {
                attachmentList.set(row, { href: getUrl, mimeType: mimeType, length: size, fileName: fileName, uploadState: "done" });
            }
        }

        function onUploadFailed(transferId, message) {
            const row = dialog.attachmentRow(transferId);
            if (row >= 0) {
                attachmentList.remove(row);
                dialog.showError(message);
            }
        }

        function onActionFailed(jid, message) {
            // An upload without a conversation reports its rejection with an empty JID.
            if (jid === "" && dialog.opened) {
                dialog.showError(message);
            }
        }
    }

    Connections {
        target: dialog.account.linkPreviews

        function onPreviewReady(url, preview) {
            if (url === dialog.requestedPreviewUrl) {
                dialog.requestedPreviewUrl = "";
                dialog.linkPreview = {
                    href: url,
                    title: preview.title || "",
                    description: preview.description || "",
                    siteName: preview.siteName || "",
                };
            }
        }

        function onPreviewFailed(url, code, message) {
            if (url === dialog.requestedPreviewUrl) {
                dialog.requestedPreviewUrl = "";
                previewFailure.text = message;
                previewFailure.visible = true;
            }
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
            spacing: Kirigami.Units.smallSpacing

            RowLayout {
                Layout.fillWidth: true

                // Inside the layout because the dialog shows its first visual child as its content.
                Loader {
                    id: fileDialogLoader

                    active: false
                    source: "qrc:/qml/org/salon/chat/AttachmentFileDialog.qml"
                    onLoaded: {
                        item.title = qsTr("Choose a File to Attach");
                        item.fileChosen.connect(fileUrl => dialog.attachFile(fileUrl));
                        item.open();
                    }
                }

                QQC2.Button {
                    objectName: "attachFileButton"
                    icon.name: "mail-attachment"
                    text: qsTr("Attach File…")
                    onClicked: {
                        if (fileDialogLoader.active) {
                            fileDialogLoader.item.open();
                        } else {
                            fileDialogLoader.active = true;
                        }
                    }
                }

                QQC2.Button {
                    objectName: "previewLinkButton"
                    visible: dialog.bodyUrl !== "" && (dialog.linkPreview === null || dialog.linkPreview.href !== dialog.bodyUrl)
                    enabled: dialog.requestedPreviewUrl === ""
                    icon.name: "insert-link"
                    text: qsTr("Preview Link")
                    QQC2.ToolTip.text: qsTr("Fetches %1 to show its title and description; the site learns your address.").arg(dialog.bodyUrl)
                    QQC2.ToolTip.visible: hovered
                    onClicked: dialog.requestPreview()
                }

                QQC2.BusyIndicator {
                    Layout.preferredHeight: Kirigami.Units.iconSizes.smallMedium
                    Layout.preferredWidth: Layout.preferredHeight
                    running: dialog.requestedPreviewUrl !== ""
                    visible: running
                }
            }

            Repeater {
                model: attachmentList

                delegate: RowLayout {
                    id: attachmentRow

                    required property int index
                    required property int transferId
                    required property string fileName
                    required property string uploadState

                    objectName: "composerAttachment"
                    Layout.fillWidth: true

                    Kirigami.Icon {
                        Layout.preferredWidth: Kirigami.Units.iconSizes.small
                        Layout.preferredHeight: Layout.preferredWidth
                        source: attachmentRow.uploadState === "uploading" ? "upload-media" : "mail-attachment"
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0

                        QQC2.Label {
                            objectName: "composerAttachmentName"
                            Layout.fillWidth: true
                            text: attachmentRow.fileName
                            textFormat: Text.PlainText
                            elide: Text.ElideMiddle
                        }

                        // The progress of the upload, from the transfer's row of TransfersModel.
                        Repeater {
                            model: attachmentRow.uploadState === "uploading" ? dialog.account.transfers : null

                            delegate: QQC2.ProgressBar {
                                required property int transferId
                                required property real bytesDone
                                required property real bytesTotal

                                objectName: "composerAttachmentProgress"
                                Layout.fillWidth: true
                                visible: transferId === attachmentRow.transferId
                                indeterminate: bytesTotal <= 0
                                value: bytesTotal > 0 ? bytesDone / bytesTotal : 0
                            }
                        }
                    }

                    QQC2.ToolButton {
                        objectName: "removeAttachmentButton"
                        icon.name: "list-remove"
                        text: qsTr("Remove")
                        display: QQC2.AbstractButton.IconOnly
                        QQC2.ToolTip.text: text
                        QQC2.ToolTip.visible: hovered
                        onClicked: dialog.removeAttachment(attachmentRow.index)
                    }
                }
            }

            Kirigami.InlineMessage {
                id: previewFailure

                objectName: "linkPreviewFailure"
                Layout.fillWidth: true
                type: Kirigami.MessageType.Warning
                showCloseButton: true
                visible: false
            }

            QQC2.Frame {
                objectName: "linkPreviewCard"
                Layout.fillWidth: true
                visible: dialog.linkPreview !== null

                contentItem: RowLayout {
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0

                        QQC2.Label {
                            objectName: "linkPreviewTitle"
                            Layout.fillWidth: true
                            text: dialog.linkPreview !== null ? (dialog.linkPreview.title !== "" ? dialog.linkPreview.title : dialog.linkPreview.href) : ""
                            textFormat: Text.PlainText
                            font.bold: true
                            elide: Text.ElideRight
                        }

                        QQC2.Label {
                            objectName: "linkPreviewDescription"
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: dialog.linkPreview !== null ? dialog.linkPreview.description : ""
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                        }

                        QQC2.Label {
                            objectName: "linkPreviewSite"
                            Layout.fillWidth: true
                            text: dialog.linkPreview !== null ? (dialog.linkPreview.siteName !== "" ? dialog.linkPreview.siteName : dialog.linkPreview.href) : ""
                            textFormat: Text.PlainText
                            elide: Text.ElideMiddle
                            font: Kirigami.Theme.smallFont
                            color: Kirigami.Theme.disabledTextColor
                        }
                    }

                    QQC2.ToolButton {
                        objectName: "removeLinkPreviewButton"
                        icon.name: "list-remove"
                        text: qsTr("Remove Preview")
                        display: QQC2.AbstractButton.IconOnly
                        QQC2.ToolTip.text: text
                        QQC2.ToolTip.visible: hovered
                        onClicked: dialog.linkPreview = null
                    }
                }
            }
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
            text: qsTr("Publish in")
        }

        QQC2.ComboBox {
            id: targetBox

            objectName: "postTargetBox"
            Layout.fillWidth: true
            // A post keeps its place when it is edited.
            enabled: !dialog.editing
            model: dialog.targets
            textRole: "label"
        }

        QQC2.Label {
            visible: dialog.targetIsBlog
            text: qsTr("Visible to")
        }

        QQC2.ComboBox {
            id: visibilityBox

            objectName: "postVisibilityBox"
            Layout.fillWidth: true
            visible: dialog.targetIsBlog
            model: [qsTr("Public"), qsTr("Contacts only")]
            onActivated: dialog.scheduleDraft()
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: dialog.targetIsBlog && (visibilityBox.currentIndex !== 0 || dialog.editing)
            text: qsTr("Your posts share one visibility: the one chosen here applies to all of them.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font: Kirigami.Theme.smallFont
            color: Kirigami.Theme.disabledTextColor
        }
    }
}
