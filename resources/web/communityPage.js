// The page of one community: its title and address, and its posts (a
// PostPageView of `nodePosts/<service>/<node>`, newest first, with "Load
// more"). A form posts into it through microblog.publishWithOptions.
// Where the user owns the node (the `owned` role of `subscriptions` or
// `communityDirectory`), the page offers Configure and Delete. Posts that
// the user may retract (canDelete) offer Delete.

import { createButton, createElement, setText, showStatus, stringRole, uniqueId } from './dom.js';
import { PostPageView } from './postList.js';
import { strings } from './strings.js';

export class CommunityPage {
    #panel;
    #actions;
    #posts;
    #elements;
    #onBack;
    #onConfigure;
    #service = '';
    #node = '';

    // panel is the page's section and actions a SocialActions. models, objects, handlers and people
    // are as PostPageView takes them. onBack() shows the communities again, and
    // onConfigure(service, node) opens the configuration form.
    constructor(panel, actions, models, objects, handlers, people, onBack, onConfigure) {
        this.#panel = panel;
        this.#actions = actions;
        this.#onBack = onBack;
        this.#onConfigure = onConfigure;
        const find = (testId) => panel.querySelector(`[data-testid="${testId}"]`);
        this.#elements = {
            title: find('community-page-title'),
            address: find('community-page-address'),
            back: find('community-page-back'),
            ownerActions: find('community-page-owner-actions'),
            configure: find('community-page-configure'),
            remove: find('community-page-delete'),
            form: find('community-post-form'),
            postTitle: find('community-post-title'),
            postBody: find('community-post-body'),
            postStatus: find('community-post-status'),
            postSubmit: find('community-post-submit'),
            posts: find('community-page-posts'),
        };
        this.#posts = new PostPageView(actions, models, objects, handlers, people, strings.noCommunityPosts);
        this.#elements.posts.append(this.#posts.element);
        this.#elements.back.addEventListener('click', () => this.#onBack());
        this.#elements.configure.addEventListener('click', () => this.#onConfigure(this.#service, this.#node));
        this.#createDeleteConfirmation();
        this.#elements.form.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#post();
        });
    }

    get isOpen() {
        return this.#service !== '';
    }

    // Shows the community node at service: row is its row of `subscriptions` or
    // `communityDirectory`, for the title and `owned`.
    open(row) {
        const service = stringRole(row, 'service');
        const node = stringRole(row, 'node');
        if (service === this.#service && node === this.#node) {
            return;
        }
        this.close();
        this.#service = service;
        this.#node = node;
        this.#panel.hidden = false;
        this.#panel.dataset.service = service;
        this.#panel.dataset.node = node;
        setText(this.#elements.title, stringRole(row, 'displayTitle') || stringRole(row, 'title') || node);
        setText(this.#elements.address, `${service} · ${node}`);
        this.#elements.ownerActions.hidden = row.owned !== true;
        this.#showStatus('', false);
        this.#posts.openNode(service, node);
        this.#elements.title.focus();
    }

    close() {
        if (this.#service === '') {
            return;
        }
        this.#posts.close();
        this.#clear();
    }

    reset() {
        this.#posts.reset();
        this.#clear();
    }

    handleNotice(notice) {
        return this.#posts.handleNotice(notice);
    }

    #clear() {
        this.#service = '';
        this.#node = '';
        this.#panel.hidden = true;
        this.#elements.form.reset();
        this.#confirmation.hidden = true;
    }

    #confirmation;

    #createDeleteConfirmation() {
        const confirmation = createElement('div', 'inline-form', 'community-page-delete-confirmation');
        confirmation.hidden = true;
        confirmation.setAttribute('role', 'group');
        const question = createElement('span');
        question.id = uniqueId('community-page-delete-question');
        setText(question, strings.deleteCommunityQuestion);
        confirmation.setAttribute('aria-labelledby', question.id);
        const confirm = createButton(strings.deleteCommunityConfirm, 'small danger', 'community-page-delete-confirm');
        const cancel = createButton(strings.cancel, 'secondary small', 'community-page-delete-cancel');
        confirmation.append(question, ' ', confirm, ' ', cancel);
        this.#elements.ownerActions.after(confirmation);
        this.#confirmation = confirmation;
        this.#elements.remove.addEventListener('click', () => {
            confirmation.hidden = false;
            confirm.focus();
        });
        cancel.addEventListener('click', () => {
            confirmation.hidden = true;
            this.#elements.remove.focus();
        });
        confirm.addEventListener('click', async () => {
            confirmation.hidden = true;
            const reply = await this.#actions.deleteCommunity(this.#service, this.#node);
            if (reply.ok) {
                this.#onBack();
            }
        });
    }

    async #post() {
        const title = this.#elements.postTitle.value.trim();
        const markdown = this.#elements.postBody.value;
        if (title === '' && markdown.trim() === '') {
            this.#showStatus(strings.postEmpty, true);
            return;
        }
        this.#elements.postSubmit.disabled = true;
        const reply = await this.#actions.publishWithOptions({
            title, markdown, tags: [], visibility: 'public', enclosures: [], links: [], service: this.#service, node: this.#node,
        });
        this.#elements.postSubmit.disabled = false;
        if (!reply.ok) {
            this.#showStatus(reply.message || strings.actionFailed, true);
            return;
        }
        this.#elements.form.reset();
        this.#showStatus(strings.postPublished, false);
    }

    #showStatus(text, isError) {
        showStatus(this.#elements.postStatus, text, isError);
    }
}
