// The page's calls of the core's ChatService (`chats`) through `invoke`
// (see docs/protocol.md). Each resolves with the invokeResult reply; a
// rejected call is also shown in the notice area, except where the caller
// shows it in place. Failures that come later, such as a message the server
// could not deliver, arrive as `notice` messages of the object `chats`.

import { strings } from './strings.js';

export class ChatActions {
    #invoker;
    #notices;

    constructor(invoker, notices) {
        this.#invoker = invoker;
        this.#notices = notices;
    }

    // Subscribes this tab to the messages of the conversation with jid. The reply's
    // `model` names the model mirror, such as "messages/bob@example.org".
    openConversation(jid) {
        return this.#invoker.call('chats', 'openConversation', [jid], strings.notConnected);
    }

    // Ends the subscription, so the linker closes the model once no tab shows it.
    closeConversation(jid) {
        return this.#invoker.call('chats', 'closeConversation', [jid], strings.notConnected);
    }

    // Requests the page of messages before the oldest one loaded.
    fetchOlderMessages(jid) {
        return this.#invoker.call('chats', 'fetchOlderMessages', [jid], strings.notConnected);
    }

    // Searches the cached messages of every conversation; the results arrive in the messageSearch model.
    search(text) {
        return this.#invoker.call('messageSearch', 'search', [text], strings.notConnected);
    }

    clearSearch() {
        return this.#invoker.call('messageSearch', 'clear', [], strings.notConnected);
    }

    // Resolves with the reply, which the conversation view shows in place when it failed.
    sendMessage(jid, body) {
        return this.#invoker.call('chats', 'sendMessage', [jid, body], strings.notConnected);
    }

    markConversationRead(jid) {
        return this.#callShowingFailure('markConversationRead', [jid]);
    }

    // Resolves once the message is among the loaded rows, or with the failure ('notFound', 'cancelled').
    revealMessage(jid, messageId) {
        return this.#invoker.call('chats', 'revealMessage', [jid, messageId], strings.notConnected);
    }

    // Resolves with the reply, which the conversation view shows in place when it failed.
    sendReply(jid, body, messageId) {
        return this.#invoker.call('chats', 'sendReply', [jid, body, messageId], strings.notConnected);
    }

    // Replaces the body of the user's newest message in the conversation; shown in place like sendMessage.
    correctLastMessage(jid, body) {
        return this.#invoker.call('chats', 'correctLastMessage', [jid, body], strings.notConnected);
    }

    retractMessage(jid, messageId) {
        return this.#callShowingFailure('retractMessage', [jid, messageId]);
    }

    // Replaces the user's reactions to the message by emojis, the user's whole set.
    react(jid, messageId, emojis) {
        return this.#callShowingFailure('react', [jid, messageId, emojis]);
    }

    // Tells the linker that the user edits the draft (true) or emptied it (false).
    setComposing(jid, composing) {
        return this.#invoker.call('chats', 'setComposing', [jid, composing], strings.notConnected);
    }

    // The user left the conversation, which sends the chat state gone.
    leaveConversation(jid) {
        return this.#invoker.call('chats', 'leaveConversation', [jid], strings.notConnected);
    }

    // format is 'text' or 'json'; the export arrives as conversationExport messages.
    exportConversation(jid, format) {
        return this.#callShowingFailure('exportConversation', [jid, format]);
    }

    // Calls a method of the linker's `uploads` object: begin, append, finish or cancel.
    upload(method, args) {
        return this.#invoker.call('uploads', method, args, strings.notConnected);
    }

    // Stops a transfer of the transfers model.
    cancelTransfer(transferId) {
        return this.#invoker.call('files', 'cancel', [transferId], strings.notConnected);
    }

    async #callShowingFailure(method, args) {
        const reply = await this.#invoker.call('chats', method, args, strings.notConnected);
        if (!reply.ok && reply.error !== 'cancelled') {
            this.#notices.show(reply.message || strings.actionFailed, 'error');
        }
        return reply;
    }
}
