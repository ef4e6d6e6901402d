// Communities: public nodes of PubSub services (XEP-0060), as the core's
// CommunityService and CommunityDirectory offer them.
//
// - The user's subscriptions from the `subscriptions` model, each with a
//   notify check box and Unsubscribe.
// - Discovery: the PubSub services of the user's server, or of a server the
//   user types, through communityBrowser.findServices. The result comes as
//   the `communityBrowser` object's `services`. The nodes of a service show
//   from the `communityDirectory` model with their titles and descriptions,
//   each with Open, Subscribe or Unsubscribe, and, where the user owns the
//   node (the `owned` role), Configure and Delete (confirmed first).
// - A form that creates a community with a title, a description and an
//   access model on a service.
// Open shows the community's page (CommunityPage) in place of this overview.

import { createButton, createElement, keyedElements, setText, stringRole, syncChildren, uniqueId } from './dom.js';
import { format, strings } from './strings.js';

function subscriptionKey(row) {
    const service = stringRole(row, 'service');
    const node = stringRole(row, 'node');
    return service === '' || node === '' ? '' : `${service}/${node}`;
}

class SubscriptionRow {
    constructor(actions, onOpen) {
        this.element = createElement('li', 'request community-row', 'subscription');
        const text = createElement('div', 'community-text');
        this.title = createElement('span', 'contact-name', 'subscription-title');
        this.address = createElement('span', 'contact-jid', 'subscription-address');
        this.state = createElement('span', 'contact-status', 'subscription-state');
        text.append(this.title, this.address, this.state);
        const notifyLabel = createElement('label', 'checkbox-label');
        this.notify = createElement('input', '', 'subscription-notify');
        this.notify.type = 'checkbox';
        notifyLabel.append(this.notify, ' ', strings.communityNotify);
        const open = createButton(strings.openCommunity, 'secondary small', 'subscription-open');
        open.addEventListener('click', () => onOpen(this.row));
        const unsubscribe = createButton(strings.unsubscribeCommunity, 'secondary small', 'subscription-unsubscribe');
        this.element.append(text, notifyLabel, open, unsubscribe);
        this.notify.addEventListener('change', () => actions.setNotify(this.row.service, this.row.node, this.notify.checked));
        unsubscribe.addEventListener('click', () => actions.unsubscribe(this.row.service, this.row.node));
    }

    update(row) {
        this.row = row;
        setText(this.title, stringRole(row, 'displayTitle') || stringRole(row, 'node'));
        setText(this.address, `${stringRole(row, 'service')} · ${stringRole(row, 'node')}`);
        const pending = stringRole(row, 'state') === 'pending';
        setText(this.state, pending ? strings.subscriptionPending : '');
        this.state.hidden = !pending;
        this.notify.checked = row.notify === true;
    }
}

class CommunityRow {
    constructor(actions, onConfigure, onOpen) {
        this.element = createElement('li', 'request community-row', 'community');
        const text = createElement('div', 'community-text');
        this.title = createElement('span', 'contact-name', 'community-title');
        this.address = createElement('span', 'contact-jid', 'community-address');
        this.description = createElement('p', 'community-description', 'community-description');
        this.details = createElement('span', 'contact-status', 'community-details');
        text.append(this.title, this.address, this.description, this.details);

        const buttons = createElement('div', 'inline-buttons');
        const open = createButton(strings.openCommunity, 'secondary small', 'community-open');
        open.addEventListener('click', () => onOpen(this.row));
        this.subscribe = createButton(strings.subscribeCommunity, 'small', 'community-subscribe');
        const configure = createButton(strings.configureCommunity, 'secondary small', 'community-configure');
        const remove = createButton(strings.deleteCommunity, 'secondary small danger', 'community-delete');
        this.ownerButtons = [configure, remove];
        buttons.append(open, ' ', this.subscribe, ' ', configure, ' ', remove);

        const confirmation = createElement('div', 'inline-form', 'community-delete-confirmation');
        confirmation.hidden = true;
        confirmation.setAttribute('role', 'group');
        const question = createElement('span');
        question.id = uniqueId('community-delete-question');
        setText(question, strings.deleteCommunityQuestion);
        confirmation.setAttribute('aria-labelledby', question.id);
        const confirm = createButton(strings.deleteCommunityConfirm, 'small danger', 'community-delete-confirm');
        const cancel = createButton(strings.cancel, 'secondary small', 'community-delete-cancel');
        confirmation.append(question, ' ', confirm, ' ', cancel);
        this.element.append(text, buttons, confirmation);

        this.subscribe.addEventListener('click', () => {
            if (this.subscribed) {
                actions.unsubscribe(this.row.service, this.row.node);
            } else {
                actions.subscribe(this.row.service, this.row.node, stringRole(this.row, 'title'));
            }
        });
        configure.addEventListener('click', () => onConfigure(this.row.service, this.row.node));
        remove.addEventListener('click', () => {
            confirmation.hidden = false;
            confirm.focus();
        });
        cancel.addEventListener('click', () => {
            confirmation.hidden = true;
            remove.focus();
        });
        confirm.addEventListener('click', () => {
            confirmation.hidden = true;
            actions.deleteCommunity(this.row.service, this.row.node);
        });
    }

    update(row) {
        this.row = row;
        setText(this.title, stringRole(row, 'displayTitle') || stringRole(row, 'node'));
        setText(this.address, `${stringRole(row, 'service')} · ${stringRole(row, 'node')}`);
        setText(this.description, stringRole(row, 'description'));
        this.description.hidden = this.description.textContent === '';
        const details = [];
        if (Number.isInteger(row.subscribers) && row.subscribers >= 0) {
            details.push(format(row.subscribers === 1 ? 'communitySubscribersOne' : 'communitySubscribers', { count: row.subscribers }));
        }
        const accessModel = stringRole(row, 'accessModel');
        if (accessModel !== '') {
            details.push(strings[`accessModel_${accessModel}`] ?? accessModel);
        }
        setText(this.details, details.join(' · '));
        const state = stringRole(row, 'subscriptionState');
        this.subscribed = state === 'subscribed' || state === 'pending';
        this.element.dataset.subscription = state || 'none';
        setText(this.subscribe, state === 'pending' ? strings.subscriptionPendingCancel
            : (this.subscribed ? strings.unsubscribeCommunity : strings.subscribeCommunity));
        for (const button of this.ownerButtons) {
            button.hidden = row.owned !== true;
        }
    }
}

export class CommunitiesView {
    #section;
    #elements;
    #actions;
    #subscriptions;
    #directory;
    #onConfigure;
    #onOpen;
    #subscriptionViews = new Map();
    #communityViews = new Map();
    #services = [];
    #directoryLoading = false;
    // The community that the create form requested: { service, title }, or null.
    #creating = null;

    // section contains the elements named by the data-testid values below. subscriptions and
    // directory are the mirrors of the models of the same names, actions a SocialActions,
    // onConfigure(service, node) opens a community's configuration form and onOpen(row) its page.
    constructor(section, subscriptions, directory, actions, onConfigure, onOpen) {
        this.#section = section;
        const find = (testId) => section.querySelector(`[data-testid="${testId}"]`);
        this.#elements = {
            subscriptionList: find('subscription-list'),
            subscriptionsEmpty: find('subscriptions-empty'),
            discoverForm: find('community-discover-form'),
            server: find('community-server'),
            services: find('community-services'),
            browseForm: find('community-browse-form'),
            service: find('community-service'),
            listHeading: find('community-list-heading'),
            list: find('community-list'),
            loading: find('community-loading'),
            empty: find('community-empty'),
            createForm: find('community-create-form'),
            createTitle: find('community-create-title'),
            createDescription: find('community-create-description'),
            createAccess: find('community-create-access'),
            createService: find('community-create-service'),
            createStatus: find('community-create-status'),
        };
        this.#actions = actions;
        this.#subscriptions = subscriptions;
        this.#directory = directory;
        this.#onConfigure = onConfigure;
        this.#onOpen = onOpen;

        this.#elements.discoverForm.addEventListener('submit', (event) => {
            event.preventDefault();
            this.findServices(this.#elements.server.value.trim());
        });
        this.#elements.browseForm.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#browse(this.#elements.service.value.trim());
        });
        this.#elements.createForm.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#create();
        });
        subscriptions.subscribe(() => this.#renderSubscriptions());
        directory.subscribe(() => this.#renderDirectory());
        this.#renderSubscriptions();
        this.#renderDirectory();
        this.#renderServices();
    }

    // Looks for the PubSub services of server, or of the user's server when it is ''.
    findServices(server) {
        this.#actions.findServices(server);
    }

    // Takes the `communityBrowser` object (services) and the `communityDirectory` object (loading, service).
    handleObject(message) {
        const properties = message.properties;
        if (message.object === 'communityBrowser') {
            this.#services = Array.isArray(properties.services) ? properties.services.filter((service) => typeof service === 'string') : [];
            this.#renderServices();
        } else if (message.object === 'communityDirectory') {
            this.#directoryLoading = properties.loading === true;
            this.#renderDirectory();
        }
    }

    // Shows a notice of `communities` about the community being created in the create form.
    // Returns whether it did.
    handleNotice(notice) {
        if (notice.object !== 'communities' || !this.#creating || notice.service !== this.#creating.service
            || typeof notice.message !== 'string' || notice.message === '') {
            return false;
        }
        this.#creating = null;
        this.#showCreateStatus(notice.message, true);
        return true;
    }

    // Takes a `communities` event: a created community shows in the form, and in the list when
    // its service is listed.
    handleEvent(message) {
        if (message.object !== 'communities' || message.event !== 'communityCreated' || typeof message.service !== 'string') {
            return;
        }
        if (this.#creating && this.#creating.service === message.service) {
            this.#creating = null;
            this.#showCreateStatus(format('communityCreated', { node: String(message.node ?? ''), service: message.service }), false);
        }
        if (this.#elements.service.value.trim() === message.service) {
            this.#actions.listCommunities(message.service);
        }
    }

    reset() {
        this.#services = [];
        this.#directoryLoading = false;
        this.#creating = null;
        this.#elements.createForm.reset();
        this.#showCreateStatus('', false);
        this.#renderServices();
        this.#renderDirectory();
    }

    #browse(service) {
        if (service === '') {
            this.#elements.service.focus();
            return;
        }
        this.#elements.service.value = service;
        if (this.#elements.createService.value.trim() === '') {
            this.#elements.createService.value = service;
        }
        this.#actions.listCommunities(service);
    }

    async #create() {
        const title = this.#elements.createTitle.value.trim();
        const service = this.#elements.createService.value.trim();
        if (title === '') {
            this.#showCreateStatus(strings.communityTitleMissing, true);
            this.#elements.createTitle.focus();
            return;
        }
        if (service === '') {
            this.#showCreateStatus(strings.communityServiceMissing, true);
            this.#elements.createService.focus();
            return;
        }
        this.#creating = { service, title };
        this.#showCreateStatus(strings.communityCreating, false);
        const reply = await this.#actions.createCommunity(service, '', title, this.#elements.createDescription.value, this.#elements.createAccess.value);
        if (!reply.ok) {
            this.#creating = null;
            this.#showCreateStatus(reply.message || strings.actionFailed, true);
            return;
        }
        this.#elements.createTitle.value = '';
        this.#elements.createDescription.value = '';
        this.#showCreateStatus(format('communityCreateRequested', { service }), false);
    }

    #showCreateStatus(text, isError) {
        setText(this.#elements.createStatus, text);
        this.#elements.createStatus.classList.toggle('error', isError);
    }

    #renderServices() {
        const buttons = this.#services.map((service) => {
            const item = createElement('li');
            const button = createButton(service, 'secondary small', 'community-service-option');
            button.addEventListener('click', () => this.#browse(service));
            item.append(button);
            return item;
        });
        this.#elements.services.replaceChildren(...buttons);
        this.#elements.services.hidden = buttons.length === 0;
        if (this.#elements.createService.value.trim() === '' && this.#services.length > 0) {
            this.#elements.createService.value = this.#services[0];
        }
    }

    #renderSubscriptions() {
        const rows = this.#subscriptions.rows;
        const elements = keyedElements(rows, subscriptionKey, this.#subscriptionViews,
            () => new SubscriptionRow(this.#actions, this.#onOpen), (view, row) => view.update(row));
        syncChildren(this.#elements.subscriptionList, elements);
        this.#elements.subscriptionList.hidden = elements.length === 0;
        this.#elements.subscriptionsEmpty.hidden = elements.length > 0 || !this.#subscriptions.loaded;
    }

    #renderDirectory() {
        const rows = this.#directory.rows;
        const elements = keyedElements(rows, subscriptionKey, this.#communityViews,
            () => new CommunityRow(this.#actions, this.#onConfigure, this.#onOpen), (view, row) => view.update(row));
        syncChildren(this.#elements.list, elements);
        const service = rows.length > 0 ? stringRole(rows[0], 'service') : this.#elements.service.value.trim();
        setText(this.#elements.listHeading, service === '' ? strings.communitiesOfService : format('communitiesOfNamedService', { service }));
        this.#elements.list.hidden = elements.length === 0;
        this.#elements.loading.hidden = !this.#directoryLoading;
        this.#elements.empty.hidden = elements.length > 0 || this.#directoryLoading || service === '';
    }
}
