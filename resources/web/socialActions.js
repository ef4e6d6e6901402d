// The page's calls of the core's social objects through `invoke` (see
// docs/protocol.md): `microblog`, `feed`, `communities` and
// `communityBrowser`. Each resolves with the invokeResult reply. A rejected
// call shows in the notice area, except where the caller shows it in
// place. Failures that come later, such as a post the server rejected,
// arrive as `notice` messages of those objects.

import { strings } from './strings.js';

// The name of the model that communities.openConfiguration publishes for a community.
export function communityFormModelName(service, node) {
    return `communityConfiguration/${service}/${node}`;
}

export class SocialActions {
    #invoker;
    #notices;

    constructor(invoker, notices) {
        this.#invoker = invoker;
        this.#notices = notices;
    }

    // post is { title, markdown, tags, visibility }; visibility is 'public' or 'contacts'.
    publishPost({ title, markdown, tags, visibility }) {
        return this.#call('microblog', 'publishPost', [title, markdown, tags, visibility]);
    }

    editPost(itemId, { title, markdown, tags, visibility }) {
        return this.#call('microblog', 'editPost', [itemId, title, markdown, tags, visibility]);
    }

    deletePost(itemId) {
        return this.#call('microblog', 'deletePost', [itemId]);
    }

    saveDraft({ title, markdown, tags, visibility }) {
        return this.#call('microblog', 'saveDraft', [title, markdown, tags, visibility]);
    }

    discardDraft() {
        return this.#call('microblog', 'discardDraft', []);
    }

    loadMorePosts() {
        return this.#call('feed', 'loadMore', []);
    }

    markPostRead(row) {
        return this.#call('feed', 'markRead', [row]);
    }

    markAllPostsRead() {
        return this.#call('feed', 'markAllRead', []);
    }

    subscribe(service, node, title) {
        return this.#call('communities', 'subscribe', [service, node, title]);
    }

    unsubscribe(service, node) {
        return this.#call('communities', 'unsubscribe', [service, node]);
    }

    setNotify(service, node, notify) {
        return this.#call('communities', 'setNotify', [service, node, notify]);
    }

    // An empty node makes the core derive one from the title. Shown in place by the create form.
    createCommunity(service, node, title, description, accessModel) {
        return this.#invoker.call('communities', 'createCommunity', [service, node, title, description, accessModel], strings.notConnected);
    }

    deleteCommunity(service, node) {
        return this.#call('communities', 'deleteCommunity', [service, node]);
    }

    // Finds the PubSub services of server, or of the user's server when it is ''.
    findServices(server) {
        return this.#call('communityBrowser', 'findServices', [server]);
    }

    listCommunities(service) {
        return this.#call('communityBrowser', 'requestCommunities', [service]);
    }

    // Returns the form actions of one community in the shape that RoomConfigForm calls them,
    // keyed by `<service>/<node>`.
    configurationActions() {
        const split = (key) => {
            const separator = key.indexOf('/');
            return [key.slice(0, separator), key.slice(separator + 1)];
        };
        return {
            openConfigurationForm: (key) => this.#invoker.call('communities', 'openConfiguration', split(key), strings.notConnected),
            closeConfigurationForm: (key) => this.#call('communities', 'closeConfiguration', split(key)),
            requestConfigurationForm: (key) => this.#call('communities', 'requestConfiguration', split(key)),
            submitConfiguration: (key, values) => this.#invoker.call('communities', 'submitConfiguration', [...split(key), values], strings.notConnected),
            cancelConfiguration: (key) => this.#invoker.call('communities', 'cancelConfiguration', split(key), strings.notConnected),
        };
    }

    async #call(object, method, args) {
        const reply = await this.#invoker.call(object, method, args, strings.notConnected);
        if (!reply.ok) {
            this.#notices.show(reply.message || strings.actionFailed, 'error');
        }
        return reply;
    }
}
