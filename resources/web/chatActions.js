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

    async #callShowingFailure(method, args) {
        const reply = await this.#invoker.call('chats', method, args, strings.notConnected);
        if (!reply.ok && reply.error !== 'cancelled') {
            this.#notices.show(reply.message || strings.actionFailed, 'error');
        }
        return reply;
    }
}
