// Tests of the web front end in Chromium against a stand-in for
// salon-server, which lets each test send the page exactly the protocol
// messages it needs (errors, reconnects, every model operation).

import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { collectPageErrors, eventually, launchBrowser, saveScreenshot } from './browser.mjs';
import { FakeSalonServer } from './fakeSalonServer.mjs';
import { strings } from '../../resources/web/strings.js';

const webRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources', 'web');

const contactRows = [
    { jid: 'bob@example.org', name: 'Bob', groups: ['Friends'], presence: 'online', statusText: 'At the desk', subscription: 'both' },
    { jid: 'carol@example.org', name: '', groups: [], presence: 'offline', statusText: '', subscription: 'to' },
    { jid: 'dave@example.org', name: 'Dave', groups: ['Work', 'Friends'], presence: 'dnd', statusText: 'Focus time', subscription: 'both' },
    {
        jid: 'mallory@example.org',
        name: '<img src=x onerror="window.injected=1">',
        groups: ['<b>Group</b>'],
        presence: 'xa',
        statusText: '<script>window.injected=2</script>',
        subscription: 'both',
    },
];

function row(page, jid) {
    return page.locator(`[data-testid="contact-row"][data-jid="${jid}"]`);
}

async function textOf(locator) {
    return (await locator.textContent()).trim();
}

// Records every Notification the page creates, and closes, in window.shownNotifications
// and window.closedNotifications, and counts the permission requests. The browser's own
// Notification still does the work. With promptAnswer, the permission reads "default"
// until the page requests it, and the request then resolves with promptAnswer, because
// headless Chromium shows no prompt and denies every request.
async function recordNotifications(page, promptAnswer = null) {
    await page.evaluate((answer) => {
        const BrowserNotification = window.Notification;
        let answeredPermission = answer === null ? null : 'default';
        window.shownNotifications = [];
        window.closedNotifications = [];
        window.permissionRequests = 0;
        window.Notification = class extends BrowserNotification {
            static get permission() {
                return answeredPermission ?? BrowserNotification.permission;
            }

            constructor(title, options = {}) {
                window.shownNotifications.push({ title, body: options.body, tag: options.tag });
                super(title, options);
            }

            close() {
                window.closedNotifications.push(this.tag);
                super.close();
            }

            static requestPermission() {
                window.permissionRequests += 1;
                if (answer !== null) {
                    answeredPermission = answer;
                    return Promise.resolve(answer);
                }
                return BrowserNotification.requestPermission();
            }
        };
    }, promptAnswer);
}

// Makes the page report itself hidden, as after switching to another tab, or visible again.
async function setPageHidden(page, hidden) {
    await page.evaluate((isHidden) => {
        if (isHidden) {
            Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
            Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
        } else {
            delete document.visibilityState;
            delete document.hidden;
        }
        document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
}

const requestRoles = ['jid', 'name', 'displayName', 'message'];

describe('web front end with a stand-in server', { timeout: 120_000 }, () => {
    let server;
    let browser;
    let page;
    let pageErrors;

    before(async () => {
        server = new FakeSalonServer(webRoot);
        await server.start();
        browser = await launchBrowser();
    });

    after(async () => {
        await browser?.close();
        await server?.stop();
    });

    beforeEach(async () => {
        page = await browser.context.newPage();
        pageErrors = [];
        collectPageErrors(page, pageErrors);
        await page.goto(server.url);
    });

    afterEach(async () => {
        await page?.close();
    });

    // Submits the form and returns the server side of the new session
    // together with the signIn message it received.
    async function submitSignIn(jid = 'alice@example.org', password = 'secret') {
        await page.getByTestId('sign-in-jid').fill(jid);
        await page.getByTestId('sign-in-password').fill(password);
        await page.getByTestId('sign-in-submit').click();
        const session = await server.nextSession();
        const signIn = await session.nextMessage('signIn');
        return { session, signIn };
    }

    async function signInWithContacts(rows = contactRows) {
        const { session } = await submitSignIn();
        session.send({ type: 'account', state: 'connecting', error: '', errorMessage: '' });
        session.send({ type: 'account', state: 'online', error: '', errorMessage: '' });
        session.send({ type: 'model', model: 'contacts', op: 'reset', roles: Object.keys(contactRows[0]), rows });
        await page.getByTestId('contacts-screen').waitFor();
        return session;
    }

    it('sign-in sends credentials and shows contacts', async () => {
        const { session, signIn } = await submitSignIn('alice@example.org', 'secret');
        assert.equal(signIn.jid, 'alice@example.org');
        assert.equal(signIn.password, 'secret');
        assert.equal(server.upgradeHeaders['sec-websocket-protocol'], undefined, 'the page asked for a subprotocol');
        assert.equal(await page.getByTestId('sign-in-submit').isDisabled(), true, 'button enabled while connecting');

        session.send({ type: 'account', state: 'connecting', error: '', errorMessage: '' });
        session.send({ type: 'account', state: 'online', error: '', errorMessage: '' });
        session.send({ type: 'model', model: 'contacts', op: 'reset', roles: Object.keys(contactRows[0]), rows: contactRows });
        await page.getByTestId('contacts-screen').waitFor();

        assert.equal(await textOf(page.getByTestId('account-jid')), 'alice@example.org');
        assert.equal(await page.getByTestId('connection-state').getAttribute('data-state'), 'online');
        assert.equal(await textOf(page.getByTestId('connection-state')), strings.stateOnline);
        assert.equal(await page.getByTestId('sign-in-password').inputValue(), '', 'password kept in the form');

        const bob = row(page, 'bob@example.org');
        assert.equal(await textOf(bob.getByTestId('contact-name')), 'Bob');
        assert.equal(await textOf(bob.getByTestId('contact-jid')), 'bob@example.org');
        assert.equal(await textOf(bob.getByTestId('presence-label')), strings.presenceOnline);
        assert.equal(await textOf(bob.getByTestId('status-text')), 'At the desk');

        const carol = row(page, 'carol@example.org');
        assert.equal(await textOf(carol.getByTestId('contact-name')), 'carol@example.org', 'JID as name');
        assert.equal(await textOf(carol.getByTestId('presence-label')), strings.presenceOffline);
        assert.equal(await carol.getByTestId('status-text').isVisible(), false, 'empty status shown');

        const groups = await page.getByTestId('contact-group').evaluateAll(
            (sections) => sections.map((section) => section.dataset.group));
        assert.deepEqual(groups, ['<b>Group</b>', 'Friends', 'Work', '']);
        assert.equal(await row(page, 'dave@example.org').count(), 2, 'a contact in two groups has two rows');
        assert.equal(await textOf(page.locator('[data-group=""] [data-testid="group-name"]')), strings.ungrouped);
    });

    it('renders markup in data as text', async () => {
        await signInWithContacts();
        const mallory = row(page, 'mallory@example.org');
        assert.equal(await textOf(mallory.getByTestId('contact-name')), contactRows[3].name);
        assert.equal(await textOf(mallory.getByTestId('status-text')), contactRows[3].statusText);
        assert.equal(await textOf(page.locator('[data-group="<b>Group</b>"] [data-testid="group-name"]')), '<b>Group</b>');
        assert.equal(await page.locator('[data-testid="contact-list"] img, [data-testid="contact-list"] script, [data-testid="contact-list"] b').count(), 0);
        assert.equal(await page.evaluate(() => window.injected), undefined);
    });

    it('model operations update rows live', async () => {
        const session = await signInWithContacts();
        await page.evaluate(() => {
            window.loadMarker = true;
        });

        session.send({ type: 'model', model: 'contacts', op: 'update', first: 0, rows: [{ ...contactRows[0], presence: 'away', statusText: 'Lunch' }] });
        await eventually(async () => assert.equal(await textOf(row(page, 'bob@example.org').getByTestId('presence-label')), strings.presenceAway));
        assert.equal(await textOf(row(page, 'bob@example.org').getByTestId('status-text')), 'Lunch');
        assert.equal(await row(page, 'bob@example.org').getAttribute('data-presence'), 'away');

        const erin = { jid: 'erin@example.org', name: 'Erin', groups: ['Friends'], presence: 'chat', statusText: '', subscription: 'both' };
        session.send({ type: 'model', model: 'contacts', op: 'insert', first: 0, rows: [erin] });
        await row(page, 'erin@example.org').waitFor();
        const friends = page.locator('[data-group="Friends"] [data-testid="contact-row"]');
        assert.deepEqual(await friends.evaluateAll((rows) => rows.map((r) => r.dataset.jid)),
            ['erin@example.org', 'bob@example.org', 'dave@example.org']);

        // Rows are now erin, bob, carol, dave, mallory: move erin before mallory.
        session.send({ type: 'model', model: 'contacts', op: 'move', first: 0, last: 0, destination: 4 });
        await eventually(async () => assert.deepEqual(await friends.evaluateAll((rows) => rows.map((r) => r.dataset.jid)),
            ['bob@example.org', 'dave@example.org', 'erin@example.org']));

        // Rows are now bob, carol, dave, erin, mallory: remove carol.
        session.send({ type: 'model', model: 'contacts', op: 'remove', first: 1, last: 1 });
        await row(page, 'carol@example.org').waitFor({ state: 'detached' });
        assert.equal(await page.locator('[data-group=""]').count(), 0, 'empty group kept');

        session.send({ type: 'model', model: 'contacts', op: 'reset', roles: [], rows: [] });
        await page.getByTestId('contacts-empty').waitFor();
        assert.equal(await textOf(page.getByTestId('contacts-empty')), strings.noContacts);

        assert.equal(await page.evaluate(() => window.loadMarker), true, 'the page reloaded');
        assert.deepEqual(pageErrors, []);
    });

    it('wrong password shows the error', async () => {
        const { session } = await submitSignIn('alice@example.org', 'wrong');
        session.send({ type: 'account', state: 'connecting', error: '', errorMessage: '' });
        session.send({ type: 'account', state: 'offline', error: 'wrongPassword', errorMessage: 'The password is not right.' });
        session.send({ type: 'sessionEnded', reason: 'signInFailed' });

        const alert = page.getByTestId('sign-in-error');
        await eventually(async () => assert.equal(await alert.getAttribute('data-error'), 'wrongPassword'));
        assert.equal(await textOf(alert), 'The password is not right.');
        assert.equal(await alert.getAttribute('role'), 'alert');
        assert.equal(await page.getByTestId('sign-in-password').inputValue(), '');
        assert.equal(await page.getByTestId('sign-in-jid').inputValue(), 'alice@example.org');
        assert.equal(await page.getByTestId('sign-in-submit').isEnabled(), true);
        await eventually(() => assert.equal(session.closed, true, 'the page kept the socket open'));
        assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'sign-in-password');
    });

    it('error without message uses local text', async () => {
        const { session } = await submitSignIn();
        session.send({ type: 'account', state: 'offline', error: 'serverUnreachable', errorMessage: '' });
        const alert = page.getByTestId('sign-in-error');
        await eventually(async () => assert.equal(await textOf(alert), strings.errorServerUnreachable));
    });

    it('reconnecting shows the error in the header', async () => {
        const session = await signInWithContacts();
        const state = page.getByTestId('connection-state');

        session.send({ type: 'account', state: 'reconnecting', error: 'connectionLost', errorMessage: 'The network is gone.' });
        await eventually(async () => assert.equal(await state.getAttribute('data-state'), 'reconnecting'));
        const text = await textOf(state);
        assert.ok(text.includes('The network is gone.'), `state text: ${text}`);
        assert.equal(await row(page, 'bob@example.org').count(), 1, 'contacts hidden while reconnecting');

        session.send({ type: 'account', state: 'online', error: '', errorMessage: '' });
        await eventually(async () => assert.equal(await textOf(state), strings.stateOnline));
    });

    it('sign-out ends the session', async () => {
        const session = await signInWithContacts();
        await page.getByTestId('sign-out').click();
        await session.nextMessage('signOut');
        await eventually(() => assert.equal(session.closed, true, 'the page kept the socket open'));
        await page.getByTestId('sign-in-form').waitFor();
        assert.equal(await textOf(page.getByTestId('sign-in-error')), '');
        assert.equal(await page.getByTestId('contact-row').count(), 0, 'contacts left in the page');
    });

    it('sessionEnded returns to sign-in', async () => {
        const first = await signInWithContacts();
        first.send({ type: 'sessionEnded', reason: 'serverShutdown', message: 'The server is shutting down.' });
        await page.getByTestId('sign-in-form').waitFor();
        assert.equal(await textOf(page.getByTestId('sign-in-error')), 'The server is shutting down.');
        assert.equal(await page.getByTestId('sign-in-error').getAttribute('data-error'), 'serverShutdown');

        const second = await signInWithContacts();
        second.send({ type: 'sessionEnded', reason: 'linkerCrashed' });
        await page.getByTestId('sign-in-form').waitFor();
        assert.equal(await textOf(page.getByTestId('sign-in-error')), strings.sessionEnded);
    });

    it('lost socket returns to sign-in', async () => {
        const session = await signInWithContacts();
        session.close();
        await page.getByTestId('sign-in-form').waitFor();
        assert.equal(await textOf(page.getByTestId('sign-in-error')), strings.salonConnectionLost);

        // A second attempt opens a new session.
        const second = await submitSignIn();
        assert.equal(second.signIn.jid, 'alice@example.org');
    });

    it('add contact sends invoke and shows the reply', async () => {
        const session = await signInWithContacts();
        const form = page.getByTestId('add-contact-form');
        assert.equal(await form.isVisible(), false, 'the form is open before the button is pressed');
        await page.getByTestId('add-contact-toggle').click();
        assert.equal(await page.getByTestId('add-contact-toggle').getAttribute('aria-expanded'), 'true');
        assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'add-contact-jid');

        // A value that is plainly no address is not sent.
        await page.getByTestId('add-contact-jid').fill('erin');
        await page.getByTestId('add-contact-submit').click();
        assert.equal(await textOf(page.getByTestId('add-contact-error')), strings.addContactInvalidJid);
        assert.equal(session.received.some((message) => message.type === 'invoke'), false, 'an invalid address was sent');

        await page.getByTestId('add-contact-jid').fill(' erin@example.org ');
        await page.getByTestId('add-contact-name').fill('Erin');
        await page.getByTestId('add-contact-group').fill('Friends');
        await page.getByTestId('add-contact-submit').click();
        const invoke = await session.nextMessage('invoke');
        assert.equal(invoke.object, 'roster');
        assert.equal(invoke.method, 'addContact');
        assert.deepEqual(invoke.args, ['erin@example.org', 'Erin', 'Friends']);
        assert.equal(await page.getByTestId('add-contact-submit').isDisabled(), true, 'the form took a second request');

        session.send({ type: 'invokeResult', id: invoke.id, ok: true });
        await eventually(async () => assert.ok((await textOf(page.getByTestId('add-contact-status'))).includes('erin@example.org')));
        assert.equal(await textOf(page.getByTestId('add-contact-error')), '');
        assert.equal(await page.getByTestId('add-contact-jid').inputValue(), '', 'the address stayed in the form');
        assert.equal(await page.getByTestId('add-contact-submit').isEnabled(), true);

        // The core's rejection is shown in the form.
        await page.getByTestId('add-contact-jid').fill('alice@example.org');
        await page.getByTestId('add-contact-submit').click();
        const second = await session.nextMessage('invoke');
        session.send({ type: 'invokeResult', id: second.id, ok: false, error: 'invalidArgument', message: 'That is <b>you</b>.' });
        await eventually(async () => assert.equal(await textOf(page.getByTestId('add-contact-error')), 'That is <b>you</b>.'));
        assert.equal(await page.getByTestId('add-contact-jid').inputValue(), 'alice@example.org', 'the rejected address was cleared');
        await saveScreenshot(page, 'add-contact.png');

        await page.getByTestId('add-contact-cancel').click();
        assert.equal(await form.isVisible(), false);
        assert.deepEqual(pageErrors, []);
    });

    it('add contact shows the core notices in the form', async () => {
        const session = await signInWithContacts();
        await page.getByTestId('add-contact-toggle').click();

        // The core rejects the address at once: its notice comes before the reply.
        await page.getByTestId('add-contact-jid').fill('Erin@Example.org/phone');
        await page.getByTestId('add-contact-submit').click();
        const first = await session.nextMessage('invoke');
        session.send({ type: 'notice', level: 'error', object: 'roster', jid: 'erin@example.org', message: 'Erin cannot be added.' });
        session.send({ type: 'invokeResult', id: first.id, ok: true });
        await eventually(async () => assert.equal(await textOf(page.getByTestId('add-contact-error')), 'Erin cannot be added.'));
        assert.equal(await textOf(page.getByTestId('add-contact-status')), '');
        assert.equal(await page.getByTestId('add-contact-jid').inputValue(), 'Erin@Example.org/phone');
        assert.equal(await page.getByTestId('notice').count(), 0, 'the notice was also shown above the list');

        // The server rejects the change after the reply.
        await page.getByTestId('add-contact-jid').fill('frank@example.org');
        await page.getByTestId('add-contact-submit').click();
        const second = await session.nextMessage('invoke');
        session.send({ type: 'invokeResult', id: second.id, ok: true });
        await eventually(async () => assert.notEqual(await textOf(page.getByTestId('add-contact-status')), ''));
        session.send({ type: 'notice', level: 'error', object: 'roster', jid: 'frank@example.org', message: 'The server refused Frank.' });
        await eventually(async () => assert.equal(await textOf(page.getByTestId('add-contact-error')), 'The server refused Frank.'));
        assert.equal(await textOf(page.getByTestId('add-contact-status')), '');

        // Notices about other contacts go above the list.
        session.send({ type: 'notice', level: 'error', object: 'roster', jid: 'bob@example.org', message: 'Bob could not be renamed.' });
        await eventually(async () => assert.equal(await textOf(page.getByTestId('notice-text')), 'Bob could not be renamed.'));
        assert.deepEqual(pageErrors, []);
    });

    it('requests show and are answered', async () => {
        const session = await signInWithContacts();
        const requests = page.getByTestId('requests');
        assert.equal(await requests.isVisible(), false, 'an empty requests section is shown');

        const requestRows = [
            { jid: 'frank@example.org', name: 'Frank', displayName: 'Frank', message: 'Hi, it is <i>Frank</i> from work' },
            { jid: 'grace@example.org', name: '', displayName: 'grace@example.org', message: '' },
        ];
        session.send({ type: 'model', model: 'subscriptionRequests', op: 'reset', roles: ['jid', 'name', 'displayName', 'message'], rows: requestRows });
        await requests.waitFor();
        assert.equal(await textOf(page.getByTestId('request-count')), '2 requests');
        const frank = page.locator('[data-testid="request-row"][data-jid="frank@example.org"]');
        assert.equal(await textOf(frank.getByTestId('request-name')), 'Frank');
        assert.equal(await textOf(frank.getByTestId('request-jid')), 'frank@example.org');
        assert.equal(await textOf(frank.getByTestId('request-message')), requestRows[0].message);
        const grace = page.locator('[data-testid="request-row"][data-jid="grace@example.org"]');
        assert.equal(await grace.getByTestId('request-jid').isVisible(), false, 'the JID is shown twice');
        assert.equal(await grace.getByTestId('request-message').isVisible(), false, 'an empty message is shown');
        await saveScreenshot(page, 'requests.png');

        await frank.getByTestId('request-accept').click();
        const accept = await session.nextMessage('invoke');
        assert.equal(accept.method, 'acceptSubscription');
        assert.deepEqual(accept.args, ['frank@example.org']);
        assert.equal(await frank.getByTestId('request-decline').isDisabled(), true);
        session.send({ type: 'invokeResult', id: accept.id, ok: true });
        session.send({ type: 'model', model: 'subscriptionRequests', op: 'remove', first: 0, last: 0 });
        await frank.waitFor({ state: 'detached' });
        assert.equal(await textOf(page.getByTestId('request-count')), strings.requestCountOne);

        // A rejected call leaves the row with working buttons and shows the reason.
        await grace.getByTestId('request-decline').click();
        const decline = await session.nextMessage('invoke');
        assert.equal(decline.method, 'declineSubscription');
        assert.deepEqual(decline.args, ['grace@example.org']);
        session.send({ type: 'invokeResult', id: decline.id, ok: false, error: 'unknownMethod', message: 'Declining failed.' });
        await eventually(async () => assert.equal(await textOf(page.getByTestId('notice-text')), 'Declining failed.'));
        await eventually(async () => assert.equal(await grace.getByTestId('request-decline').isEnabled(), true));

        session.send({ type: 'model', model: 'subscriptionRequests', op: 'remove', first: 0, last: 0 });
        await requests.waitFor({ state: 'hidden' });
        assert.deepEqual(pageErrors, []);
    });

    it('pending request shows waiting for approval', async () => {
        const frank = { jid: 'frank@example.org', name: 'Frank', groups: [], presence: 'offline', statusText: '', subscription: 'none', approvalPending: true };
        const session = await signInWithContacts([...contactRows, frank]);
        const frankRow = row(page, 'frank@example.org');
        await frankRow.waitFor();
        assert.equal(await textOf(frankRow.getByTestId('presence-label')), strings.presenceWaitingForApproval);
        assert.equal(await frankRow.getAttribute('data-approval-pending'), 'true');
        assert.equal(await textOf(row(page, 'carol@example.org').getByTestId('presence-label')), strings.presenceOffline);
        await saveScreenshot(page, 'waiting-for-approval.png', { fullPage: true });

        // When Frank accepts, the core clears the flag and his presence follows.
        session.send({ type: 'model', model: 'contacts', op: 'update', first: 4, rows: [{ ...frank, subscription: 'to', approvalPending: false, presence: 'online' }] });
        await eventually(async () => assert.equal(await textOf(frankRow.getByTestId('presence-label')), strings.presenceOnline));
        assert.equal(await frankRow.getAttribute('data-approval-pending'), 'false');
        assert.deepEqual(pageErrors, []);
    });

    it('profile shows when the contact was last seen', async () => {
        const session = await signInWithContacts();
        const carol = row(page, 'carol@example.org');
        await carol.getByTestId('contact-actions-toggle').click();
        await carol.getByTestId('contact-view-profile').click();
        const request = await session.nextMessage('invoke');
        assert.equal(request.method, 'requestProfile');
        session.send({ type: 'invokeResult', id: request.id, ok: true });

        const panel = page.getByTestId('profile-panel');
        const lastSeen = panel.getByTestId('profile-last-seen');
        const card = {
            jid: 'carol@example.org', fullName: 'Carol', nickname: '', about: '', url: '', location: '', source: 'vcard4', loading: false,
            lastSeen: new Date(Date.now() - 20_000).toISOString(),
        };
        session.send({ type: 'model', model: 'profileCards', op: 'reset', roles: Object.keys(card), rows: [card] });
        await eventually(async () => assert.equal(await textOf(lastSeen), strings.lastSeenJustNow));
        assert.equal(await lastSeen.isVisible(), true);
        await saveScreenshot(page, 'profile-last-seen.png');

        // Two days ago shows the date, not "today".
        const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
        session.send({ type: 'model', model: 'profileCards', op: 'update', first: 0, rows: [{ ...card, lastSeen: twoDaysAgo.toISOString() }] });
        await eventually(async () => assert.notEqual(await textOf(lastSeen), strings.lastSeenJustNow));
        const text = await textOf(lastSeen);
        assert.ok(text.startsWith('Last seen ') && !text.includes('today'), text);
        assert.ok(text.includes(String(twoDaysAgo.getDate())), text);

        // The core sends null while the contact is online or its time is unknown.
        session.send({ type: 'model', model: 'profileCards', op: 'update', first: 0, rows: [{ ...card, lastSeen: null }] });
        await eventually(async () => assert.equal(await lastSeen.isVisible(), false));
        assert.deepEqual(pageErrors, []);
    });

    it('hidden page notifies about new requests', async () => {
        await browser.context.grantPermissions(['notifications'], { origin: new URL(server.url).origin });
        try {
            await recordNotifications(page);
            const session = await signInWithContacts();
            assert.equal(await page.evaluate(() => window.permissionRequests), 0, 'the page asked again for a granted permission');
            const frank = { jid: 'frank@example.org', name: 'Frank', displayName: 'Frank', message: 'Hi from <i>work</i>' };
            const grace = { jid: 'grace@example.org', name: '', displayName: 'grace@example.org', message: '' };

            // While the page is visible, the Requests section is enough.
            session.send({ type: 'model', model: 'subscriptionRequests', op: 'reset', roles: requestRoles, rows: [frank] });
            await page.getByTestId('requests').waitFor();
            assert.deepEqual(await page.evaluate(() => window.shownNotifications), []);

            await setPageHidden(page, true);
            session.send({ type: 'model', model: 'subscriptionRequests', op: 'insert', first: 1, rows: [grace] });
            await eventually(async () => assert.equal(await page.evaluate(() => window.shownNotifications.length), 1));
            const [shown] = await page.evaluate(() => window.shownNotifications);
            assert.equal(shown.title, strings.requestNotificationTitle);
            assert.equal(shown.body, 'grace@example.org wants to see when you are online.');
            assert.equal(shown.tag, 'salon-request:grace@example.org');

            // After a new XMPP session the server sends the same requests again, which show no second notification.
            session.send({ type: 'model', model: 'subscriptionRequests', op: 'reset', roles: requestRoles, rows: [] });
            session.send({ type: 'model', model: 'subscriptionRequests', op: 'insert', first: 0, rows: [frank, grace] });
            await eventually(async () => assert.equal(await page.getByTestId('request-row').count(), 2));
            assert.equal(await page.evaluate(() => window.shownNotifications.length), 1);

            // A request that goes away closes its notification.
            session.send({ type: 'model', model: 'subscriptionRequests', op: 'remove', first: 1, last: 1 });
            await eventually(async () => assert.deepEqual(await page.evaluate(() => window.closedNotifications), ['salon-request:grace@example.org']));

            // The message comes with the request of someone new.
            const heidi = { jid: 'heidi@example.org', name: 'Heidi', displayName: 'Heidi', message: 'From the climbing club' };
            session.send({ type: 'model', model: 'subscriptionRequests', op: 'insert', first: 1, rows: [heidi] });
            await eventually(async () => assert.equal(await page.evaluate(() => window.shownNotifications.length), 2));
            const second = (await page.evaluate(() => window.shownNotifications))[1];
            assert.equal(second.body, 'Heidi wants to see when you are online. Their message: From the climbing club');
            assert.deepEqual(pageErrors, []);
        } finally {
            await browser.context.clearPermissions();
        }
    });

    it('request without permission shows no notification', async () => {
        await recordNotifications(page, 'denied');
        const session = await signInWithContacts();
        // Signing in requests the permission while the user has not decided yet.
        assert.equal(await page.evaluate(() => window.permissionRequests), 1);
        assert.equal(await page.evaluate(() => Notification.permission), 'denied');

        await setPageHidden(page, true);
        session.send({ type: 'model', model: 'subscriptionRequests', op: 'reset', roles: requestRoles,
            rows: [{ jid: 'frank@example.org', name: 'Frank', displayName: 'Frank', message: '' }] });
        await page.locator('[data-testid="request-row"][data-jid="frank@example.org"]').waitFor();
        assert.deepEqual(await page.evaluate(() => window.shownNotifications), []);
        assert.deepEqual(pageErrors, []);
    });

    it('rename and remove ask the core', async () => {
        const session = await signInWithContacts();
        const bob = row(page, 'bob@example.org');
        assert.equal(await bob.getByTestId('contact-rename').isVisible(), false, 'the actions are shown before the button is pressed');

        await bob.getByTestId('contact-actions-toggle').click();
        await bob.getByTestId('contact-rename').click();
        const input = bob.getByTestId('rename-input');
        assert.equal(await input.inputValue(), 'Bob');
        await input.fill('Robert');
        await bob.getByTestId('rename-save').click();
        const rename = await session.nextMessage('invoke');
        assert.equal(rename.method, 'renameContact');
        assert.deepEqual(rename.args, ['bob@example.org', 'Robert']);
        session.send({ type: 'invokeResult', id: rename.id, ok: true });
        await bob.getByTestId('rename-form').waitFor({ state: 'hidden' });

        // Cancelling the confirmation sends nothing.
        await bob.getByTestId('contact-actions-toggle').click();
        await bob.getByTestId('contact-remove').click();
        assert.ok((await textOf(bob.getByTestId('remove-question'))).includes('Bob'));
        await saveScreenshot(page, 'remove-confirmation.png');
        await bob.getByTestId('remove-cancel').click();
        await bob.getByTestId('remove-confirmation').waitFor({ state: 'hidden' });
        assert.equal(session.received.some((message) => message.type === 'invoke'), false, 'cancel sent a request');

        await bob.getByTestId('contact-actions-toggle').click();
        await bob.getByTestId('contact-remove').click();
        await bob.getByTestId('remove-confirm').click();
        const remove = await session.nextMessage('invoke');
        assert.equal(remove.method, 'removeContact');
        assert.deepEqual(remove.args, ['bob@example.org']);
        session.send({ type: 'invokeResult', id: remove.id, ok: true });
        session.send({ type: 'model', model: 'contacts', op: 'remove', first: 0, last: 0 });
        await bob.waitFor({ state: 'detached' });
        assert.deepEqual(pageErrors, []);
    });

    it('notices show as text until dismissed', async () => {
        const session = await signInWithContacts();
        session.send({ type: 'notice', level: 'error', object: 'roster', jid: 'bob@example.org', message: '<img src=x onerror="window.injected=3">' });
        const notice = page.getByTestId('notice');
        await notice.waitFor();
        assert.equal(await textOf(notice.getByTestId('notice-text')), '<img src=x onerror="window.injected=3">');
        assert.equal(await notice.getAttribute('role'), 'alert');
        assert.equal(await page.evaluate(() => window.injected), undefined);

        await notice.getByTestId('notice-dismiss').click();
        await notice.waitFor({ state: 'detached' });
    });

    it('ending the session settles pending calls', async () => {
        const session = await signInWithContacts();
        await page.getByTestId('add-contact-toggle').click();
        await page.getByTestId('add-contact-jid').fill('erin@example.org');
        await page.getByTestId('add-contact-submit').click();
        await session.nextMessage('invoke');

        session.send({ type: 'sessionEnded', reason: 'linkerCrashed' });
        await page.getByTestId('sign-in-form').waitFor();

        // The next session starts with a closed, empty and usable form.
        await signInWithContacts();
        assert.equal(await page.getByTestId('add-contact-form').isVisible(), false);
        await page.getByTestId('add-contact-toggle').click();
        assert.equal(await page.getByTestId('add-contact-jid').inputValue(), '');
        assert.equal(await page.getByTestId('add-contact-submit').isEnabled(), true);
        assert.deepEqual(pageErrors, []);
    });

    it('phone layout fits the screen', async () => {
        await page.setViewportSize({ width: 360, height: 740 });
        const longRow = {
            jid: 'someone.with.a.very.long.address@conference.chat.example.org',
            name: 'Someone with a rather long display name that goes on',
            groups: ['Friends'],
            presence: 'away',
            statusText: 'A status text that is long enough to wrap onto a second line on a phone screen',
            subscription: 'both',
        };
        await signInWithContacts([longRow, ...contactRows]);
        await row(page, longRow.jid).waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, 'the page scrolls sideways');
        await saveScreenshot(page, 'contacts-phone.png', { fullPage: true });
        assert.deepEqual(pageErrors, []);
    });
});
