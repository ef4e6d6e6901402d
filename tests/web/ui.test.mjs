// Tests of the web front end in Chromium against a stand-in for
// salon-server, which lets each test send the page exactly the protocol
// messages it needs (errors, reconnects, every model operation).

import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { collectPageErrors, eventually, launchBrowser, saveScreenshot } from './browser.mjs';
import { FakeSalonServer } from './fakeSalonServer.mjs';
import { jpegSize, noisePng, solidPng } from './imageFiles.mjs';
import { format, strings } from '../../resources/web/strings.js';
import { formatSize } from '../../resources/web/uploadList.js';

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

const redHash = 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3';
const blueHash = '1111111111111111111111111111111111111111';
const ownHash = '2222222222222222222222222222222222222222';
const redPng = solidPng(32, 32, [255, 0, 0]);
const bluePng = solidPng(32, 32, [0, 0, 255]);

// Resolves with the next invoke of object.method that the page sent, taking
// it out of session.received; invokes of other methods stay there.
function nextInvoke(session, object, method, timeoutMs = 5000) {
    const matches = (message) => message.type === 'invoke' && message.object === object && message.method === method;
    const index = session.received.findIndex(matches);
    if (index >= 0) {
        return Promise.resolve(session.received.splice(index, 1)[0]);
    }
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            session.off('message', onMessage);
            reject(new Error(`no invoke of ${object}.${method} from the page within ${timeoutMs} ms`));
        }, timeoutMs);
        const onMessage = (message) => {
            if (matches(message)) {
                clearTimeout(timer);
                session.off('message', onMessage);
                session.received.splice(session.received.indexOf(message), 1);
                resolve(message);
            }
        };
        session.on('message', onMessage);
    });
}

function invokesOf(session, object, method) {
    return session.received.filter((message) => message.type === 'invoke' && message.object === object && message.method === method);
}

// Returns the state of the avatar element: whether its image is shown and decoded, the image's
// URL scheme and the initial.
function avatarState(avatar) {
    return avatar.evaluate((element) => {
        const image = element.querySelector('img');
        const initials = element.querySelector('[data-testid="avatar-initials"]');
        return {
            shown: element.dataset.image === 'true',
            decoded: image !== null && image.complete && image.naturalWidth > 0,
            scheme: image ? new URL(image.src).protocol : '',
            initial: initials && !initials.hidden ? initials.textContent : '',
        };
    });
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

const messageRoles = ['messageId', 'originId', 'direction', 'body', 'timestamp', 'state', 'edited', 'retracted', 'replyToId', 'replyPreview',
    'reactions', 'attachmentUrl', 'attachmentType', 'attachmentName', 'thumbnailPath'];

// Returns a row of a messages model with every role, the given ones set.
function chatMessage(messageId, direction, body, roles = {}) {
    return {
        messageId,
        originId: `m-${messageId}`,
        direction,
        body,
        timestamp: new Date(Date.UTC(2026, 0, 1, 10, 0, messageId)).toISOString(),
        state: direction === 'out' ? 'delivered' : 'displayed',
        edited: false,
        retracted: false,
        replyToId: 0,
        replyPreview: '',
        reactions: [],
        attachmentUrl: '',
        attachmentType: '',
        attachmentName: '',
        thumbnailPath: '',
        ...roles,
    };
}

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
        server.reset();
        await browser.context.clearCookies();
        page = await browser.context.newPage();
        pageErrors = [];
        collectPageErrors(page, pageErrors);
        await page.goto(server.url);
    });

    afterEach(async () => {
        await page?.close();
    });

    // Fills and submits the sign-in form of targetPage and returns the server's side of the sign-in request.
    async function submitForm(jid = 'alice@example.org', password = 'secret', targetPage = page) {
        await targetPage.getByTestId('sign-in-jid').fill(jid);
        await targetPage.getByTestId('sign-in-password').fill(password);
        await targetPage.getByTestId('sign-in-submit').click();
        return server.nextSignIn();
    }

    // Submits the form, accepts the sign-in and returns the server side of
    // the WebSocket that the page opens then, with the sign-in request.
    async function submitSignIn(jid = 'alice@example.org', password = 'secret') {
        const signIn = await submitForm(jid, password);
        signIn.accept();
        const session = await server.nextSession();
        return { session, signIn };
    }

    // Sends what the linker sends a new tab: the account state and the contacts.
    function sendSnapshot(session, rows = contactRows) {
        session.send({ type: 'account', state: 'online', error: '', errorMessage: '' });
        session.send({ type: 'model', model: 'contacts', op: 'reset', roles: Object.keys(contactRows[0]), rows });
    }

    async function signInWithContacts(rows = contactRows) {
        const { session } = await submitSignIn();
        sendSnapshot(session, rows);
        await page.getByTestId('contacts-screen').waitFor();
        return session;
    }

    it('sign-in posts credentials and shows contacts', async () => {
        assert.equal(await page.getByTestId('sign-in-jid').getAttribute('placeholder'), strings.jidPlaceholder);
        const signIn = await submitForm('alice@example.org', 'secret');
        assert.equal(signIn.jid, 'alice@example.org');
        assert.equal(signIn.password, 'secret');
        assert.equal(signIn.headers.origin, new URL(server.url).origin);
        assert.match(signIn.headers['content-type'], /^application\/json/);
        assert.equal(await page.getByTestId('sign-in-submit').isDisabled(), true, 'button enabled while signing in');
        assert.equal(await textOf(page.getByTestId('sign-in-submit')), strings.signingIn);
        assert.equal(await page.getByTestId('sign-in-jid').isDisabled(), true, 'address field enabled while signing in');
        assert.equal(server.rejectedUpgrades.length, 0, 'the page opened a WebSocket before the sign-in succeeded');

        const token = signIn.accept();
        const session = await server.nextSession();
        assert.equal(session.token, token, 'the WebSocket carries another cookie');
        assert.equal(server.upgradeHeaders['sec-websocket-protocol'], undefined, 'the page asked for a subprotocol');
        const cookies = await browser.context.cookies(server.url);
        assert.deepEqual(cookies.map((cookie) => [cookie.name, cookie.httpOnly]), [['salon_session', true]]);
        assert.equal(await page.evaluate(() => document.cookie), '', 'the page can read the session cookie');

        session.send({ type: 'account', state: 'connecting', error: '', errorMessage: '' });
        session.send({ type: 'account', state: 'online', error: '', errorMessage: '' });
        session.send({ type: 'model', model: 'contacts', op: 'reset', roles: Object.keys(contactRows[0]), rows: contactRows });
        await page.getByTestId('contacts-screen').waitFor();
        assert.equal(session.received.some((message) => message.type === 'signIn'), false, 'the page sent signIn over the WebSocket');

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
        assert.deepEqual(pageErrors, []);
    });

    it('default domain completes a bare name', async () => {
        server.config = { defaultDomain: 'example.net', allowedDomains: ['example.net'] };
        await page.reload();
        const jidField = page.getByTestId('sign-in-jid');
        await eventually(async () => assert.equal(await jidField.getAttribute('placeholder'), format('jidPlaceholderWithDomain', { domain: 'example.net' })));

        const bare = await submitForm(' alice ', 'secret');
        assert.equal(bare.jid, 'alice@example.net');
        bare.reject(401, 'wrongPassword', 'The password is wrong.');
        await eventually(async () => assert.equal(await page.getByTestId('sign-in-submit').isEnabled(), true));

        const full = await submitForm('alice@example.org', 'secret');
        assert.equal(full.jid, 'alice@example.org', 'a full address was changed');
        full.accept();
        sendSnapshot(await server.nextSession());
        await page.getByTestId('contacts-screen').waitFor();
        assert.equal(await textOf(page.getByTestId('account-jid')), 'alice@example.org');
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
        const signIn = await submitForm('alice@example.org', 'wrong');
        signIn.reject(401, 'wrongPassword', 'The password is not right.');

        const alert = page.getByTestId('sign-in-error');
        await eventually(async () => assert.equal(await alert.getAttribute('data-error'), 'wrongPassword'));
        assert.equal(await textOf(alert), 'The password is not right.');
        assert.equal(await alert.getAttribute('role'), 'alert');
        assert.equal(await page.getByTestId('sign-in-password').inputValue(), '');
        assert.equal(await page.getByTestId('sign-in-jid').inputValue(), 'alice@example.org');
        assert.equal(await page.getByTestId('sign-in-submit').isEnabled(), true);
        assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'sign-in-password');
        assert.deepEqual(await browser.context.cookies(server.url), [], 'a failed sign-in left a cookie');
        await assert.rejects(server.nextSession(300), /no WebSocket/, 'the page opened a WebSocket after a failed sign-in');
        assert.deepEqual(server.rejectedUpgrades, []);

        // The next attempt clears the error while it waits.
        const second = await submitForm('alice@example.org', 'right');
        await eventually(async () => assert.equal(await textOf(alert), ''));
        second.accept();
        sendSnapshot(await server.nextSession());
        await page.getByTestId('contacts-screen').waitFor();
    });

    it('error without message uses local text', async () => {
        const alert = page.getByTestId('sign-in-error');
        const cases = [
            [401, 'wrongPassword', strings.errorWrongPassword],
            [403, 'domainNotAllowed', strings.errorDomainNotAllowed],
            [503, 'serverFull', strings.errorServerFull],
            [503, 'shuttingDown', strings.errorShuttingDown],
            [504, 'timeout', strings.errorTimeout],
            [502, 'linkerFailed', strings.errorLinkerFailed],
            [401, 'someFutureError', strings.errorUnknown],
        ];
        for (const [status, error, text] of cases) {
            const signIn = await submitForm();
            signIn.reject(status, error);
            await eventually(async () => assert.equal(await alert.getAttribute('data-error'), error));
            assert.equal(await textOf(alert), text, `text for ${error}`);
        }
    });

    it('reload resumes the session without sign-in', async () => {
        const first = await signInWithContacts();
        // Records whether the reloaded page ever shows the sign-in screen.
        await page.addInitScript(() => {
            window.signInShown = false;
            document.addEventListener('DOMContentLoaded', () => {
                const screen = document.getElementById('sign-in-screen');
                const check = () => {
                    window.signInShown ||= !screen.hidden;
                };
                check();
                new MutationObserver(check).observe(screen, { attributes: true, attributeFilter: ['hidden'] });
            });
        });

        await page.reload();
        const resumed = await server.nextSession();
        assert.equal(resumed.token, first.token, 'the reloaded page has another session');
        sendSnapshot(resumed);
        await page.getByTestId('contacts-screen').waitFor();
        assert.equal(await textOf(page.getByTestId('account-jid')), 'alice@example.org');
        assert.equal(await row(page, 'bob@example.org').count(), 1);
        assert.equal(await page.evaluate(() => window.signInShown), false, 'the sign-in screen showed while resuming');
        assert.equal(server.apiRequests.filter((request) => request.method === 'POST').length, 1, 'the reload signed in again');
        assert.deepEqual(pageErrors, []);
    });

    it('two tabs share one session', async () => {
        const first = await signInWithContacts();
        const second = await browser.context.newPage();
        try {
            await second.goto(server.url);
            const secondSession = await server.nextSession();
            assert.equal(secondSession.token, first.token);
            sendSnapshot(secondSession);
            await second.getByTestId('contacts-screen').waitFor();
            assert.equal(await textOf(second.getByTestId('account-jid')), 'alice@example.org');
            assert.equal(await second.getByTestId('sign-in-screen').isVisible(), false);

            // Each tab has its own WebSocket: a message to one does not reach the other.
            secondSession.send({ type: 'account', state: 'reconnecting', error: 'connectionLost', errorMessage: 'Gone.' });
            await eventually(async () => assert.equal(await second.getByTestId('connection-state').getAttribute('data-state'), 'reconnecting'));
            assert.equal(await page.getByTestId('connection-state').getAttribute('data-state'), 'online');

            // Signing out in one tab ends the session in both.
            await second.getByTestId('sign-out').click();
            await second.getByTestId('sign-in-form').waitFor();
            assert.equal(await textOf(second.getByTestId('sign-in-error')), '', 'the tab that signed out shows an error');
            await page.getByTestId('sign-in-form').waitFor();
            assert.equal(await page.getByTestId('sign-in-error').getAttribute('data-error'), 'signedOut');
            assert.equal(await textOf(page.getByTestId('sign-in-error')), 'You signed out.');
            assert.equal(server.sessionCount, 0);
        } finally {
            await second.close();
        }
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

    it('sign-out returns to sign-in and a reload stays there', async () => {
        const session = await signInWithContacts();
        await page.getByTestId('sign-out').click();
        await page.getByTestId('sign-in-form').waitFor();
        assert.deepEqual(server.apiRequests.filter((request) => request.method === 'DELETE').map((request) => request.status), [200]);
        assert.equal(server.hasSession(session.token), false);
        await eventually(() => assert.equal(session.closed, true, 'the page kept the socket open'));
        assert.equal(await textOf(page.getByTestId('sign-in-error')), '');
        assert.equal(await page.getByTestId('contact-row').count(), 0, 'contacts left in the page');
        assert.deepEqual(await browser.context.cookies(server.url), [], 'the cookie outlived the sign-out');

        await page.reload();
        await page.getByTestId('sign-in-form').waitFor();
        await assert.rejects(server.nextSession(500), /no WebSocket/, 'the reloaded page opened a WebSocket');
        assert.equal(await page.getByTestId('contacts-screen').isVisible(), false);
        assert.deepEqual(pageErrors, []);
    });

    it('sessionEnded returns to sign-in', async () => {
        const first = await signInWithContacts();
        server.endSession(first.token, 'serverShutdown', 'The server is shutting down.');
        await page.getByTestId('sign-in-form').waitFor();
        // The page shows its own sentence for the reasons that salon-server decides, in the page's language.
        assert.equal(await textOf(page.getByTestId('sign-in-error')), 'The Salon server is shutting down. Sign in again in a few minutes.');
        assert.equal(await page.getByTestId('sign-in-error').getAttribute('data-error'), 'serverShutdown');

        const second = await signInWithContacts();
        second.send({ type: 'sessionEnded', reason: 'linkerCrashed' });
        await page.getByTestId('sign-in-form').waitFor();
        assert.equal(await textOf(page.getByTestId('sign-in-error')), strings.sessionEnded);

        // The reasons that the page explains itself when the server sends no message.
        const fallbacks = {
            linkerStalled: strings.sessionEndedLinkerStalled,
            linkerLimitExceeded: strings.sessionEndedLinkerLimitExceeded,
            idleTimeout: strings.sessionEndedIdleTimeout,
            tabFlooding: strings.sessionEndedTabFlooding,
        };
        for (const [reason, text] of Object.entries(fallbacks)) {
            const session = await signInWithContacts();
            server.endSession(session.token, reason);
            await page.getByTestId('sign-in-form').waitFor();
            assert.equal(await page.getByTestId('sign-in-error').getAttribute('data-error'), reason);
            assert.equal(await textOf(page.getByTestId('sign-in-error')), text, `text for ${reason}`);
            assert.equal(await page.getByTestId('contact-row').count(), 0, `contacts left in the page after ${reason}`);
        }
        assert.deepEqual(pageErrors, []);
    });

    it('lost socket reconnects while the session lives', async () => {
        const first = await signInWithContacts();
        first.close();
        const state = page.getByTestId('connection-state');
        await eventually(async () => assert.equal(await textOf(state), strings.salonReconnecting));
        assert.equal(await state.getAttribute('data-error'), 'salonConnectionLost');

        const second = await server.nextSession(5000);
        assert.equal(second.token, first.token);
        sendSnapshot(second, contactRows.slice(0, 1));
        await eventually(async () => assert.equal(await textOf(state), strings.stateOnline));
        await eventually(async () => assert.equal(await page.getByTestId('contact-row').count(), 1));
        assert.equal(await page.getByTestId('sign-in-screen').isVisible(), false);
        assert.deepEqual(pageErrors, []);
    });

    it('unreachable session API is reported', async () => {
        const refuse = (route) => route.abort('connectionrefused');

        // A lost socket whose session cannot be checked ends on the sign-in screen.
        const first = await signInWithContacts();
        await page.route('**/api/session', refuse);
        first.close();
        await page.getByTestId('sign-in-form').waitFor();
        assert.equal(await page.getByTestId('sign-in-error').getAttribute('data-error'), 'salonServerUnreachable');
        assert.equal(await textOf(page.getByTestId('sign-in-error')), strings.salonServerUnreachable);

        // Sign-out falls back to the WebSocket's signOut when DELETE gets no response.
        await page.unroute('**/api/session', refuse);
        const second = await signInWithContacts();
        await page.route('**/api/session', refuse);
        await page.getByTestId('sign-out').click();
        await second.nextMessage('signOut');
        await page.getByTestId('sign-in-form').waitFor();
        assert.equal(await textOf(page.getByTestId('sign-in-error')), '');

        // A page that cannot ask for its session shows the sign-in screen with the reason.
        await page.reload();
        await page.getByTestId('sign-in-form').waitFor();
        assert.equal(await textOf(page.getByTestId('sign-in-error')), strings.salonServerUnreachable);
        assert.deepEqual(pageErrors, []);
    });

    it('socket lost before the snapshot reconnects', async () => {
        const { session: first } = await submitSignIn();
        first.close();
        await page.getByTestId('contacts-screen').waitFor();
        assert.equal(await textOf(page.getByTestId('connection-state')), strings.salonReconnecting);
        assert.equal(await textOf(page.getByTestId('account-jid')), 'alice@example.org');

        const second = await server.nextSession(5000);
        assert.equal(second.token, first.token);
        sendSnapshot(second);
        await eventually(async () => assert.equal(await textOf(page.getByTestId('connection-state')), strings.stateOnline));
        await row(page, 'bob@example.org').waitFor();
        assert.deepEqual(pageErrors, []);
    });

    it('lost socket without session returns to sign-in', async () => {
        const first = await signInWithContacts();
        server.forgetSession(first.token);
        first.close();
        await page.getByTestId('sign-in-form').waitFor();
        assert.equal(await textOf(page.getByTestId('sign-in-error')), strings.salonSessionExpired);
        assert.equal(await page.getByTestId('sign-in-error').getAttribute('data-error'), 'salonSessionExpired');
        assert.deepEqual(server.rejectedUpgrades, [], 'the page tried a WebSocket without a session');

        // A second attempt opens a new session.
        const { session } = await submitSignIn();
        assert.notEqual(session.token, first.token);
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
        const request = await nextInvoke(session, 'profiles', 'requestProfile');
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
        assert.ok(text.startsWith('Last seen '), text);
        assert.ok(!text.includes('today'), text);
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

    it('hidden page notifies about new messages', async () => {
        await browser.context.grantPermissions(['notifications'], { origin: new URL(server.url).origin });
        try {
            await recordNotifications(page);
            const session = await signInWithContacts();
            const roles = ['peer', 'lastMessage', 'lastDirection', 'lastTimestamp', 'unreadCount', 'avatarHash'];
            const now = new Date().toISOString();
            const conversation = (peer, lastMessage, lastDirection, unreadCount) => ({ peer, lastMessage, lastDirection, lastTimestamp: now, unreadCount, avatarHash: '' });

            // Unread messages of an earlier visit notify nothing, nor do new ones while the page is visible.
            session.send({ type: 'model', model: 'conversations', op: 'reset', roles, rows: [conversation('bob@example.org', 'Old news', 'in', 2)] });
            session.send({ type: 'model', model: 'conversations', op: 'update', first: 0, rows: [conversation('bob@example.org', 'Seen at once', 'in', 3)] });
            await eventually(async () => assert.equal(await textOf(page.getByTestId('chats-unread')), '3'));
            assert.deepEqual(await page.evaluate(() => window.shownNotifications), []);

            await setPageHidden(page, true);
            session.send({ type: 'model', model: 'conversations', op: 'insert', first: 0, rows: [conversation('carol@example.org', 'Lunch? <b>now</b>', 'in', 1)] });
            await eventually(async () => assert.equal(await page.evaluate(() => window.shownNotifications.length), 1));
            const [first] = await page.evaluate(() => window.shownNotifications);
            // Carol has no name in the contact list, so the title is her JID.
            assert.equal(first.title, 'carol@example.org');
            assert.equal(first.body, 'Lunch? <b>now</b>');
            assert.equal(first.tag, 'salon-message:carol@example.org');

            // A second message replaces it, with the count; Bob's growth notifies under his name.
            session.send({ type: 'model', model: 'conversations', op: 'update', first: 0, rows: [conversation('carol@example.org', 'Hello?', 'in', 2)] });
            session.send({ type: 'model', model: 'conversations', op: 'update', first: 1, rows: [conversation('bob@example.org', 'Call me', 'in', 4)] });
            await eventually(async () => assert.equal(await page.evaluate(() => window.shownNotifications.length), 3));
            const [, second, third] = await page.evaluate(() => window.shownNotifications);
            assert.equal(second.body, format('messageNotificationBodyMany', { count: 2, text: 'Hello?' }));
            assert.equal(second.tag, 'salon-message:carol@example.org');
            assert.equal(third.title, 'Bob');

            // The user's own message and a read conversation notify nothing, and reading closes the notification.
            session.send({ type: 'model', model: 'conversations', op: 'update', first: 0, rows: [conversation('carol@example.org', 'Coming', 'out', 0)] });
            await eventually(async () => assert.deepEqual(await page.evaluate(() => window.closedNotifications), ['salon-message:carol@example.org']));
            assert.equal(await page.evaluate(() => window.shownNotifications.length), 3);
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

    it('edit groups adds and removes groups through the core', async () => {
        const session = await signInWithContacts();
        const bob = row(page, 'bob@example.org');
        await bob.getByTestId('contact-actions-toggle').click();
        await bob.getByTestId('contact-edit-groups').click();
        const form = bob.getByTestId('groups-form');
        await form.waitFor();
        assert.equal(await textOf(form.getByTestId('groups-heading')), 'Groups of Bob');
        assert.deepEqual(await form.getByTestId('groups-item-name').allTextContents(), ['Friends']);
        assert.equal(await form.getByTestId('groups-empty').isVisible(), false);
        // The other contacts' groups are offered, as text.
        const offered = await form.locator('[data-testid="groups-options"] option').evaluateAll((options) => options.map((option) => option.value));
        assert.deepEqual(offered, ['<b>Group</b>', 'Work']);

        // A new group and an existing one are added; Enter adds without saving.
        await form.getByTestId('groups-input').fill('Climbing');
        await form.getByTestId('groups-input').press('Enter');
        await form.getByTestId('groups-input').fill('Work');
        await form.getByTestId('groups-add').click();
        await form.getByTestId('groups-input').fill('Friends');
        await form.getByTestId('groups-add').click();
        assert.deepEqual(await form.getByTestId('groups-item-name').allTextContents(), ['Friends', 'Climbing', 'Work']);
        await form.locator('[data-testid="groups-item"][data-group="Friends"]').getByTestId('groups-item-remove').click();
        assert.deepEqual(await form.getByTestId('groups-item-name').allTextContents(), ['Climbing', 'Work']);
        assert.equal(session.received.some((message) => message.type === 'invoke'), false, 'editing sent a request before Save');
        await saveScreenshot(page, 'edit-groups.png');

        await form.getByTestId('groups-save').click();
        const save = await nextInvoke(session, 'roster', 'setGroups');
        assert.deepEqual(save.args, ['bob@example.org', ['Climbing', 'Work']]);
        // A failure shows as a notice and keeps the form open.
        session.send({ type: 'invokeResult', id: save.id, ok: false, error: 'failed', message: 'Salon could not change the groups of bob@example.org.' });
        const notice = page.getByTestId('notice');
        await notice.waitFor();
        assert.equal(await textOf(notice.getByTestId('notice-text')), 'Salon could not change the groups of bob@example.org.');
        assert.equal(await form.isVisible(), true);
        assert.equal(await form.getByTestId('groups-save').isEnabled(), true);

        await form.getByTestId('groups-save').click();
        const retry = await nextInvoke(session, 'roster', 'setGroups');
        assert.deepEqual(retry.args, ['bob@example.org', ['Climbing', 'Work']]);
        session.send({ type: 'invokeResult', id: retry.id, ok: true });
        await form.waitFor({ state: 'hidden' });

        // The roster push moves Bob to his new groups.
        session.send({ type: 'model', model: 'contacts', op: 'update', first: 0, rows: [{ ...contactRows[0], groups: ['Climbing', 'Work'] }] });
        await eventually(async () => assert.deepEqual(
            await page.locator('[data-testid="contact-group"]:has([data-jid="bob@example.org"])').evaluateAll((groups) => groups.map((group) => group.dataset.group)),
            ['Climbing', 'Work']));

        // Removing every group puts the contact in no group.
        const bobInWork = page.locator('[data-testid="contact-group"][data-group="Work"]').locator('[data-jid="bob@example.org"]');
        await bobInWork.getByTestId('contact-actions-toggle').click();
        await bobInWork.getByTestId('contact-edit-groups').click();
        const workForm = bobInWork.getByTestId('groups-form');
        while (await workForm.getByTestId('groups-item-remove').count() > 0) {
            await workForm.getByTestId('groups-item-remove').first().click();
        }
        assert.equal(await workForm.getByTestId('groups-empty').isVisible(), true);
        await workForm.getByTestId('groups-save').click();
        const empty = await nextInvoke(session, 'roster', 'setGroups');
        assert.deepEqual(empty.args, ['bob@example.org', []]);
        session.send({ type: 'invokeResult', id: empty.id, ok: true });
        assert.deepEqual(pageErrors, []);
    });

    it('blocked list shows the cached avatar', async () => {
        const rows = [{ ...contactRows[0], avatarHash: redHash, blocked: true }, ...contactRows.slice(1)];
        const session = await signInWithContacts(rows);
        session.send({ type: 'model', model: 'blockedContacts', op: 'reset', roles: ['jid'], rows: [{ jid: 'bob@example.org' }, { jid: 'zed@example.org' }] });
        const bobBlocked = page.locator('[data-testid="blocked-row"][data-jid="bob@example.org"]');
        const zedBlocked = page.locator('[data-testid="blocked-row"][data-jid="zed@example.org"]');
        await bobBlocked.waitFor();
        const request = await nextInvoke(session, 'avatars', 'requestImage');
        assert.deepEqual(request.args, [redHash]);
        session.send({ type: 'invokeResult', id: request.id, ok: true });
        session.send({ type: 'avatarImage', hash: redHash, mimeType: 'image/png', data: redPng.toString('base64') });

        const bobAvatar = bobBlocked.getByTestId('blocked-avatar');
        await eventually(async () => assert.deepEqual(await avatarState(bobAvatar), { shown: true, decoded: true, scheme: 'blob:', initial: '' }));
        assert.equal(await bobAvatar.getAttribute('data-hash'), redHash);
        // An address that is not a contact has no cached avatar, so it shows its initial.
        assert.deepEqual(await avatarState(zedBlocked.getByTestId('blocked-avatar')), { shown: false, decoded: false, scheme: '', initial: 'Z' });
        await saveScreenshot(page, 'blocked-avatar.png');
        assert.deepEqual(pageErrors, []);
    });

    it('profile title is the roster name and an empty blog says so', async () => {
        const rows = [contactRows[0], { ...contactRows[1], name: 'Carol Rossi' }, ...contactRows.slice(2)];
        const session = await signInWithContacts(rows);
        const carol = row(page, 'carol@example.org');
        await carol.getByTestId('contact-actions-toggle').click();
        await carol.getByTestId('contact-view-profile').click();
        const panel = page.getByTestId('profile-panel');
        await panel.waitFor();
        await eventually(async () => assert.equal(await textOf(panel.getByTestId('profile-title')), 'Carol Rossi'));
        assert.equal(await textOf(panel.getByTestId('profile-jid')), 'carol@example.org');

        // Carol published no profile and never posted, which the core reports as an empty blog.
        session.send({
            type: 'model', model: 'profileCards', op: 'reset',
            roles: ['jid', 'fullName', 'nickname', 'about', 'url', 'location', 'source', 'loading', 'avatarHash'],
            rows: [{ jid: 'carol@example.org', fullName: '', nickname: '', about: '', url: '', location: '', source: 'none', loading: false, avatarHash: '' }],
        });
        const open = await nextInvoke(session, 'postPages', 'openNodePosts');
        const modelName = 'nodePosts/carol@example.org/urn:xmpp:microblog:0';
        session.send({ type: 'model', model: modelName, op: 'reset', roles: postListRoles, rows: [] });
        session.send({ type: 'object', object: modelName, properties: { count: 0, canLoadMore: false, loading: false, errorText: '' } });
        session.send({ type: 'invokeResult', id: open.id, ok: true, model: modelName });
        await eventually(async () => assert.equal(await textOf(panel.getByTestId('post-page-empty')), 'Carol Rossi has no posts yet.'));
        assert.equal(await panel.getByTestId('post-page-status').isVisible(), false);
        assert.equal(await textOf(panel.getByTestId('profile-title')), 'Carol Rossi');

        // A full name from the profile is the title of an address without a roster name.
        session.send({ type: 'model', model: 'contacts', op: 'update', first: 1, rows: [{ ...rows[1], name: '' }] });
        session.send({ type: 'model', model: 'profileCards', op: 'update', first: 0,
            rows: [{ jid: 'carol@example.org', fullName: 'Carol R.', nickname: '', about: '', url: '', location: '', source: 'vcard4', loading: false, avatarHash: '' }] });
        await eventually(async () => assert.equal(await textOf(panel.getByTestId('profile-title')), 'Carol R.'));
        assert.equal(await textOf(panel.getByTestId('post-page-empty')), 'Carol R. has no posts yet.');
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

    it('contact avatars load once and show', async () => {
        const rows = [
            { ...contactRows[0], avatarHash: redHash },
            { ...contactRows[1], avatarHash: '' },
            { ...contactRows[2], avatarHash: redHash },
            { ...contactRows[3], avatarHash: '<img src=x onerror="window.injected=4">' },
        ];
        const session = await signInWithContacts(rows);
        const bobAvatar = row(page, 'bob@example.org').getByTestId('contact-avatar');
        const carolAvatar = row(page, 'carol@example.org').getByTestId('contact-avatar');

        // Before the image arrives, the rows show the initial.
        const request = await nextInvoke(session, 'avatars', 'requestImage');
        assert.deepEqual(request.args, [redHash]);
        assert.deepEqual(await avatarState(bobAvatar), { shown: false, decoded: false, scheme: '', initial: 'B' });

        session.send({ type: 'invokeResult', id: request.id, ok: true });
        session.send({ type: 'avatarImage', hash: redHash, mimeType: 'image/png', data: redPng.toString('base64') });
        await eventually(async () => assert.deepEqual(await avatarState(bobAvatar), { shown: true, decoded: true, scheme: 'blob:', initial: '' }));
        // Dave, in two groups, uses the same image in both rows.
        const daveAvatars = row(page, 'dave@example.org').getByTestId('contact-avatar');
        assert.equal(await daveAvatars.count(), 2);
        for (const daveAvatar of await daveAvatars.all()) {
            await eventually(async () => assert.equal((await avatarState(daveAvatar)).decoded, true));
        }
        assert.deepEqual(await avatarState(carolAvatar), { shown: false, decoded: false, scheme: '', initial: 'C' });
        assert.equal(await page.evaluate(() => window.injected), undefined);
        await saveScreenshot(page, 'contact-avatars.png');

        // Bob's new avatar is of a type that the page does not show, so his initial comes back.
        session.send({ type: 'model', model: 'contacts', op: 'update', first: 0, rows: [{ ...rows[0], avatarHash: blueHash }] });
        const second = await nextInvoke(session, 'avatars', 'requestImage');
        assert.deepEqual(second.args, [blueHash]);
        session.send({ type: 'invokeResult', id: second.id, ok: true });
        session.send({ type: 'avatarImage', hash: blueHash, mimeType: 'image/svg+xml', data: bluePng.toString('base64') });
        await eventually(async () => assert.deepEqual(await avatarState(bobAvatar), { shown: false, decoded: false, scheme: '', initial: 'B' }));

        // Going back to the first hash uses the kept image without a request.
        session.send({ type: 'model', model: 'contacts', op: 'update', first: 0, rows: [rows[0]] });
        await eventually(async () => assert.equal((await avatarState(bobAvatar)).decoded, true));
        assert.equal(invokesOf(session, 'avatars', 'requestImage').length, 0, 'a hash was requested twice');
        assert.deepEqual(pageErrors, []);
    });

    it('profile shows the avatar', async () => {
        const session = await signInWithContacts();
        const bob = row(page, 'bob@example.org');
        await bob.getByTestId('contact-actions-toggle').click();
        await bob.getByTestId('contact-view-profile').click();

        // The profile and the avatar are requested together, so an address that is not a contact gets its avatar too.
        const profileRequest = await nextInvoke(session, 'profiles', 'requestProfile');
        const avatarRequest = await nextInvoke(session, 'avatars', 'requestAvatar');
        assert.deepEqual(profileRequest.args, ['bob@example.org']);
        assert.deepEqual(avatarRequest.args, ['bob@example.org']);

        const panel = page.getByTestId('profile-panel');
        const profileAvatar = panel.getByTestId('profile-avatar');
        assert.equal((await avatarState(profileAvatar)).initial, 'B');
        session.send({
            type: 'model', model: 'profileCards', op: 'reset',
            roles: ['jid', 'fullName', 'nickname', 'about', 'url', 'location', 'source', 'loading', 'avatarHash'],
            rows: [{ jid: 'bob@example.org', fullName: 'Robert', nickname: '', about: '', url: '', location: '', source: 'vcard4', loading: false, avatarHash: blueHash }],
        });
        const imageRequest = await nextInvoke(session, 'avatars', 'requestImage');
        assert.deepEqual(imageRequest.args, [blueHash]);
        // The roster name, not the full name of the profile, names the contact in the panel.
        assert.equal((await avatarState(profileAvatar)).initial, 'B');
        session.send({ type: 'avatarImage', hash: blueHash, mimeType: 'image/png', data: bluePng.toString('base64') });
        await eventually(async () => assert.deepEqual(await avatarState(profileAvatar), { shown: true, decoded: true, scheme: 'blob:', initial: '' }));
        await saveScreenshot(page, 'profile-avatar.png');
        assert.deepEqual(pageErrors, []);
    });

    it('public page switch changes the setting', async () => {
        const session = await signInWithContacts();
        await page.getByTestId('edit-profile-toggle').click();
        const setting = page.getByTestId('public-page-setting');
        const checkbox = setting.getByTestId('public-page-shown');
        assert.equal(await setting.isHidden(), true, 'the switch shows before the linker reported it available');

        session.send({ type: 'object', object: 'publicPages', properties: { available: true, shown: true } });
        await eventually(async () => assert.equal(await setting.isVisible(), true));
        assert.equal(await checkbox.isChecked(), true);
        assert.equal(new URL(await setting.getByTestId('public-page-link').getAttribute('href'), 'http://x').pathname, '/blog/alice@example.org');

        await checkbox.uncheck();
        const hide = await nextInvoke(session, 'publicPages', 'setShown');
        assert.deepEqual(hide.args, [false]);
        session.send({ type: 'invokeResult', id: hide.id, ok: true });
        session.send({ type: 'object', object: 'publicPages', properties: { available: true, shown: false } });
        await eventually(async () => assert.equal(await textOf(setting.getByTestId('public-page-status')), strings.publicPageHiddenSaved));
        assert.equal(await checkbox.isChecked(), false);

        // A failed call puts the switch back.
        await checkbox.check();
        const show = await nextInvoke(session, 'publicPages', 'setShown');
        assert.deepEqual(show.args, [true]);
        session.send({ type: 'invokeResult', id: show.id, ok: false, error: 'failed', message: 'Not saved.' });
        await eventually(async () => assert.equal(await textOf(setting.getByTestId('public-page-status')), 'Not saved.'));
        assert.equal(await checkbox.isChecked(), false);

        // The switch publishes nothing of the profile.
        assert.equal(invokesOf(session, 'profiles', 'publishOwnProfile').length, 0);
        assert.deepEqual(pageErrors, []);
    });

    it('own avatar is published and removed', async () => {
        const session = await signInWithContacts();
        session.send({ type: 'object', object: 'avatars', properties: { ownAvatarHash: '' } });
        await page.getByTestId('edit-profile-toggle').click();
        const editor = page.getByTestId('avatar-editor');
        const fileInput = editor.getByTestId('avatar-file');
        const removeButton = editor.getByTestId('avatar-remove');
        const ownAvatar = editor.getByTestId('own-avatar');
        assert.equal(await fileInput.getAttribute('accept'), 'image/*');
        assert.equal(await removeButton.isDisabled(), true, 'Remove is enabled without an avatar');
        assert.equal((await avatarState(ownAvatar)).initial, 'A');

        // A landscape photo: the page sends its centered square as a JPEG of 256 × 256 pixels.
        await fileInput.setInputFiles({ name: 'holiday.png', mimeType: 'image/png', buffer: solidPng(600, 400, [0, 160, 0]) });
        const publish = await nextInvoke(session, 'avatarPublisher', 'publishData', 10_000);
        assert.equal(publish.args[0], 'holiday.png');
        const jpeg = Buffer.from(publish.args[1], 'base64');
        assert.deepEqual(jpegSize(jpeg), { width: 256, height: 256 });
        assert.ok(Buffer.byteLength(JSON.stringify(publish)) < 64 * 1024);
        assert.equal(await textOf(editor.getByTestId('avatar-status')), strings.avatarPublishing);
        assert.equal(await fileInput.isDisabled(), true, 'the input took a second file while publishing');

        // The core accepted the call, then the avatars object brings the new hash.
        session.send({ type: 'invokeResult', id: publish.id, ok: true });
        session.send({ type: 'object', object: 'avatars', properties: { ownAvatarHash: ownHash } });
        const imageRequest = await nextInvoke(session, 'avatars', 'requestImage');
        assert.deepEqual(imageRequest.args, [ownHash]);
        session.send({ type: 'avatarImage', hash: ownHash, mimeType: 'image/png', data: redPng.toString('base64') });
        await eventually(async () => assert.deepEqual(await avatarState(ownAvatar), { shown: true, decoded: true, scheme: 'blob:', initial: '' }));
        assert.equal(await textOf(editor.getByTestId('avatar-status')), strings.avatarPublished);
        assert.equal(await fileInput.isEnabled(), true);
        assert.equal(await removeButton.isEnabled(), true);
        await saveScreenshot(page, 'own-avatar.png');

        await removeButton.click();
        const remove = await nextInvoke(session, 'avatars', 'removeOwnAvatar');
        assert.deepEqual(remove.args, []);
        assert.equal(await textOf(editor.getByTestId('avatar-status')), strings.avatarRemoving);
        session.send({ type: 'invokeResult', id: remove.id, ok: true });
        session.send({ type: 'object', object: 'avatars', properties: { ownAvatarHash: '' } });
        await eventually(async () => assert.equal((await avatarState(ownAvatar)).initial, 'A'));
        assert.equal(await removeButton.isDisabled(), true);
        assert.equal(await textOf(editor.getByTestId('avatar-status')), strings.avatarRemoved);

        // A failure comes as a notice, which ends the change.
        await fileInput.setInputFiles({ name: 'second.png', mimeType: 'image/png', buffer: solidPng(50, 50, [0, 0, 0]) });
        const failing = await nextInvoke(session, 'avatarPublisher', 'publishData', 10_000);
        assert.deepEqual(jpegSize(Buffer.from(failing.args[1], 'base64')), { width: 50, height: 50 }, 'a small image was scaled up');
        session.send({ type: 'invokeResult', id: failing.id, ok: true });
        session.send({ type: 'notice', level: 'error', object: 'avatars', jid: 'alice@example.org', message: 'Salon could not change your avatar: forbidden.' });
        await eventually(async () => assert.equal(await textOf(page.getByTestId('notice-text')), 'Salon could not change your avatar: forbidden.'));
        assert.equal(await textOf(editor.getByTestId('avatar-status')), '');
        assert.equal(await fileInput.isEnabled(), true);

        // The form's own fields were left alone.
        assert.equal(invokesOf(session, 'profiles', 'publishOwnProfile').length, 0);
        assert.deepEqual(pageErrors, []);
    });

    it('avatar files are checked before sending', async () => {
        await page.setViewportSize({ width: 360, height: 740 });
        const session = await signInWithContacts();
        await page.getByTestId('edit-profile-toggle').click();
        const editor = page.getByTestId('avatar-editor');
        const fileInput = editor.getByTestId('avatar-file');
        const error = editor.getByTestId('avatar-error');

        await fileInput.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(10 * 1024 * 1024 + 1) });
        await eventually(async () => assert.equal(await textOf(error), format('avatarFileTooLarge', { file: 'huge.png', size: 10 })));
        assert.equal(await error.getAttribute('role'), 'alert');

        await fileInput.setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('These are notes, not an image.') });
        await eventually(async () => assert.equal(await textOf(error), format('avatarNotAnImage', { file: 'notes.png' })));
        assert.equal(await fileInput.isEnabled(), true);
        assert.equal(invokesOf(session, 'avatarPublisher', 'publishData').length, 0, 'a rejected file was sent');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, 'the page scrolls sideways');
        await saveScreenshot(page, 'avatar-error-phone.png');

        // An image of pure noise still fits in one message, at a lower quality or size.
        await fileInput.setInputFiles({ name: 'noise.png', mimeType: 'image/png', buffer: noisePng(800, 800) });
        const publish = await nextInvoke(session, 'avatarPublisher', 'publishData', 20_000);
        assert.ok(Buffer.byteLength(JSON.stringify(publish)) < 64 * 1024, `${Buffer.byteLength(JSON.stringify(publish))} bytes`);
        assert.notEqual(jpegSize(Buffer.from(publish.args[1], 'base64')), null);
        assert.equal(await textOf(error), '');
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

    it('search lists matching messages and opens their conversation', async () => {
        const session = await signInWithContacts();
        const now = new Date().toISOString();
        session.send({
            type: 'model',
            model: 'conversations',
            op: 'reset',
            roles: ['peer', 'lastMessage', 'lastDirection', 'lastTimestamp', 'unreadCount', 'avatarHash'],
            rows: [{ peer: 'bob@example.org', lastMessage: 'See you', lastDirection: 'out', lastTimestamp: now, unreadCount: 0, avatarHash: '' }],
        });
        await page.getByTestId('chats-tab').click();
        const conversationList = page.getByTestId('conversation-list');
        await conversationList.locator('[data-testid="conversation-row"]').first().waitFor();

        await page.getByTestId('message-search-field').fill('lunch <b>');
        const search = await nextInvoke(session, 'messageSearch', 'search');
        assert.deepEqual(search.args, ['lunch <b>']);
        session.send({ type: 'invokeResult', id: search.id, ok: true });
        const roles = ['peer', 'messageId', 'direction', 'body', 'timestamp'];
        session.send({
            type: 'model',
            model: 'messageSearch',
            op: 'reset',
            roles,
            rows: [
                { peer: 'carol@example.org', messageId: 7, direction: 'in', body: 'Lunch at <b>noon</b>?', timestamp: now },
                { peer: 'bob@example.org', messageId: 3, direction: 'out', body: 'No lunch today', timestamp: now },
            ],
        });

        // The results replace the conversation list, and their texts stay plain text.
        const results = page.getByTestId('search-result');
        await eventually(async () => assert.equal(await results.count(), 2));
        assert.equal(await conversationList.isVisible(), false);
        assert.equal(await textOf(results.nth(0).getByTestId('search-result-name')), 'carol@example.org');
        assert.equal(await textOf(results.nth(0).getByTestId('search-result-body')), 'Lunch at <b>noon</b>?');
        assert.equal(await textOf(results.nth(1).getByTestId('search-result-name')), 'Bob');
        assert.equal(await textOf(results.nth(1).getByTestId('search-result-body')), format('ownMessagePreview', { text: 'No lunch today' }));
        assert.equal(await page.locator('.search-result b').count(), 0, 'a result was parsed as markup');

        // Without a match, the empty-result text shows.
        session.send({ type: 'model', model: 'messageSearch', op: 'reset', roles, rows: [] });
        await eventually(async () => assert.equal(await page.getByTestId('search-empty').isVisible(), true));
        assert.equal(await textOf(page.getByTestId('search-empty')), strings.noSearchResults);

        // A result opens its conversation and empties the search.
        session.send({ type: 'model', model: 'messageSearch', op: 'reset', roles,
            rows: [{ peer: 'carol@example.org', messageId: 7, direction: 'in', body: 'Lunch at noon?', timestamp: now }] });
        await eventually(async () => assert.equal(await results.count(), 1));
        await results.nth(0).getByTestId('search-result-open').click();
        const open = await nextInvoke(session, 'chats', 'openConversation');
        assert.deepEqual(open.args, ['carol@example.org']);
        await nextInvoke(session, 'messageSearch', 'clear');
        assert.equal(await page.getByTestId('message-search-field').inputValue(), '');
        assert.equal(await page.getByTestId('search-results').isVisible(), false);
        assert.deepEqual(pageErrors, []);
    });

    it('chats show states, previews and paging', async () => {
        const session = await signInWithContacts();
        const now = new Date().toISOString();
        session.send({
            type: 'model',
            model: 'conversations',
            op: 'reset',
            roles: ['peer', 'lastMessage', 'lastDirection', 'lastTimestamp', 'unreadCount', 'avatarHash'],
            rows: [
                { peer: 'bob@example.org', lastMessage: 'See you', lastDirection: 'out', lastTimestamp: now, unreadCount: 0, avatarHash: '' },
                { peer: 'carol@example.org', lastMessage: 'Hi\nthere <b>you</b>', lastDirection: 'in', lastTimestamp: now, unreadCount: 3, avatarHash: '' },
            ],
        });
        const badge = page.getByTestId('chats-unread');
        await eventually(async () => assert.equal(await textOf(badge), '3'));

        await page.getByTestId('chats-tab').click();
        const bobRow = page.locator('[data-testid="conversation-row"][data-peer="bob@example.org"]');
        const carolRow = page.locator('[data-testid="conversation-row"][data-peer="carol@example.org"]');
        await bobRow.waitFor();
        assert.equal(await textOf(bobRow.getByTestId('conversation-name')), 'Bob');
        assert.equal(await textOf(bobRow.getByTestId('conversation-preview')), format('ownMessagePreview', { text: 'See you' }));
        assert.equal(await bobRow.getByTestId('conversation-unread').isVisible(), false);
        // Carol has no name, so her row shows the JID once.
        assert.equal(await textOf(carolRow.getByTestId('conversation-name')), 'carol@example.org');
        assert.equal(await carolRow.getByTestId('conversation-jid').isVisible(), false);
        assert.equal(await textOf(carolRow.getByTestId('conversation-preview')), 'Hi there <b>you</b>');
        assert.equal(await textOf(carolRow.getByTestId('conversation-unread')), '3');
        assert.equal(await page.locator('.conversation-preview b').count(), 0, 'the preview was parsed as markup');

        await bobRow.getByTestId('conversation-open').click();
        const open = await nextInvoke(session, 'chats', 'openConversation');
        assert.deepEqual(open.args, ['bob@example.org']);
        const model = 'messages/bob@example.org';
        const message = (messageId, direction, body, state) => ({ messageId, originId: `m-${messageId}`, direction, body, timestamp: now, state });
        session.send({
            type: 'model',
            model,
            op: 'reset',
            roles: ['messageId', 'originId', 'direction', 'body', 'timestamp', 'state'],
            rows: [message(1, 'out', 'First', 'seen-by-all'), message(2, 'out', 'Second', 'failed'), message(3, 'in', 'Third', 'received')],
        });
        session.send({ type: 'object', object: model, properties: { count: 3, loading: false } });
        session.send({ type: 'invokeResult', id: open.id, ok: true, model });

        const conversation = page.getByTestId('conversation');
        const messages = conversation.getByTestId('message');
        await eventually(async () => assert.equal(await messages.count(), 3));
        // A state this page does not know, which a later version may add, shows as it is.
        assert.equal(await textOf(messages.nth(0).getByTestId('message-state')), 'seen-by-all');
        assert.equal(await textOf(messages.nth(1).getByTestId('message-state')), strings.stateFailed);
        assert.equal(await messages.nth(2).getByTestId('message-state').isVisible(), false);
        assert.equal(await page.getByTestId('conversation-row').first().isVisible(), false, 'the list stays beside the conversation');
        // The received message is on screen, so it is marked read. Three messages do not fill the view, so older ones are requested.
        assert.deepEqual((await nextInvoke(session, 'chats', 'markConversationRead')).args, ['bob@example.org']);
        assert.deepEqual((await nextInvoke(session, 'chats', 'fetchOlderMessages')).args, ['bob@example.org']);

        // An older page comes in front, and the core's failure for this conversation shows in place.
        session.send({ type: 'model', model, op: 'insert', first: 0, rows: [message(0, 'in', 'Zeroth', 'displayed')] });
        await eventually(async () => assert.equal(await textOf(messages.first().getByTestId('message-body')), 'Zeroth'));
        session.send({ type: 'notice', level: 'error', object: 'chats', jid: 'bob@example.org', message: 'Your message to bob@example.org could not be delivered.' });
        await eventually(async () => assert.equal(await textOf(conversation.getByTestId('conversation-error')), 'Your message to bob@example.org could not be delivered.'));
        assert.equal(await page.getByTestId('notice').count(), 0, 'the failure also went to the notice area');
        await saveScreenshot(page, 'chat-states.png');

        await conversation.getByTestId('conversation-back').click();
        assert.deepEqual((await nextInvoke(session, 'chats', 'closeConversation')).args, ['bob@example.org']);
        await bobRow.waitFor();
        assert.deepEqual(pageErrors, []);
    });
    // Opens the conversation with bob@example.org and sends rows as its snapshot. Returns the model name.
    async function openBobConversation(session, rows, roles = messageRoles) {
        const now = new Date().toISOString();
        session.send({
            type: 'model',
            model: 'conversations',
            op: 'reset',
            roles: ['peer', 'lastMessage', 'lastDirection', 'lastTimestamp', 'unreadCount', 'avatarHash'],
            rows: [{ peer: 'bob@example.org', lastMessage: 'Hi', lastDirection: 'in', lastTimestamp: now, unreadCount: 0, avatarHash: '' }],
        });
        await page.getByTestId('chats-tab').click();
        await page.locator('[data-testid="conversation-row"][data-peer="bob@example.org"]').getByTestId('conversation-open').click();
        const open = await nextInvoke(session, 'chats', 'openConversation');
        const model = 'messages/bob@example.org';
        session.send({ type: 'model', model, op: 'reset', roles, rows });
        session.send({ type: 'object', object: model, properties: { count: rows.length, loading: false, peerTyping: false } });
        session.send({ type: 'invokeResult', id: open.id, ok: true, model });
        await eventually(async () => assert.equal(await page.getByTestId('message').count(), rows.length));
        return model;
    }

    function messageItem(messageId) {
        return page.locator(`[data-testid="message"][data-message-id="${messageId}"]`);
    }

    // Replies ok to the next invoke of object.method and returns its args.
    async function answer(session, object, method, reply = {}) {
        const invoke = await nextInvoke(session, object, method);
        session.send({ type: 'invokeResult', id: invoke.id, ok: true, ...reply });
        return invoke.args;
    }

    it('conversation shows edits, deletions, quotes, reactions and files', async () => {
        const catPng = solidPng(40, 30, [0, 128, 0]);
        server.addFile('/files/cat.png', catPng, 'image/png');
        server.addFile('/files/clip.mp4', Buffer.alloc(16), 'video/mp4');
        const catUrl = `${server.url}files/cat.png`;
        const session = await signInWithContacts();
        await page.evaluate(() => {
            window.clipboardText = '';
            navigator.clipboard.writeText = async (text) => {
                window.clipboardText = text;
            };
        });
        await openBobConversation(session, [
            chatMessage(1, 'in', 'Lunch?', { reactions: [{ emoji: '👍', count: 2, senders: ['alice@example.org', 'bob@example.org'], own: true }] }),
            chatMessage(2, 'out', 'Sure', { edited: true, replyToId: 1, replyPreview: 'Lunch?' }),
            chatMessage(3, 'in', '', { retracted: true }),
            chatMessage(4, 'in', catUrl, { attachmentUrl: catUrl, attachmentType: 'image', attachmentName: 'cat.png' }),
            chatMessage(5, 'in', 'javascript:alert(1)', { attachmentUrl: 'javascript:alert(1)', attachmentType: 'image', attachmentName: 'evil.png' }),
            chatMessage(6, 'in', 'Clip', { attachmentUrl: `${server.url}files/clip.mp4`, attachmentType: 'video', attachmentName: 'clip.mp4' }),
            chatMessage(7, 'in', 'See the report', { attachmentUrl: `${server.url}files/report.pdf`, attachmentType: 'file', attachmentName: 'report.pdf' }),
            // A closed loopback port: the image fails to load and shows as a card.
            chatMessage(8, 'in', 'Broken', { attachmentUrl: 'https://127.0.0.1:1/broken.png', attachmentType: 'image', attachmentName: 'broken.png' }),
            chatMessage(9, 'out', 'Last one'),
        ]);

        // Edited, replying and retracted messages.
        assert.equal(await messageItem(2).getByTestId('message-edited').isVisible(), true);
        assert.equal(await messageItem(1).getByTestId('message-edited').isVisible(), false);
        assert.equal(await textOf(messageItem(2).getByTestId('reply-quote')), 'Lunch?');
        assert.equal(await messageItem(1).getByTestId('reply-quote').isVisible(), false);
        assert.equal(await textOf(messageItem(3).getByTestId('message-body')), strings.messageRetracted);
        assert.equal(await messageItem(3).getByTestId('message-actions-toggle').isVisible(), false);

        // Reactions: the own one is pressed, and its title names who reacted.
        const chip = messageItem(1).getByTestId('reaction-chip');
        assert.equal(await textOf(chip), '👍 2');
        assert.equal(await chip.getAttribute('aria-pressed'), 'true');
        assert.equal(await chip.getAttribute('title'), format('reactionSenders', { emoji: '👍', names: `${strings.you}, Bob` }));

        // Files: an inline image without referrer, no link for another scheme, a video, a card and a failed image.
        const image = messageItem(4).getByTestId('attachment-image');
        assert.equal(await image.getAttribute('src'), catUrl);
        assert.equal(await image.getAttribute('referrerpolicy'), 'no-referrer');
        assert.equal(await image.getAttribute('loading'), 'lazy');
        await eventually(async () => assert.equal(await image.evaluate((element) => element.complete && element.naturalWidth), 40));
        assert.equal(await messageItem(4).getByTestId('message-body').isVisible(), false, 'the URL repeats the image');
        assert.equal(await messageItem(5).locator('a, img').count(), 0, 'a javascript: URL was loaded or linked');
        assert.equal(await textOf(messageItem(5).getByTestId('attachment-name')), 'evil.png');
        const video = messageItem(6).getByTestId('attachment-video');
        assert.equal(await video.getAttribute('preload'), 'none');
        assert.equal(await video.evaluate((element) => element.controls), true);
        const link = messageItem(7).getByTestId('attachment-link');
        assert.equal(await link.getAttribute('href'), `${server.url}files/report.pdf`);
        assert.equal(await link.getAttribute('target'), '_blank');
        assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
        assert.equal(await textOf(messageItem(7).getByTestId('message-body')), 'See the report');
        await eventually(async () => assert.equal(await messageItem(8).getByTestId('attachment-card').count(), 1));
        await saveScreenshot(page, 'chat-details.png');

        // A chip toggles the own reaction; chats.react gets the whole set.
        await chip.click();
        assert.deepEqual(await answer(session, 'chats', 'react'), ['bob@example.org', 1, []]);
        await messageItem(1).getByTestId('message-actions-toggle').click();
        await messageItem(1).getByTestId('message-react').click();
        await messageItem(1).locator('[data-testid="emoji-choice"][data-emoji="🎉"]').click();
        assert.deepEqual(await answer(session, 'chats', 'react'), ['bob@example.org', 1, ['👍', '🎉']]);

        // Only the newest own message can be edited, and only own messages deleted.
        await messageItem(1).getByTestId('message-actions-toggle').click();
        assert.equal(await messageItem(1).getByTestId('message-edit').isVisible(), false);
        assert.equal(await messageItem(1).getByTestId('message-delete').isVisible(), false);
        await messageItem(2).getByTestId('message-actions-toggle').click();
        assert.equal(await messageItem(1).getByTestId('message-menu').count(), 0, 'two menus are open');
        assert.equal(await messageItem(2).getByTestId('message-edit').isVisible(), false);
        assert.equal(await messageItem(2).getByTestId('message-delete').isVisible(), true);
        await messageItem(2).getByTestId('message-copy').click();
        await eventually(async () => assert.equal(await page.evaluate(() => window.clipboardText), 'Sure'));

        // Reply: the banner shows the quote, and the message goes through chats.sendReply.
        const field = page.getByTestId('message-field');
        const banner = page.getByTestId('composer-banner');
        await messageItem(1).getByTestId('message-actions-toggle').click();
        await messageItem(1).getByTestId('message-reply').click();
        assert.equal(await textOf(banner.getByTestId('composer-banner-text')), format('replyingTo', { name: 'Bob', text: 'Lunch?' }));
        await field.fill('Yes');
        await field.press('Enter');
        assert.deepEqual(await answer(session, 'chats', 'sendReply'), ['bob@example.org', 'Yes', 1]);
        await eventually(async () => assert.equal(await banner.isVisible(), false));
        assert.equal(await field.inputValue(), '');

        // Up in the empty field edits the newest own message; Escape puts the draft back.
        await field.press('ArrowUp');
        assert.equal(await field.inputValue(), 'Last one');
        assert.equal(await textOf(banner.getByTestId('composer-banner-text')), strings.editingMessage);
        await field.press('Escape');
        assert.equal(await field.inputValue(), '');
        assert.equal(await banner.isVisible(), false);
        await field.press('ArrowUp');
        await field.fill('Last one!');
        await field.press('Enter');
        assert.deepEqual(await answer(session, 'chats', 'correctLastMessage'), ['bob@example.org', 'Last one!']);
        await eventually(async () => assert.equal(await banner.isVisible(), false));

        // Delete for everyone requests a confirmation first.
        await messageItem(9).getByTestId('message-actions-toggle').click();
        assert.equal(await messageItem(9).getByTestId('message-edit').isVisible(), true);
        await messageItem(9).getByTestId('message-delete').click();
        assert.equal(await textOf(messageItem(9).getByTestId('delete-question')), format('deleteQuestion', { name: 'Bob' }));
        assert.equal(invokesOf(session, 'chats', 'retractMessage').length, 0, 'deleted before the confirmation');
        await messageItem(9).getByTestId('delete-confirm').click();
        assert.deepEqual(await answer(session, 'chats', 'retractMessage'), ['bob@example.org', 9]);
        session.send({ type: 'model', model: 'messages/bob@example.org', op: 'update', first: 8, rows: [chatMessage(9, 'out', '', { retracted: true })] });
        await eventually(async () => assert.equal(await textOf(messageItem(9).getByTestId('message-body')), strings.messageRetracted));

        // Typing goes both ways. The replies written above reported typing too.
        for (const earlier of invokesOf(session, 'chats', 'setComposing')) {
            session.received.splice(session.received.indexOf(earlier), 1);
        }
        await field.pressSequentially('H');
        assert.deepEqual((await nextInvoke(session, 'chats', 'setComposing')).args, ['bob@example.org', true]);
        await field.press('Backspace');
        assert.deepEqual((await nextInvoke(session, 'chats', 'setComposing')).args, ['bob@example.org', false]);
        const typing = page.getByTestId('typing-indicator');
        session.send({ type: 'object', object: 'messages/bob@example.org', properties: { count: 9, loading: false, peerTyping: true } });
        await eventually(async () => assert.equal(await textOf(typing), format('peerTyping', { name: 'Bob' })));
        session.send({ type: 'object', object: 'messages/bob@example.org', properties: { count: 9, loading: false, peerTyping: false } });
        await eventually(async () => assert.equal(await textOf(typing), ''));
        assert.equal(await page.getByTestId('notice').count(), 0);
        // The broken image's failed request is logged by Chromium itself.
        assert.deepEqual(pageErrors.filter((error) => !error.includes('Failed to load resource')), []);
    });

    it('quotes and search results jump to older messages', async () => {
        const session = await signInWithContacts();
        const rows = [];
        for (let id = 60; id < 80; ++id) {
            rows.push(chatMessage(id, id % 2 ? 'in' : 'out', `Message ${id}`));
        }
        rows.push(chatMessage(80, 'out', 'About that', { replyToId: 12, replyPreview: 'Old question' }));
        const model = await openBobConversation(session, rows);

        // The quoted message is older than the loaded rows: the linker loads them before its reply.
        await messageItem(80).getByTestId('reply-quote').click();
        const reveal = await nextInvoke(session, 'chats', 'revealMessage');
        assert.deepEqual(reveal.args, ['bob@example.org', 12]);
        const older = [];
        for (let id = 10; id < 60; ++id) {
            older.push(chatMessage(id, 'in', id === 12 ? 'Old question' : `Message ${id}`));
        }
        session.send({ type: 'model', model, op: 'insert', first: 0, rows: older });
        session.send({ type: 'invokeResult', id: reveal.id, ok: true });
        await eventually(async () => assert.equal(await messageItem(12).getAttribute('data-highlighted'), 'true'));
        const scrollerBox = await page.getByTestId('message-scroller').boundingBox();
        const quotedBox = await messageItem(12).boundingBox();
        assert.ok(quotedBox.y >= scrollerBox.y, 'the quoted message is above the view');
        assert.ok(quotedBox.y + quotedBox.height <= scrollerBox.y + scrollerBox.height, 'the quoted message is below the view');

        // A message that is gone is reported in place.
        session.send({ type: 'model', model, op: 'update', first: 70, rows: [chatMessage(80, 'out', 'About that', { replyToId: 5, replyPreview: 'Gone' })] });
        await eventually(async () => assert.equal(await textOf(messageItem(80).getByTestId('reply-quote')), 'Gone'));
        await messageItem(80).getByTestId('reply-quote').click();
        const missing = await nextInvoke(session, 'chats', 'revealMessage');
        session.send({ type: 'invokeResult', id: missing.id, ok: false, error: 'notFound', message: 'The message is no longer in the conversation.' });
        await eventually(async () => assert.equal(await textOf(page.getByTestId('conversation-error')), 'The message is no longer in the conversation.'));

        // A search result opens its conversation at the message.
        await page.getByTestId('conversation-back').click();
        await page.getByTestId('message-search-field').fill('question');
        await answer(session, 'messageSearch', 'search');
        session.send({ type: 'model', model: 'messageSearch', op: 'reset', roles: ['peer', 'messageId', 'direction', 'body', 'timestamp'],
            rows: [{ peer: 'bob@example.org', messageId: 12, direction: 'in', body: 'Old question', timestamp: new Date().toISOString() }] });
        await page.getByTestId('search-result-open').first().click();
        const reopen = await nextInvoke(session, 'chats', 'openConversation');
        session.send({ type: 'model', model, op: 'reset', roles: messageRoles, rows });
        session.send({ type: 'invokeResult', id: reopen.id, ok: true, model });
        const searchReveal = await nextInvoke(session, 'chats', 'revealMessage');
        assert.deepEqual(searchReveal.args, ['bob@example.org', 12]);
        session.send({ type: 'model', model, op: 'insert', first: 0, rows: older });
        session.send({ type: 'invokeResult', id: searchReveal.id, ok: true });
        await eventually(async () => assert.equal(await messageItem(12).getAttribute('data-highlighted'), 'true'));
        assert.deepEqual(pageErrors, []);
    });

    it('search results of rooms open the room at the message', async () => {
        const session = await signInWithContacts();
        const jid = 'lounge@conference.example.org';
        const roomRoles = ['jid', 'name', 'displayName', 'subject', 'nick', 'state', 'errorText', 'bookmarked', 'autojoin', 'occupantCount',
            'unreadCount', 'mentionCount'];
        session.send({ type: 'model', model: 'roomList', op: 'reset', roles: roomRoles, rows: [{ jid, name: 'Lounge', displayName: 'Lounge', subject: '',
            nick: 'alice', state: 'joined', errorText: '', bookmarked: false, autojoin: false, occupantCount: 2, unreadCount: 0, mentionCount: 0 }] });

        await page.getByTestId('chats-tab').click();
        await page.getByTestId('message-search-field').fill('tea');
        await answer(session, 'messageSearch', 'search');
        session.send({ type: 'model', model: 'messageSearch', op: 'reset', roles: ['peer', 'messageId', 'direction', 'body', 'timestamp', 'groupChat', 'senderNick'],
            rows: [{ peer: jid, messageId: 7, direction: 'in', body: 'Tea <b>time</b>', timestamp: new Date().toISOString(), groupChat: true, senderNick: 'bob' }] });
        const result = page.getByTestId('search-result').first();
        await eventually(async () => assert.equal(await textOf(result.getByTestId('search-result-name')), 'Lounge'));
        assert.equal(await textOf(result.getByTestId('search-result-body')), format('senderMessagePreview', { nick: 'bob', text: 'Tea <b>time</b>' }));
        await result.getByTestId('search-result-open').click();

        // The room opens, and the linker loads older pages until the message is there.
        const open = await nextInvoke(session, 'roomMessages', 'openRoom');
        assert.deepEqual(open.args, [jid]);
        const roles = [...messageRoles, 'senderNick', 'mentionsMe'];
        const newer = [chatMessage(20, 'in', 'Later', { senderNick: 'bob', mentionsMe: false })];
        session.send({ type: 'model', model: `roomMessages/${jid}`, op: 'reset', roles, rows: newer });
        session.send({ type: 'model', model: `occupants/${jid}`, op: 'reset', roles: ['nick', 'role', 'affiliation', 'realJid', 'presence', 'statusText', 'self'],
            rows: [{ nick: 'alice', role: 'participant', affiliation: 'none', realJid: '', presence: 'online', statusText: '', self: true }] });
        session.send({ type: 'invokeResult', id: open.id, ok: true, model: `roomMessages/${jid}`, occupantsModel: `occupants/${jid}` });
        const reveal = await nextInvoke(session, 'roomMessages', 'revealMessage');
        assert.deepEqual(reveal.args, [jid, 7]);
        session.send({ type: 'model', model: `roomMessages/${jid}`, op: 'insert', first: 0,
            rows: [chatMessage(7, 'in', 'Tea <b>time</b>', { senderNick: 'bob', mentionsMe: false })] });
        session.send({ type: 'invokeResult', id: reveal.id, ok: true });
        const found = page.getByTestId('room').locator('[data-message-id="7"]');
        await eventually(async () => assert.equal(await found.getAttribute('data-highlighted'), 'true'));
        assert.deepEqual(pageErrors, []);
    });

    it('files upload in chunks with progress', async () => {
        const session = await signInWithContacts();
        session.send({ type: 'object', object: 'uploadService', properties: { available: true, maxFileSize: 200_000, serviceJid: 'upload.example.org' } });
        await openBobConversation(session, [chatMessage(1, 'in', 'Send me the photo')]);
        const transferRoles = ['transferId', 'peer', 'fileName', 'bytesDone', 'bytesTotal', 'state', 'error', 'localPath', 'messageId'];
        session.send({ type: 'model', model: 'transfers', op: 'reset', roles: transferRoles, rows: [] });

        const data = Buffer.alloc(100_000);
        for (let i = 0; i < data.length; ++i) {
            data[i] = (i * 7) % 251;
        }
        await page.getByTestId('attach-input').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: data });
        const begin = await nextInvoke(session, 'uploads', 'begin');
        const [key, jid, fileName, size] = begin.args;
        assert.deepEqual([jid, fileName, size], ['bob@example.org', 'photo.png', 100_000]);
        session.send({ type: 'invokeResult', id: begin.id, ok: true });

        // Each chunk waits for the reply to the one before.
        const upload = page.getByTestId('upload');
        const chunks = [];
        for (;;) {
            const append = await nextInvoke(session, 'uploads', 'append');
            assert.equal(append.args[0], key);
            chunks.push(Buffer.from(append.args[1], 'base64'));
            await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
            assert.equal(invokesOf(session, 'uploads', 'append').length, 0, 'a chunk was sent before the previous one was acknowledged');
            session.send({ type: 'invokeResult', id: append.id, ok: true });
            const sent = chunks.reduce((total, chunk) => total + chunk.length, 0);
            if (sent >= data.length) {
                break;
            }
            await eventually(async () => assert.equal(await textOf(upload.getByTestId('upload-text')),
                format('uploadSending', { name: 'photo.png', percent: Math.floor((sent * 100) / data.length) })));
        }
        assert.ok(chunks.every((chunk) => chunk.length <= 45 * 1024), 'a chunk is larger than 45 KiB');
        assert.deepEqual(Buffer.concat(chunks), data);

        // Then the linker's upload shows from the transfers model until it is done.
        assert.deepEqual(await answer(session, 'uploads', 'finish', { transferId: 5 }), [key]);
        const transfer = { transferId: 5, peer: 'bob@example.org', fileName: 'photo.png', bytesDone: 50_000, bytesTotal: 100_000, state: 'uploading', error: '', localPath: '', messageId: 0 };
        session.send({ type: 'model', model: 'transfers', op: 'insert', first: 0, rows: [transfer] });
        await eventually(async () => assert.equal(await textOf(upload.getByTestId('upload-text')), format('uploadUploading', { name: 'photo.png', percent: 50 })));
        await saveScreenshot(page, 'chat-upload.png');
        session.send({ type: 'model', model: 'transfers', op: 'update', first: 0, rows: [{ ...transfer, bytesDone: 100_000, state: 'done' }] });
        await eventually(async () => assert.equal(await upload.count(), 0));

        // A file above the server's limit is rejected before anything is sent, naming the limit.
        await page.getByTestId('attach-input').setInputFiles({ name: 'big.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(300_000) });
        await eventually(async () => assert.equal(await textOf(upload.getByTestId('upload-text')),
            format('uploadFailed', { name: 'big.bin', reason: format('uploadTooLarge', { name: 'big.bin', size: formatSize(300_000), limit: formatSize(200_000) }) })));
        assert.equal(invokesOf(session, 'uploads', 'begin').length, 0);
        await upload.getByTestId('upload-dismiss').click();
        await eventually(async () => assert.equal(await upload.count(), 0));

        // A dropped file is sent too, and the linker's rejection shows with its reason.
        await page.getByTestId('conversation').evaluate((panel) => {
            const transfer = new DataTransfer();
            transfer.items.add(new File(['dropped'], 'notes.txt', { type: 'text/plain' }));
            panel.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
            panel.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        });
        const dropped = await nextInvoke(session, 'uploads', 'begin');
        assert.deepEqual(dropped.args.slice(1), ['bob@example.org', 'notes.txt', 7]);
        session.send({ type: 'invokeResult', id: dropped.id, ok: false, error: 'tooManyUploads', message: 'This tab is sending 3 files already.' });
        await eventually(async () => assert.equal(await textOf(upload.getByTestId('upload-text')),
            format('uploadFailed', { name: 'notes.txt', reason: 'This tab is sending 3 files already.' })));

        // A pasted file is sent as well.
        await page.getByTestId('message-field').evaluate((field) => {
            const transfer = new DataTransfer();
            transfer.items.add(new File(['pasted'], 'paste.png', { type: 'image/png' }));
            field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
        });
        const pasted = await nextInvoke(session, 'uploads', 'begin');
        assert.deepEqual(pasted.args.slice(1), ['bob@example.org', 'paste.png', 6]);
        assert.deepEqual(pageErrors, []);
    });

    it('export joins its parts into a download', async () => {
        const session = await signInWithContacts();
        await openBobConversation(session, [chatMessage(1, 'in', 'Hello')]);

        await page.getByTestId('export-toggle').click();
        await page.getByTestId('export-text').click();
        assert.deepEqual(await answer(session, 'chats', 'exportConversation'), ['bob@example.org', 'text']);
        assert.equal(await textOf(page.getByTestId('export-status')), strings.exportPreparing);

        const download = page.waitForEvent('download');
        const part = (index, content) => ({ type: 'conversationExport', exportId: 4, jid: 'bob@example.org', fileName: 'bob@example.org-2026-12-05.txt',
            messageCount: 2, part: index, parts: 2, content });
        // Parts may come in any order; the page joins them by number.
        session.send(part(1, 'bob@example.org: Bye ✓\n'));
        session.send(part(0, '[2026-12-05T10:00:00Z] bob@example.org: Hello\n[2026-12-05T10:01:00Z] '));
        const file = await download;
        assert.equal(file.suggestedFilename(), 'bob@example.org-2026-12-05.txt');
        const chunks = [];
        for await (const chunk of await file.createReadStream()) {
            chunks.push(chunk);
        }
        assert.equal(Buffer.concat(chunks).toString('utf8'), '[2026-12-05T10:00:00Z] bob@example.org: Hello\n[2026-12-05T10:01:00Z] bob@example.org: Bye ✓\n');
        await eventually(async () => assert.equal(await textOf(page.getByTestId('export-status')),
            format('exportReady', { count: 2, file: 'bob@example.org-2026-12-05.txt' })));
        assert.deepEqual(pageErrors, []);
    });
    it('rooms list, join form, public rooms and invitations', async () => {
        const session = await signInWithContacts();
        const roomRoles = ['jid', 'name', 'displayName', 'subject', 'nick', 'state', 'errorText', 'bookmarked', 'autojoin', 'occupantCount',
            'unreadCount', 'mentionCount', 'avatarHash'];
        const room = (jid, roles) => ({ jid, name: '', displayName: jid.split('@')[0], subject: '', nick: 'alice', state: 'joined', errorText: '',
            bookmarked: false, autojoin: false, occupantCount: 2, unreadCount: 0, mentionCount: 0, avatarHash: '', ...roles });
        session.send({ type: 'model', model: 'roomList', op: 'reset', roles: roomRoles, rows: [
            room('lounge@conference.example.org', { subject: 'Tea <b>time</b>', unreadCount: 4, mentionCount: 1, avatarHash: redHash }),
            room('secret@conference.example.org', { state: 'failed', errorText: 'The room needs a password.' }),
        ] });
        await eventually(async () => assert.equal(await textOf(page.getByTestId('rooms-unread')), '4'));

        await page.getByTestId('rooms-tab').click();
        // The section requests the group chat services, and the first one fills the service field.
        await nextInvoke(session, 'roomDirectory', 'findMucServices');
        session.send({ type: 'object', object: 'roomDirectory', properties: { mucServices: ['conference.example.org'] } });
        await eventually(async () => assert.equal(await page.getByTestId('public-service').inputValue(), 'conference.example.org'));

        const lounge = page.locator('[data-testid="room-row"][data-jid="lounge@conference.example.org"]');
        assert.equal(await textOf(lounge.getByTestId('room-name')), 'lounge');
        assert.equal(await textOf(lounge.getByTestId('room-state')), strings.roomStateJoined);
        assert.equal(await textOf(lounge.getByTestId('room-subject-preview')), 'Tea <b>time</b>');
        assert.equal(await textOf(lounge.getByTestId('room-unread')), '4');
        assert.equal(await textOf(lounge.getByTestId('room-mentions')), format('mentionBadge', { count: 1 }));
        // The room's avatar shows once its image arrives; a room without one shows its initial.
        const avatarRequest = await nextInvoke(session, 'avatars', 'requestImage');
        assert.deepEqual(avatarRequest.args, [redHash]);
        session.send({ type: 'invokeResult', id: avatarRequest.id, ok: true });
        session.send({ type: 'avatarImage', hash: redHash, mimeType: 'image/png', data: redPng.toString('base64') });
        await eventually(async () => assert.equal((await avatarState(lounge.getByTestId('room-avatar'))).decoded, true));
        const failed = page.locator('[data-testid="room-row"][data-jid="secret@conference.example.org"]');
        assert.equal(await textOf(failed.getByTestId('room-state')), strings.roomStateFailed);
        assert.equal(await textOf(failed.getByTestId('room-error-text')), 'The room needs a password.');
        assert.equal(await failed.getByTestId('room-mentions').isVisible(), false);

        // The join form checks the address, then sends it with the nickname and password.
        await page.getByTestId('join-room-jid').fill('not a room');
        await page.getByTestId('join-room-submit').click();
        assert.equal(await textOf(page.getByTestId('join-room-status')), strings.joinRoomInvalidJid);
        await page.getByTestId('join-room-jid').fill('secret@conference.example.org');
        await page.getByTestId('join-room-nick').fill('Al');
        await page.getByTestId('join-room-password').fill('pw');
        await page.getByTestId('join-room-submit').click();
        const join = await nextInvoke(session, 'rooms', 'join');
        assert.deepEqual(join.args, ['secret@conference.example.org', 'Al', 'pw']);
        session.send({ type: 'invokeResult', id: join.id, ok: true });
        const open = await nextInvoke(session, 'roomMessages', 'openRoom');
        assert.deepEqual(open.args, ['secret@conference.example.org']);
        session.send({ type: 'invokeResult', id: open.id, ok: false, error: 'notFound', message: 'You are not in the room.' });
        await eventually(async () => assert.equal(await textOf(page.getByTestId('room-error')), 'You are not in the room.'));
        await page.getByTestId('room-back').click();
        assert.deepEqual((await nextInvoke(session, 'roomMessages', 'closeRoom')).args, ['secret@conference.example.org']);

        // Public rooms: browse a service, filter the list, join a room.
        await page.getByTestId('public-browse').click();
        assert.deepEqual((await nextInvoke(session, 'roomDirectory', 'requestRooms')).args, ['conference.example.org']);
        const publicRoles = ['jid', 'name', 'displayName', 'description', 'occupants', 'passwordProtected', 'membersOnly', 'moderated', 'persistent',
            'isPublic', 'infoLoaded'];
        const listed = (jid, displayName, description, occupants) => ({ jid, name: displayName, displayName, description, occupants,
            passwordProtected: false, membersOnly: false, moderated: false, persistent: true, isPublic: true, infoLoaded: true });
        session.send({ type: 'model', model: 'publicRooms', op: 'reset', roles: publicRoles, rows: [
            listed('chess@conference.example.org', 'Chess club', 'Openings and endgames', 5),
            listed('garden@conference.example.org', 'Gardening', 'Seeds and <i>soil</i>', -1),
        ] });
        const publicRows = page.getByTestId('public-room');
        await eventually(async () => assert.equal(await publicRows.count(), 2));
        assert.equal(await textOf(publicRows.nth(0).getByTestId('public-room-occupants')), format('roomOccupantCount', { count: 5 }));
        assert.equal(await publicRows.nth(1).getByTestId('public-room-occupants').isVisible(), false);
        await page.getByTestId('public-filter').fill('soil');
        await eventually(async () => assert.equal(await publicRows.count(), 1));
        assert.equal(await textOf(publicRows.nth(0).getByTestId('public-room-name')), 'Gardening');
        await page.getByTestId('public-filter').fill('nothing like this');
        await eventually(async () => assert.equal(await page.getByTestId('public-rooms-empty').isVisible(), true));
        await page.getByTestId('public-filter').fill('chess');
        await publicRows.nth(0).getByTestId('public-room-join').click();
        assert.deepEqual((await nextInvoke(session, 'rooms', 'join')).args, ['chess@conference.example.org', '', '']);

        // Invitations: accept joins through the core, decline sends the decline.
        const invitationRoles = ['roomJid', 'inviter', 'reason', 'hasPassword', 'receivedAt'];
        session.send({ type: 'model', model: 'roomInvitations', op: 'reset', roles: invitationRoles, rows: [
            { roomJid: 'party@conference.example.org', inviter: 'bob@example.org', reason: 'Come <b>in</b>', hasPassword: false, receivedAt: new Date().toISOString() },
        ] });
        const invitation = page.getByTestId('invitation-row');
        await invitation.waitFor();
        assert.equal(await textOf(invitation.getByTestId('invitation-room')), 'party@conference.example.org');
        assert.equal(await textOf(invitation.getByTestId('invitation-inviter')), format('invitationFrom', { name: 'bob@example.org' }));
        assert.equal(await textOf(invitation.getByTestId('invitation-reason')), 'Come <b>in</b>');
        await invitation.getByTestId('invitation-decline').click();
        assert.deepEqual((await nextInvoke(session, 'invitations', 'decline')).args, ['party@conference.example.org', '']);
        await invitation.getByTestId('invitation-accept').click();
        assert.deepEqual((await nextInvoke(session, 'invitations', 'accept')).args, ['party@conference.example.org']);
        session.send({ type: 'model', model: 'roomInvitations', op: 'reset', roles: invitationRoles, rows: [] });
        await eventually(async () => assert.equal(await page.getByTestId('room-invitations').isVisible(), false));
        assert.equal(await page.locator('[data-testid="rooms-section"] b, [data-testid="rooms-section"] i').count(), 0, 'a text was parsed as markup');
        assert.deepEqual(pageErrors, []);
    });

    it('room shows messages, mentions, occupants and actions', async () => {
        const session = await signInWithContacts();
        const jid = 'lounge@conference.example.org';
        const roomRoles = ['jid', 'name', 'displayName', 'subject', 'nick', 'state', 'errorText', 'bookmarked', 'autojoin', 'occupantCount',
            'unreadCount', 'mentionCount'];
        const loungeRow = (roles) => ({ jid, name: 'Lounge', displayName: 'Lounge', subject: 'Tea time', nick: 'alice', state: 'joined', errorText: '',
            bookmarked: false, autojoin: false, occupantCount: 2, unreadCount: 2, mentionCount: 1, ...roles });
        session.send({ type: 'model', model: 'roomList', op: 'reset', roles: roomRoles, rows: [loungeRow()] });
        await page.getByTestId('rooms-tab').click();
        await page.locator('[data-testid="room-row"]').getByTestId('room-open').click();

        const open = await nextInvoke(session, 'roomMessages', 'openRoom');
        assert.deepEqual(open.args, [jid]);
        const roles = [...messageRoles, 'senderNick', 'mentionsMe'];
        session.send({ type: 'model', model: `roomMessages/${jid}`, op: 'reset', roles, rows: [
            chatMessage(1, 'in', 'Hello all', { senderNick: 'bob', mentionsMe: false }),
            chatMessage(2, 'in', 'alice, <b>tea</b>?', { senderNick: 'bob', mentionsMe: true }),
        ] });
        const occupantRoles = ['nick', 'role', 'affiliation', 'realJid', 'presence', 'statusText', 'self', 'avatarHash'];
        const occupant = (nick, role, affiliation, self, avatarHash = '') => ({ nick, role, affiliation, realJid: '', presence: 'online', statusText: '',
            self, avatarHash });
        session.send({ type: 'model', model: `occupants/${jid}`, op: 'reset', roles: occupantRoles, rows: [
            occupant('alice', 'moderator', 'owner', true),
            occupant('bob', 'participant', 'none', false, blueHash),
        ] });
        session.send({ type: 'invokeResult', id: open.id, ok: true, model: `roomMessages/${jid}`, occupantsModel: `occupants/${jid}` });

        // The visible room with unread messages is marked read.
        assert.deepEqual((await nextInvoke(session, 'roomMessages', 'markRoomRead')).args, [jid]);
        session.send({ type: 'model', model: 'roomList', op: 'update', first: 0, rows: [loungeRow({ unreadCount: 0, mentionCount: 0 })] });

        const panel = page.getByTestId('room');
        assert.equal(await textOf(panel.getByTestId('room-title')), 'Lounge');
        assert.equal(await textOf(panel.getByTestId('room-subject')), 'Tea time');
        assert.equal(await textOf(panel.getByTestId('room-state-text')), format('roomJoinedAs', { nick: 'alice' }));
        const messages = panel.getByTestId('room-message');
        await eventually(async () => assert.equal(await messages.count(), 2));
        assert.equal(await textOf(messages.nth(0).getByTestId('room-message-sender')), 'bob');
        assert.equal(await messages.nth(0).getAttribute('data-mention'), 'false');
        assert.equal(await messages.nth(1).getAttribute('data-mention'), 'true');
        assert.equal(await textOf(messages.nth(1).getByTestId('room-message-body')), 'alice, <b>tea</b>?');
        assert.equal(await panel.locator('.message-list b').count(), 0, 'a body was parsed as markup');

        // The occupants: the user is an owner and moderator, so others can be kicked and banned.
        const occupants = panel.getByTestId('occupant-row');
        await eventually(async () => assert.equal(await occupants.count(), 2));
        assert.equal(await textOf(panel.getByTestId('occupant-count')), format('occupantCount', { count: 2 }));
        assert.equal(await textOf(occupants.nth(0).getByTestId('occupant-nick')), format('occupantSelf', { nick: 'alice' }));
        assert.equal(await occupants.nth(0).getByTestId('occupant-kick').isVisible(), false);
        const bob = occupants.nth(1);
        assert.equal(await textOf(bob.getByTestId('occupant-role')), strings.occupantRoleParticipant);
        // Bob's avatar shows once its image arrives; Alice has none and shows her initial.
        const avatarRequest = await nextInvoke(session, 'avatars', 'requestImage');
        assert.deepEqual(avatarRequest.args, [blueHash]);
        session.send({ type: 'invokeResult', id: avatarRequest.id, ok: true });
        session.send({ type: 'avatarImage', hash: blueHash, mimeType: 'image/png', data: bluePng.toString('base64') });
        await eventually(async () => assert.equal((await avatarState(bob.getByTestId('occupant-avatar'))).decoded, true));
        assert.equal((await avatarState(occupants.nth(0).getByTestId('occupant-avatar'))).initial, 'A');
        await bob.getByTestId('occupant-kick').click();
        assert.equal(await textOf(bob.getByTestId('occupant-kick')), format('kickOccupantConfirm', { nick: 'bob' }));
        assert.equal(invokesOf(session, 'roomModeration', 'kick').length, 0, 'kicked without confirmation');
        await bob.getByTestId('occupant-kick').click();
        assert.deepEqual((await nextInvoke(session, 'roomModeration', 'kick')).args, [jid, 'bob', '']);
        await bob.getByTestId('occupant-ban').click();
        await bob.getByTestId('occupant-ban').click();
        assert.deepEqual((await nextInvoke(session, 'roomModeration', 'ban')).args, [jid, 'bob', '']);
        // A participant has neither action.
        session.send({ type: 'model', model: `occupants/${jid}`, op: 'update', first: 0, rows: [occupant('alice', 'participant', 'member', true)] });
        await eventually(async () => assert.equal(await bob.getByTestId('occupant-kick').isVisible(), false));
        assert.equal(await bob.getByTestId('occupant-ban').isVisible(), false);

        // Sending, and a failure notice about the room shown in place.
        await panel.getByTestId('room-message-field').fill('Hi bob');
        await panel.getByTestId('room-send').click();
        const send = await nextInvoke(session, 'roomMessages', 'sendMessage');
        assert.deepEqual(send.args, [jid, 'Hi bob']);
        session.send({ type: 'invokeResult', id: send.id, ok: true });
        await eventually(async () => assert.equal(await panel.getByTestId('room-message-field').inputValue(), ''));
        session.send({ type: 'model', model: `roomMessages/${jid}`, op: 'insert', first: 2, rows: [
            chatMessage(3, 'out', 'Hi bob', { senderNick: 'alice', mentionsMe: false, state: 'pending' }),
        ] });
        await eventually(async () => assert.equal(await messages.count(), 3));
        assert.equal(await textOf(messages.nth(2).getByTestId('message-state')), strings.statePending);
        session.send({ type: 'notice', level: 'error', object: 'roomMessages', jid, message: 'Join the room first.' });
        await eventually(async () => assert.equal(await textOf(panel.getByTestId('room-error')), 'Join the room first.'));

        // Nickname, bookmark with autojoin, and leave.
        await panel.getByTestId('room-nick-field').fill('ally');
        await panel.getByTestId('room-nick-submit').click();
        assert.deepEqual((await nextInvoke(session, 'rooms', 'changeNick')).args, [jid, 'ally']);
        await panel.getByTestId('room-bookmark').check();
        assert.deepEqual((await nextInvoke(session, 'bookmarks', 'setBookmark')).args, [jid, 'Lounge', 'alice', true, '']);
        session.send({ type: 'model', model: 'roomList', op: 'update', first: 0, rows: [loungeRow({ unreadCount: 0, mentionCount: 0, bookmarked: true, autojoin: true })] });
        await panel.getByTestId('room-bookmark').uncheck();
        assert.deepEqual((await nextInvoke(session, 'bookmarks', 'removeBookmark')).args, [jid]);
        await panel.getByTestId('room-leave').click();
        assert.deepEqual((await nextInvoke(session, 'rooms', 'leave')).args, [jid]);
        session.send({ type: 'model', model: 'roomList', op: 'update', first: 0, rows: [loungeRow({ unreadCount: 0, mentionCount: 0, state: 'left' })] });
        await eventually(async () => assert.equal(await panel.getByTestId('room-join').isVisible(), true));
        assert.equal(await panel.getByTestId('room-leave').isVisible(), false);

        // Joining again opens the room anew, since the join brings a new occupants model.
        await panel.getByTestId('room-join').click();
        const rejoin = await nextInvoke(session, 'rooms', 'join');
        assert.deepEqual(rejoin.args, [jid, 'alice', '']);
        session.send({ type: 'invokeResult', id: rejoin.id, ok: true });
        assert.deepEqual((await nextInvoke(session, 'roomMessages', 'closeRoom')).args, [jid]);
        const reopen = await nextInvoke(session, 'roomMessages', 'openRoom');
        assert.deepEqual(reopen.args, [jid]);
        session.send({ type: 'invokeResult', id: reopen.id, ok: true, model: `roomMessages/${jid}`, occupantsModel: `occupants/${jid}` });

        // Another section closes the room for this tab.
        await page.getByTestId('contacts-tab').click();
        assert.deepEqual((await nextInvoke(session, 'roomMessages', 'closeRoom')).args, [jid]);
        assert.deepEqual(pageErrors, []);
    });

    it('room configuration form is filled and submitted', async () => {
        const session = await signInWithContacts();
        const jid = 'book@conference.example.org';
        const formName = `roomConfiguration/${jid}`;
        await page.getByTestId('rooms-tab').click();

        // Creating with configuration opens the room and its form.
        await page.getByTestId('join-room-jid').fill(jid);
        await page.getByTestId('join-room-nick').fill('alice');
        await page.getByTestId('join-room-create').check();
        await page.getByTestId('join-room-submit').click();
        const create = await nextInvoke(session, 'rooms', 'createRoom');
        assert.deepEqual(create.args, [jid, 'alice', true]);
        session.send({ type: 'invokeResult', id: create.id, ok: true });
        const openForm = await nextInvoke(session, 'roomConfiguration', 'openForm');
        assert.deepEqual(openForm.args, [jid]);
        assert.equal(invokesOf(session, 'roomConfiguration', 'requestForm').length, 0, 'a new room was asked for its form');

        const roles = ['var', 'type', 'label', 'description', 'required', 'value', 'options'];
        const field = (name, type, label, value, extra = {}) => ({ var: name, type, label, description: '', required: false, value, options: [], ...extra });
        session.send({ type: 'model', model: formName, op: 'reset', roles, rows: [] });
        session.send({ type: 'object', object: formName, properties: { status: 'loading', errorText: '', title: '', instructions: '' } });
        session.send({ type: 'invokeResult', id: openForm.id, ok: true, model: formName });
        const form = page.getByTestId('room-config');
        await eventually(async () => assert.equal(await form.getAttribute('data-status'), 'loading'));
        assert.equal(await textOf(form.getByTestId('room-config-status')), strings.roomConfigLoading);
        assert.equal(await form.getByTestId('room-config-save').isEnabled(), false);

        session.send({ type: 'model', model: formName, op: 'reset', roles, rows: [
            field('FORM_TYPE', 'hidden', '', 'http://jabber.org/protocol/muc#roomconfig'),
            field('', 'fixed', '', 'Room <b>information</b>'),
            field('muc#roomconfig_roomname', 'text-single', 'Title', ''),
            field('muc#roomconfig_roomdesc', 'text-multi', 'Description', '', { description: 'A brief description of the room' }),
            field('muc#roomconfig_roomsecret', 'text-private', 'Password', ''),
            field('muc#roomconfig_membersonly', 'boolean', 'Only allow members to join', true),
            field('muc#roomconfig_publicroom', 'boolean', 'Include room in public lists', false),
            field('muc#roomconfig_whois', 'list-single', 'Addresses visible to', 'moderators',
                { options: [{ label: 'Moderators only', value: 'moderators' }, { label: 'Anyone', value: 'anyone' }] }),
            field('muc#roomconfig_presencebroadcast', 'list-multi', 'Roles that get presence', ['moderator'],
                { options: [{ label: 'Moderator', value: 'moderator' }, { label: 'Participant', value: 'participant' }] }),
            field('muc#roomconfig_roomowners', 'jid-multi', 'Owners', ['alice@example.org']),
        ] });
        session.send({ type: 'object', object: formName,
            properties: { status: 'ready', errorText: '', title: 'Configuration for book', instructions: 'Complete this form.' } });
        await eventually(async () => assert.equal(await form.getAttribute('data-status'), 'ready'));
        assert.equal(await textOf(form.getByTestId('room-config-title')), 'Configuration for book');
        assert.equal(await textOf(form.getByTestId('room-config-instructions')), 'Complete this form.');
        const fields = form.getByTestId('room-config-field');
        assert.equal(await fields.count(), 9, 'the hidden field is shown');
        assert.equal(await form.locator('b').count(), 0, 'a label was parsed as markup');
        const input = (name) => form.locator(`[data-testid="room-config-field"][data-var="${name}"] [data-testid="room-config-input"]`);
        assert.equal(await input('muc#roomconfig_roomsecret').getAttribute('type'), 'password');
        assert.equal(await input('muc#roomconfig_membersonly').isChecked(), true);
        assert.equal(await input('muc#roomconfig_whois').inputValue(), 'moderators');

        await input('muc#roomconfig_roomname').fill('Book club');
        await input('muc#roomconfig_roomdesc').fill('One novel\na month');
        await input('muc#roomconfig_roomsecret').fill('page 42');
        await input('muc#roomconfig_membersonly').uncheck();
        await input('muc#roomconfig_publicroom').check();
        await input('muc#roomconfig_whois').selectOption('anyone');
        await input('muc#roomconfig_presencebroadcast').selectOption(['moderator', 'participant']);
        await input('muc#roomconfig_roomowners').fill('alice@example.org\n\n carol@example.org ');
        await form.getByTestId('room-config-save').click();
        const submit = await nextInvoke(session, 'roomConfiguration', 'submit');
        assert.deepEqual(submit.args, [jid, {
            'muc#roomconfig_roomname': 'Book club',
            'muc#roomconfig_roomdesc': 'One novel\na month',
            'muc#roomconfig_roomsecret': 'page 42',
            'muc#roomconfig_membersonly': false,
            'muc#roomconfig_publicroom': true,
            'muc#roomconfig_whois': 'anyone',
            'muc#roomconfig_presencebroadcast': ['moderator', 'participant'],
            'muc#roomconfig_roomowners': ['alice@example.org', 'carol@example.org'],
        }]);
        session.send({ type: 'invokeResult', id: submit.id, ok: true });

        // A rejected form shows the room's reason and may be submitted again.
        session.send({ type: 'notice', level: 'error', object: 'roomConfiguration', jid, message: 'The room rejected the configuration: bad value' });
        await eventually(async () => assert.equal(await textOf(form.getByTestId('room-config-status')), 'The room rejected the configuration: bad value'));

        // Saved closes the form, which no longer needs the model.
        session.send({ type: 'object', object: formName, properties: { status: 'saved', errorText: '', title: 'Configuration for book', instructions: '' } });
        assert.deepEqual((await nextInvoke(session, 'roomConfiguration', 'closeForm')).args, [jid]);
        await eventually(async () => assert.equal(await form.isVisible(), false));

        // The owner of a joined room configures it from the room's actions; the form is requested then.
        const roomRoles = ['jid', 'name', 'displayName', 'subject', 'nick', 'state', 'errorText', 'bookmarked', 'autojoin', 'occupantCount',
            'unreadCount', 'mentionCount'];
        session.send({ type: 'model', model: 'roomList', op: 'reset', roles: roomRoles, rows: [{ jid, name: 'Book club', displayName: 'Book club',
            subject: '', nick: 'alice', state: 'joined', errorText: '', bookmarked: false, autojoin: false, occupantCount: 1, unreadCount: 0,
            mentionCount: 0 }] });
        const openRoom = await nextInvoke(session, 'roomMessages', 'openRoom');
        session.send({ type: 'model', model: `roomMessages/${jid}`, op: 'reset', roles: messageRoles, rows: [] });
        const occupantRoles = ['nick', 'role', 'affiliation', 'realJid', 'presence', 'statusText', 'self'];
        const self = (affiliation) => ({ nick: 'alice', role: 'moderator', affiliation, realJid: '', presence: 'online', statusText: '', self: true });
        session.send({ type: 'model', model: `occupants/${jid}`, op: 'reset', roles: occupantRoles, rows: [self('admin')] });
        session.send({ type: 'invokeResult', id: openRoom.id, ok: true, model: `roomMessages/${jid}`, occupantsModel: `occupants/${jid}` });
        const configure = page.getByTestId('room').getByTestId('room-configure');
        await eventually(async () => assert.equal(await page.getByTestId('room').getAttribute('data-state'), 'joined'));
        assert.equal(await configure.isVisible(), false, 'an admin may configure the room');
        session.send({ type: 'model', model: `occupants/${jid}`, op: 'update', first: 0, rows: [self('owner')] });
        await eventually(async () => assert.equal(await configure.isVisible(), true));
        await configure.click();
        const reopen = await nextInvoke(session, 'roomConfiguration', 'openForm');
        session.send({ type: 'invokeResult', id: reopen.id, ok: true, model: formName });
        assert.deepEqual((await nextInvoke(session, 'roomConfiguration', 'requestForm')).args, [jid]);
        await eventually(async () => assert.equal(await form.isVisible(), true));
        await form.getByTestId('room-config-cancel').click();
        assert.deepEqual((await nextInvoke(session, 'roomConfiguration', 'cancel')).args, [jid]);
        assert.deepEqual(pageErrors, []);
    });

    it('leaving the form of a new room cancels it', async () => {
        const session = await signInWithContacts();
        const jid = 'draft@conference.example.org';
        const formName = `roomConfiguration/${jid}`;
        await page.getByTestId('rooms-tab').click();
        await page.getByTestId('join-room-jid').fill(jid);
        await page.getByTestId('join-room-nick').fill('alice');
        await page.getByTestId('join-room-create').check();
        await page.getByTestId('join-room-submit').click();
        const create = await nextInvoke(session, 'rooms', 'createRoom');
        session.send({ type: 'invokeResult', id: create.id, ok: true });
        const openForm = await nextInvoke(session, 'roomConfiguration', 'openForm');
        session.send({ type: 'model', model: formName, op: 'reset', roles: ['var', 'type', 'label', 'description', 'required', 'value', 'options'], rows: [] });
        session.send({ type: 'object', object: formName, properties: { status: 'ready', errorText: '', title: '', instructions: '' } });
        session.send({ type: 'invokeResult', id: openForm.id, ok: true, model: formName });
        await eventually(async () => assert.equal(await page.getByTestId('room-config').getAttribute('data-status'), 'ready'));

        // The new room stays locked until it is configured, so leaving its form cancels it, which destroys it.
        await page.getByTestId('chats-tab').click();
        assert.deepEqual((await nextInvoke(session, 'roomConfiguration', 'cancel')).args, [jid]);
        assert.deepEqual((await nextInvoke(session, 'roomConfiguration', 'closeForm')).args, [jid]);
        assert.deepEqual(pageErrors, []);
    });

    it('room messages offer edits and moderated removal', async () => {
        const session = await signInWithContacts();
        const jid = 'bazaar@conference.example.org';
        const roomRoles = ['jid', 'name', 'displayName', 'subject', 'nick', 'state', 'errorText', 'bookmarked', 'autojoin', 'occupantCount',
            'unreadCount', 'mentionCount', 'messageModeration'];
        const bazaar = { jid, name: 'Bazaar', displayName: 'Bazaar', subject: '', nick: 'alice', state: 'joined', errorText: '', bookmarked: false,
            autojoin: false, occupantCount: 2, unreadCount: 0, mentionCount: 0, messageModeration: true };
        session.send({ type: 'model', model: 'roomList', op: 'reset', roles: roomRoles, rows: [bazaar] });
        await page.getByTestId('rooms-tab').click();
        await page.locator('[data-testid="room-row"]').getByTestId('room-open').click();

        const open = await nextInvoke(session, 'roomMessages', 'openRoom');
        const roles = [...messageRoles, 'senderNick', 'mentionsMe', 'moderated', 'moderationReason'];
        const roomMessage = (messageId, direction, body, extra = {}) => chatMessage(messageId, direction, body,
            { senderNick: direction === 'out' ? 'alice' : 'bob', mentionsMe: false, moderated: false, moderationReason: '', ...extra });
        const spam = roomMessage(1, 'in', 'Cheap watches');
        const own = roomMessage(2, 'out', 'Welcome, Bob', {
            edited: true,
            reactions: [{ emoji: '👍', count: 1, senders: [`${jid}/bob`], own: false }],
        });
        session.send({ type: 'model', model: `roomMessages/${jid}`, op: 'reset', roles, rows: [spam, own] });
        const occupantRoles = ['nick', 'role', 'affiliation', 'realJid', 'presence', 'statusText', 'self'];
        const occupant = (nick, role, affiliation, self) => ({ nick, role, affiliation, realJid: '', presence: 'online', statusText: '', self });
        session.send({ type: 'model', model: `occupants/${jid}`, op: 'reset', roles: occupantRoles, rows: [
            occupant('alice', 'moderator', 'owner', true),
            occupant('bob', 'participant', 'none', false),
        ] });
        session.send({ type: 'invokeResult', id: open.id, ok: true, model: `roomMessages/${jid}`, occupantsModel: `occupants/${jid}` });

        const panel = page.getByTestId('room');
        const messages = panel.getByTestId('room-message');
        await eventually(async () => assert.equal(await messages.count(), 2));
        // The edited marker, and reaction chips that name an occupant by nickname.
        assert.equal(await messages.nth(1).getByTestId('message-edited').isVisible(), true);
        const chip = messages.nth(1).getByTestId('reaction-chip');
        assert.equal(await chip.getAttribute('data-emoji'), '👍');
        assert.equal(await chip.getAttribute('title'), format('reactionSenders', { emoji: '👍', names: 'bob' }));

        // The user's own message offers Edit and Delete, but a participant's message offers neither.
        await messages.nth(1).getByTestId('message-actions-toggle').click();
        assert.equal(await messages.nth(1).getByTestId('message-edit').isVisible(), true);
        assert.equal(await messages.nth(1).getByTestId('message-delete').isVisible(), true);
        await messages.nth(1).getByTestId('message-delete').click();
        await messages.nth(1).getByTestId('delete-confirm').click();
        assert.deepEqual((await nextInvoke(session, 'roomMessages', 'retractMessage')).args, [jid, 2]);

        // A reply names the quoted message's row id.
        await messages.nth(0).getByTestId('message-actions-toggle').click();
        assert.equal(await messages.nth(0).getByTestId('message-edit').isVisible(), false);
        assert.equal(await messages.nth(0).getByTestId('message-delete').isVisible(), false);
        await messages.nth(0).getByTestId('message-reply').click();
        assert.equal(await panel.getByTestId('room-composer-banner').isVisible(), true);
        await panel.getByTestId('room-message-field').fill('Please stop');
        await panel.getByTestId('room-send').click();
        const reply = await nextInvoke(session, 'roomMessages', 'sendReply');
        assert.deepEqual(reply.args, [jid, 'Please stop', 1]);
        session.send({ type: 'invokeResult', id: reply.id, ok: true });
        await eventually(async () => assert.equal(await panel.getByTestId('room-composer-banner').isVisible(), false));

        // A moderator removes the participant's message with a reason.
        await messages.nth(0).getByTestId('message-actions-toggle').click();
        await messages.nth(0).getByTestId('message-remove').click();
        await messages.nth(0).getByTestId('remove-reason').fill('Spam');
        await messages.nth(0).getByTestId('remove-confirm').click();
        assert.deepEqual((await nextInvoke(session, 'roomModeration', 'retractMessage')).args, [jid, 1, 'Spam']);
        session.send({ type: 'model', model: `roomMessages/${jid}`, op: 'update', first: 0, rows: [
            { ...spam, body: '', retracted: true, moderated: true, moderationReason: 'Spam' },
        ] });
        await eventually(async () => assert.equal(await textOf(messages.nth(0).getByTestId('room-message-body')),
            format('messageModeratedWithReason', { reason: 'Spam' })));
        assert.equal(await messages.nth(0).getAttribute('data-moderated'), 'true');
        assert.equal(await messages.nth(0).getByTestId('message-actions-toggle').isVisible(), false);

        // A room without message moderation offers no Remove.
        session.send({ type: 'model', model: 'roomList', op: 'update', first: 0, rows: [{ ...bazaar, messageModeration: false }] });
        await messages.nth(1).getByTestId('message-actions-toggle').click();
        await eventually(async () => assert.equal(await messages.nth(1).getByTestId('message-reply').isVisible(), true));
        assert.equal(await messages.nth(1).getByTestId('message-remove').isVisible(), false);
        await messages.nth(1).getByTestId('message-actions-toggle').click();
        session.send({ type: 'model', model: 'roomList', op: 'update', first: 0, rows: [bazaar] });

        // Without the moderator role, Remove is not offered.
        session.send({ type: 'model', model: `occupants/${jid}`, op: 'update', first: 0, rows: [occupant('alice', 'participant', 'member', true)] });
        await messages.nth(1).getByTestId('message-actions-toggle').click();
        await eventually(async () => assert.equal(await messages.nth(1).getByTestId('message-remove').isVisible(), false));
        assert.deepEqual(pageErrors, []);
    });

    it('room owner invites, changes roles and destroys the room', async () => {
        const session = await signInWithContacts();
        const jid = 'board@conference.example.org';
        const roomRoles = ['jid', 'name', 'displayName', 'subject', 'nick', 'state', 'errorText', 'bookmarked', 'autojoin', 'occupantCount',
            'unreadCount', 'mentionCount'];
        session.send({ type: 'model', model: 'roomList', op: 'reset', roles: roomRoles, rows: [{ jid, name: 'Board', displayName: 'Board', subject: '',
            nick: 'alice', state: 'joined', errorText: '', bookmarked: false, autojoin: false, occupantCount: 3, unreadCount: 0, mentionCount: 0 }] });
        await page.getByTestId('rooms-tab').click();
        await page.locator('[data-testid="room-row"]').getByTestId('room-open').click();
        const open = await nextInvoke(session, 'roomMessages', 'openRoom');
        session.send({ type: 'model', model: `roomMessages/${jid}`, op: 'reset', roles: [...messageRoles, 'senderNick', 'mentionsMe'], rows: [] });
        const occupantRoles = ['nick', 'role', 'affiliation', 'realJid', 'presence', 'statusText', 'self'];
        const occupant = (nick, role, affiliation, realJid, self = false) => ({ nick, role, affiliation, realJid, presence: 'online', statusText: '', self });
        session.send({ type: 'model', model: `occupants/${jid}`, op: 'reset', roles: occupantRoles, rows: [
            occupant('alice', 'moderator', 'owner', 'alice@example.org', true),
            occupant('bob', 'participant', 'none', 'bob@example.org'),
            occupant('dave', 'visitor', 'member', 'dave@example.org'),
        ] });
        session.send({ type: 'invokeResult', id: open.id, ok: true, model: `roomMessages/${jid}`, occupantsModel: `occupants/${jid}` });
        const panel = page.getByTestId('room');

        // Invite: the address field suggests the contacts, and the reason is optional.
        await eventually(async () => assert.equal(await panel.locator('[data-testid="room-invite-contacts"] option').count(), contactRows.length));
        assert.equal(await panel.locator('[data-testid="room-invite-contacts"] option').first().getAttribute('value'), 'bob@example.org');
        await panel.getByTestId('room-invite-field').fill('bob@example.org');
        await panel.getByTestId('room-invite-reason').fill('Board meeting');
        await panel.getByTestId('room-invite-submit').click();
        const invite = await nextInvoke(session, 'invitations', 'invite');
        assert.deepEqual(invite.args, [jid, 'bob@example.org', 'Board meeting', '']);
        session.send({ type: 'invokeResult', id: invite.id, ok: true });
        await eventually(async () => assert.equal(await panel.getByTestId('room-invite-field').inputValue(), ''));
        session.send({ type: 'notice', level: 'error', object: 'invitations', roomJid: jid, message: 'Salon could not invite carol@example.org.' });
        await eventually(async () => assert.equal(await textOf(panel.getByTestId('room-error')), 'Salon could not invite carol@example.org.'));

        // Subject.
        await panel.getByTestId('room-subject-field').fill('Budget');
        await panel.getByTestId('room-subject-submit').click();
        assert.deepEqual((await nextInvoke(session, 'rooms', 'setSubject')).args, [jid, 'Budget']);

        // The owner may change voice, the moderator role and affiliations.
        const bob = panel.locator('[data-testid="occupant-row"][data-nick="bob"]');
        const dave = panel.locator('[data-testid="occupant-row"][data-nick="dave"]');
        await eventually(async () => assert.equal(await bob.getByTestId('occupant-revoke-voice').isVisible(), true));
        assert.equal(await bob.getByTestId('occupant-grant-voice').isVisible(), false);
        assert.equal(await dave.getByTestId('occupant-grant-voice').isVisible(), true);
        await bob.getByTestId('occupant-revoke-voice').click();
        assert.deepEqual((await nextInvoke(session, 'roomModeration', 'setRole')).args, [jid, 'bob', 'visitor', '']);
        await bob.getByTestId('occupant-grant-moderator').click();
        assert.deepEqual((await nextInvoke(session, 'roomModeration', 'setRole')).args, [jid, 'bob', 'moderator', '']);
        // Making a member needs no confirmation, but making an admin does.
        await bob.getByTestId('occupant-make-member').click();
        assert.deepEqual((await nextInvoke(session, 'roomModeration', 'setAffiliation')).args, [jid, 'bob@example.org', 'member', '']);
        await bob.getByTestId('occupant-make-admin').click();
        assert.equal(await textOf(bob.getByTestId('occupant-make-admin')), format('makeAdminConfirm', { nick: 'bob' }));
        assert.equal(invokesOf(session, 'roomModeration', 'setAffiliation').length, 0, 'made admin without confirmation');
        await bob.getByTestId('occupant-make-admin').click();
        assert.deepEqual((await nextInvoke(session, 'roomModeration', 'setAffiliation')).args, [jid, 'bob@example.org', 'admin', '']);
        session.send({ type: 'notice', level: 'error', object: 'roomModeration', jid, message: 'The room does not allow you to do this.' });
        await eventually(async () => assert.equal(await textOf(panel.getByTestId('room-error')), 'The room does not allow you to do this.'));

        // A moderator without affiliation may change only voice, and Destroy is hidden.
        assert.equal(await panel.getByTestId('room-destroy').isVisible(), true);
        session.send({ type: 'model', model: `occupants/${jid}`, op: 'update', first: 0, rows: [occupant('alice', 'moderator', 'none', 'alice@example.org', true)] });
        await eventually(async () => assert.equal(await bob.getByTestId('occupant-grant-moderator').isVisible(), false));
        assert.equal(await bob.getByTestId('occupant-make-member').isVisible(), false);
        assert.equal(await bob.getByTestId('occupant-revoke-voice').isVisible(), true);
        assert.equal(await panel.getByTestId('room-destroy').isVisible(), false);
        session.send({ type: 'model', model: `occupants/${jid}`, op: 'update', first: 0, rows: [occupant('alice', 'moderator', 'owner', 'alice@example.org', true)] });

        // Destroy opens a form that must be confirmed, then sends the reason and the alternate room.
        await eventually(async () => assert.equal(await panel.getByTestId('room-destroy').isVisible(), true));
        await panel.getByTestId('room-destroy').click();
        await panel.getByTestId('room-destroy-form').waitFor();
        await panel.getByTestId('room-destroy-reason').fill('Done here');
        await panel.getByTestId('room-destroy-alternate').fill('annex@conference.example.org');
        assert.equal(invokesOf(session, 'roomModeration', 'destroyRoom').length, 0, 'destroyed without confirmation');
        await panel.getByTestId('room-destroy-confirm').click();
        const destroy = await nextInvoke(session, 'roomModeration', 'destroyRoom');
        assert.deepEqual(destroy.args, [jid, 'Done here', 'annex@conference.example.org']);
        session.send({ type: 'invokeResult', id: destroy.id, ok: true });
        await eventually(async () => assert.equal(await panel.getByTestId('room-destroy-form').isVisible(), false));
        assert.deepEqual(pageErrors, []);
    });

    it('hidden page notifies about mentions', async () => {
        await browser.context.grantPermissions(['notifications'], { origin: new URL(server.url).origin });
        try {
            await recordNotifications(page);
            const session = await signInWithContacts();
            const roles = ['jid', 'displayName', 'state', 'unreadCount', 'mentionCount'];
            const lounge = (unreadCount, mentionCount) => ({ jid: 'lounge@conference.example.org', displayName: 'Lounge', state: 'joined', unreadCount, mentionCount });

            // Mentions of an earlier visit notify nothing, nor do messages without a mention.
            session.send({ type: 'model', model: 'roomList', op: 'reset', roles, rows: [lounge(3, 1)] });
            await setPageHidden(page, true);
            session.send({ type: 'model', model: 'roomList', op: 'update', first: 0, rows: [lounge(4, 1)] });
            await eventually(async () => assert.equal(await textOf(page.getByTestId('rooms-unread')), '4'));
            assert.deepEqual(await page.evaluate(() => window.shownNotifications), []);

            session.send({ type: 'model', model: 'roomList', op: 'update', first: 0, rows: [lounge(5, 2)] });
            await eventually(async () => assert.equal(await page.evaluate(() => window.shownNotifications.length), 1));
            const [shown] = await page.evaluate(() => window.shownNotifications);
            assert.equal(shown.title, 'Lounge');
            assert.equal(shown.body, format('mentionNotificationBodyMany', { count: 2 }));
            assert.equal(shown.tag, 'salon-mention:lounge@conference.example.org');

            // Reading the room closes the notification.
            session.send({ type: 'model', model: 'roomList', op: 'update', first: 0, rows: [lounge(0, 0)] });
            await eventually(async () => assert.deepEqual(await page.evaluate(() => window.closedNotifications), ['salon-mention:lounge@conference.example.org']));
            assert.deepEqual(pageErrors, []);
        } finally {
            await browser.context.clearPermissions();
        }
    });

    // The feed's roles, as FeedModel names them.
    const feedRoles = ['service', 'node', 'itemId', 'authorJid', 'authorName', 'title', 'contentHtml', 'plainText', 'summary',
        'published', 'updated', 'tags', 'enclosures', 'commentsUri', 'unread', 'pending', 'own'];

    // Returns a row of the feed model with every role, the given ones set.
    function feedPost(itemId, authorJid, roles = {}) {
        const published = new Date(Date.UTC(2026, 0, 1, 10, 0, 0)).toISOString();
        return {
            service: authorJid,
            node: 'urn:xmpp:microblog:0',
            itemId,
            authorJid,
            authorName: '',
            title: `Post ${itemId}`,
            contentHtml: `<div xmlns="http://www.w3.org/1999/xhtml"><p>Text of ${itemId}</p></div>`,
            plainText: `Text of ${itemId}`,
            summary: '',
            published,
            updated: published,
            tags: [],
            enclosures: [],
            commentsUri: '',
            unread: false,
            pending: false,
            own: false,
            ...roles,
        };
    }

    function post(itemId) {
        return page.locator(`[data-testid="post"][data-item-id="${itemId}"]`);
    }

    async function openFeed(session, rows) {
        session.send({ type: 'model', model: 'feed', op: 'reset', roles: feedRoles, rows });
        await page.getByTestId('feed-tab').click();
        await page.getByTestId('feed-section').waitFor();
    }

    it('feed shows posts with their markers', async () => {
        const session = await signInWithContacts();
        await openFeed(session, [
            feedPost('own-1', 'alice@example.org', { own: true, pending: true, title: 'My trip' }),
            feedPost('bob-1', 'bob@example.org', { authorName: 'Bob', unread: true, tags: ['cats', 'photos'] }),
            feedPost('carol-1', 'carol@example.org', { title: '' }),
        ]);
        session.send({ type: 'object', object: 'feed', properties: { count: 3, unreadCount: 1, canLoadMore: true } });

        const keys = await page.getByTestId('post').evaluateAll((items) => items.map((item) => item.dataset.itemId));
        assert.deepEqual(keys, ['own-1', 'bob-1', 'carol-1'], 'posts not in the model order');

        const own = post('own-1');
        assert.equal(await textOf(own.getByTestId('post-title')), 'My trip');
        assert.equal(await textOf(own.getByTestId('post-author')), 'alice@example.org');
        assert.equal(await own.getByTestId('post-pending').isVisible(), true);
        assert.equal(await own.getByTestId('post-unread').isVisible(), false);
        assert.equal(await own.getByTestId('post-actions').isVisible(), false, 'a pending post offers edits');

        const bob = post('bob-1');
        assert.equal(await textOf(bob.getByTestId('post-author')), 'Bob');
        assert.equal(await textOf(bob.getByTestId('post-content')), 'Text of bob-1');
        assert.deepEqual(await bob.getByTestId('post-tag').allTextContents(), ['#cats', '#photos']);
        assert.equal(await bob.getByTestId('post-unread').isVisible(), true);
        assert.equal(await bob.getAttribute('data-unread'), 'true');
        assert.equal(await bob.getByTestId('post-actions').isVisible(), false, 'another author\'s post offers edits');
        assert.equal(await bob.getByTestId('post-time').getAttribute('datetime'), '2026-01-01T10:00:00.000Z');
        assert.equal(await post('carol-1').getByTestId('post-title').isVisible(), false, 'an empty title shows');

        assert.equal(await textOf(page.getByTestId('feed-unread-count')), strings.feedUnreadOne);
        assert.equal(await textOf(page.getByTestId('feed-unread')), '1');

        // Once the unread post is on screen, it is marked read by its row number.
        await bob.scrollIntoViewIfNeeded();
        const markRead = await nextInvoke(session, 'feed', 'markRead');
        assert.deepEqual(markRead.args, [1]);

        await page.getByTestId('feed-load-more').click();
        await nextInvoke(session, 'feed', 'loadMore');
        await page.getByTestId('feed-mark-all-read').click();
        await nextInvoke(session, 'feed', 'markAllRead');

        session.send({ type: 'model', model: 'feed', op: 'update', first: 1, rows: [feedPost('bob-1', 'bob@example.org', { authorName: 'Bob' })] });
        session.send({ type: 'object', object: 'feed', properties: { count: 3, unreadCount: 0, canLoadMore: false } });
        await eventually(async () => assert.equal(await bob.getByTestId('post-unread').isVisible(), false));
        assert.equal(await page.getByTestId('feed-load-more').isVisible(), false);
        assert.equal(await page.getByTestId('feed-unread').isVisible(), false);
        await saveScreenshot(page, 'web-feed.png');
        assert.deepEqual(pageErrors, []);
    });

    it('feed marks a hidden post read when clicked', async () => {
        const session = await signInWithContacts();
        session.send({ type: 'model', model: 'feed', op: 'reset', roles: feedRoles, rows: [feedPost('bob-2', 'bob@example.org', { unread: true })] });
        await page.getByTestId('feed-tab').click();
        await post('bob-2').click();
        const markRead = await nextInvoke(session, 'feed', 'markRead');
        assert.deepEqual(markRead.args, [0]);
        await page.waitForTimeout(300);
        assert.equal(invokesOf(session, 'feed', 'markRead').length, 0, 'one post marked read twice');
    });

    it('post content drops hostile markup', async () => {
        const dialogs = [];
        page.on('dialog', (dialog) => {
            dialogs.push(dialog.message());
            dialog.dismiss();
        });
        const imageRequests = [];
        page.on('request', (request) => {
            if (request.url().includes('/files/')) {
                imageRequests.push(request.url());
            }
        });
        server.addFile('/files/kitten.png', redPng, 'image/png');
        const imageUrl = new URL('/files/kitten.png', server.url).href;
        const hostile = '<div xmlns="http://www.w3.org/1999/xhtml">'
            + '<p style="position:fixed" onclick="alert(1)">Hello <strong>bold</strong> <em>world</em></p>'
            + '<script>window.injected = "script"; alert("script")</script>'
            + '<img src="x" onerror="window.injected = \'onerror\'; alert(\'onerror\')"/>'
            + '<a href="javascript:alert(\'link\')">bad link</a> '
            + '<a href="  JaVaScRiPt:alert(1)">mixed case</a> '
            + '<a href="https://example.org/page" onmouseover="alert(2)">good link</a> '
            + '<a href="xmpp:bob@example.org">chat</a>'
            + '<style>body { display: none }</style>'
            + '<iframe src="javascript:alert(\'frame\')"></iframe>'
            + '<svg onload="alert(\'svg\')"><script>alert("svg script")</script></svg>'
            + '<object data="x"></object><form action="x"><input name="a"/></form>'
            + '<ul><li>item</li></ul><pre><code>code()</code></pre><h3>Heading</h3>'
            + `<img src="${imageUrl}" alt="kitten"/>`
            + '<img src="data:image/png;base64,AAAA" alt="inline"/>'
            + '</div>';
        const session = await signInWithContacts();
        await openFeed(session, [feedPost('xss-1', 'mallory@example.org', { contentHtml: hostile, title: '<b>title</b>' })]);

        const content = post('xss-1').getByTestId('post-content');
        await content.waitFor();
        const structure = await content.evaluate((element) => ({
            tags: [...element.querySelectorAll('*')].map((node) => node.localName),
            attributes: [...element.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((attribute) => `${node.localName}[${attribute.name}]`)),
            links: [...element.querySelectorAll('a')].map((link) => ({ text: link.textContent, href: link.getAttribute('href'), rel: link.rel, target: link.target })),
        }));
        for (const tag of ['script', 'style', 'iframe', 'svg', 'object', 'form', 'input', 'img', 'div']) {
            assert.equal(structure.tags.includes(tag), false, `${tag} element kept`);
        }
        for (const tag of ['p', 'strong', 'em', 'ul', 'li', 'pre', 'code', 'h3', 'a']) {
            assert.equal(structure.tags.includes(tag), true, `${tag} element dropped`);
        }
        const unexpected = structure.attributes.filter((name) => !/^(?:a\[(?:href|rel|target)\]|span\[(?:class|data-[a-z-]+)\])$/.test(name));
        assert.deepEqual(unexpected, [], 'attributes kept');
        assert.deepEqual(structure.links, [
            { text: 'bad link', href: null, rel: '', target: '' },
            { text: 'mixed case', href: null, rel: '', target: '' },
            { text: 'good link', href: 'https://example.org/page', rel: 'noopener noreferrer nofollow', target: '_blank' },
            { text: 'chat', href: 'xmpp:bob@example.org', rel: 'noopener noreferrer nofollow', target: '_blank' },
        ]);
        assert.equal(await textOf(post('xss-1').getByTestId('post-title')), '<b>title</b>');

        // Remote images wait for the user; only http and https images can load at all.
        assert.equal(await content.getByTestId('post-image-placeholder').count(), 3);
        await page.waitForTimeout(300);
        assert.deepEqual(imageRequests, [], 'an image loaded before the user asked');
        await post('xss-1').getByTestId('post-show-images').click();
        const image = content.getByTestId('post-image');
        await eventually(async () => assert.equal(await image.evaluate((element) => element.complete && element.naturalWidth), 32));
        assert.equal(await image.getAttribute('src'), imageUrl);
        assert.equal(await image.getAttribute('referrerpolicy'), 'no-referrer');
        assert.equal(await content.getByTestId('post-image').count(), 1, 'a data: or broken image became an image');
        assert.equal(await post('xss-1').getByTestId('post-show-images').isVisible(), false);

        assert.equal(await page.evaluate(() => window.injected), undefined);
        assert.deepEqual(dialogs, []);
        // Chromium logs the handlers and styles of the inert parsed document as blocked by the page's policy.
        assert.deepEqual(pageErrors.filter((error) => !error.includes('Content Security Policy')), []);
    });

    it('composer publishes and keeps a draft', async () => {
        const session = await signInWithContacts();
        await openFeed(session, []);
        assert.equal(await page.getByTestId('feed-empty').isVisible(), true);
        assert.equal(await textOf(page.getByTestId('composer-publish')), strings.publishPost);

        // A stored draft comes back into the empty composer.
        session.send({ type: 'object', object: 'microblog', properties: { pendingCount: 0, draft: { title: 'Saved', body: 'Draft *text*', tags: ['one'], visibility: 'contacts' } } });
        await eventually(async () => assert.equal(await page.getByTestId('composer-title').inputValue(), 'Saved'));
        assert.equal(await page.getByTestId('composer-body').inputValue(), 'Draft *text*');
        assert.equal(await page.getByTestId('composer-tags').inputValue(), 'one');
        assert.equal(await page.getByTestId('composer-visibility').inputValue(), 'contacts');

        await page.getByTestId('composer-title').fill('Hello');
        await page.getByTestId('composer-body').fill('# Big\nSome **text**');
        await page.getByTestId('composer-tags').fill(' #travel, photos ,travel,, ');
        await page.getByTestId('composer-visibility').selectOption('public');
        const draft = await nextInvoke(session, 'microblog', 'saveDraft');
        assert.deepEqual(draft.args, ['Hello', '# Big\nSome **text**', ['travel', 'photos'], 'public']);
        assert.equal(invokesOf(session, 'microblog', 'saveDraft').length, 0, 'each key saved the draft');

        // A draft that arrives while the user types does not replace the text.
        session.send({ type: 'object', object: 'microblog', properties: { pendingCount: 0, draft: { title: 'Other', body: '', tags: [], visibility: 'public' } } });
        await page.waitForTimeout(200);
        assert.equal(await page.getByTestId('composer-title').inputValue(), 'Hello');

        await page.getByTestId('composer-publish').click();
        const publish = await nextInvoke(session, 'microblog', 'publishWithOptions');
        assert.deepEqual(publish.args, [{
            title: 'Hello', markdown: '# Big\nSome **text**', tags: ['travel', 'photos'], visibility: 'public', enclosures: [], links: [], service: '', node: '',
        }]);
        session.send({ type: 'invokeResult', id: publish.id, ok: true });
        await nextInvoke(session, 'microblog', 'discardDraft');
        await eventually(async () => assert.equal(await page.getByTestId('composer-title').inputValue(), ''));
        assert.equal(await page.getByTestId('composer-body').inputValue(), '');
        assert.equal(await textOf(page.getByTestId('composer-status')), strings.postPublished);
        // The confirmation goes away on its own, since the post itself shows while it is sent.
        await eventually(async () => assert.equal(await textOf(page.getByTestId('composer-status')), ''), 8_000);

        // An empty post is not sent, and a failure reaches the user.
        await page.getByTestId('composer-publish').click();
        assert.equal(await textOf(page.getByTestId('composer-status')), strings.postEmpty);
        session.send({ type: 'notice', level: 'error', object: 'microblog', itemId: 'abc', message: 'Salon could not publish your post: <b>forbidden</b>' });
        await eventually(async () => assert.match(await textOf(page.getByTestId('notices')), /could not publish your post: <b>forbidden<\/b>/));
        assert.equal(invokesOf(session, 'microblog', 'publishWithOptions').length, 0);
        assert.deepEqual(pageErrors, []);
    });

    it('own post is edited and deleted', async () => {
        const session = await signInWithContacts();
        await openFeed(session, [feedPost('own-2', 'alice@example.org', { own: true, title: 'Old', plainText: 'Old text', tags: ['x'] })]);
        const own = post('own-2');
        await own.getByTestId('post-edit').click();
        assert.equal(await page.getByTestId('post-composer').getAttribute('data-mode'), 'edit');
        assert.equal(await page.getByTestId('composer-title').inputValue(), 'Old');
        assert.equal(await page.getByTestId('composer-body').inputValue(), 'Old text');
        await page.getByTestId('composer-body').fill('New text');
        // The feed carries no visibility, so the user chooses it before saving.
        assert.equal(await page.getByTestId('composer-visibility').inputValue(), '');
        await page.getByTestId('composer-publish').click();
        assert.equal(await textOf(page.getByTestId('composer-status')), strings.postVisibilityMissing);
        assert.equal(invokesOf(session, 'microblog', 'editWithOptions').length, 0, 'saved without a visibility');
        await page.getByTestId('composer-visibility').selectOption('contacts');
        await page.getByTestId('composer-publish').click();
        const edit = await nextInvoke(session, 'microblog', 'editWithOptions');
        assert.deepEqual(edit.args, ['own-2', {
            title: 'Old', markdown: 'New text', tags: ['x'], visibility: 'contacts', enclosures: [], links: [], service: '', node: '',
        }]);
        session.send({ type: 'invokeResult', id: edit.id, ok: true });
        await eventually(async () => assert.equal(await page.getByTestId('post-composer').getAttribute('data-mode'), 'new'));
        assert.equal(invokesOf(session, 'microblog', 'saveDraft').length, 0, 'an edit was saved as the draft');

        await own.getByTestId('post-delete').click();
        assert.equal(await own.getByTestId('post-delete-confirmation').isVisible(), true);
        await own.getByTestId('post-delete-cancel').click();
        assert.equal(await own.getByTestId('post-delete-confirmation').isVisible(), false);
        assert.equal(invokesOf(session, 'microblog', 'deletePost').length, 0, 'deleted without confirmation');
        await own.getByTestId('post-delete').click();
        await own.getByTestId('post-delete-confirm').click();
        const remove = await nextInvoke(session, 'microblog', 'deletePost');
        assert.deepEqual(remove.args, ['own-2']);
        assert.deepEqual(pageErrors, []);
    });

    it('edit starts from the Markdown, visibility and attachments', async () => {
        const session = await signInWithContacts();
        // The user's own images load at once, so this one comes from the stand-in server.
        server.addFile('/files/own-cat.png', solidPng(10, 10, [0, 0, 255]), 'image/png');
        const enclosure = { href: new URL('/files/own-cat.png', server.url).href, type: 'image/png', title: 'cat.png', length: 120 };
        const link = { href: 'https://news.example.org/a', title: 'An article' };
        await openFeed(session, [feedPost('own-7', 'alice@example.org', {
            own: true, title: 'Cats', plainText: 'Cats are great', markdown: 'Cats are *great*', visibility: 'contacts', enclosures: [enclosure], links: [link],
        })]);
        await post('own-7').getByTestId('post-edit').click();
        assert.equal(await page.getByTestId('composer-body').inputValue(), 'Cats are *great*');
        assert.equal(await page.getByTestId('composer-visibility').inputValue(), 'contacts');
        assert.equal(await page.getByTestId('composer-target').isDisabled(), true, 'an edit may move the post');
        assert.equal(await page.getByTestId('composer-attachment').count(), 1);
        assert.equal(await textOf(page.getByTestId('composer-link-card').getByTestId('link-card-title')), 'An article');
        await page.getByTestId('composer-publish').click();
        const edit = await nextInvoke(session, 'microblog', 'editWithOptions');
        assert.deepEqual(edit.args, ['own-7', {
            title: 'Cats', markdown: 'Cats are *great*', tags: [], visibility: 'contacts', enclosures: [enclosure], links: [link], service: '', node: '',
        }]);
        assert.deepEqual(pageErrors, []);
    });

    it('communities are found, subscribed and created', async () => {
        const session = await signInWithContacts();
        await page.getByTestId('communities-tab').click();
        const find = await nextInvoke(session, 'communityBrowser', 'findServices');
        assert.deepEqual(find.args, ['']);
        session.send({ type: 'object', object: 'communityBrowser', properties: { services: ['pubsub.example.org'] } });
        await page.getByTestId('community-service-option').click();
        const list = await nextInvoke(session, 'communityBrowser', 'requestCommunities');
        assert.deepEqual(list.args, ['pubsub.example.org']);

        const directoryRoles = ['service', 'node', 'title', 'displayTitle', 'description', 'accessModel', 'payloadType', 'subscribers', 'items', 'infoLoaded', 'subscriptionState'];
        const community = (node, roles) => ({ service: 'pubsub.example.org', node, title: '', displayTitle: node, description: '', accessModel: '',
            payloadType: '', subscribers: -1, items: -1, infoLoaded: true, subscriptionState: 'none', ...roles });
        session.send({ type: 'object', object: 'communityDirectory', properties: { count: 0, service: 'pubsub.example.org', loading: true } });
        await page.getByTestId('community-loading').waitFor();
        session.send({ type: 'model', model: 'communityDirectory', op: 'reset', roles: directoryRoles, rows: [
            community('cats', { title: 'Cats', displayTitle: 'Cats', description: 'All about <i>cats</i>\nand more', accessModel: 'open', subscribers: 3 }),
            community('news', { subscriptionState: 'subscribed' }),
        ] });
        session.send({ type: 'object', object: 'communityDirectory', properties: { count: 2, service: 'pubsub.example.org', loading: false } });
        const cats = page.locator('[data-testid="community"]').filter({ hasText: 'Cats' });
        await cats.waitFor();
        assert.equal(await page.getByTestId('community-loading').isVisible(), false);
        assert.equal(await textOf(cats.getByTestId('community-description')), 'All about <i>cats</i>\nand more');
        assert.equal(await textOf(cats.getByTestId('community-details')), `${format('communitySubscribers', { count: 3 })} · ${strings.accessModel_open}`);
        assert.equal(await textOf(page.getByTestId('community-list-heading')), format('communitiesOfNamedService', { service: 'pubsub.example.org' }));
        await cats.getByTestId('community-subscribe').click();
        assert.deepEqual((await nextInvoke(session, 'communities', 'subscribe')).args, ['pubsub.example.org', 'cats', 'Cats']);
        const news = page.locator('[data-testid="community"]').filter({ hasText: 'news' });
        assert.equal(await textOf(news.getByTestId('community-subscribe')), strings.unsubscribeCommunity);

        // The user's subscriptions, with the notify switch.
        session.send({ type: 'model', model: 'subscriptions', op: 'reset', roles: ['service', 'node', 'title', 'displayTitle', 'state', 'notify'], rows: [
            { service: 'pubsub.example.org', node: 'cats', title: 'Cats', displayTitle: 'Cats', state: 'pending', notify: false },
        ] });
        const subscription = page.getByTestId('subscription');
        await subscription.waitFor();
        assert.equal(await textOf(subscription.getByTestId('subscription-state')), strings.subscriptionPending);
        await subscription.getByTestId('subscription-notify').check();
        assert.deepEqual((await nextInvoke(session, 'communities', 'setNotify')).args, ['pubsub.example.org', 'cats', true]);
        await subscription.getByTestId('subscription-unsubscribe').click();
        assert.deepEqual((await nextInvoke(session, 'communities', 'unsubscribe')).args, ['pubsub.example.org', 'cats']);

        // A typed server.
        await page.getByTestId('community-server').fill('other.example');
        await page.getByTestId('community-find-services').click();
        assert.deepEqual((await nextInvoke(session, 'communityBrowser', 'findServices')).args, ['other.example']);

        // Creating: the title is required, and a failure shows in the form.
        await page.getByTestId('community-create-submit').click();
        assert.equal(await textOf(page.getByTestId('community-create-status')), strings.communityTitleMissing);
        assert.equal(await page.getByTestId('community-create-service').inputValue(), 'pubsub.example.org');
        await page.getByTestId('community-create-title').fill('Dogs');
        await page.getByTestId('community-create-description').fill('Good dogs');
        await page.getByTestId('community-create-access').selectOption('authorize');
        await page.getByTestId('community-create-submit').click();
        const create = await nextInvoke(session, 'communities', 'createCommunity');
        assert.deepEqual(create.args, ['pubsub.example.org', '', 'Dogs', 'Good dogs', 'authorize']);
        session.send({ type: 'invokeResult', id: create.id, ok: true });
        session.send({ type: 'notice', level: 'error', object: 'communities', service: 'pubsub.example.org', node: 'dogs', message: 'Salon could not create Dogs: forbidden.' });
        await eventually(async () => assert.equal(await textOf(page.getByTestId('community-create-status')), 'Salon could not create Dogs: forbidden.'));

        // Once the community exists, the form confirms it and the service is listed again.
        await page.getByTestId('community-create-title').fill('Birds');
        await page.getByTestId('community-create-submit').click();
        const createBirds = await nextInvoke(session, 'communities', 'createCommunity');
        session.send({ type: 'invokeResult', id: createBirds.id, ok: true });
        session.send({ type: 'event', object: 'communities', event: 'communityCreated', service: 'pubsub.example.org', node: 'birds' });
        await eventually(async () => assert.equal(await textOf(page.getByTestId('community-create-status')),
            format('communityCreated', { node: 'birds', service: 'pubsub.example.org' })));
        assert.deepEqual((await nextInvoke(session, 'communityBrowser', 'requestCommunities')).args, ['pubsub.example.org']);
        assert.deepEqual(pageErrors, []);
    });

    it('community is configured and deleted as owner', async () => {
        const session = await signInWithContacts();
        await page.getByTestId('communities-tab').click();
        session.send({ type: 'model', model: 'communityDirectory', op: 'reset', roles: ['service', 'node', 'displayTitle', 'subscriptionState', 'owned'], rows: [
            { service: 'pubsub.example.org', node: 'cats', displayTitle: 'Cats', subscriptionState: 'none', owned: true },
            { service: 'pubsub.example.org', node: 'dogs', displayTitle: 'Dogs', subscriptionState: 'none', owned: false },
        ] });
        const cats = page.locator('[data-testid="community"]').filter({ hasText: 'Cats' });
        const dogs = page.locator('[data-testid="community"]').filter({ hasText: 'Dogs' });
        assert.equal(await dogs.getByTestId('community-configure').isVisible(), false, 'a community the user does not own offers Configure');
        assert.equal(await dogs.getByTestId('community-delete').isVisible(), false, 'a community the user does not own offers Delete');
        await cats.getByTestId('community-configure').click();
        const open = await nextInvoke(session, 'communities', 'openConfiguration');
        assert.deepEqual(open.args, ['pubsub.example.org', 'cats']);
        const modelName = 'communityConfiguration/pubsub.example.org/cats';
        session.send({ type: 'model', model: modelName, op: 'reset', roles: ['var', 'type', 'label', 'description', 'required', 'value', 'options'], rows: [
            { var: 'FORM_TYPE', type: 'hidden', label: '', description: '', required: false, value: 'http://jabber.org/protocol/pubsub#node_config', options: [] },
            { var: 'pubsub#title', type: 'text-single', label: 'Title', description: '', required: false, value: 'Cats', options: [] },
            { var: 'pubsub#notify_retract', type: 'boolean', label: 'Notify retractions', description: '', required: false, value: true, options: [] },
        ] });
        session.send({ type: 'object', object: modelName, properties: { count: 3, status: 'idle', errorText: '', title: '', instructions: '' } });
        session.send({ type: 'invokeResult', id: open.id, ok: true, model: modelName });
        assert.deepEqual((await nextInvoke(session, 'communities', 'requestConfiguration')).args, ['pubsub.example.org', 'cats']);
        session.send({ type: 'object', object: modelName, properties: { count: 3, status: 'ready', errorText: '', title: '', instructions: '' } });

        const form = page.getByTestId('community-config');
        await eventually(async () => assert.equal(await form.getByTestId('community-config-field').count(), 2));
        assert.equal(await textOf(form.getByTestId('community-config-title')), strings.communityConfigTitle);
        assert.equal(await page.getByTestId('room-config-field').count(), 0);
        await form.locator('[data-var="pubsub#title"] input').fill('Cats and kittens');
        await form.getByTestId('community-config-save').click();
        const submit = await nextInvoke(session, 'communities', 'submitConfiguration');
        assert.deepEqual(submit.args, ['pubsub.example.org', 'cats', { 'pubsub#title': 'Cats and kittens', 'pubsub#notify_retract': true }]);
        session.send({ type: 'invokeResult', id: submit.id, ok: true });
        session.send({ type: 'notice', level: 'error', object: 'communities', service: 'pubsub.example.org', node: 'cats', message: 'Only owners may configure it.' });
        await eventually(async () => assert.equal(await textOf(form.getByTestId('community-config-status')), 'Only owners may configure it.'));
        session.send({ type: 'object', object: modelName, properties: { count: 3, status: 'saved', errorText: '', title: '', instructions: '' } });
        await eventually(async () => assert.equal(await form.isVisible(), false));
        assert.deepEqual((await nextInvoke(session, 'communities', 'closeConfiguration')).args, ['pubsub.example.org', 'cats']);

        await cats.getByTestId('community-delete').click();
        assert.equal(invokesOf(session, 'communities', 'deleteCommunity').length, 0);
        await cats.getByTestId('community-delete-confirm').click();
        assert.deepEqual((await nextInvoke(session, 'communities', 'deleteCommunity')).args, ['pubsub.example.org', 'cats']);
        assert.deepEqual(pageErrors, []);
    });
    const commentRoles = ['itemId', 'authorJid', 'authorName', 'contentHtml', 'plainText', 'published', 'own', 'pending', 'canDelete'];

    // Returns a row of a comments model with every role, the given ones set.
    function commentRow(itemId, authorJid, text, roles = {}) {
        return {
            itemId,
            authorJid,
            authorName: '',
            contentHtml: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${text}</p></div>`,
            plainText: text,
            published: new Date(Date.UTC(2026, 0, 1, 11, 0, 0)).toISOString(),
            own: false,
            pending: false,
            canDelete: false,
            ...roles,
        };
    }

    const postListRoles = [...feedRoles, 'isCommunity', 'communityTitle', 'canDelete', 'visibility', 'markdown', 'links'];

    it('comments and likes show under a post', async () => {
        const session = await signInWithContacts();
        const uri = 'xmpp:alice@example.org?;node=urn%3Axmpp%3Amicroblog%3A0%3Acomments%2Fown-3';
        await openFeed(session, [feedPost('own-3', 'alice@example.org', { own: true, commentsUri: uri }), feedPost('bob-3', 'bob@example.org')]);
        assert.equal(await post('bob-3').getByTestId('post-comments-toggle').isVisible(), false, 'a post without comments node offers comments');
        // A post on screen opens its comments for the counts and ♥.
        const own = post('own-3');
        await own.scrollIntoViewIfNeeded();
        const open = await nextInvoke(session, 'comments', 'open');
        assert.deepEqual(open.args, [uri]);
        const modelName = `comments/${uri}`;
        session.send({ type: 'model', model: modelName, op: 'reset', roles: commentRoles, rows: [
            commentRow('c1', 'bob@example.org', 'Nice <b>trip</b>', {
                authorName: 'Bob', canDelete: true,
                contentHtml: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Nice</p><img src="x" onerror="window.hacked=1"/><script>window.hacked=2</script></div>',
            }),
            commentRow('c2', 'alice@example.org', 'Thanks', { own: true, pending: true, canDelete: true }),
        ] });
        const likes = { commentsUri: uri, commentCount: 2, likeCount: 1, likedByMe: false, likers: ['carol@example.org'], loading: false, error: '' };
        session.send({ type: 'object', object: modelName, properties: likes });
        session.send({ type: 'invokeResult', id: open.id, ok: true, model: modelName });

        const panel = own.getByTestId('comments-panel');
        await eventually(async () => assert.equal(await textOf(panel.getByTestId('comments-counts')),
            `${format('commentCount', { count: 2 })} · ${strings.likeCountOne}`));
        assert.equal(await panel.getByTestId('comments-details').isVisible(), false, 'the comments show before the user expands them');
        await own.getByTestId('post-comments-toggle').click();
        await eventually(async () => assert.equal(await panel.getByTestId('comment').count(), 2));
        assert.equal(invokesOf(session, 'comments', 'open').length, 0, 'expanding opened the comments again');
        assert.equal(await textOf(panel.getByTestId('post-likers')), format('likedBy', { names: 'carol@example.org' }));
        const bobComment = panel.locator('[data-testid="comment"][data-item-id="c1"]');
        assert.equal(await textOf(bobComment.getByTestId('comment-author')), 'Bob');
        assert.match(await textOf(bobComment.getByTestId('comment-content')), /^Nice/);
        assert.equal(await bobComment.locator('script').count(), 0);
        assert.equal(await bobComment.locator('img').count(), 0, 'a comment\'s remote image loaded');
        assert.equal(await page.evaluate(() => window.hacked), undefined, 'a comment ran a script');
        assert.equal(await bobComment.getByTestId('comment-delete').isVisible(), true);
        const ownComment = panel.locator('[data-testid="comment"][data-item-id="c2"]');
        assert.equal(await ownComment.getByTestId('comment-pending').isVisible(), true);
        assert.equal(await ownComment.getByTestId('comment-delete').isVisible(), false, 'a pending comment offers Delete');

        // Like, then unlike once the core reports the like.
        assert.equal(await panel.getByTestId('post-like').getAttribute('aria-pressed'), 'false');
        await panel.getByTestId('post-like').click();
        assert.deepEqual(await answer(session, 'comments', 'like'), [uri]);
        session.send({ type: 'object', object: modelName, properties: { ...likes, likeCount: 2, likedByMe: true, likers: ['carol@example.org', 'alice@example.org'] } });
        await eventually(async () => assert.equal(await panel.getByTestId('post-like').getAttribute('aria-pressed'), 'true'));
        await panel.getByTestId('post-like').click();
        assert.deepEqual((await nextInvoke(session, 'comments', 'unlike')).args, [uri]);

        // A comment is sent with Enter, and a failure shows in the panel.
        await panel.getByTestId('comment-field').fill('See you *soon*');
        await panel.getByTestId('comment-field').press('Enter');
        const add = await nextInvoke(session, 'comments', 'addComment');
        assert.deepEqual(add.args, [uri, 'See you *soon*']);
        session.send({ type: 'invokeResult', id: add.id, ok: true });
        await eventually(async () => assert.equal(await panel.getByTestId('comment-field').inputValue(), ''));
        session.send({ type: 'notice', level: 'error', object: 'comments', commentsUri: uri, itemId: 'c3', message: 'Salon could not publish your comment: <i>forbidden</i>' });
        await eventually(async () => assert.equal(await textOf(panel.getByTestId('comments-status')), 'Salon could not publish your comment: <i>forbidden</i>'));
        await bobComment.getByTestId('comment-delete').click();
        assert.deepEqual((await nextInvoke(session, 'comments', 'deleteComment')).args, [uri, 'c1']);
        await saveScreenshot(page, 'web-comments.png');

        // Collapsing keeps the summary; the post leaving the feed closes the comments.
        await own.getByTestId('post-comments-toggle').click();
        await eventually(async () => assert.equal(await panel.getByTestId('comments-details').isVisible(), false));
        assert.equal(await panel.getByTestId('comments-counts').isVisible(), true);
        assert.equal(invokesOf(session, 'comments', 'close').length, 0, 'collapsing closed the summary');
        session.send({ type: 'model', model: 'feed', op: 'remove', first: 0, last: 0 });
        assert.deepEqual((await nextInvoke(session, 'comments', 'close')).args, [uri]);
        // Chromium logs the handlers of the inert parsed document as blocked by the page's policy.
        assert.deepEqual(pageErrors.filter((error) => !error.includes('Content Security Policy')), []);
    });

    it('comment summaries open for six posts at most', async () => {
        const session = await signInWithContacts();
        const viewport = page.viewportSize();
        await page.setViewportSize({ width: viewport.width, height: 4000 });
        try {
            const rows = [];
            for (let i = 1; i <= 8; ++i) {
                rows.push(feedPost(`bob-${i}0`, 'bob@example.org', { commentsUri: `xmpp:bob@example.org?;node=comments-${i}` }));
            }
            await openFeed(session, rows);
            await eventually(async () => assert.equal(invokesOf(session, 'comments', 'open').length, 6));
            await page.waitForTimeout(300);
            assert.equal(invokesOf(session, 'comments', 'open').length, 6, 'more than six summaries opened');
            assert.deepEqual(pageErrors, []);
        } finally {
            await page.setViewportSize(viewport);
        }
    });

    it('comments shown twice close once', async () => {
        const session = await signInWithContacts();
        const uri = 'xmpp:carol@example.org?;node=urn%3Axmpp%3Amicroblog%3A0%3Acomments%2Fcarol-6';
        const carolPost = feedPost('carol-6', 'carol@example.org', { commentsUri: uri });
        await openFeed(session, [carolPost]);
        await post('carol-6').scrollIntoViewIfNeeded();
        const modelName = `comments/${uri}`;
        const open = await nextInvoke(session, 'comments', 'open');
        session.send({ type: 'model', model: modelName, op: 'reset', roles: commentRoles, rows: [commentRow('c1', 'bob@example.org', 'First')] });
        session.send({ type: 'invokeResult', id: open.id, ok: true, model: modelName });

        // The same post in the contact's profile shares the tab's subscription.
        await page.getByTestId('contacts-tab').click();
        const carol = row(page, 'carol@example.org');
        await carol.getByTestId('contact-actions-toggle').click();
        await carol.getByTestId('contact-view-profile').click();
        const pageOpen = await nextInvoke(session, 'postPages', 'openNodePosts');
        const postsName = 'nodePosts/carol@example.org/urn:xmpp:microblog:0';
        session.send({ type: 'model', model: postsName, op: 'reset', roles: postListRoles, rows: [
            { ...carolPost, isCommunity: false, communityTitle: '', canDelete: false, visibility: '', markdown: '', links: [] },
        ] });
        session.send({ type: 'invokeResult', id: pageOpen.id, ok: true, model: postsName });
        const profilePost = page.getByTestId('profile-panel').getByTestId('post');
        await profilePost.getByTestId('post-comments-toggle').click();
        const second = await nextInvoke(session, 'comments', 'open');
        session.send({ type: 'invokeResult', id: second.id, ok: true, model: modelName });
        await eventually(async () => assert.equal(await profilePost.getByTestId('comment').count(), 1));

        // Closing the profile closes its view of the comments, not the feed's.
        await page.getByTestId('profile-close').click();
        assert.deepEqual((await nextInvoke(session, 'postPages', 'close')).args, [postsName]);
        await page.waitForTimeout(200);
        assert.equal(invokesOf(session, 'comments', 'close').length, 0, 'the profile closed the comments of the feed');

        session.send({ type: 'model', model: 'feed', op: 'remove', first: 0, last: 0 });
        assert.deepEqual((await nextInvoke(session, 'comments', 'close')).args, [uri]);
        assert.deepEqual(pageErrors, []);
    });

    it('composer attaches files and a link preview', async () => {
        const session = await signInWithContacts();
        session.send({ type: 'object', object: 'uploadService', properties: { available: true, maxFileSize: 200_000, serviceJid: 'upload.example.org' } });
        const transferRoles = ['transferId', 'peer', 'fileName', 'bytesDone', 'bytesTotal', 'state', 'error', 'localPath', 'messageId', 'url', 'mimeType'];
        session.send({ type: 'model', model: 'transfers', op: 'reset', roles: transferRoles, rows: [] });
        session.send({ type: 'model', model: 'subscriptions', op: 'reset', roles: ['service', 'node', 'title', 'displayTitle', 'state', 'notify', 'owned'], rows: [
            { service: 'pubsub.example.org', node: 'cats', title: 'Cats', displayTitle: 'Cats', state: 'subscribed', notify: false, owned: false },
            { service: 'pubsub.example.org', node: 'dogs', title: 'Dogs', displayTitle: 'Dogs', state: 'pending', notify: false, owned: false },
        ] });
        await openFeed(session, []);
        const targets = await page.getByTestId('composer-target').locator('option').allTextContents();
        assert.deepEqual(targets, [strings.postTargetBlog, 'Cats'], 'a pending subscription is offered as target');

        // Two files upload at once without a message; one is removed before publishing.
        await page.getByTestId('composer-files').setInputFiles([
            { name: 'cat.png', mimeType: 'image/png', buffer: solidPng(8, 8, [0, 0, 0]) },
            { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('notes') },
        ]);
        const beginCat = await nextInvoke(session, 'uploads', 'begin');
        const beginNotes = await nextInvoke(session, 'uploads', 'begin');
        assert.equal(beginCat.args[1], '', 'an attachment is sent in a message');
        assert.equal(beginCat.args[2], 'cat.png');
        assert.equal(beginNotes.args[2], 'notes.txt');
        session.send({ type: 'invokeResult', id: beginCat.id, ok: true });
        session.send({ type: 'invokeResult', id: beginNotes.id, ok: true });
        await answer(session, 'uploads', 'append');
        await answer(session, 'uploads', 'append');
        const finishCat = await nextInvoke(session, 'uploads', 'finish');
        session.send({ type: 'invokeResult', id: finishCat.id, ok: true, transferId: 11 });
        const finishNotes = await nextInvoke(session, 'uploads', 'finish');
        session.send({ type: 'invokeResult', id: finishNotes.id, ok: true, transferId: 12 });
        const transfer = (transferId, fileName, mimeType) => ({ transferId, peer: '', fileName, bytesDone: 5, bytesTotal: 5, state: 'done', error: '',
            localPath: '', messageId: 0, url: `https://upload.example.org/${fileName}`, mimeType });
        await page.getByTestId('composer-title').fill('With files');
        await page.getByTestId('composer-publish').click();
        assert.equal(await textOf(page.getByTestId('composer-status')), strings.attachmentsBusy);
        session.send({ type: 'model', model: 'transfers', op: 'insert', first: 0, rows: [transfer(11, 'cat.png', 'image/png'), transfer(12, 'notes.txt', 'text/plain')] });
        const attachments = page.getByTestId('composer-attachment');
        await eventually(async () => assert.deepEqual(await attachments.evaluateAll((items) => items.map((item) => item.dataset.state)), ['done', 'done']));
        await attachments.filter({ hasText: 'notes.txt' }).getByTestId('composer-attachment-remove').click();
        assert.equal(await attachments.count(), 1);

        // The preview of the first address, requested by the user.
        await page.getByTestId('composer-preview-link').click();
        assert.equal(await textOf(page.getByTestId('composer-preview-status')), strings.previewLinkMissing);
        await page.getByTestId('composer-body').fill('Read https://news.example.org/cats?id=1, and more at https://other.example.org.');
        await page.getByTestId('composer-preview-link').click();
        const request = await nextInvoke(session, 'linkPreviews', 'requestPreview');
        assert.deepEqual(request.args, ['https://news.example.org/cats?id=1']);
        session.send({ type: 'invokeResult', id: request.id, ok: true });
        session.send({ type: 'event', object: 'linkPreviews', event: 'previewReady', url: 'https://news.example.org/cats?id=1', preview: {
            url: 'https://news.example.org/cats?id=1', title: 'Cats <em>rule</em>', description: 'All about cats', imageUrl: '', siteName: 'News', canonicalUrl: 'https://news.example.org/cats',
        } });
        const card = page.getByTestId('composer-link-card');
        await card.waitFor();
        assert.equal(await textOf(card.getByTestId('link-card-title')), 'Cats <em>rule</em>');
        assert.equal(await textOf(card.getByTestId('link-card-site')), 'News');
        await saveScreenshot(page, 'web-composer-attachments.png');

        await page.getByTestId('composer-target').selectOption({ label: 'Cats' });
        await page.getByTestId('composer-visibility').selectOption('public');
        await page.getByTestId('composer-publish').click();
        const publish = await nextInvoke(session, 'microblog', 'publishWithOptions');
        assert.deepEqual(publish.args, [{
            title: 'With files',
            markdown: 'Read https://news.example.org/cats?id=1, and more at https://other.example.org.',
            tags: [],
            visibility: 'public',
            enclosures: [{ href: 'https://upload.example.org/cat.png', type: 'image/png', title: 'cat.png', length: 5 }],
            links: [{ href: 'https://news.example.org/cats', title: 'Cats <em>rule</em>' }],
            service: 'pubsub.example.org',
            node: 'cats',
        }]);
        session.send({ type: 'invokeResult', id: publish.id, ok: true });
        await eventually(async () => assert.equal(await attachments.count(), 0));
        assert.equal(await card.isVisible(), false);

        // A failed preview shows the reason.
        await page.getByTestId('composer-body').fill('http://127.0.0.1/admin');
        await page.getByTestId('composer-preview-link').click();
        await answer(session, 'linkPreviews', 'requestPreview');
        session.send({ type: 'event', object: 'linkPreviews', event: 'previewFailed', url: 'http://127.0.0.1/admin', code: 'blockedAddress', message: 'This address is private.' });
        await eventually(async () => assert.equal(await textOf(page.getByTestId('composer-preview-status')), 'This address is private.'));
        assert.deepEqual(pageErrors, []);
    });

    it('posts show attachments, link cards and tags', async () => {
        server.addFile('/files/post-cat.png', solidPng(20, 10, [0, 128, 0]), 'image/png');
        const session = await signInWithContacts();
        const image = { href: `${server.url}files/post-cat.png`, type: 'image/png', title: 'cat.png', length: 120 };
        const file = { href: 'https://upload.example.org/report.pdf', type: 'application/pdf', title: 'report.pdf', length: 2048 };
        const hostile = { href: 'javascript:alert(1)', type: 'text/html', title: 'evil', length: 1 };
        await openFeed(session, [
            feedPost('bob-4', 'bob@example.org', { enclosures: [image, file, hostile], tags: ['cats'], links: [{ href: 'https://news.example.org/a', title: 'An article' }] }),
            feedPost('own-4', 'alice@example.org', { own: true, enclosures: [image] }),
        ]);
        const bob = post('bob-4');
        assert.equal(await bob.getByTestId('post-attachment').count(), 2, 'a javascript: enclosure shows');
        assert.equal(await bob.getByTestId('post-attachment-image').count(), 0, 'another author\'s image loaded before a click');
        await bob.getByTestId('post-attachment-show').click();
        await eventually(async () => assert.equal(await bob.getByTestId('post-attachment-image').evaluate((img) => img.complete && img.naturalWidth), 20));
        assert.equal(await bob.getByTestId('post-attachment-link').getAttribute('href'), file.href);
        assert.equal(await textOf(bob.getByTestId('post-attachment-link')), `report.pdf (${formatSize(2048)})`);
        assert.equal(await textOf(bob.getByTestId('link-card-title')), 'An article');
        assert.equal(await post('own-4').getByTestId('post-attachment-image').count(), 1, 'an own image waits for a click');
        await saveScreenshot(page, 'web-post-attachments.png');

        // A tag opens the cached public posts with it.
        await bob.getByTestId('post-tag').click();
        assert.equal(await page.getByTestId('explore-section').isVisible(), true);
        const open = await nextInvoke(session, 'postPages', 'openTaggedPosts');
        assert.deepEqual(open.args, ['cats']);
        const modelName = 'taggedPosts/cats';
        session.send({ type: 'model', model: modelName, op: 'reset', roles: postListRoles, rows: [
            { ...feedPost('carol-4', 'carol@example.org', { tags: ['cats'] }), isCommunity: false, communityTitle: '', canDelete: false, visibility: '', markdown: '', links: [] },
        ] });
        session.send({ type: 'object', object: modelName, properties: { count: 1, canLoadMore: false, loading: false } });
        session.send({ type: 'invokeResult', id: open.id, ok: true, model: modelName });
        await eventually(async () => assert.equal(await page.getByTestId('explore-tag-panel').getByTestId('post').count(), 1));
        assert.equal(await textOf(page.getByTestId('explore-tag-heading')), format('postsWithTag', { tag: 'cats' }));
        await page.getByTestId('feed-tab').click();
        assert.deepEqual((await nextInvoke(session, 'postPages', 'close')).args, [modelName]);
        assert.deepEqual(pageErrors, []);
    });

    it('community page lists, publishes and retracts posts', async () => {
        const session = await signInWithContacts();
        await page.getByTestId('communities-tab').click();
        session.send({ type: 'model', model: 'subscriptions', op: 'reset', roles: ['service', 'node', 'title', 'displayTitle', 'state', 'notify', 'owned'], rows: [
            { service: 'pubsub.example.org', node: 'cats', title: 'Cats', displayTitle: 'Cats', state: 'subscribed', notify: true, owned: true },
        ] });
        await page.getByTestId('subscription-open').click();
        const open = await nextInvoke(session, 'postPages', 'openNodePosts');
        assert.deepEqual(open.args, ['pubsub.example.org', 'cats']);
        const modelName = 'nodePosts/pubsub.example.org/cats';
        const communityPost = (itemId, authorJid, roles) => ({
            ...feedPost(itemId, authorJid, { service: 'pubsub.example.org', node: 'cats' }), isCommunity: true, communityTitle: 'Cats', canDelete: true, visibility: '',
            markdown: '', links: [], ...roles,
        });
        session.send({ type: 'model', model: modelName, op: 'reset', roles: postListRoles, rows: [communityPost('p1', 'bob@example.org'), communityPost('p2', 'carol@example.org', { canDelete: false })] });
        session.send({ type: 'object', object: modelName, properties: { count: 2, canLoadMore: true, loading: false, errorText: '' } });
        session.send({ type: 'invokeResult', id: open.id, ok: true, model: modelName });

        const communityPage = page.getByTestId('community-page');
        await eventually(async () => assert.equal(await communityPage.getByTestId('post').count(), 2));
        assert.equal(await page.getByTestId('communities-overview').isVisible(), false);
        assert.equal(await textOf(communityPage.getByTestId('community-page-title')), 'Cats');
        assert.equal(await communityPage.getByTestId('community-page-owner-actions').isVisible(), true);
        const first = communityPage.locator('[data-testid="post"][data-item-id="p1"]');
        assert.equal(await first.getByTestId('post-edit').isVisible(), false, 'another author\'s post offers Edit');
        assert.equal(await communityPage.locator('[data-testid="post"][data-item-id="p2"]').getByTestId('post-actions').isVisible(), false);
        await first.getByTestId('post-delete').click();
        await first.getByTestId('post-delete-confirm').click();
        assert.deepEqual((await nextInvoke(session, 'microblog', 'deletePostAt')).args, ['pubsub.example.org', 'cats', 'p1']);

        await communityPage.getByTestId('post-page-load-more').click();
        assert.deepEqual((await nextInvoke(session, 'postPages', 'loadMore')).args, [modelName]);

        await communityPage.getByTestId('community-post-title').fill('Hello cats');
        await communityPage.getByTestId('community-post-submit').click();
        const publish = await nextInvoke(session, 'microblog', 'publishWithOptions');
        assert.equal(publish.args[0].service, 'pubsub.example.org');
        assert.equal(publish.args[0].node, 'cats');
        assert.equal(publish.args[0].title, 'Hello cats');
        session.send({ type: 'invokeResult', id: publish.id, ok: true });
        await eventually(async () => assert.equal(await textOf(communityPage.getByTestId('community-post-status')), strings.postPublished));
        await saveScreenshot(page, 'web-community-page.png');

        await communityPage.getByTestId('community-page-back').click();
        assert.deepEqual((await nextInvoke(session, 'postPages', 'close')).args, [modelName]);
        assert.equal(await page.getByTestId('communities-overview').isVisible(), true);
        assert.deepEqual(pageErrors, []);
    });

    it('explore lists public communities and profiles list posts', async () => {
        const session = await signInWithContacts();
        await page.getByTestId('explore-tab').click();
        assert.deepEqual((await nextInvoke(session, 'communityBrowser', 'findServices')).args, ['']);
        session.send({ type: 'object', object: 'communityBrowser', properties: { services: ['pubsub.example.org'] } });
        assert.deepEqual((await nextInvoke(session, 'communityBrowser', 'requestCommunities')).args, ['pubsub.example.org']);
        const directoryRoles = ['service', 'node', 'title', 'displayTitle', 'description', 'accessModel', 'subscriptionState', 'owned'];
        session.send({ type: 'model', model: 'communityDirectory', op: 'reset', roles: directoryRoles, rows: [
            { service: 'pubsub.example.org', node: 'cats', title: 'Cats', displayTitle: 'Cats', description: 'Cats!', accessModel: 'open', subscriptionState: 'none', owned: false },
            { service: 'pubsub.example.org', node: 'secret', title: 'Secret', displayTitle: 'Secret', description: '', accessModel: 'whitelist', subscriptionState: 'none', owned: false },
        ] });
        const communities = page.getByTestId('explore-community');
        await eventually(async () => assert.deepEqual(await communities.getByTestId('explore-community-title').allTextContents(), ['Cats']));
        await communities.getByTestId('explore-community-subscribe').click();
        assert.deepEqual((await nextInvoke(session, 'communities', 'subscribe')).args, ['pubsub.example.org', 'cats', 'Cats']);
        // A second service of the user's server is listed on request.
        assert.equal(await page.getByTestId('explore-services').isVisible(), false, 'one service offers a choice');
        session.send({ type: 'object', object: 'communityBrowser', properties: { services: ['pubsub.example.org', 'groups.example.org'] } });
        await page.getByTestId('explore-service-option').filter({ hasText: 'groups.example.org' }).click();
        assert.deepEqual((await nextInvoke(session, 'communityBrowser', 'requestCommunities')).args, ['groups.example.org']);
        await eventually(async () => assert.equal(await communities.count(), 0));

        await page.getByTestId('explore-tag').fill('#travel ');
        await page.getByTestId('explore-tag-show').click();
        assert.deepEqual((await nextInvoke(session, 'postPages', 'openTaggedPosts')).args, ['travel']);

        // A contact's profile lists the contact's blog posts.
        await page.getByTestId('contacts-tab').click();
        const carol = row(page, 'carol@example.org');
        await carol.getByTestId('contact-actions-toggle').click();
        await carol.getByTestId('contact-view-profile').click();
        const open = await nextInvoke(session, 'postPages', 'openNodePosts');
        assert.deepEqual(open.args, ['carol@example.org', '']);
        const modelName = 'nodePosts/carol@example.org/urn:xmpp:microblog:0';
        session.send({ type: 'model', model: modelName, op: 'reset', roles: postListRoles, rows: [] });
        session.send({ type: 'object', object: modelName, properties: { count: 0, canLoadMore: false, loading: false, errorText: '' } });
        session.send({ type: 'invokeResult', id: open.id, ok: true, model: modelName });
        const profile = page.getByTestId('profile-panel');
        await eventually(async () => assert.equal(await textOf(profile.getByTestId('post-page-empty')), format('profileNoPosts', { name: 'carol@example.org' })));
        session.send({ type: 'model', model: modelName, op: 'insert', first: 0, rows: [
            { ...feedPost('carol-5', 'carol@example.org', { title: 'Carol writes' }), isCommunity: false, communityTitle: '', canDelete: false, visibility: '', markdown: '', links: [] },
        ] });
        await eventually(async () => assert.equal(await textOf(profile.getByTestId('post-title')), 'Carol writes'));
        await profile.getByTestId('profile-close').click();
        assert.deepEqual((await nextInvoke(session, 'postPages', 'close')).args, [modelName]);
        assert.deepEqual(pageErrors, []);
    });

    it('hidden page notifies about comments and community posts', async () => {
        await browser.context.grantPermissions(['notifications'], { origin: new URL(server.url).origin });
        try {
            await recordNotifications(page);
            const session = await signInWithContacts();
            session.send({ type: 'model', model: 'subscriptions', op: 'reset', roles: ['service', 'node', 'title', 'displayTitle', 'state', 'notify'], rows: [
                { service: 'pubsub.example.org', node: 'cats', title: 'Cats', displayTitle: 'Cats', state: 'subscribed', notify: true },
            ] });
            const comment = { type: 'event', object: 'comments', event: 'commentReceived', postService: 'alice@example.org', postNode: 'urn:xmpp:microblog:0',
                postItemId: 'own-5', authorJid: 'bob@example.org', authorName: 'Bob <b>', isLike: false };
            // A visible page shows no notification.
            session.send(comment);
            await page.waitForTimeout(100);
            assert.deepEqual(await page.evaluate(() => window.shownNotifications), []);

            await setPageHidden(page, true);
            session.send(comment);
            session.send({ ...comment, authorName: 'Carol', isLike: true });
            session.send({ type: 'event', object: 'communityFeed', event: 'postReceived', service: 'pubsub.example.org', node: 'cats', itemId: 'p9',
                title: 'Kittens', authorJid: 'dave@example.org', authorName: 'Dave' });
            await eventually(async () => assert.equal(await page.evaluate(() => window.shownNotifications.length), 3));
            const shown = await page.evaluate(() => window.shownNotifications);
            assert.deepEqual(shown.map((notification) => notification.title), [
                format('commentNotificationTitle', { name: 'Bob <b>' }),
                format('likeNotificationTitle', { name: 'Carol' }),
                format('communityPostNotificationTitle', { community: 'Cats' }),
            ]);
            assert.equal(shown[2].body, format('communityPostNotificationBody', { name: 'Dave', title: 'Kittens' }));
            assert.deepEqual(pageErrors, []);
        } finally {
            await browser.context.clearPermissions();
        }
    });
});
