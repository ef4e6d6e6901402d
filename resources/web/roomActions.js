// The page's calls of the core's room objects through `invoke` (see
// docs/protocol.md): `rooms`, `roomMessages`, `roomModeration`,
// `invitations`, `roomDirectory` and `bookmarks`. Each resolves with the
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

    markRoomRead(jid) {
        return this.#call('roomMessages', 'markRoomRead', [jid]);
    }

    kick(jid, nick) {
        return this.#call('roomModeration', 'kick', [jid, nick, '']);
    }

    ban(jid, nick) {
        return this.#call('roomModeration', 'ban', [jid, nick, '']);
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
