// End-to-end test of the web front end: Chromium, salon-server with its
// linkers, a throwaway Prosody (salon-test-server) and an independent
// slixmpp peer (tests/support/peer.py).
//
// Environment, set by tests/web/CMakeLists.txt:
//   SALON_SERVER        path of the salon-server binary
//   SALON_TEST_SERVER   path of the salon-test-server binary
//   SALON_PEER          path of tests/support/peer.py
//   SALON_WEB_ARTIFACTS folder for logs and screenshots

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

import { artifactsDir, collectPageErrors, eventually, launchBrowser, saveScreenshot } from './browser.mjs';
import { solidPng } from './imageFiles.mjs';
import { freePort, startProcess, waitForHttp } from './processes.mjs';
import { XmppPeer } from './xmppPeer.mjs';
import { strings } from '../../resources/web/strings.js';

const salonServerPath = process.env.SALON_SERVER;
const testServerPath = process.env.SALON_TEST_SERVER;
const peerScript = process.env.SALON_PEER;
const missing = ['SALON_SERVER', 'SALON_TEST_SERVER', 'SALON_PEER'].filter((name) => !process.env[name]);
const logDir = join(artifactsDir, 'logs');

// Returns { jid, password } of the account whose local part is user, from
// the accounts array that salon-test-server prints.
function findAccount(accounts, user) {
    for (const account of accounts ?? []) {
        const jid = typeof account === 'string' ? account : account.jid;
        if (typeof jid === 'string' && jid.split('@')[0] === user) {
            return { jid, password: account.password };
        }
    }
    throw new Error(`salon-test-server listed no account "${user}": ${JSON.stringify(accounts)}`);
}

function contactRow(page, jid) {
    return page.locator(`[data-testid="contact-row"][data-jid="${jid}"]`).first();
}

function blockedRow(page, jid) {
    return page.locator(`[data-testid="blocked-row"][data-jid="${jid}"]`);
}

function requestRow(page, jid) {
    return page.locator(`[data-testid="request-row"][data-jid="${jid}"]`);
}

async function textOf(locator) {
    return (await locator.textContent()).trim();
}

// Returns [red, green, blue] of the center of the image that the avatar element shows.
function avatarCenterColor(avatar) {
    return avatar.locator('img').evaluate((image) => {
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const pixel = context.getImageData(Math.floor(canvas.width / 2), Math.floor(canvas.height / 2), 1, 1).data;
        return [pixel[0], pixel[1], pixel[2]];
    });
}

// Records the title and body of every Notification the page creates in window.shownNotifications.
// The browser's own Notification still does the work.
async function recordNotifications(page) {
    await page.evaluate(() => {
        const BrowserNotification = window.Notification;
        window.shownNotifications = [];
        window.Notification = class extends BrowserNotification {
            constructor(title, options = {}) {
                window.shownNotifications.push({ title, body: options.body });
                super(title, options);
            }
        };
    });
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

// Returns the translation of a C++ or QML source text in translations/salon_LANGUAGE.ts, or null.
function translationOf(language, context, source) {
    const file = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'translations', `salon_${language}.ts`);
    const escaped = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll("'", '&apos;').replaceAll('"', '&quot;');
    const contexts = readFileSync(file, 'utf8').split('<context>');
    const block = contexts.find((text) => text.includes(`<name>${context}</name>`)) ?? '';
    const message = block.split('<message').find((text) => text.includes(`<source>${escaped(source)}</source>`)) ?? '';
    const translation = /<translation>([^<]*)<\/translation>/.exec(message)?.[1];
    return translation === undefined ? null : translation.replaceAll('&apos;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

describe('web front end end to end', { skip: missing.length > 0 && `${missing.join(', ')} not set`, timeout: 240_000 }, () => {
    let testServer;
    let salonServer;
    let browser;
    let peer;
    // Peers of the contact management tests, stopped after all tests.
    const contactPeers = [];
    let xmpp;
    let alice;
    let bob;
    let frank;
    let grace;
    let baseUrl;
    let page;
    const pageErrors = [];

    before(async () => {
        // frank and grace are in nobody's roster, for adding and requests.
        testServer = await startProcess('salon-test-server', testServerPath, [
            '--demo', '--account', 'frank:frank-e2e', '--account', 'grace:grace-e2e',
        ], logDir);
        xmpp = await testServer.nextJson(60_000);
        alice = findAccount(xmpp.accounts, 'alice');
        bob = findAccount(xmpp.accounts, 'bob');
        frank = findAccount(xmpp.accounts, 'frank');
        grace = findAccount(xmpp.accounts, 'grace');

        const port = await freePort();
        baseUrl = `http://127.0.0.1:${port}/`;
        salonServer = await startProcess('salon-server', salonServerPath, [
            '--listen', `127.0.0.1:${port}`,
            '--xmpp-host', xmpp.host,
            '--xmpp-port', String(xmpp.clientPort),
            '--ca-certificates', xmpp.caCertificate,
            // A cache of this run only, in the build tree, never the user's own.
            '--database', `sqlite:${join(logDir, `cache-${process.pid}-${Date.now()}.sqlite`)}`,
        ], logDir);
        await waitForHttp(baseUrl, 20_000, salonServer);

        browser = await launchBrowser();
        page = await browser.context.newPage();
        collectPageErrors(page, pageErrors);
    }, { timeout: 120_000 });

    // Runs even when before() or a test failed, stopping each process by PID.
    after(async () => {
        const steps = [
            () => browser?.close(),
            () => peer?.stop(),
            ...contactPeers.map((contactPeer) => () => contactPeer.stop()),
            () => salonServer?.stop(),
            () => testServer?.stop(),
        ];
        for (const step of steps) {
            try {
                await step();
            } catch (error) {
                console.error('cleanup failed:', error);
            }
        }
    }, { timeout: 60_000 });

    it('sign-in shows the contacts', async () => {
        await page.goto(baseUrl);
        await page.getByTestId('sign-in-jid').fill(alice.jid);
        await page.getByTestId('sign-in-password').fill(alice.password);
        await page.getByTestId('sign-in-submit').click();

        await page.getByTestId('contacts-screen').waitFor({ timeout: 30_000 });
        assert.equal(await textOf(page.getByTestId('account-jid')), alice.jid);
        await eventually(async () => assert.equal(await page.getByTestId('connection-state').getAttribute('data-state'), 'online'));

        const bobRow = contactRow(page, bob.jid);
        await bobRow.waitFor();
        assert.equal(await textOf(bobRow.getByTestId('contact-jid')), bob.jid);
        assert.equal(await textOf(bobRow.getByTestId('presence-label')), strings.presenceOffline);
        const cookies = await browser.context.cookies(baseUrl);
        assert.deepEqual(cookies.map((cookie) => [cookie.name, cookie.httpOnly, cookie.sameSite]), [['salon_session', true, 'Strict']]);
        assert.deepEqual(pageErrors, []);
    });

    it('French browser gets French text', async () => {
        const french = await launchBrowser({ locale: 'fr-FR' });
        try {
            const frenchPage = await french.context.newPage();
            await frenchPage.goto(baseUrl);
            assert.equal(await frenchPage.locator('html').getAttribute('lang'), 'fr');
            assert.equal(await textOf(frenchPage.getByTestId('sign-in-submit')), 'Se connecter');

            // The linker of this sign-in writes its messages in French too.
            await frenchPage.getByTestId('sign-in-jid').fill(alice.jid);
            await frenchPage.getByTestId('sign-in-password').fill('not-the-password');
            await frenchPage.getByTestId('sign-in-submit').click();
            await eventually(async () => assert.equal(await frenchPage.getByTestId('sign-in-error').getAttribute('data-error'), 'wrongPassword'), 30_000);
            const expected = translationOf('fr', 'Account', 'Wrong address or password. Check them and sign in again.');
            assert.ok(expected);
            assert.equal(await textOf(frenchPage.getByTestId('sign-in-error')), expected);
        } finally {
            await french.close();
        }
    });

    it('reload resumes the session', async () => {
        await page.reload();
        await page.getByTestId('contacts-screen').waitFor({ timeout: 30_000 });
        assert.equal(await page.getByTestId('sign-in-screen').isVisible(), false);
        assert.equal(await textOf(page.getByTestId('account-jid')), alice.jid);
        await eventually(async () => assert.equal(await page.getByTestId('connection-state').getAttribute('data-state'), 'online'));
        await contactRow(page, bob.jid).waitFor();
        assert.deepEqual(pageErrors, []);
    });

    it('second tab shares the session', async () => {
        const second = await browser.context.newPage();
        try {
            await second.goto(baseUrl);
            await second.getByTestId('contacts-screen').waitFor({ timeout: 30_000 });
            assert.equal(await second.getByTestId('sign-in-screen').isVisible(), false);
            assert.equal(await textOf(second.getByTestId('account-jid')), alice.jid);
            await contactRow(second, bob.jid).waitFor();
        } finally {
            await second.close();
        }
        // Closing the second tab leaves the first one signed in.
        assert.equal(await page.getByTestId('contacts-screen').isVisible(), true);
        assert.equal(await page.getByTestId('connection-state').getAttribute('data-state'), 'online');
    });

    it('peer presence appears without reload', async () => {
        await page.evaluate(() => {
            window.loadMarker = true;
        });

        peer = await XmppPeer.start({
            script: peerScript,
            jid: bob.jid,
            password: bob.password,
            host: xmpp.host,
            port: xmpp.clientPort,
            caFile: xmpp.caCertificate,
            logDir,
        });
        const bobRow = contactRow(page, bob.jid);
        await eventually(async () => assert.equal(await textOf(bobRow.getByTestId('presence-label')), strings.presenceOnline), 15_000);

        await peer.command({ command: 'presence', show: 'away', status: 'Lunch' });
        await eventually(async () => assert.equal(await textOf(bobRow.getByTestId('presence-label')), strings.presenceAway), 15_000);
        assert.equal(await textOf(bobRow.getByTestId('status-text')), 'Lunch');
        assert.equal(await bobRow.getAttribute('data-presence'), 'away');
        assert.equal(await page.evaluate(() => window.loadMarker), true, 'the page reloaded');

        await saveScreenshot(page, 'contacts.png');
        assert.deepEqual(pageErrors, []);
    });

    it('peer avatar appears in the list', async () => {
        // Bob publishes a red avatar to his PEP nodes, the data first (XEP-0084, section 4.1).
        const image = solidPng(48, 48, [255, 0, 0]);
        const hash = createHash('sha1').update(image).digest('hex');
        const data = `<data xmlns='urn:xmpp:avatar:data'>${image.toString('base64')}</data>`;
        const metadata = `<metadata xmlns='urn:xmpp:avatar:metadata'><info bytes='${image.length}' id='${hash}' type='image/png' `
            + "width='48' height='48'/></metadata>";
        await peer.command({ command: 'publish', node: 'urn:xmpp:avatar:data', itemId: hash, payload: data });
        await peer.command({ command: 'publish', node: 'urn:xmpp:avatar:metadata', itemId: hash, payload: metadata });

        const avatar = contactRow(page, bob.jid).getByTestId('contact-avatar');
        await eventually(async () => assert.equal(await avatar.getAttribute('data-hash'), hash), 15_000);
        await eventually(async () => assert.equal(await avatar.getAttribute('data-image'), 'true'), 15_000);
        assert.deepEqual(await avatarCenterColor(avatar), [255, 0, 0]);
        assert.match(await avatar.locator('img').getAttribute('src'), /^blob:/);
        await saveScreenshot(page, 'e2e-avatar.png');
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);
    });

    it('own avatar is set from a file', async () => {
        await page.getByTestId('edit-profile-toggle').click();
        const editor = page.getByTestId('avatar-editor');
        await editor.waitFor();
        const ownAvatar = editor.getByTestId('own-avatar');
        assert.equal(await ownAvatar.getAttribute('data-image'), 'false');

        // A blue landscape picture, which the page crops and scales, and the linker encodes as PNG.
        await editor.getByTestId('avatar-file').setInputFiles({ name: 'alice.png', mimeType: 'image/png', buffer: solidPng(320, 240, [0, 0, 255]) });
        await eventually(async () => assert.match(await ownAvatar.getAttribute('data-hash'), /^[0-9a-f]{40}$/), 20_000);
        await eventually(async () => assert.equal(await ownAvatar.getAttribute('data-image'), 'true'), 15_000);
        // JPEG and PNG encoding leave the blue close to, not exactly, full.
        const [red, green, blue] = await avatarCenterColor(ownAvatar);
        assert.ok(red < 40, `red ${red}`);
        assert.ok(green < 40, `green ${green}`);
        assert.ok(blue > 200, `blue ${blue}`);
        await eventually(async () => assert.equal(await textOf(editor.getByTestId('avatar-status')), 'Your new avatar is published.'));
        assert.equal(await textOf(editor.getByTestId('avatar-error')), '');
        assert.equal(await editor.getByTestId('avatar-remove').isEnabled(), true);
        await saveScreenshot(page, 'e2e-own-avatar.png');

        await page.getByTestId('profile-edit-cancel').click();
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);
    });

    // Starts the peer of account with the address and CA of the test server.
    async function startPeer(account) {
        const started = await XmppPeer.start({
            script: peerScript,
            jid: account.jid,
            password: account.password,
            host: xmpp.host,
            port: xmpp.clientPort,
            caFile: xmpp.caCertificate,
            logDir,
        });
        contactPeers.push(started);
        return started;
    }

    it('added contact gets the request', async () => {
        const frankPeer = await startPeer(frank);

        await page.getByTestId('add-contact-toggle').click();
        await page.getByTestId('add-contact-jid').fill(frank.jid);
        await page.getByTestId('add-contact-name').fill('Frank Moreau');
        await page.getByTestId('add-contact-group').fill('Neighbours');
        await page.getByTestId('add-contact-submit').click();

        await frankPeer.waitForEvent('subscribe', alice.jid);
        const frankRow = contactRow(page, frank.jid);
        await frankRow.waitFor();
        assert.equal(await textOf(frankRow.getByTestId('contact-name')), 'Frank Moreau');
        // Frank has not replied yet.
        await eventually(async () => assert.equal(await textOf(frankRow.getByTestId('presence-label')), strings.presenceWaitingForApproval), 15_000);
        assert.equal(await frankRow.getAttribute('data-approval-pending'), 'true');
        assert.equal(await page.locator(`[data-group="Neighbours"] [data-jid="${frank.jid}"]`).count(), 1);
        assert.equal(await textOf(page.getByTestId('add-contact-error')), '');
        assert.notEqual(await textOf(page.getByTestId('add-contact-status')), '');

        // Frank accepts, so his presence reaches Alice.
        await frankPeer.command({ command: 'subscribed', to: alice.jid });
        await eventually(async () => assert.equal(await frankRow.getAttribute('data-subscription'), 'to'), 15_000);
        assert.equal(await frankRow.getAttribute('data-approval-pending'), 'false');
        await eventually(async () => assert.equal(await textOf(frankRow.getByTestId('presence-label')), strings.presenceOnline), 15_000);
        await page.getByTestId('add-contact-cancel').click();
        assert.deepEqual(pageErrors, []);
    });

    it('own address is rejected in the form', async () => {
        await page.getByTestId('add-contact-toggle').click();
        await page.getByTestId('add-contact-jid').fill(alice.jid);
        await page.getByTestId('add-contact-submit').click();

        const error = page.getByTestId('add-contact-error');
        await eventually(async () => assert.ok((await textOf(error)).includes(alice.jid), await textOf(error)), 15_000);
        assert.equal(await textOf(page.getByTestId('add-contact-status')), '');
        await page.getByTestId('add-contact-cancel').click();
        assert.deepEqual(pageErrors, []);
    });

    it('peer request is accepted in the page', async () => {
        // The user switched to another tab and allowed notifications.
        await browser.context.grantPermissions(['notifications'], { origin: new URL(baseUrl).origin });
        await recordNotifications(page);
        await setPageHidden(page, true);

        const gracePeer = await startPeer(grace);
        await gracePeer.command({ command: 'subscribe', to: alice.jid });

        const request = requestRow(page, grace.jid);
        await request.waitFor({ state: 'attached', timeout: 15_000 });
        await eventually(async () => assert.deepEqual(await page.evaluate(() => window.shownNotifications),
            [{ title: strings.requestNotificationTitle, body: `${grace.jid} wants to see when you are online.` }]), 15_000);
        await setPageHidden(page, false);
        await browser.context.clearPermissions();
        assert.equal(await textOf(request.getByTestId('request-name')), grace.jid);
        await saveScreenshot(page, 'e2e-request.png');

        await request.getByTestId('request-accept').click();
        await gracePeer.waitForEvent('subscribed', alice.jid);
        await request.waitFor({ state: 'detached' });
        assert.equal(await page.getByTestId('requests').isVisible(), false);

        // Alice requested Grace's presence in return, and Grace now receives Alice's presence.
        await gracePeer.waitForEvent('subscribe', alice.jid);
        await gracePeer.waitForEvent('presence', alice.jid);
        const graceRow = contactRow(page, grace.jid);
        await graceRow.waitFor();
        await eventually(async () => assert.equal(await graceRow.getAttribute('data-subscription'), 'from'), 15_000);
        assert.deepEqual(pageErrors, []);
    });

    it('blocked contact is listed and unblocked', async () => {
        const bobRow = contactRow(page, bob.jid);
        await eventually(async () => assert.equal(await bobRow.getAttribute('data-presence'), 'away'), 15_000);

        await bobRow.getByTestId('contact-actions-toggle').click();
        await bobRow.getByTestId('contact-block').click();

        const blocked = blockedRow(page, bob.jid);
        await blocked.waitFor({ timeout: 15_000 });
        assert.equal(await textOf(blocked.getByTestId('blocked-jid')), bob.jid);
        assert.equal(await textOf(page.getByTestId('blocked-count')), strings.blockedCountOne);
        await eventually(async () => assert.equal(await bobRow.getAttribute('data-blocked'), 'true'), 15_000);
        // The server no longer passes Bob's presence on, so the row shows none.
        assert.equal(await bobRow.getAttribute('data-presence'), 'offline');
        assert.equal(await textOf(bobRow.getByTestId('presence-label')), strings.presenceBlocked);
        assert.equal(await bobRow.getByTestId('status-text').isVisible(), false);
        await saveScreenshot(page, 'e2e-blocked.png');

        await blocked.getByTestId('blocked-unblock').click();

        await blocked.waitFor({ state: 'detached', timeout: 15_000 });
        assert.equal(await page.getByTestId('blocked').isVisible(), false);
        await eventually(async () => assert.equal(await bobRow.getAttribute('data-blocked'), 'false'), 15_000);
        await eventually(async () => assert.equal(await textOf(bobRow.getByTestId('presence-label')), strings.presenceAway), 15_000);
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);
    });

    it('contact profile opens from the row', async () => {
        // The URL uses the javascript scheme, which the panel must show as text, not as a link.
        const vCard = '<vcard xmlns="urn:ietf:params:xml:ns:vcard-4.0"><fn><text>Bob &lt;b&gt;Builder&lt;/b&gt;</text></fn>'
            + '<note><text>Builds things</text></note><url><uri>javascript:alert(1)</uri></url>'
            + '<adr><locality>Lyon</locality><country>France</country></adr></vcard>';
        await peer.command({ command: 'publish', node: 'urn:xmpp:vcard4', itemId: 'current', payload: vCard });

        const bobRow = contactRow(page, bob.jid);
        await bobRow.getByTestId('contact-actions-toggle').click();
        await bobRow.getByTestId('contact-view-profile').click();

        const panel = page.getByTestId('profile-panel');
        await panel.waitFor({ timeout: 15_000 });
        await eventually(async () => assert.equal(await textOf(panel.getByTestId('profile-full-name')), 'Bob <b>Builder</b>'), 15_000);
        // The title is the name that Alice gave Bob in her roster, as in the contact list.
        assert.equal(await textOf(panel.getByTestId('profile-title')), 'Bob Martin');
        assert.equal(await textOf(panel.getByTestId('profile-jid')), bob.jid);
        assert.equal(await textOf(panel.getByTestId('profile-about')), 'Builds things');
        assert.equal(await textOf(panel.getByTestId('profile-location')), 'Lyon, France');
        assert.equal(await textOf(panel.getByTestId('profile-url')), 'javascript:alert(1)');
        assert.equal(await panel.getByTestId('profile-url-link').count(), 0, 'a javascript: URL became a link');
        assert.equal(await panel.locator('b').count(), 0, 'the name was parsed as markup');
        assert.equal(await panel.getAttribute('data-source'), 'vcard4');
        await eventually(async () => assert.equal(await panel.getByTestId('profile-avatar').getAttribute('data-image'), 'true'), 15_000);
        // Bob is online, so the panel shows no last-seen time.
        assert.equal(await panel.getByTestId('profile-last-seen').isVisible(), false);
        await saveScreenshot(page, 'e2e-profile.png');

        await panel.getByTestId('profile-close').click();
        assert.equal(await panel.isVisible(), false);
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);
    });

    function conversationRow(jid) {
        return page.locator(`[data-testid="conversation-row"][data-peer="${jid}"]`);
    }

    it('conversation sends and receives', async () => {
        const bobRow = contactRow(page, bob.jid);
        await bobRow.getByTestId('contact-actions-toggle').click();
        await bobRow.getByTestId('contact-message').click();

        const conversation = page.getByTestId('conversation');
        await conversation.waitFor();
        assert.equal(await conversation.getAttribute('data-jid'), bob.jid);
        assert.equal(await textOf(conversation.getByTestId('conversation-title')), 'Bob Martin');
        assert.equal(await textOf(conversation.getByTestId('conversation-jid')), bob.jid);
        assert.equal(await page.getByTestId('chats-tab').getAttribute('aria-pressed'), 'true');
        const field = conversation.getByTestId('message-field');
        const send = conversation.getByTestId('message-send');
        assert.equal(await send.isDisabled(), true, 'Send is enabled for an empty message');
        await field.fill('   ');
        assert.equal(await send.isDisabled(), true, 'Send is enabled for spaces only');

        // Shift+Enter starts a new line, Enter sends.
        await field.fill('');
        await field.pressSequentially('Hello Bob');
        await field.press('Shift+Enter');
        await field.pressSequentially('second line');
        await field.press('Enter');
        const sentBody = 'Hello Bob\nsecond line';
        // Typing sent chat states before, in messages without a body.
        const received = await peer.waitForMessage(alice.jid, (event) => event.body !== '');
        assert.equal(received.body, sentBody);
        await eventually(async () => assert.equal(await field.inputValue(), ''));

        // Bob's client sends a receipt, so the message goes from pending to delivered.
        const sent = conversation.locator('[data-testid="message"][data-direction="out"]').last();
        await eventually(async () => assert.equal(await sent.getByTestId('message-body').textContent(), sentBody), 15_000);
        await eventually(async () => assert.equal(await textOf(sent.getByTestId('message-state')), strings.stateDelivered), 15_000);

        // Bob's reply shows live below it, and the open conversation is read at once.
        await peer.command({ command: 'message', to: alice.jid, body: 'Hi Alice <b>bold</b>' });
        const reply = conversation.locator('[data-testid="message"][data-direction="in"]').last();
        await eventually(async () => assert.equal(await textOf(reply.getByTestId('message-body')), 'Hi Alice <b>bold</b>'), 15_000);
        assert.equal(await conversation.locator('.message-body b').count(), 0, 'the body was parsed as markup');
        assert.equal(await reply.getByTestId('message-state').isVisible(), false);
        await eventually(async () => assert.equal(await reply.getAttribute('data-state'), 'displayed'), 15_000);
        // The conversation list's change comes in a message of its own, after the messages model's.
        await eventually(async () => assert.equal(await page.getByTestId('chats-unread').isVisible(), false), 15_000);
        const sentBox = await sent.boundingBox();
        const replyBox = await reply.boundingBox();
        assert.ok(replyBox.y > sentBox.y, 'the reply is not below the sent message');
        await saveScreenshot(page, 'e2e-conversation.png');

        // A message longer than the core's limit is rejected in place, and its text stays for the user to shorten.
        const tooLong = 'x'.repeat(32 * 1024 + 1);
        await field.fill(tooLong);
        await field.press('Enter');
        await eventually(async () => assert.match(await textOf(conversation.getByTestId('conversation-error')), /32768/), 15_000);
        assert.equal(await field.inputValue(), tooLong);
        await field.fill('');
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');

        // The search in the chats finds the reply in the linker's cache, and its result opens the conversation.
        await conversation.getByTestId('conversation-back').click();
        await page.getByTestId('message-search-field').fill('bold');
        const result = page.getByTestId('search-result').first();
        await eventually(async () => assert.equal(await textOf(result.getByTestId('search-result-body')), 'Hi Alice <b>bold</b>'), 15_000);
        assert.equal(await textOf(result.getByTestId('search-result-name')), 'Bob Martin');
        await result.getByTestId('search-result-open').click();
        await eventually(async () => assert.equal(await conversation.getAttribute('data-jid'), bob.jid));
        assert.equal(await conversation.isVisible(), true);
        assert.deepEqual(pageErrors, []);
    });

    it('unread badge outside conversation', async () => {
        const gracePeer = contactPeers[1];
        const conversation = page.getByTestId('conversation');
        assert.equal(await conversation.getAttribute('data-jid'), bob.jid);

        await gracePeer.command({ command: 'message', to: alice.jid, body: 'Grace here' });
        const badge = page.getByTestId('chats-unread');
        await eventually(async () => assert.equal(await textOf(badge), '1'), 15_000);
        assert.equal(await conversation.getByText('Grace here').count(), 0, 'the message went into the open conversation');

        await conversation.getByTestId('conversation-back').click();
        assert.equal(await conversation.isVisible(), false);
        const graceRow = conversationRow(grace.jid);
        await graceRow.waitFor();
        // Grace wrote last, so her conversation comes first.
        assert.equal(await page.getByTestId('conversation-row').first().getAttribute('data-peer'), grace.jid);
        assert.equal(await textOf(graceRow.getByTestId('conversation-unread')), '1');
        assert.equal(await textOf(graceRow.getByTestId('conversation-preview')), 'Grace here');
        assert.equal(await textOf(graceRow.getByTestId('conversation-time')), strings.timeNow);
        const bobConversation = conversationRow(bob.jid);
        assert.equal(await textOf(bobConversation.getByTestId('conversation-name')), 'Bob Martin');
        assert.equal(await textOf(bobConversation.getByTestId('conversation-preview')), 'Hi Alice <b>bold</b>');
        assert.equal(await bobConversation.getByTestId('conversation-unread').isVisible(), false);
        await saveScreenshot(page, 'e2e-chats.png');

        // Opening Grace's conversation reads it.
        await graceRow.getByTestId('conversation-open').click();
        await eventually(async () => assert.equal(await conversation.getAttribute('data-jid'), grace.jid));
        await eventually(async () => assert.equal(await textOf(conversation.getByTestId('message-body').last()), 'Grace here'), 15_000);
        await eventually(async () => assert.equal(await badge.isVisible(), false), 15_000);
        await conversation.getByTestId('conversation-back').click();
        await eventually(async () => assert.equal(await graceRow.getAttribute('data-unread'), '0'));
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);
    });

    it('older messages load on scroll up', async () => {
        // 60 more messages make 62 in Bob's conversation, more than the core's page of 50.
        for (let i = 0; i < 60; ++i) {
            await peer.command({ command: 'message', to: alice.jid, body: `Number ${i}` });
        }
        await eventually(async () => assert.equal(await textOf(page.getByTestId('chats-unread')), '60'), 15_000);

        await conversationRow(bob.jid).getByTestId('conversation-open').click();
        const conversation = page.getByTestId('conversation');
        const messages = conversation.getByTestId('message');
        await eventually(async () => assert.equal(await textOf(conversation.getByTestId('message-body').last()), 'Number 59'), 15_000);
        await eventually(async () => assert.equal(await messages.count(), 50), 15_000);
        await eventually(async () => assert.equal(await page.getByTestId('chats-unread').isVisible(), false), 15_000);
        // The newest message is in view.
        const scroller = conversation.getByTestId('message-scroller');
        assert.ok(await scroller.evaluate((element) => element.scrollHeight - element.scrollTop - element.clientHeight < 48), 'not scrolled to the newest');

        await scroller.evaluate((element) => {
            element.scrollTop = 0;
        });
        await eventually(async () => assert.equal(await messages.count(), 62), 15_000);
        assert.equal(await messages.first().getByTestId('message-body').textContent(), 'Hello Bob\nsecond line');
        // The messages that were on screen keep their place, so the view is no longer at the top.
        assert.ok(await scroller.evaluate((element) => element.scrollTop > 0), 'the view jumped to the oldest message');

        // The Contacts tab leaves the conversation, for the tests that follow.
        await page.getByTestId('contacts-tab').click();
        assert.equal(await conversation.isVisible(), false);
        assert.equal(await page.getByTestId('contacts-section').isVisible(), true);
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);
    });

    // Opens Bob's conversation from the chats section and returns the panel.
    async function openBobChat() {
        await page.getByTestId('chats-tab').click();
        await conversationRow(bob.jid).getByTestId('conversation-open').click();
        const conversation = page.getByTestId('conversation');
        await eventually(async () => assert.equal(await conversation.getAttribute('data-jid'), bob.jid));
        return conversation;
    }

    // Returns the message item whose body is text.
    function messageWithBody(conversation, text) {
        return conversation.getByTestId('message').filter({ has: page.getByTestId('message-body').getByText(text, { exact: true }) }).last();
    }

    // Sends raw XML from Bob to Alice, such as a reaction or a chat state.
    function sendFromBob(payload, id) {
        return peer.command({ command: 'stanza', xml: `<message to='${alice.jid}' type='chat' id='${id}'>${payload}</message>` });
    }

    // Stanza id of Bob's message that the chat tests react and reply to.
    let bobMessageId = '';

    it('reactions go both ways', async () => {
        const conversation = await openBobChat();
        ({ messageId: bobMessageId } = await peer.command({ command: 'message', to: alice.jid, body: 'React to this' }));
        const bobMessage = messageWithBody(conversation, 'React to this');
        await bobMessage.waitFor({ timeout: 15_000 });

        // Alice's reaction reaches Bob's client.
        await bobMessage.getByTestId('message-actions-toggle').click();
        await bobMessage.getByTestId('message-react').click();
        await bobMessage.locator('[data-testid="emoji-choice"][data-emoji="👍"]').click();
        const reaction = await peer.waitForMessage(alice.jid, (event) => event.hasReactions);
        assert.equal(reaction.reactionsId, bobMessageId);
        assert.deepEqual(reaction.reactions, ['👍']);
        const chip = bobMessage.getByTestId('reaction-chip');
        await eventually(async () => assert.equal(await textOf(chip), '👍 1'), 15_000);
        assert.equal(await chip.getAttribute('aria-pressed'), 'true');

        // Bob reacts with the same emoji, which counts two, and to Alice's own message.
        await sendFromBob(`<reactions xmlns='urn:xmpp:reactions:0' id='${bobMessageId}'><reaction>👍</reaction></reactions><store xmlns='urn:xmpp:hints'/>`, 'bob-reaction-1');
        await eventually(async () => assert.equal(await textOf(chip), '👍 2'), 15_000);
        assert.equal(await chip.getAttribute('aria-pressed'), 'true');
        assert.equal(await chip.getAttribute('title'), `Reacted with 👍: ${strings.you}, Bob Martin`);

        const field = conversation.getByTestId('message-field');
        await field.fill('Reaction target');
        await field.press('Enter');
        const target = await peer.waitForMessage(alice.jid, (event) => event.body === 'Reaction target');
        await sendFromBob(`<reactions xmlns='urn:xmpp:reactions:0' id='${target.id}'><reaction>🎉</reaction></reactions><store xmlns='urn:xmpp:hints'/>`, 'bob-reaction-2');
        const ownChip = messageWithBody(conversation, 'Reaction target').getByTestId('reaction-chip');
        await eventually(async () => assert.equal(await textOf(ownChip), '🎉 1'), 15_000);
        assert.equal(await ownChip.getAttribute('aria-pressed'), 'false');

        // Clicking the own chip takes the reaction back.
        await chip.click();
        const removed = await peer.waitForMessage(alice.jid, (event) => event.hasReactions && event.reactions.length === 0);
        assert.equal(removed.reactionsId, bobMessageId);
        await eventually(async () => assert.equal(await chip.getAttribute('aria-pressed'), 'false'), 15_000);
        assert.equal(await textOf(chip), '👍 1');
        await saveScreenshot(page, 'e2e-reactions.png');
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);
    });

    it('reply, edit and retract reach the peer', async () => {
        const conversation = page.getByTestId('conversation');
        const field = conversation.getByTestId('message-field');
        const quoted = messageWithBody(conversation, 'React to this');

        await quoted.getByTestId('message-actions-toggle').click();
        await quoted.getByTestId('message-reply').click();
        await field.fill('Replying now');
        await field.press('Enter');
        const reply = await peer.waitForMessage(alice.jid, (event) => event.body.endsWith('Replying now'));
        assert.equal(reply.replyId, bobMessageId);
        const sentReply = messageWithBody(conversation, 'Replying now');
        await eventually(async () => assert.equal(await textOf(sentReply.getByTestId('reply-quote')), 'React to this'), 15_000);

        // Up in the empty field corrects the newest own message.
        await field.press('ArrowUp');
        assert.equal(await field.inputValue(), 'Replying now');
        await field.fill('Replying now, corrected');
        await field.press('Enter');
        const correction = await peer.waitForMessage(alice.jid, (event) => event.replaceId !== '');
        assert.equal(correction.replaceId, reply.id);
        assert.equal(correction.body, 'Replying now, corrected');
        const corrected = messageWithBody(conversation, 'Replying now, corrected');
        await eventually(async () => assert.equal(await corrected.getByTestId('message-edited').isVisible(), true), 15_000);

        // Delete for everyone retracts it at Bob's client too.
        await corrected.getByTestId('message-actions-toggle').click();
        await corrected.getByTestId('message-delete').click();
        await corrected.getByTestId('delete-confirm').click();
        const retraction = await peer.waitForMessage(alice.jid, (event) => event.retractId !== '');
        assert.equal(retraction.retractId, reply.id);
        const placeholder = conversation.locator(`[data-testid="message"][data-origin-id="${reply.id}"]`);
        await eventually(async () => assert.equal(await textOf(placeholder.getByTestId('message-body')), strings.messageRetracted), 15_000);
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);
    });

    it('typing shows both ways', async () => {
        const conversation = page.getByTestId('conversation');
        const typing = conversation.getByTestId('typing-indicator');
        await sendFromBob("<composing xmlns='http://jabber.org/protocol/chatstates'/>", 'bob-typing-1');
        await eventually(async () => assert.equal(await textOf(typing), 'Bob Martin is typing…'), 15_000);
        await sendFromBob("<active xmlns='http://jabber.org/protocol/chatstates'/>", 'bob-typing-2');
        await eventually(async () => assert.equal(await textOf(typing), ''), 15_000);

        // Bob's client sent chat states, so Alice's typing reaches it.
        const field = conversation.getByTestId('message-field');
        await field.pressSequentially('Wri');
        await peer.waitForMessage(alice.jid, (event) => event.chatState === 'composing');
        await field.fill('');
        await peer.waitForMessage(alice.jid, (event) => event.chatState === 'active');
        assert.deepEqual(pageErrors, []);
    });

    it('image from the browser reaches the peer', async () => {
        const conversation = page.getByTestId('conversation');
        await conversation.getByTestId('attach-input').setInputFiles({ name: 'red.png', mimeType: 'image/png', buffer: solidPng(64, 48, [255, 0, 0]) });
        const shared = await peer.waitForMessage(alice.jid, (event) => event.oobUrl !== '', 30_000);
        assert.match(shared.oobUrl, /^http:\/\/127\.0\.0\.1:\d+\/.*red\.png$/);
        assert.equal(shared.body, shared.oobUrl);

        const image = conversation.locator(`[data-testid="attachment-image"][src="${shared.oobUrl}"]`);
        await image.waitFor({ timeout: 15_000 });
        await eventually(async () => assert.equal(await image.evaluate((element) => element.complete && element.naturalWidth), 64), 15_000);
        await eventually(async () => assert.equal(await conversation.getByTestId('upload').count(), 0), 15_000);
        await saveScreenshot(page, 'e2e-image.png');
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);
    });

    it('export downloads the messages', async () => {
        const conversation = page.getByTestId('conversation');
        const download = page.waitForEvent('download', { timeout: 15_000 });
        await conversation.getByTestId('export-toggle').click();
        await conversation.getByTestId('export-text').click();
        const file = await download;
        assert.match(file.suggestedFilename(), /^bob@localhost-\d{4}-\d{2}-\d{2}\.txt$/);
        const chunks = [];
        for await (const chunk of await file.createReadStream()) {
            chunks.push(chunk);
        }
        const text = Buffer.concat(chunks).toString('utf8');
        for (const body of ['Hello Bob', 'Number 59', 'React to this', 'Reaction target']) {
            assert.ok(text.includes(body), `the export lacks "${body}"`);
        }

        // The Contacts tab leaves the conversation, for the tests that follow.
        await page.getByTestId('contacts-tab').click();
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);
    });

    it('offline contact profile shows last seen', async () => {
        // Bob goes offline with an unavailable presence, which Prosody's mod_lastactivity records.
        await peer.command({ command: 'unavailable' });
        const bobRow = contactRow(page, bob.jid);
        await eventually(async () => assert.equal(await textOf(bobRow.getByTestId('presence-label')), strings.presenceOffline), 15_000);

        await bobRow.getByTestId('contact-actions-toggle').click();
        await bobRow.getByTestId('contact-view-profile').click();
        const panel = page.getByTestId('profile-panel');
        await panel.waitFor({ timeout: 15_000 });
        await eventually(async () => assert.equal(await textOf(panel.getByTestId('profile-last-seen')), strings.lastSeenJustNow), 15_000);
        await saveScreenshot(page, 'e2e-profile-last-seen.png');

        await panel.getByTestId('profile-close').click();
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);
    });

    it('own profile is edited and shown', async () => {
        await page.getByTestId('edit-profile-toggle').click();
        const form = page.getByTestId('profile-edit-form');
        await form.waitFor();
        // Typing marks the form as edited, so the own profile arriving later does not overwrite it.
        await form.getByTestId('profile-edit-full-name').fill('Alice Example');
        await form.getByTestId('profile-edit-about').fill('Testing Salon');
        await form.getByTestId('profile-edit-url').fill('https://alice.example.org/');
        await form.getByTestId('profile-edit-location').fill('Wonderland');
        await form.getByTestId('profile-edit-save').click();

        const panel = page.getByTestId('profile-panel');
        await panel.waitFor({ timeout: 15_000 });
        assert.equal(await panel.getAttribute('data-jid'), alice.jid);
        await eventually(async () => assert.equal(await textOf(panel.getByTestId('profile-full-name')), 'Alice Example'), 15_000);
        assert.equal(await textOf(panel.getByTestId('profile-about')), 'Testing Salon');
        // Prosody's mod_vcard_legacy first mirrors the vCard-temp into the vCard4 node, and that copy
        // can lack the location, so the row may show it until the vCard4 itself arrives.
        await eventually(async () => assert.equal(await textOf(panel.getByTestId('profile-location')), 'Wonderland'), 15_000);
        assert.equal(await panel.getByTestId('profile-url-link').getAttribute('href'), 'https://alice.example.org/');
        // The avatar set in an earlier test shows in the own profile too.
        await eventually(async () => assert.equal(await panel.getByTestId('profile-avatar').getAttribute('data-image'), 'true'), 15_000);
        assert.equal(await form.isVisible(), false);
        await panel.getByTestId('profile-close').click();
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);
    });

    it('edited groups change on the server', async () => {
        // Frank is in the group Neighbours since 'added contact gets the request'.
        const frankRow = contactRow(page, frank.jid);
        await frankRow.getByTestId('contact-actions-toggle').click();
        await frankRow.getByTestId('contact-edit-groups').click();
        const form = frankRow.getByTestId('groups-form');
        await form.waitFor();
        assert.deepEqual(await form.getByTestId('groups-item-name').allTextContents(), ['Neighbours']);
        await form.getByTestId('groups-input').fill('Climbing');
        await form.getByTestId('groups-add').click();
        await form.getByTestId('groups-input').fill('Book club');
        await form.getByTestId('groups-add').click();
        await form.locator('[data-testid="groups-item"][data-group="Neighbours"]').getByTestId('groups-item-remove').click();
        await form.getByTestId('groups-save').click();

        // The server's roster push moves Frank into both new groups.
        await eventually(async () => assert.deepEqual(
            await page.locator(`[data-testid="contact-group"]:has([data-jid="${frank.jid}"])`).evaluateAll((groups) => groups.map((group) => group.dataset.group)),
            ['Book club', 'Climbing']), 15_000);
        assert.equal(await page.locator(`[data-group="Neighbours"] [data-jid="${frank.jid}"]`).count(), 0);

        // Another client of Alice's reads the new groups from the server's roster.
        const otherClient = await XmppPeer.start({
            script: peerScript, jid: alice.jid, password: alice.password, host: xmpp.host, port: xmpp.clientPort, caFile: xmpp.caCertificate, logDir,
        });
        try {
            await otherClient.command({ command: 'iqGet', to: alice.jid, xml: "<query xmlns='jabber:iq:roster'/>" });
            const response = await otherClient.waitForIqResponse();
            assert.equal(response.type, 'result');
            // The peer writes the elements with a namespace prefix, such as <ns0:group>.
            const rest = response.xml.slice(response.xml.indexOf(`"${frank.jid}"`));
            const frankItem = rest.slice(0, rest.search(/<\/(?:\w+:)?item>/));
            const groups = [...frankItem.matchAll(/<(?:\w+:)?group>([^<]*)<\/(?:\w+:)?group>/g)].map((match) => match[1]).sort();
            assert.deepEqual(groups, ['Book club', 'Climbing']);
        } finally {
            await otherClient.stop();
        }
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);
    });

    it('renamed and removed contact', async () => {
        const frankRow = contactRow(page, frank.jid);
        await frankRow.getByTestId('contact-actions-toggle').click();
        await frankRow.getByTestId('contact-rename').click();
        await frankRow.getByTestId('rename-input').fill('Frank');
        await frankRow.getByTestId('rename-save').click();
        await eventually(async () => assert.equal(await textOf(contactRow(page, frank.jid).getByTestId('contact-name')), 'Frank'), 15_000);

        const renamedRow = contactRow(page, frank.jid);
        await renamedRow.getByTestId('contact-actions-toggle').click();
        await renamedRow.getByTestId('contact-remove').click();
        await renamedRow.getByTestId('remove-confirm').click();
        await page.locator(`[data-testid="contact-row"][data-jid="${frank.jid}"]`).first().waitFor({ state: 'detached', timeout: 15_000 });

        // Removing cancels the subscription both ways (RFC 6121, section 2.5.2).
        const frankPeer = contactPeers[0];
        await frankPeer.waitForEvent('unsubscribe', alice.jid);
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);
    });

    it('public room is joined and talked in', async () => {
        // Bob creates the room and makes it public, because Prosody 0.12 lists a new room only when its configuration sets
        // muc#roomconfig_publicroom.
        const room = `tea@${xmpp.mucDomain}`;
        await peer.command({ command: 'stanza', xml: `<presence xmlns='jabber:client' to='${room}/bob'><x xmlns='http://jabber.org/protocol/muc'/></presence>` });
        await peer.waitForEvent('presence', room);
        const fields = [['FORM_TYPE', 'http://jabber.org/protocol/muc#roomconfig'], ['muc#roomconfig_publicroom', '1'], ['muc#roomconfig_roomname', 'Tea room']]
            .map(([name, value]) => `<field var='${name}'><value>${value}</value></field>`).join('');
        await peer.command({ command: 'iqSet', to: room,
            xml: `<query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'>${fields}</x></query>` });
        assert.equal((await peer.waitForEvent('iqResponse', room)).type, 'result');

        // The section fills in the server's group chat service, whose list shows the room.
        await page.getByTestId('rooms-tab').click();
        await eventually(async () => assert.equal(await page.getByTestId('public-service').inputValue(), xmpp.mucDomain), 15_000);
        await page.getByTestId('public-browse').click();
        const listed = page.locator(`[data-testid="public-room"][data-jid="${room}"]`);
        await listed.waitFor({ timeout: 15_000 });
        await eventually(async () => assert.equal(await textOf(listed.getByTestId('public-room-name')), 'Tea room'), 15_000);
        await listed.getByTestId('public-room-join').click();

        // Joining opens the room, which lists both occupants.
        const panel = page.getByTestId('room');
        await eventually(async () => assert.equal(await panel.getAttribute('data-state'), 'joined'), 30_000);
        const occupants = panel.getByTestId('occupant-row');
        await eventually(async () => assert.deepEqual(await occupants.evaluateAll((rows) => rows.map((row) => row.dataset.nick).sort()), ['alice', 'bob']), 15_000);
        await peer.waitForEvent('presence', room);

        // The user's message reaches Bob, and Bob's, which names the user, shows with his nickname as a mention.
        await panel.getByTestId('room-message-field').fill('Hello from the web');
        await panel.getByTestId('room-send').click();
        await peer.waitForMessage(room, (event) => event.type === 'groupchat' && event.body === 'Hello from the web');
        await peer.command({ command: 'message', to: room, type: 'groupchat', body: 'Welcome, alice!' });
        const received = panel.locator('[data-testid="room-message"][data-direction="in"]').last();
        await eventually(async () => assert.equal(await textOf(received.getByTestId('room-message-body')), 'Welcome, alice!'), 15_000);
        assert.equal(await textOf(received.getByTestId('room-message-sender')), 'bob');
        assert.equal(await received.getAttribute('data-mention'), 'true');
        await saveScreenshot(page, 'room.png');
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);

        // The Contacts tab closes the room, for the tests that follow.
        await page.getByTestId('contacts-tab').click();
    });

    it('room created with its form takes the values', async () => {
        const room = `book@${xmpp.mucDomain}`;
        await page.getByTestId('rooms-tab').click();
        await page.getByTestId('join-room-jid').fill(room);
        await page.getByTestId('join-room-nick').fill('alice');
        await page.getByTestId('join-room-create').check();
        await page.getByTestId('join-room-submit').click();

        // The new room sends its form, which the page shows field by field.
        const form = page.getByTestId('room-config');
        await eventually(async () => assert.equal(await form.getAttribute('data-status'), 'ready'), 30_000);
        const input = (name) => form.locator(`[data-testid="room-config-field"][data-var="${name}"] [data-testid="room-config-input"]`);
        assert.equal(await input('muc#roomconfig_roomsecret').getAttribute('type'), 'password');
        await input('muc#roomconfig_roomname').fill('Book club');
        await input('muc#roomconfig_roomdesc').fill('One novel a month');
        await input('muc#roomconfig_roomsecret').fill('page 42');
        await input('muc#roomconfig_membersonly').setChecked(false);
        await input('muc#roomconfig_publicroom').setChecked(true);
        await saveScreenshot(page, 'room-configuration.png');
        await form.getByTestId('room-config-save').click();
        await eventually(async () => assert.equal(await form.isVisible(), false), 15_000);

        // Bob gets in with the password, and the public list shows the name and description.
        await peer.command({ command: 'stanza',
            xml: `<presence xmlns='jabber:client' to='${room}/bob'><x xmlns='http://jabber.org/protocol/muc'><password>page 42</password></x></presence>` });
        await peer.waitForEvent('presence', room);
        await page.getByTestId('room-back').click();
        await page.getByTestId('public-browse').click();
        const listed = page.locator(`[data-testid="public-room"][data-jid="${room}"]`);
        await eventually(async () => assert.equal(await textOf(listed.getByTestId('public-room-name')), 'Book club'), 15_000);
        // The description comes with the room's disco#info, which may arrive after the list.
        await eventually(async () => assert.equal(await textOf(listed.getByTestId('public-room-description')), 'One novel a month'), 15_000);
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);

        await page.getByTestId('contacts-tab').click();
    });

    it('room owner invites, changes roles and destroys', async () => {
        // Bob comes back online, because the server keeps messages to a bare JID without an
        // available resource for later, and an earlier test left him unavailable.
        await peer.command({ command: 'presence', show: '' });

        // Bob creates the room and makes the user an owner too.
        const room = `board@${xmpp.mucDomain}`;
        const bobInRoom = `${room}/bob`;
        await peer.command({ command: 'stanza', xml: `<presence xmlns='jabber:client' to='${bobInRoom}'><x xmlns='http://jabber.org/protocol/muc'/></presence>` });
        await peer.waitForEvent('presence', room);
        await peer.command({ command: 'iqSet', to: room,
            xml: `<query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'/></query>` });
        assert.equal((await peer.waitForEvent('iqResponse', room)).type, 'result');
        await peer.command({ command: 'iqSet', to: room,
            xml: `<query xmlns='http://jabber.org/protocol/muc#admin'><item affiliation='owner' jid='${alice.jid}'/></query>` });
        assert.equal((await peer.waitForEvent('iqResponse', room)).type, 'result');

        await page.getByTestId('rooms-tab').click();
        await page.getByTestId('join-room-jid').fill(room);
        await page.getByTestId('join-room-submit').click();
        const panel = page.getByTestId('room');
        await eventually(async () => assert.equal(await panel.getAttribute('data-state'), 'joined'), 30_000);
        await eventually(async () => assert.equal(await panel.locator('[data-testid="occupant-row"][data-nick="bob"]').count(), 1), 15_000);

        // Invite sends Bob a direct invitation with the reason, and clears the form.
        await panel.getByTestId('room-invite-field').fill(bob.jid);
        await panel.getByTestId('room-invite-reason').fill('Board meeting');
        await panel.getByTestId('room-invite-submit').click();
        const invitation = await peer.waitForMessage(alice.jid, (event) => event.inviteRoom === room);
        assert.equal(invitation.inviteReason, 'Board meeting');
        await eventually(async () => assert.equal(await panel.getByTestId('room-invite-field').inputValue(), ''), 15_000);

        // The user, an owner, makes Bob a member, which needs a second click because he loses owner rights.
        const bobRow = panel.locator('[data-testid="occupant-row"][data-nick="bob"]');
        await eventually(async () => assert.equal(await bobRow.getAttribute('data-affiliation'), 'owner'), 15_000);
        await bobRow.getByTestId('occupant-make-member').click();
        await bobRow.getByTestId('occupant-make-member').click();
        await peer.waitForPresence(room, (event) => event.from === bobInRoom && event.mucAffiliation === 'member');
        await eventually(async () => assert.equal(await bobRow.getAttribute('data-affiliation'), 'member'), 15_000);

        // Bob, now a member, loses his voice.
        await eventually(async () => assert.equal(await bobRow.getByTestId('occupant-revoke-voice').isVisible(), true), 15_000);
        await bobRow.getByTestId('occupant-revoke-voice').click();
        await peer.waitForPresence(room, (event) => event.from === bobInRoom && event.mucRole === 'visitor');
        await eventually(async () => assert.equal(await bobRow.getAttribute('data-role'), 'visitor'), 15_000);
        await saveScreenshot(page, 'room-owner.png');

        // Destroying removes Bob from the room and the room from the user's list.
        await panel.getByTestId('room-destroy').click();
        await panel.getByTestId('room-destroy-reason').fill('Done here');
        await panel.getByTestId('room-destroy-confirm').click();
        await peer.waitForPresence(room, (event) => event.from === bobInRoom && event.type === 'unavailable');
        await eventually(async () => assert.equal(await page.locator(`[data-testid="room-row"][data-jid="${room}"]`).count(), 0), 15_000);
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);

        await page.getByTestId('contacts-tab').click();
    });

    it('post from the page reaches the peer', async () => {
        const microblogNode = 'urn:xmpp:microblog:0';
        await page.getByTestId('feed-tab').click();
        const composer = page.getByTestId('post-composer');

        // The first post creates the user's microblog node, to which Bob then subscribes.
        await composer.getByTestId('composer-title').fill('First post');
        await composer.getByTestId('composer-body').fill('Setting up the *blog*.');
        await composer.getByTestId('composer-publish').click();
        const first = page.locator('[data-testid="post"]').filter({ hasText: 'First post' });
        await first.waitFor({ timeout: 15_000 });
        await eventually(async () => assert.equal(await first.getAttribute('data-pending'), 'false'), 15_000);
        await peer.command({ command: 'iqSet', to: alice.jid,
            xml: `<pubsub xmlns='http://jabber.org/protocol/pubsub'><subscribe node='${microblogNode}' jid='${bob.jid}'/></pubsub>` });
        assert.equal((await peer.waitForEvent('iqResponse', alice.jid)).type, 'result');

        await composer.getByTestId('composer-title').fill('Hello from the browser');
        await composer.getByTestId('composer-body').fill('Some **bold** words');
        await composer.getByTestId('composer-tags').fill('salon, e2e');
        await composer.getByTestId('composer-publish').click();

        // Prosody sends the node's last item to a new subscriber, so the first post may come first.
        let event = await peer.waitForEvent('pubsubEvent', alice.jid);
        for (let skipped = 0; skipped < 3 && !event.items.some((item) => item.payload.includes('Hello from the browser')); ++skipped) {
            event = await peer.waitForEvent('pubsubEvent', alice.jid);
        }
        assert.equal(event.node, microblogNode);
        assert.equal(event.items.length, 1);
        assert.match(event.items[0].payload, /Hello from the browser/);
        assert.match(event.items[0].payload, /term="salon"/);

        const published = page.locator('[data-testid="post"]').filter({ hasText: 'Hello from the browser' });
        await eventually(async () => assert.equal(await published.getAttribute('data-pending'), 'false'), 15_000);
        assert.equal(await textOf(published.getByTestId('post-content').locator('strong')), 'bold');
        assert.deepEqual(await published.getByTestId('post-tag').allTextContents(), ['#salon', '#e2e']);
        assert.equal(await published.getByTestId('post-edit').isVisible(), true);
        assert.equal(await published.getAttribute('data-item-id'), event.items[0].id);
        // Atom times have whole seconds here, so two posts of the same second may come in either order.
        const times = await page.getByTestId('post-time').evaluateAll((items) => items.map((item) => item.dateTime));
        assert.deepEqual(times, [...times].sort().reverse(), 'the posts are not newest first');
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);
    });

    it('peer post with markup stays inert', async () => {
        const dialogs = [];
        const onDialog = (dialog) => {
            dialogs.push(dialog.message());
            dialog.dismiss();
        };
        page.on('dialog', onDialog);
        const trackerRequests = [];
        const onRequest = (request) => {
            if (request.url().includes('tracker.png')) {
                trackerRequests.push(request.url());
            }
        };
        page.on('request', onRequest);
        try {
            // The image points at salon-server, which runs on loopback, so a request would show here.
            const tracker = new URL('tracker.png', baseUrl).href;
            const now = new Date().toISOString();
            const entry = "<entry xmlns='http://www.w3.org/2005/Atom'>"
                + '<title>Look &lt;img src=x onerror=alert(1)&gt;</title>'
                + `<id>tag:localhost,2026:xss</id><published>${now}</published><updated>${now}</updated>`
                + `<author><name>Bob</name><uri>xmpp:${bob.jid}</uri></author>`
                + "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>"
                + "<p onclick='alert(1)' style='position:fixed'>Harmless words</p>"
                + "<script>window.injected = 1; alert('script')</script>"
                + `<img src='${tracker}' onerror='window.injected = 2; alert(2)'/>`
                + "<a href='javascript:alert(3)'>click me</a>"
                + "<iframe src='javascript:alert(4)'></iframe>"
                + "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(5)'/>"
                + '</div></content></entry>';
            await peer.command({ command: 'publish', node: 'urn:xmpp:microblog:0', itemId: 'xss-post', payload: entry });

            const hostile = page.locator('[data-testid="post"][data-item-id="xss-post"]');
            await hostile.waitFor({ timeout: 20_000 });
            const content = hostile.getByTestId('post-content');
            assert.match(await textOf(content), /Harmless words/);
            assert.equal(await textOf(hostile.getByTestId('post-title')), 'Look <img src=x onerror=alert(1)>');
            assert.equal(await content.locator('script, iframe, svg, img, [onclick], [onerror], [style]').count(), 0);
            assert.equal(await content.locator('a[href^="javascript"]').count(), 0);
            await page.waitForTimeout(500);
            assert.deepEqual(trackerRequests, [], 'the image loaded before the user asked');
            assert.equal(await page.evaluate(() => window.injected), undefined);
            assert.deepEqual(dialogs, []);
            await saveScreenshot(page, 'e2e-feed.png');
        } finally {
            page.off('dialog', onDialog);
            page.off('request', onRequest);
        }
        assert.deepEqual(pageErrors.filter((error) => !error.includes('Content Security Policy')), []);
    });

    it('post with an image gets comments and likes', async () => {
        const microblogNode = 'urn:xmpp:microblog:0';
        await page.getByTestId('feed-tab').click();
        const composer = page.getByTestId('post-composer');

        // The image uploads without a message and goes out as the post's enclosure.
        await composer.getByTestId('composer-files').setInputFiles({ name: 'green.png', mimeType: 'image/png', buffer: solidPng(40, 30, [0, 160, 0]) });
        const attachment = composer.getByTestId('composer-attachment');
        await eventually(async () => assert.equal(await attachment.getAttribute('data-state'), 'done'), 30_000);
        await composer.getByTestId('composer-title').fill('Photo post');
        await composer.getByTestId('composer-body').fill('A green picture');
        await composer.getByTestId('composer-publish').click();

        let event = await peer.waitForEvent('pubsubEvent', alice.jid);
        for (let skipped = 0; skipped < 3 && !event.items.some((item) => item.payload.includes('Photo post')); ++skipped) {
            event = await peer.waitForEvent('pubsubEvent', alice.jid);
        }
        assert.equal(event.node, microblogNode);
        const itemId = event.items[0].id;
        // ElementTree may write the Atom namespace as a prefix, such as <ns0:link …/>.
        const payload = event.items[0].payload;
        const enclosure = /<(?:\w+:)?link [^>]*rel="enclosure"[^>]*>/.exec(payload)?.[0] ?? '';
        assert.match(enclosure, /href="http:\/\/127\.0\.0\.1:\d+\/[^"]*green\.png"/, `no image enclosure in ${payload}`);
        assert.match(enclosure, /type="image\/png"/);

        const posted = page.locator(`[data-testid="post"][data-item-id="${itemId}"]`);
        await eventually(async () => assert.equal(await posted.getAttribute('data-pending'), 'false'), 15_000);
        const image = posted.getByTestId('post-attachment-image');
        await eventually(async () => assert.equal(await image.evaluate((element) => element.complete && element.naturalWidth), 40), 15_000);

        // A comment and a like from the page land on the post's comments node.
        const commentsNode = `urn:xmpp:microblog:0:comments/${itemId}`;
        await posted.getByTestId('post-comments-toggle').click();
        const panel = posted.getByTestId('comments-panel');
        await panel.getByTestId('comment-field').fill('My own comment');
        await panel.getByTestId('comment-send').click();
        await panel.getByTestId('post-like').click();
        await eventually(async () => assert.equal(await panel.getByTestId('post-like').getAttribute('aria-pressed'), 'true'), 15_000);
        await eventually(async () => {
            await peer.command({ command: 'nodeItems', jid: alice.jid, node: commentsNode });
            const items = await peer.waitForEvent('nodeItems', '');
            assert.equal(items.condition, '');
            assert.ok(items.payloads.some((payload) => payload.includes('My own comment')), 'the comment is not on the node');
            assert.ok(items.payloads.some((payload) => payload.includes('♥')), 'the like is not on the node');
        }, 20_000);

        // The peer's comment shows live, and its markup stays inert.
        await peer.command({ command: 'comment', to: alice.jid, node: commentsNode, text: 'Lovely colour', name: 'Bob' });
        const peerComment = panel.locator('[data-testid="comment"]').filter({ hasText: 'Lovely colour' });
        await peerComment.waitFor({ timeout: 15_000 });
        assert.equal(await textOf(peerComment.getByTestId('comment-author')), 'Bob');
        const now = new Date().toISOString();
        const hostile = "<entry xmlns='http://www.w3.org/2005/Atom'><title>Hostile</title>"
            + `<id>tag:localhost,2026:xss-comment</id><published>${now}</published><updated>${now}</updated>`
            + `<author><name>Bob</name><uri>xmpp:${bob.jid}</uri></author>`
            + "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><p onclick='alert(1)'>Calm words</p>"
            + "<script>window.injected = 1</script><img src='x' onerror='window.injected = 2'/></div></content></entry>";
        await peer.command({ command: 'iqSet', to: alice.jid,
            xml: `<pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='${commentsNode}'><item id='xss-comment'>${hostile}</item></publish></pubsub>` });
        assert.equal((await peer.waitForEvent('iqResponse', alice.jid)).type, 'result');
        const hostileComment = panel.locator('[data-testid="comment"][data-item-id="xss-comment"]');
        await hostileComment.waitFor({ timeout: 15_000 });
        assert.match(await textOf(hostileComment.getByTestId('comment-content')), /Calm words/);
        assert.equal(await hostileComment.getByTestId('comment-content').locator('script, img, [onclick], [onerror]').count(), 0);
        assert.equal(await page.evaluate(() => window.injected), undefined);
        await saveScreenshot(page, 'e2e-comments.png');

        await posted.getByTestId('post-comments-toggle').click();
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors.filter((error) => !error.includes('Content Security Policy')), []);
        await page.getByTestId('contacts-tab').click();
    });

    it('community of the server is subscribed', async () => {
        await peer.command({ command: 'createNode', jid: xmpp.pubsubDomain, node: 'e2e-news' });

        await page.getByTestId('communities-tab').click();
        const service = page.getByTestId('community-service-option').filter({ hasText: xmpp.pubsubDomain });
        await service.waitFor({ timeout: 15_000 });
        await service.click();
        const community = page.locator('[data-testid="community"]').filter({ hasText: 'e2e-news' });
        await community.waitFor({ timeout: 15_000 });
        await community.getByTestId('community-subscribe').click();

        const subscription = page.locator('[data-testid="subscription"]').filter({ hasText: 'e2e-news' });
        await subscription.waitFor({ timeout: 15_000 });
        await eventually(async () => assert.equal(await community.getAttribute('data-subscription'), 'subscribed'), 15_000);
        assert.equal(await subscription.getByTestId('subscription-state').isVisible(), false, 'the subscription waits for approval');
        await saveScreenshot(page, 'e2e-communities.png');
        assert.equal(await page.getByTestId('notice').count(), 0, 'a notice reported a failure');
        assert.deepEqual(pageErrors, []);
        await page.getByTestId('contacts-tab').click();
    });

    it('sign-out returns to sign-in', async () => {
        await page.getByTestId('sign-out').click();
        await page.getByTestId('sign-in-form').waitFor();
        assert.equal(await page.getByTestId('contact-row').count(), 0);
        assert.equal(await textOf(page.getByTestId('sign-in-error')), '');
        assert.deepEqual(await browser.context.cookies(baseUrl), [], 'the session cookie outlived the sign-out');

        // The ended session is not resumed.
        await page.reload();
        await page.getByTestId('sign-in-form').waitFor();
        assert.equal(await page.getByTestId('contacts-screen').isVisible(), false);
        // The server still serves new sessions after one ended.
        await waitForHttp(baseUrl, 5_000, salonServer);
    });

    it('wrong password shows the error', async () => {
        await page.goto(baseUrl);
        await page.getByTestId('sign-in-jid').fill(alice.jid);
        await page.getByTestId('sign-in-password').fill(`${alice.password}-wrong`);
        await page.getByTestId('sign-in-submit').click();

        const alert = page.getByTestId('sign-in-error');
        await eventually(async () => assert.equal(await alert.getAttribute('data-error'), 'wrongPassword'), 30_000);
        assert.notEqual(await textOf(alert), '', 'the error has no text');
        assert.equal(await page.getByTestId('sign-in-password').inputValue(), '');
        assert.equal(await page.getByTestId('sign-in-submit').isEnabled(), true);
        assert.equal(await page.getByTestId('contacts-screen').isVisible(), false);
        await saveScreenshot(page, 'sign-in-wrong-password.png');
    });
});
