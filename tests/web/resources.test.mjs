// Checks of the files in resources/web that need no browser.

import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const webRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources', 'web');

// salon-server embeds and serves every file of the folder.
async function webFiles() {
    return (await readdir(webRoot)).sort();
}

describe('resources/web', () => {
    it('contains only page files', async () => {
        for (const name of await webFiles()) {
            assert.match(name, /^[A-Za-z][A-Za-z0-9]*\.(?:html|css|js|json|svg|png|webmanifest)$/, `${name} would be served too`);
        }
    });

    it('loads nothing from other hosts', async () => {
        for (const name of await webFiles()) {
            const text = await readFile(join(webRoot, name), 'utf8');
            assert.doesNotMatch(text, /\b(?:https?:)?\/\/[a-z0-9-]+\.[a-z]/i, `${name} names a URL`);
        }
    });

    it('sets no HTML from strings', async () => {
        for (const name of (await webFiles()).filter((file) => file.endsWith('.js'))) {
            const text = await readFile(join(webRoot, name), 'utf8');
            assert.doesNotMatch(text, /\b(?:innerHTML|outerHTML|insertAdjacentHTML|document\.write)\b/, name);
        }
    });
});
