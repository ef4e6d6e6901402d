// The page's calls of the core's social objects through `invoke` (see
// docs/protocol.md): `microblog`, `feed`, `communities`, `communityBrowser`,
// `comments`, `postPages`, `linkPreviews` and `uploads`. Each resolves with the invokeResult reply. A rejected
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
    // Number of views of this tab that have each comments or posts model open, by model name:
    // the linker counts one subscription per tab, so only the last view's close may end it.
    #openViews = new Map();

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

    // options is { title, markdown, tags, visibility, enclosures, links, service, node }; an empty
    // service publishes on the user's blog. Shown in place by the composer.
    publishWithOptions(options) {
        return this.#invoker.call('microblog', 'publishWithOptions', [options], strings.notConnected);
    }

    editWithOptions(itemId, options) {
        return this.#invoker.call('microblog', 'editWithOptions', [itemId, options], strings.notConnected);
    }

    deletePost(itemId) {
        return this.#call('microblog', 'deletePost', [itemId]);
    }

    // Retracts a post of a community or of the user's blog.
    deletePostAt(service, node, itemId) {
        return this.#call('microblog', 'deletePostAt', [service, node, itemId]);
    }

    // Opens the comments of a post; the reply's `model` names their model. Shown in place.
    openComments(commentsUri) {
        return this.#openModel('comments', 'open', [commentsUri]);
    }

    closeComments(commentsUri) {
        return this.#closeModel(`comments/${commentsUri}`, () => this.#invoker.call('comments', 'close', [commentsUri], strings.notConnected));
    }

    // Shown in place by the comments panel.
    addComment(commentsUri, text) {
        return this.#invoker.call('comments', 'addComment', [commentsUri, text], strings.notConnected);
    }

    deleteComment(commentsUri, itemId) {
        return this.#invoker.call('comments', 'deleteComment', [commentsUri, itemId], strings.notConnected);
    }

    like(commentsUri) {
        return this.#invoker.call('comments', 'like', [commentsUri], strings.notConnected);
    }

    unlike(commentsUri) {
        return this.#invoker.call('comments', 'unlike', [commentsUri], strings.notConnected);
    }

    // Opens the posts of a node (an empty node is the blog of the user `service`) or of a tag;
    // the reply's `model` names their model. Shown in place.
    openNodePosts(service, node) {
        return this.#openModel('postPages', 'openNodePosts', [service, node]);
    }

    openTaggedPosts(tag) {
        return this.#openModel('postPages', 'openTaggedPosts', [tag]);
    }

    closePosts(modelName) {
        return this.#closeModel(modelName, () => this.#invoker.call('postPages', 'close', [modelName], strings.notConnected));
    }

    // Forgets the open models, when the session has ended.
    reset() {
        this.#openViews.clear();
    }

    loadMorePagePosts(modelName) {
        return this.#call('postPages', 'loadMore', [modelName]);
    }

    // The preview arrives as a `linkPreviews` event.
    requestPreview(url) {
        return this.#call('linkPreviews', 'requestPreview', [url]);
    }

    // Calls uploads.method, as FileUpload does.
    upload(method, args) {
        return this.#invoker.call('uploads', method, args, strings.notConnected);
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

    async #openModel(object, method, args) {
        const reply = await this.#invoker.call(object, method, args, strings.notConnected);
        if (reply.ok && typeof reply.model === 'string') {
            this.#openViews.set(reply.model, (this.#openViews.get(reply.model) ?? 0) + 1);
        }
        return reply;
    }

    #closeModel(name, close) {
        const views = (this.#openViews.get(name) ?? 0) - 1;
        if (views > 0) {
            this.#openViews.set(name, views);
            return Promise.resolve({ ok: true });
        }
        this.#openViews.delete(name);
        return close();
    }

    async #call(object, method, args) {
        const reply = await this.#invoker.call(object, method, args, strings.notConnected);
        if (!reply.ok) {
            this.#notices.show(reply.message || strings.actionFailed, 'error');
        }
        return reply;
    }
}
