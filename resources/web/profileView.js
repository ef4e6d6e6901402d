// The profile panel: the profile of one address from the `profileCards`
// model mirror (vCard4, or vCard-temp as fallback), opened from a contact
// row's "View profile" or after saving the user's own profile. Its Message
// button opens the conversation with that address.
//
// Roles used: jid, fullName, nickname, about, url, location, source,
// loading, avatarHash, lastSeen; and from the `contacts` mirror, jid and name, for the
// title. Every value comes from other people and is set with textContent; the URL becomes
// a link only for http and https.

import { AvatarBadge } from './avatarBadge.js';
import { setText, stringRole } from './dom.js';
import { format, strings } from './strings.js';

// Returns url as a link target when it is an absolute http or https URL, else null.
export function safeLink(url) {
    let parsed;
    try {
        parsed = new URL(url);
    } catch {
        return null;
    }
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}

// Returns "Last seen …" for lastSeen, an ISO 8601 time from the core, or '' when it is
// missing or invalid. The text reads "just now" within a minute, the time of day for
// today, and the date and time before that.
export function lastSeenText(lastSeen, now = new Date()) {
    if (typeof lastSeen !== 'string' || lastSeen === '') {
        return '';
    }
    const time = new Date(lastSeen);
    if (Number.isNaN(time.getTime())) {
        return '';
    }
    if (now.getTime() - time.getTime() < 60_000) {
        return strings.lastSeenJustNow;
    }
    if (time.toDateString() === now.toDateString()) {
        const timeOfDay = new Intl.DateTimeFormat(strings.language, { timeStyle: 'short' }).format(time);
        return format('lastSeenToday', { time: timeOfDay });
    }
    const dateAndTime = new Intl.DateTimeFormat(strings.language, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
    return format('lastSeen', { time: dateAndTime });
}

export class ProfileView {
    #panel;
    #mirror;
    #jid = '';
    #fields = {};
    #renderQueued = false;
    #avatars;
    #avatarBadge;
    #posts = null;
    #contacts;

    // panel contains the elements named by the data-testid values used below.
    // avatars is the page's AvatarCache, or null to show initials only, and
    // onMessage(jid) opens the conversation with jid. contacts is the `contacts` mirror,
    // whose roster name is the title of a contact's profile.
    constructor(panel, mirror, avatars = null, onMessage = () => {}, contacts = null) {
        this.#panel = panel;
        this.#mirror = mirror;
        this.#contacts = contacts;
        this.#avatars = avatars;
        this.#avatarBadge = new AvatarBadge(panel.querySelector('[data-testid="profile-avatar"]'));
        for (const name of ['fullName', 'nickname', 'about', 'url', 'location']) {
            this.#fields[name] = panel.querySelector(`[data-field="${name}"]`);
        }
        this.#panel.querySelector('[data-testid="profile-close"]').addEventListener('click', () => this.close());
        this.#panel.querySelector('[data-testid="profile-message"]').addEventListener('click', () => {
            const jid = this.#jid;
            this.close();
            onMessage(jid);
        });
        this.#panel.addEventListener('keydown', (event) => {
            if (event.key === 'Escape') {
                this.close();
            }
        });
        mirror.subscribe(() => this.#queueRender());
        avatars?.subscribe(() => this.#queueRender());
        contacts?.subscribe(() => this.#queueRender());
    }

    // Shows posts, a PostPageView, under the profile: the blog of the shown user.
    setPostsView(posts) {
        this.#posts = posts;
        this.#panel.querySelector('[data-testid="profile-posts"]')?.append(posts.element);
    }

    // Shows the panel for jid; the row appears once the core has requested the profile.
    open(jid) {
        if (jid !== this.#jid) {
            this.#posts?.openNode(jid, '');
        }
        this.#jid = jid;
        this.#panel.dataset.jid = jid;
        this.#panel.hidden = false;
        this.#render();
        this.#panel.querySelector('[data-testid="profile-close"]').focus();
    }

    close() {
        if (this.#jid !== '') {
            this.#posts?.close();
        }
        this.#jid = '';
        this.#panel.hidden = true;
    }

    // Forgets the shown profile without telling the linker, when the session has ended.
    reset() {
        this.#posts?.reset();
        this.#jid = '';
        this.#panel.hidden = true;
    }

    #queueRender() {
        if (this.#renderQueued) {
            return;
        }
        this.#renderQueued = true;
        queueMicrotask(() => {
            this.#renderQueued = false;
            this.#render();
        });
    }

    #render() {
        if (this.#jid === '') {
            return;
        }
        const row = this.#mirror.rows.find((candidate) => stringRole(candidate, 'jid') === this.#jid) ?? {};
        const loading = row.loading === true || stringRole(row, 'jid') === '';
        const source = stringRole(row, 'source');
        const fullName = stringRole(row, 'fullName');
        // The name the user gave the contact comes first, as in the contact list.
        const contact = this.#contacts?.rows.find((candidate) => stringRole(candidate, 'jid') === this.#jid) ?? {};
        const title = stringRole(contact, 'name').trim() || fullName || this.#jid;

        setText(this.#panel.querySelector('[data-testid="profile-title"]'), title);
        this.#posts?.setEmptyText(format('profileNoPosts', { name: title }));
        setText(this.#panel.querySelector('[data-testid="profile-jid"]'), this.#jid);
        const avatarHash = stringRole(row, 'avatarHash');
        this.#avatarBadge.element.dataset.hash = avatarHash;
        this.#avatarBadge.update(this.#jid, title, this.#avatars?.url(avatarHash) ?? '');
        this.#panel.dataset.source = source;
        this.#panel.dataset.loading = String(loading);

        let status = '';
        if (loading) {
            status = strings.profileLoading;
        } else if (source === 'none') {
            status = format('profileEmpty', { jid: this.#jid });
        }
        setText(this.#panel.querySelector('[data-testid="profile-status"]'), status);

        // The core sends a time only while the contact is offline.
        const lastSeen = this.#panel.querySelector('[data-testid="profile-last-seen"]');
        setText(lastSeen, lastSeenText(row.lastSeen));
        lastSeen.hidden = lastSeen.textContent === '';

        for (const name of ['fullName', 'nickname', 'about', 'location']) {
            this.#showField(name, stringRole(row, name));
        }
        this.#showUrl(stringRole(row, 'url'));
    }

    #showField(name, value) {
        const valueElement = this.#fields[name];
        setText(valueElement, value);
        valueElement.closest('[data-field-row]').hidden = value === '';
    }

    #showUrl(url) {
        const container = this.#fields.url;
        container.replaceChildren();
        const link = safeLink(url);
        if (link) {
            const anchor = document.createElement('a');
            anchor.href = link;
            anchor.rel = 'noopener noreferrer nofollow';
            anchor.target = '_blank';
            anchor.textContent = url;
            anchor.dataset.testid = 'profile-url-link';
            container.append(anchor);
        } else {
            container.textContent = url;
        }
        container.closest('[data-field-row]').hidden = url === '';
    }
}
