// Explore: the cached public posts of a tag (a PostPageView of
// `taggedPosts/<tag>`), which the user types or reaches by clicking a tag
// of any post, and the public communities (access model "open") of the
// PubSub services of the user's server. The services come from
// communityBrowser.findServices(''), and one service at a time is listed
// through communityBrowser.requestCommunities into the `communityDirectory`
// model, which the Communities section shares: the first one, or the one
// the user chooses among the service buttons.

import { createButton, createElement, keyedElements, setText, stringRole, syncChildren } from './dom.js';
import { PostPageView } from './postList.js';
import { format, strings } from './strings.js';

class PublicCommunityRow {
    constructor(actions, onOpen) {
        this.element = createElement('li', 'request community-row', 'explore-community');
        const text = createElement('div', 'community-text');
        this.title = createElement('span', 'contact-name', 'explore-community-title');
        this.description = createElement('p', 'community-description', 'explore-community-description');
        text.append(this.title, this.description);
        const open = createButton(strings.openCommunity, 'secondary small', 'explore-community-open');
        this.subscribe = createButton(strings.subscribeCommunity, 'small', 'explore-community-subscribe');
        const buttons = createElement('div', 'inline-buttons');
        buttons.append(open, ' ', this.subscribe);
        this.element.append(text, buttons);
        open.addEventListener('click', () => onOpen(this.row));
        this.subscribe.addEventListener('click', () => actions.subscribe(this.row.service, this.row.node, stringRole(this.row, 'title')));
    }

    update(row) {
        this.row = row;
        setText(this.title, stringRole(row, 'displayTitle') || stringRole(row, 'node'));
        setText(this.description, stringRole(row, 'description'));
        this.description.hidden = this.description.textContent === '';
        this.subscribe.hidden = stringRole(row, 'subscriptionState') !== 'none' && stringRole(row, 'subscriptionState') !== '';
    }
}

export class ExploreView {
    #section;
    #actions;
    #directory;
    #onOpenCommunity;
    #tagPosts;
    #elements;
    #views = new Map();
    #services = [];
    #requestedService = '';
    #loading = false;

    // section contains the elements named by the data-testid values below; actions is a
    // SocialActions, directory the `communityDirectory` mirror, models, objects, handlers and
    // people as PostPageView takes them, and onOpenCommunity(row) shows a community's page.
    constructor(section, actions, directory, models, objects, handlers, people, onOpenCommunity) {
        this.#section = section;
        this.#actions = actions;
        this.#directory = directory;
        this.#onOpenCommunity = onOpenCommunity;
        const find = (testId) => section.querySelector(`[data-testid="${testId}"]`);
        this.#elements = {
            tagForm: find('explore-tag-form'),
            tag: find('explore-tag'),
            tagPanel: find('explore-tag-panel'),
            tagHeading: find('explore-tag-heading'),
            tagPosts: find('explore-tag-posts'),
            loading: find('explore-loading'),
            services: find('explore-services'),
            communities: find('explore-communities'),
            empty: find('explore-communities-empty'),
        };
        this.#tagPosts = new PostPageView(actions, models, objects, handlers, people, strings.noTaggedPosts);
        this.#elements.tagPosts.append(this.#tagPosts.element);
        this.#elements.tagForm.addEventListener('submit', (event) => {
            event.preventDefault();
            this.showTag(this.#elements.tag.value);
        });
        directory.subscribe(() => this.#renderCommunities());
        this.#renderCommunities();
    }

    // Called when the section shows: finds the services of the user's server once per session.
    refresh() {
        if (this.#services.length === 0) {
            this.#actions.findServices('');
            return;
        }
        if (!this.#services.includes(this.#requestedService)) {
            this.#requestedService = this.#services[0];
        }
        this.#actions.listCommunities(this.#requestedService);
        this.#renderServices();
    }

    // Shows the posts with tag, without a leading '#'.
    showTag(text) {
        const tag = text.trim().replace(/^#+/, '').trim();
        if (tag === '') {
            this.#elements.tag.focus();
            return;
        }
        this.#elements.tag.value = tag;
        this.#elements.tagPanel.hidden = false;
        setText(this.#elements.tagHeading, format('postsWithTag', { tag }));
        this.#tagPosts.openTag(tag);
    }

    // Closes the tag's posts, when the section hides.
    close() {
        this.#tagPosts.close();
        this.#elements.tagPanel.hidden = true;
    }

    // Takes the `communityBrowser` object (services) and the `communityDirectory` object (loading).
    handleObject(message) {
        const properties = message.properties;
        if (message.object === 'communityBrowser') {
            this.#services = Array.isArray(properties.services) ? properties.services.filter((service) => typeof service === 'string') : [];
            if (!this.#section.hidden && this.#services.length > 0 && !this.#services.includes(this.#requestedService)) {
                this.#requestedService = this.#services[0];
                this.#actions.listCommunities(this.#requestedService);
            }
            this.#renderServices();
        } else if (message.object === 'communityDirectory') {
            this.#loading = properties.loading === true;
            this.#renderCommunities();
        }
    }

    handleNotice(notice) {
        return this.#tagPosts.handleNotice(notice);
    }

    reset() {
        this.#tagPosts.reset();
        this.#elements.tagPanel.hidden = true;
        this.#elements.tag.value = '';
        this.#services = [];
        this.#requestedService = '';
        this.#loading = false;
        this.#renderServices();
        this.#renderCommunities();
    }

    // Offers a button per service when the user's server has more than one.
    #renderServices() {
        const buttons = this.#services.length < 2 ? [] : this.#services.map((service) => {
            const item = createElement('li');
            const button = createButton(service, 'secondary small', 'explore-service-option');
            button.setAttribute('aria-pressed', String(service === this.#requestedService));
            button.addEventListener('click', () => {
                this.#requestedService = service;
                this.#actions.listCommunities(service);
                this.#renderServices();
                this.#renderCommunities();
            });
            item.append(button);
            return item;
        });
        this.#elements.services.replaceChildren(...buttons);
        this.#elements.services.hidden = buttons.length === 0;
    }

    #renderCommunities() {
        const rows = this.#directory.rows.filter((row) => stringRole(row, 'accessModel') === 'open'
            && (this.#requestedService === '' || stringRole(row, 'service') === this.#requestedService));
        const elements = keyedElements(rows, (row) => `${stringRole(row, 'service')}/${stringRole(row, 'node')}`, this.#views,
            () => new PublicCommunityRow(this.#actions, this.#onOpenCommunity), (view, row) => view.update(row));
        syncChildren(this.#elements.communities, elements);
        this.#elements.communities.hidden = elements.length === 0;
        this.#elements.loading.hidden = !this.#loading;
        this.#elements.empty.hidden = elements.length > 0 || this.#loading || this.#requestedService === '';
    }
}
