// Unit tests of the invoke calls of resources/web, run by Node without a browser.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { Invoker } from '../../resources/web/invoker.js';

// An Invoker whose sent messages are collected in sent.
function invokerWithLog({ connected = true } = {}) {
    const sent = [];
    const invoker = new Invoker((message) => {
        if (!connected) {
            return false;
        }
        sent.push(message);
        return true;
    });
    return { invoker, sent };
}

describe('Invoker', () => {
    it('sends an invoke message with a new id', () => {
        const { invoker, sent } = invokerWithLog();
        invoker.call('roster', 'addContact', ['bob@example.org', 'Bob', ''], 'offline');
        invoker.call('roster', 'removeContact', ['carol@example.org'], 'offline');

        assert.deepEqual(sent[0], { type: 'invoke', object: 'roster', method: 'addContact', args: ['bob@example.org', 'Bob', ''], id: 1 });
        assert.equal(sent[1].id, 2);
        assert.equal(invoker.pendingCount, 2);
    });

    it('resolves each call with its own reply', async () => {
        const { invoker, sent } = invokerWithLog();
        const first = invoker.call('roster', 'renameContact', ['bob@example.org', 'Bob'], 'offline');
        const second = invoker.call('roster', 'removeContact', ['bob@example.org'], 'offline');

        assert.equal(invoker.handleResult({ type: 'invokeResult', id: sent[1].id, ok: false, error: 'unknownMethod', message: 'No such method.' }), true);
        assert.equal(invoker.handleResult({ type: 'invokeResult', id: sent[0].id, ok: true }), true);

        assert.deepEqual(await first, { ok: true, error: '', message: '', model: '', transferId: 0 });
        assert.deepEqual(await second, { ok: false, error: 'unknownMethod', message: 'No such method.', model: '', transferId: 0 });
        assert.equal(invoker.pendingCount, 0);
    });

    it('ignores replies to no pending call', () => {
        const { invoker, sent } = invokerWithLog();
        invoker.call('roster', 'removeContact', ['bob@example.org'], 'offline');
        assert.equal(invoker.handleResult({ type: 'invokeResult', id: 999, ok: true }), false);
        assert.equal(invoker.handleResult({ type: 'invokeResult', id: sent[0].id, ok: true }), true);
        assert.equal(invoker.handleResult({ type: 'invokeResult', id: sent[0].id, ok: true }), false, 'one reply settled the call twice');
    });

    it('passes on the model that a call opened', async () => {
        const { invoker, sent } = invokerWithLog();
        const call = invoker.call('chats', 'openConversation', ['bob@example.org'], 'offline');
        invoker.handleResult({ type: 'invokeResult', id: sent[0].id, ok: true, model: 'messages/bob@example.org' });
        assert.deepEqual(await call, { ok: true, error: '', message: '', model: 'messages/bob@example.org', transferId: 0 });
    });

    it('passes on the transfer that an upload started', async () => {
        const { invoker, sent } = invokerWithLog();
        const call = invoker.call('uploads', 'finish', ['u1'], 'offline');
        invoker.handleResult({ type: 'invokeResult', id: sent[0].id, ok: true, transferId: 12 });
        assert.deepEqual(await call, { ok: true, error: '', message: '', model: '', transferId: 12 });
    });

    it('treats a reply without ok true as a failure', async () => {
        const { invoker, sent } = invokerWithLog();
        const call = invoker.call('roster', 'removeContact', ['bob@example.org'], 'offline');
        invoker.handleResult({ type: 'invokeResult', id: sent[0].id, ok: 'yes', message: 42 });
        assert.deepEqual(await call, { ok: false, error: '', message: '', model: '', transferId: 0 });
    });

    it('fails a call that cannot be sent', async () => {
        const { invoker } = invokerWithLog({ connected: false });
        const reply = await invoker.call('roster', 'removeContact', ['bob@example.org'], 'You are not connected.');
        assert.deepEqual(reply, { ok: false, error: 'notSent', message: 'You are not connected.', model: '', transferId: 0 });
        assert.equal(invoker.pendingCount, 0);
    });

    it('cancelAll settles every waiting call', async () => {
        const { invoker } = invokerWithLog();
        const calls = [
            invoker.call('roster', 'acceptSubscription', ['bob@example.org'], 'offline'),
            invoker.call('roster', 'declineSubscription', ['carol@example.org'], 'offline'),
        ];
        invoker.cancelAll('The session ended.');
        for (const reply of await Promise.all(calls)) {
            assert.deepEqual(reply, { ok: false, error: 'cancelled', message: 'The session ended.', model: '', transferId: 0 });
        }
        assert.equal(invoker.pendingCount, 0);
    });
});
