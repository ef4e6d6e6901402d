// Tests of the helpers of the social views that need no DOM: the address
// that the composer previews, the enclosures a post shows and the object
// store of on-demand models.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { ObjectStore } from '../../resources/web/objectStore.js';
import { firstWebAddress, parseTags } from '../../resources/web/postComposer.js';
import { postEnclosures, postKey } from '../../resources/web/postItem.js';

describe('firstWebAddress', () => {
    it('finds the first http or https address', () => {
        assert.equal(firstWebAddress('See https://example.org/a?b=1 and http://other.example'), 'https://example.org/a?b=1');
        assert.equal(firstWebAddress('plain http://example.org/page'), 'http://example.org/page');
    });

    it('drops trailing punctuation', () => {
        assert.equal(firstWebAddress('Read https://example.org/news.'), 'https://example.org/news');
        assert.equal(firstWebAddress('(at https://example.org/x)!'), 'https://example.org/x');
    });

    it('ignores other schemes and text without address', () => {
        assert.equal(firstWebAddress('xmpp:bob@example.org javascript:alert(1) ftp://example.org'), '');
        assert.equal(firstWebAddress('no address here'), '');
    });
});

describe('parseTags', () => {
    it('trims, drops # and repeats', () => {
        assert.deepEqual(parseTags(' #travel, photos ,travel,, '), ['travel', 'photos']);
    });
});

describe('postEnclosures', () => {
    it('keeps http and https enclosures only', () => {
        const row = {
            enclosures: [
                { href: 'https://upload.example.org/a%20b.png', type: 'image/png', title: '', length: 10 },
                { href: 'javascript:alert(1)', type: 'text/html', title: 'evil', length: 1 },
                { href: 'https://upload.example.org/bad%E0%A4%A.txt', type: 'text/plain', title: '', length: -1 },
                'not an object',
            ],
        };
        assert.deepEqual(postEnclosures(row), [
            { href: 'https://upload.example.org/a%20b.png', type: 'image/png', title: 'a b.png', length: 10 },
            { href: 'https://upload.example.org/bad%E0%A4%A.txt', type: 'text/plain', title: 'bad%E0%A4%A.txt', length: -1 },
        ]);
    });

    it('returns nothing without enclosures', () => {
        assert.deepEqual(postEnclosures({}), []);
    });
});

describe('postKey', () => {
    it('names a post by service, node and item', () => {
        assert.equal(postKey({ service: 's', node: 'n', itemId: 'i' }), 's\nn\ni');
        assert.equal(postKey({ service: '', node: 'n', itemId: 'i' }), '');
    });
});

describe('ObjectStore', () => {
    it('keeps the last properties and notifies listeners', () => {
        const store = new ObjectStore();
        const seen = [];
        const unsubscribe = store.subscribe('comments/x', (properties) => seen.push(properties.likeCount));
        store.apply({ object: 'comments/x', properties: { likeCount: 1 } });
        store.apply({ object: 'other', properties: { likeCount: 5 } });
        assert.deepEqual(store.get('comments/x'), { likeCount: 1 });
        unsubscribe();
        store.apply({ object: 'comments/x', properties: { likeCount: 2 } });
        assert.deepEqual(seen, [1]);
        assert.deepEqual(store.get('comments/x'), { likeCount: 2 });
        store.clear();
        assert.deepEqual(store.get('comments/x'), {});
    });

    it('ignores messages without properties', () => {
        const store = new ObjectStore();
        store.apply({ object: 'x', properties: null });
        store.apply({ properties: {} });
        assert.deepEqual(store.get('x'), {});
    });
});
