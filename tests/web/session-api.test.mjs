// Tests of the session API client (resources/web/sessionApi.js) in Node,
// with fetch replaced by a function that records the requests.

import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';

import { completeJid, createSession, deleteSession, fetchConfig, fetchSession, reconnectDelay } from '../../resources/web/sessionApi.js';

const realFetch = globalThis.fetch;
const realWarn = console.warn;

// Makes fetch respond to every request with status and body (an object, or a
// string sent as is), and returns the list that records the requests.
function respondWith(status, body) {
    const requests = [];
    globalThis.fetch = async (path, init) => {
        requests.push({ path, ...init });
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        return new Response(text, { status, headers: { 'Content-Type': 'application/json' } });
    };
    return requests;
}

describe('session API', () => {
    afterEach(() => {
        globalThis.fetch = realFetch;
        console.warn = realWarn;
    });

    it('createSession posts the credentials as JSON', async () => {
        const requests = respondWith(200, { jid: 'alice@example.org' });
        const reply = await createSession('Alice@Example.org', 'secret');
        assert.equal(reply.ok, true);
        assert.equal(reply.jid, 'alice@example.org');
        assert.equal(requests.length, 1);
        assert.equal(requests[0].path, '/api/session');
        assert.equal(requests[0].method, 'POST');
        assert.equal(requests[0].credentials, 'same-origin');
        assert.equal(requests[0].headers['Content-Type'], 'application/json');
        assert.deepEqual(JSON.parse(requests[0].body), { jid: 'Alice@Example.org', password: 'secret' });
    });

    it('createSession returns the error code and message', async () => {
        respondWith(401, { error: 'wrongPassword', message: 'The password is wrong.' });
        const reply = await createSession('alice@example.org', 'wrong');
        assert.deepEqual(reply, { ok: false, status: 401, error: 'wrongPassword', message: 'The password is wrong.' });
    });

    it('error page without JSON names the status', async () => {
        respondWith(502, '<html>Bad Gateway</html>');
        const reply = await createSession('alice@example.org', 'secret');
        assert.deepEqual(reply, { ok: false, status: 502, error: 'http502', message: '' });
    });

    it('network failure reports the server unreachable', async () => {
        const warnings = [];
        console.warn = (...parts) => warnings.push(parts.join(' '));
        globalThis.fetch = async () => {
            throw new TypeError('Failed to fetch');
        };
        const reply = await fetchSession();
        assert.deepEqual(reply, { ok: false, status: 0, error: 'salonServerUnreachable', message: '' });
        assert.equal(warnings.length, 1);
        assert.match(warnings[0], /GET \/api\/session failed/);
    });

    it('fetchSession returns the JID or 401', async () => {
        respondWith(200, { jid: 'alice@example.org' });
        const live = await fetchSession();
        assert.equal(live.ok, true);
        assert.equal(live.jid, 'alice@example.org');

        const requests = respondWith(401, { error: 'noSession', message: 'There is no session.' });
        const none = await fetchSession();
        assert.equal(none.ok, false);
        assert.equal(none.status, 401);
        assert.equal(none.error, 'noSession');
        assert.equal(requests[0].method, 'GET');
        assert.equal(requests[0].body, undefined);
    });

    it('deleteSession sends DELETE', async () => {
        const requests = respondWith(200, {});
        const reply = await deleteSession();
        assert.equal(reply.ok, true);
        assert.equal(requests[0].path, '/api/session');
        assert.equal(requests[0].method, 'DELETE');
    });

    it('fetchConfig reads the default domain', async () => {
        respondWith(200, { defaultDomain: ' example.org ', allowedDomains: ['example.org', 7, 'example.net'] });
        assert.deepEqual(await fetchConfig(), { defaultDomain: 'example.org', allowedDomains: ['example.org', 'example.net'] });

        respondWith(404, { error: 'notFound' });
        assert.deepEqual(await fetchConfig(), { defaultDomain: '', allowedDomains: [] });
    });

    it('completeJid appends the default domain to a bare name', () => {
        const cases = [
            [' alice ', 'example.org', 'alice@example.org'],
            ['alice@example.net', 'example.org', 'alice@example.net'],
            ['alice', '', 'alice'],
            ['', 'example.org', ''],
            ['example.net/resource', 'example.org', 'example.net/resource'],
        ];
        for (const [input, domain, expected] of cases) {
            assert.equal(completeJid(input, domain), expected, `completeJid(${JSON.stringify(input)}, ${JSON.stringify(domain)})`);
        }
    });

    it('reconnectDelay doubles up to 30 seconds', () => {
        const middle = () => 0.5;
        assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 20].map((attempt) => reconnectDelay(attempt, middle)),
            [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
        assert.equal(reconnectDelay(0, () => 0), 800);
        assert.equal(reconnectDelay(5, () => 1), 36000);
    });
});
