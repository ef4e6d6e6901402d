// The "Join a room" form: the room's address, an optional nickname and an
// optional password, sent with rooms.join. The room then shows in the room
// list as joining, and a failed join shows there with its reason. With
// the box "join-room-create" checked, rooms.createRoom creates the room
// instead, locked until the user fills in its configuration form.

import { strings } from './strings.js';

// Returns whether text looks like a bare JID with a local part, as room addresses have.
export function looksLikeRoomAddress(text) {
    return /^[^@\s/]+@[^@\s/]+$/.test(text);
}

export class JoinRoomForm {
    #form;
    #fields;
    #status;
    #actions;

    // form contains the fields [data-testid="join-room-jid"], "join-room-nick", "join-room-password",
    // the check box "join-room-create" and the status paragraph "join-room-status". onJoined(jid)
    // runs once a join was accepted, onCreated(jid) once a configured creation was.
    constructor(form, actions, onJoined, onCreated) {
        this.#form = form;
        this.#actions = actions;
        const find = (testId) => form.querySelector(`[data-testid="${testId}"]`);
        this.#fields = { jid: find('join-room-jid'), nick: find('join-room-nick'), password: find('join-room-password'),
            create: find('join-room-create') };
        this.#status = find('join-room-status');
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#submit(onJoined, onCreated);
        });
    }

    // Fills the address, as when the user chose a room of the public list.
    setAddress(jid) {
        this.#fields.jid.value = jid;
        this.#fields.nick.focus();
    }

    reset() {
        this.#form.reset();
        this.#status.textContent = '';
    }

    async #submit(onJoined, onCreated) {
        const jid = this.#fields.jid.value.trim();
        if (!looksLikeRoomAddress(jid)) {
            this.#status.textContent = strings.joinRoomInvalidJid;
            this.#fields.jid.focus();
            return;
        }
        this.#status.textContent = '';
        const create = this.#fields.create.checked;
        const nick = this.#fields.nick.value.trim();
        const reply = create ? await this.#actions.createConfiguredRoom(jid, nick) : await this.#actions.join(jid, nick, this.#fields.password.value);
        if (!reply.ok) {
            this.#status.textContent = reply.message || strings.actionFailed;
            return;
        }
        this.#fields.password.value = '';
        this.#fields.jid.value = '';
        this.#fields.create.checked = false;
        (create ? onCreated : onJoined)(jid.toLowerCase());
    }
}
