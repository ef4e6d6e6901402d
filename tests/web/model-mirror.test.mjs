// Unit tests of the model mirror of resources/web, run by Node without a browser.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { ModelError, ModelMirror, ModelStore } from '../../resources/web/modelMirror.js';

function rows(...names) {
    return names.map((name) => ({ jid: `${name}@example.org` }));
}

function names(mirror) {
    return mirror.rows.map((row) => row.jid.split('@')[0]);
}

function mirrorWith(...initial) {
    const mirror = new ModelMirror('contacts');
    mirror.apply({ model: 'contacts', op: 'reset', roles: ['jid'], rows: rows(...initial) });
    return mirror;
}

describe('ModelMirror', () => {
    it('reset replaces rows and roles', () => {
        const mirror = mirrorWith('a', 'b');
        mirror.apply({ model: 'contacts', op: 'reset', roles: ['jid', 'name'], rows: rows('c') });
        assert.deepEqual(names(mirror), ['c']);
        assert.deepEqual(mirror.roles, ['jid', 'name']);
    });

    it('insert at start, middle and end', () => {
        const mirror = mirrorWith('b', 'd');
        mirror.apply({ op: 'insert', first: 0, rows: rows('a') });
        mirror.apply({ op: 'insert', first: 2, rows: rows('c') });
        mirror.apply({ op: 'insert', first: 4, rows: rows('e', 'f') });
        assert.deepEqual(names(mirror), ['a', 'b', 'c', 'd', 'e', 'f']);
    });

    it('remove is inclusive of last', () => {
        const mirror = mirrorWith('a', 'b', 'c', 'd');
        mirror.apply({ op: 'remove', first: 1, last: 2 });
        assert.deepEqual(names(mirror), ['a', 'd']);
    });

    it('update replaces rows in place', () => {
        const mirror = mirrorWith('a', 'b', 'c');
        mirror.apply({ op: 'update', first: 1, rows: rows('x', 'y') });
        assert.deepEqual(names(mirror), ['a', 'x', 'y']);
    });

    it('move forward and backward', () => {
        // Destination is an index before the move, as in QAbstractItemModel::beginMoveRows.
        const cases = [
            { first: 0, last: 0, destination: 2, expected: ['b', 'a', 'c', 'd'] },
            { first: 0, last: 1, destination: 4, expected: ['c', 'd', 'a', 'b'] },
            { first: 3, last: 3, destination: 0, expected: ['d', 'a', 'b', 'c'] },
            { first: 2, last: 3, destination: 1, expected: ['a', 'c', 'd', 'b'] },
        ];
        for (const { first, last, destination, expected } of cases) {
            const mirror = mirrorWith('a', 'b', 'c', 'd');
            mirror.apply({ op: 'move', first, last, destination });
            assert.deepEqual(names(mirror), expected, `move ${first}..${last} to ${destination}`);
        }
    });

    it('rejects out-of-range operations unchanged', () => {
        const invalid = [
            { op: 'insert', first: 4, rows: rows('x') },
            { op: 'insert', first: 0, rows: [] },
            { op: 'remove', first: 2, last: 3 },
            { op: 'remove', first: 1, last: 0 },
            { op: 'update', first: 2, rows: rows('x', 'y') },
            { op: 'move', first: 0, last: 0, destination: 1 },
            { op: 'move', first: 0, last: 0, destination: 4 },
            { op: 'reset', rows: 'nothing' },
            { op: 'sort' },
            { op: 'remove', first: '0', last: 0 },
        ];
        for (const message of invalid) {
            const mirror = mirrorWith('a', 'b', 'c');
            assert.throws(() => mirror.apply(message), ModelError, JSON.stringify(message));
            assert.deepEqual(names(mirror), ['a', 'b', 'c'], JSON.stringify(message));
        }
    });

    it('notifies listeners until unsubscribed', () => {
        const mirror = mirrorWith('a');
        const seen = [];
        const unsubscribe = mirror.subscribe((change) => seen.push(change.op));
        mirror.apply({ op: 'insert', first: 1, rows: rows('b') });
        mirror.apply({ op: 'remove', first: 0, last: 0 });
        unsubscribe();
        mirror.apply({ op: 'remove', first: 0, last: 0 });
        assert.deepEqual(seen, ['insert', 'remove']);
    });

    it('does not notify after a rejected operation', () => {
        const mirror = mirrorWith('a');
        let calls = 0;
        mirror.subscribe(() => ++calls);
        assert.throws(() => mirror.apply({ op: 'remove', first: 3, last: 3 }), ModelError);
        assert.equal(calls, 0);
    });
});

describe('ModelStore', () => {
    it('routes messages by model name', () => {
        const store = new ModelStore();
        store.apply({ type: 'model', model: 'contacts', op: 'reset', roles: ['jid'], rows: rows('a') });
        store.apply({ type: 'model', model: 'rooms', op: 'reset', roles: ['jid'], rows: rows('r', 's') });
        assert.deepEqual(names(store.get('contacts')), ['a']);
        assert.deepEqual(names(store.get('rooms')), ['r', 's']);
    });

    it('loaded until clear', () => {
        const store = new ModelStore();
        assert.equal(store.get('contacts').loaded, false);
        store.apply({ type: 'model', model: 'contacts', op: 'reset', roles: ['jid'], rows: [] });
        assert.equal(store.get('contacts').loaded, true);
        store.clear();
        assert.equal(store.get('contacts').loaded, false);
    });

    it('clear empties every mirror and keeps listeners', () => {
        const store = new ModelStore();
        store.apply({ type: 'model', model: 'contacts', op: 'reset', roles: ['jid'], rows: rows('a') });
        let cleared = false;
        store.get('contacts').subscribe((change) => {
            cleared = change.op === 'reset' && change.rows.length === 0;
        });
        store.clear();
        assert.equal(store.get('contacts').length, 0);
        assert.equal(cleared, true);
    });

    it('rejects a message without model name', () => {
        const store = new ModelStore();
        assert.throws(() => store.apply({ type: 'model', op: 'reset', rows: [] }), ModelError);
    });
});
