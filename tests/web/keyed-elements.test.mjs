// keyedElements of dom.js, which keeps one view per row key across the renders of a list, in Node.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { keyedElements } from '../../resources/web/dom.js';

class View {
    constructor(row) {
        this.created = row.key;
        this.element = { key: row.key };
        this.updates = 0;
    }
}

const render = (rows, views) => keyedElements(rows, (row) => row.key, views, (row) => new View(row), (view) => { view.updates += 1; });

describe('keyedElements', () => {
    it('keeps views across renders', () => {
        const views = new Map();
        const first = render([{ key: 'a' }, { key: 'b' }], views);
        assert.deepEqual(first.map((element) => element.key), ['a', 'b']);
        const viewOfA = views.get('a');

        const second = render([{ key: 'b' }, { key: 'a' }], views);
        assert.deepEqual(second.map((element) => element.key), ['b', 'a']);
        assert.equal(views.get('a'), viewOfA, 'the view was made again');
        assert.equal(viewOfA.updates, 2);
    });

    it('skips empty and repeated keys', () => {
        const views = new Map();
        const elements = render([{ key: '' }, { key: 'a' }, { key: 'a' }], views);
        assert.deepEqual(elements.map((element) => element.key), ['a']);
        assert.equal(views.size, 1);
    });

    it('drops views of gone keys', () => {
        const views = new Map();
        render([{ key: 'a' }, { key: 'b' }], views);
        const elements = render([{ key: 'b' }], views);
        assert.deepEqual(elements.map((element) => element.key), ['b']);
        assert.deepEqual([...views.keys()], ['b']);
    });
});
