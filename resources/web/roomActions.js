// The page's calls of the core's room objects through `invoke` (see
// docs/protocol.md): `rooms`, `roomMessages`, `roomModeration`,
// `roomConfiguration`, `invitations`, `roomDirectory` and `bookmarks`. Each resolves with the
// invokeResult reply. A rejected call shows in the notice area, except
// where the caller shows it in place. Failures that come later, such as a
// join the room refused, arrive as `notice` messages of those objects.

import { strings } from './strings.js';

// The name of the occupants model that roomMessages.openRoom publishes with the messages of room.
export function occupantsModelName(room) {
    return `occupants/${room}`;
}

export class RoomActions {
    #invoker;
    #notices;

    constructor(invoker, notices) {
        this.#invoker = invoker;
        this.#notices = notices;
    }

    // Joins the room; nick and password may be empty. Shown in place by the join form.
    join(jid, nick, password) {
        return this.#invoker.call('rooms', 'join', [jid, nick, password], strings.notConnected);
    }

    // Creates the room, which stays locked until its configuration form is submitted or
    // cancelled. Shown in place by the join form.
    createConfiguredRoom(jid, nick) {
        return this.#invoker.call('rooms', 'createRoom', [jid, nick, true], strings.notConnected);
    }

    leave(jid) {
        return this.#call('rooms', 'leave', [jid]);
    }

    changeNick(jid, nick) {
        return this.#call('rooms', 'changeNick', [jid, nick]);
    }

    // Subscribes this tab to the room's messages and occupants. The reply's `model` names the
    // messages mirror, and occupantsModelName() the occupants mirror.
    openRoom(jid) {
        return this.#invoker.call('roomMessages', 'openRoom', [jid], strings.notConnected);
    }

    closeRoom(jid) {
        return this.#invoker.call('roomMessages', 'closeRoom', [jid], strings.notConnected);
    }

    fetchOlderMessages(jid) {
        return this.#invoker.call('roomMessages', 'fetchOlderMessages', [jid], strings.notConnected);
    }

    // Resolves with the reply, which the room view shows in place when it failed.
    sendMessage(jid, body) {
        return this.#invoker.call('roomMessages', 'sendMessage', [jid, body], strings.notConnected);
    }

    // Each resolves with the reply; a failure that the core finds later comes as a notice of the room.
    correctLastMessage(jid, body) {
        return this.#invoker.call('roomMessages', 'correctLastMessage', [jid, body], strings.notConnected);
    }

    sendReply(jid, body, messageId) {
        return this.#invoker.call('roomMessages', 'sendReply', [jid, body, messageId], strings.notConnected);
    }

    retractMessage(jid, messageId) {
        return this.#call('roomMessages', 'retractMessage', [jid, messageId]);
    }

    react(jid, messageId, emojis) {
        return this.#call('roomMessages', 'react', [jid, messageId, emojis]);
    }

    // Removes another occupant's message for everyone as a moderator (XEP-0425); reason may be empty.
    removeMessage(jid, messageId, reason) {
        return this.#call('roomModeration', 'retractMessage', [jid, messageId, reason]);
    }

    markRoomRead(jid) {
        return this.#call('roomMessages', 'markRoomRead', [jid]);
    }

    kick(jid, nick) {
        return this.#call('roomModeration', 'kick', [jid, nick, '']);
    }

    ban(jid, nick) {
        return this.#call('roomModeration', 'ban', [jid, nick, '']);
    }

    // Subscribes this tab to the room's configuration form; the reply's `model` names its mirror.
    openConfigurationForm(jid) {
        return this.#invoker.call('roomConfiguration', 'openForm', [jid], strings.notConnected);
    }

    closeConfigurationForm(jid) {
        return this.#invoker.call('roomConfiguration', 'closeForm', [jid], strings.notConnected);
    }

    // Requests the configuration form of an existing room, which fills the open form.
    requestConfigurationForm(jid) {
        return this.#invoker.call('roomConfiguration', 'requestForm', [jid], strings.notConnected);
    }

    // Submits the form with values, an object from field names to values. Shown in place by the form.
    submitConfiguration(jid, values) {
        return this.#invoker.call('roomConfiguration', 'submit', [jid, values], strings.notConnected);
    }

    cancelConfiguration(jid) {
        return this.#invoker.call('roomConfiguration', 'cancel', [jid], strings.notConnected);
    }

    // Loads older pages of the room's messages until messageId is among them; fails with notFound
    // when it is not in the room. The room view shows the failure in place.
    revealMessage(jid, messageId) {
        return this.#invoker.call('roomMessages', 'revealMessage', [jid, messageId], strings.notConnected);
    }

    setSubject(jid, subject) {
        return this.#call('rooms', 'setSubject', [jid, subject]);
    }

    // role is 'moderator', 'participant' or 'visitor'.
    setRole(jid, nick, role) {
        return this.#call('roomModeration', 'setRole', [jid, nick, role, '']);
    }

    // affiliation is 'owner', 'admin', 'member' or 'none'.
    setAffiliation(jid, userJid, affiliation) {
        return this.#call('roomModeration', 'setAffiliation', [jid, userJid, affiliation, '']);
    }

    // reason and alternateRoom may be empty.
    destroyRoom(jid, reason, alternateRoom) {
        return this.#call('roomModeration', 'destroyRoom', [jid, reason, alternateRoom]);
    }

    // Invites contactJid to the room with an optional reason. The core adds the password of a
    // room that has one.
    invite(roomJid, contactJid, reason) {
        return this.#call('invitations', 'invite', [roomJid, contactJid, reason, '']);
    }

    acceptInvitation(roomJid) {
        return this.#call('invitations', 'accept', [roomJid]);
    }

    declineInvitation(roomJid) {
        return this.#call('invitations', 'decline', [roomJid, '']);
    }

    findMucServices() {
        return this.#call('roomDirectory', 'findMucServices', []);
    }

    // Fills the publicRooms model with the rooms of service.
    requestRooms(service) {
        return this.#call('roomDirectory', 'requestRooms', [service]);
    }

    setBookmark(jid, name, nick, autojoin) {
        return this.#call('bookmarks', 'setBookmark', [jid, name, nick, autojoin, '']);
    }

    removeBookmark(jid) {
        return this.#call('bookmarks', 'removeBookmark', [jid]);
    }

    async #call(object, method, args) {
        const reply = await this.#invoker.call(object, method, args, strings.notConnected);
        if (!reply.ok && reply.error !== 'cancelled') {
            this.#notices.show(reply.message || strings.actionFailed, 'error');
        }
        return reply;
    }
}
