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
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { artifactsDir, collectPageErrors, eventually, launchBrowser, saveScreenshot } from './browser.mjs';
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

async function textOf(locator) {
    return (await locator.textContent()).trim();
}

describe('web front end end to end', { skip: missing.length > 0 && `${missing.join(', ')} not set`, timeout: 240_000 }, () => {
    let testServer;
    let salonServer;
    let browser;
    let peer;
    let xmpp;
    let alice;
    let bob;
    let baseUrl;
    let page;
    const pageErrors = [];

    before(async () => {
        testServer = await startProcess('salon-test-server', testServerPath, ['--demo'], logDir);
        xmpp = await testServer.nextJson(60_000);
        alice = findAccount(xmpp.accounts, 'alice');
        bob = findAccount(xmpp.accounts, 'bob');

        const port = await freePort();
        baseUrl = `http://127.0.0.1:${port}/`;
        salonServer = await startProcess('salon-server', salonServerPath, [
            '--listen', `127.0.0.1:${port}`,
            '--xmpp-host', xmpp.host,
            '--xmpp-port', String(xmpp.clientPort),
            '--ca-certificates', xmpp.caCertificate,
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
        assert.deepEqual(pageErrors, []);
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

    it('sign-out returns to sign-in', async () => {
        await page.getByTestId('sign-out').click();
        await page.getByTestId('sign-in-form').waitFor();
        assert.equal(await page.getByTestId('contact-row').count(), 0);
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
