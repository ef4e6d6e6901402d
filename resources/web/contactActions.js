// The page's actions on contacts: calls of the core's RosterService
// (`roster`), BlockingService (`blocking`), ProfileService (`profiles`),
// AvatarService (`avatars`) and AvatarPublisher (`avatarPublisher`) through
// `invoke` (see docs/protocol.md). An action resolves with the
// invokeResult reply. A rejected call is also shown in the notice area,
// except for addContact, whose form shows its own errors; failures that
// come later arrive as `notice` messages.

import { strings } from './strings.js';

export class ContactActions {
    #invoker;
    #notices;

    constructor(invoker, notices) {
        this.#invoker = invoker;
        this.#notices = notices;
    }

    addContact(jid, name, group) {
        return this.#invoker.call('roster', 'addContact', [jid, name, group], strings.notConnected);
    }

    acceptSubscription(jid) {
        return this.#callShowingFailure('acceptSubscription', [jid]);
    }

    declineSubscription(jid) {
        return this.#callShowingFailure('declineSubscription', [jid]);
    }

    renameContact(jid, name) {
        return this.#callShowingFailure('renameContact', [jid, name]);
    }

    // Replaces the roster groups of jid with groups, an array of names. An empty array puts it in no group.
    setGroups(jid, groups) {
        return this.#callShowingFailure('setGroups', [jid, groups]);
    }

    removeContact(jid) {
        return this.#callShowingFailure('removeContact', [jid]);
    }

    blockContact(jid) {
        return this.#callShowingFailure('block', [jid], 'blocking');
    }

    unblockContact(jid) {
        return this.#callShowingFailure('unblock', [jid], 'blocking');
    }

    requestProfile(jid) {
        return this.#callShowingFailure('requestProfile', [jid], 'profiles');
    }

    // Fetches the avatar of jid for its profile, which matters for an address that is not a contact.
    requestAvatar(jid) {
        return this.#callShowingFailure('requestAvatar', [jid], 'avatars');
    }

    // fields has the keys fullName, nickname, about, url and address.
    publishOwnProfile(fields) {
        return this.#callShowingFailure('publishOwnProfile', [fields], 'profiles');
    }

    // Publishes the image in base64, prepared by prepareAvatar(), as the user's avatar.
    publishAvatar(fileName, base64) {
        return this.#callShowingFailure('publishData', [fileName, base64], 'avatarPublisher');
    }

    removeOwnAvatar() {
        return this.#callShowingFailure('removeOwnAvatar', [], 'avatars');
    }

    async #callShowingFailure(method, args, object = 'roster') {
        const reply = await this.#invoker.call(object, method, args, strings.notConnected);
        if (!reply.ok && reply.error !== 'cancelled') {
            this.#notices.show(reply.message || strings.actionFailed, 'error');
        }
        return reply;
    }
}
