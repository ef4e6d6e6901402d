// Unit tests of resources/web/avatarCache.js and of the parts of
// resources/web/avatarImage.js that need no browser.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { AvatarCache, avatarMimeTypes, isAvatarHash } from '../../resources/web/avatarCache.js';
import {
    centeredSquare, checkFileSize, fitsInMessage, maxAvatarFileBytes, maxMessageBytes, publishMessageBytes, shortenFileName, toBase64,
} from '../../resources/web/avatarImage.js';
import { format } from '../../resources/web/strings.js';

const hashA = 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3';
const hashB = '0000000000000000000000000000000000000001';
const pngBytes = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3];
const pngBase64 = Buffer.from(pngBytes).toString('base64');

// A cache whose requests and URLs are recorded: requests contains the requested
// hashes, and each reply() resolves the oldest pending request.
function recordingCache() {
    const requests = [];
    const pending = [];
    const created = [];
    const revoked = [];
    const cache = new AvatarCache((hash) => {
        requests.push(hash);
        return new Promise((resolve) => pending.push(resolve));
    }, {
        createObjectUrl: (blob) => {
            const url = `blob:test/${created.length}`;
            created.push({ url, blob });
            return url;
        },
        revokeObjectUrl: (url) => revoked.push(url),
    });
    const reply = (result) => pending.shift()(result);
    return { cache, requests, created, revoked, reply };
}

// Lets the promise callbacks of the cache run.
function settle() {
    return new Promise((resolve) => setImmediate(resolve));
}

describe('AvatarCache', () => {
    it('requests each hash once', () => {
        const { cache, requests } = recordingCache();
        assert.equal(cache.url(hashA), '');
        assert.equal(cache.url(hashA), '');
        assert.equal(cache.url(hashB), '');
        assert.deepEqual(requests, [hashA, hashB]);
    });

    it('ignores values that are no hash', () => {
        const { cache, requests } = recordingCache();
        for (const value of ['', 'A94A8FE5CCB19BA61C4C0873D391E987982FBBD3', '../etc/passwd', `${hashA}0`, null, undefined, 42]) {
            assert.equal(cache.url(value), '', String(value));
        }
        assert.deepEqual(requests, []);
        assert.equal(isAvatarHash(hashA), true);
        assert.equal(isAvatarHash(hashA.toUpperCase()), false);
    });

    it('turns an image into a blob URL', async () => {
        const { cache, created } = recordingCache();
        const arrived = [];
        cache.subscribe((hash) => arrived.push(hash));
        cache.url(hashA);

        assert.equal(cache.handleImage({ type: 'avatarImage', hash: hashA, mimeType: 'image/png', data: pngBase64 }), true);
        assert.deepEqual(arrived, [hashA]);
        assert.equal(cache.url(hashA), 'blob:test/0');
        assert.equal(created.length, 1);
        assert.equal(created[0].blob.type, 'image/png');
        assert.deepEqual([...new Uint8Array(await created[0].blob.arrayBuffer())], pngBytes);
    });

    it('accepts the four image types only', () => {
        assert.deepEqual([...avatarMimeTypes].sort(), ['image/gif', 'image/jpeg', 'image/png', 'image/webp']);
        for (const mimeType of avatarMimeTypes) {
            const { cache } = recordingCache();
            assert.equal(cache.handleImage({ hash: hashA, mimeType, data: pngBase64 }), true, mimeType);
        }
        for (const mimeType of ['image/svg+xml', 'text/html', 'application/octet-stream', '', undefined]) {
            const { cache, created } = recordingCache();
            assert.equal(cache.handleImage({ hash: hashA, mimeType, data: pngBase64 }), false, String(mimeType));
            assert.equal(cache.url(hashA), '', String(mimeType));
            assert.equal(created.length, 0, String(mimeType));
        }
    });

    it('keeps the placeholder for an uncached image', () => {
        const { cache, requests } = recordingCache();
        const arrived = [];
        cache.subscribe((hash) => arrived.push(hash));
        cache.url(hashA);
        assert.equal(cache.handleImage({ hash: hashA, mimeType: '', data: '' }), false);
        assert.equal(cache.url(hashA), '');
        assert.deepEqual(requests, [hashA], 'a missing image was requested again');
        assert.deepEqual(arrived, []);
    });

    it('rejects invalid messages', () => {
        const { cache, created } = recordingCache();
        assert.equal(cache.handleImage({ hash: 'not a hash', mimeType: 'image/png', data: pngBase64 }), false);
        assert.equal(cache.handleImage({ hash: hashA, mimeType: 'image/png', data: '!!not base64!!' }), false);
        assert.equal(cache.handleImage({ hash: hashB, mimeType: 'image/png', data: { bytes: 1 } }), false);
        assert.equal(created.length, 0);
    });

    it('keeps the first image of a hash', () => {
        const { cache, created } = recordingCache();
        assert.equal(cache.handleImage({ hash: hashA, mimeType: 'image/png', data: pngBase64 }), true);
        assert.equal(cache.handleImage({ hash: hashA, mimeType: 'image/png', data: pngBase64 }), false);
        assert.equal(created.length, 1);
        assert.equal(cache.url(hashA), 'blob:test/0');
    });

    it('takes images another tab requested', () => {
        const { cache, requests } = recordingCache();
        assert.equal(cache.handleImage({ hash: hashB, mimeType: 'image/jpeg', data: pngBase64 }), true);
        assert.equal(cache.url(hashB), 'blob:test/0');
        assert.deepEqual(requests, []);
    });

    it('gives up on a rejected request', async () => {
        const { cache, requests, reply } = recordingCache();
        cache.url(hashA);
        reply({ ok: false, error: 'unknownMethod', message: 'No such method.' });
        await settle();
        assert.equal(cache.url(hashA), '');
        assert.deepEqual(requests, [hashA]);
    });

    it('clear revokes URLs and forgets hashes', async () => {
        const { cache, requests, revoked, reply } = recordingCache();
        cache.url(hashA);
        cache.handleImage({ hash: hashA, mimeType: 'image/png', data: pngBase64 });
        cache.url(hashB);

        cache.clear();
        assert.deepEqual(revoked, ['blob:test/0']);
        // A reply to a request made before clear() changes nothing.
        reply({ ok: false, error: 'cancelled', message: '' });
        await settle();

        assert.equal(cache.url(hashA), '');
        assert.equal(cache.url(hashB), '');
        assert.deepEqual(requests, [hashA, hashB, hashA, hashB]);
    });

    it('unsubscribe stops notifications', () => {
        const { cache } = recordingCache();
        const arrived = [];
        const unsubscribe = cache.subscribe((hash) => arrived.push(hash));
        unsubscribe();
        cache.handleImage({ hash: hashA, mimeType: 'image/png', data: pngBase64 });
        assert.deepEqual(arrived, []);
    });

    it('uses the platform blob URLs by default', () => {
        const cache = new AvatarCache(() => new Promise(() => {}));
        cache.handleImage({ hash: hashA, mimeType: 'image/png', data: pngBase64 });
        assert.match(cache.url(hashA), /^blob:/);
        cache.clear();
    });
});

describe('avatar image limits', () => {
    it('rejects files over 10 MB and empty files', () => {
        assert.equal(maxAvatarFileBytes, 10 * 1024 * 1024);
        assert.equal(checkFileSize('photo.jpg', maxAvatarFileBytes), null);
        const tooLarge = checkFileSize('photo.jpg', maxAvatarFileBytes + 1);
        assert.equal(tooLarge.message, format('avatarFileTooLarge', { file: 'photo.jpg', size: 10 }));
        assert.match(tooLarge.message, /photo\.jpg/);
        assert.match(tooLarge.message, /10 MB/);
        assert.equal(checkFileSize('empty.png', 0).message, format('avatarNotAnImage', { file: 'empty.png' }));
    });

    it('counts the whole invoke message', () => {
        const base64 = 'A'.repeat(1000);
        const message = JSON.stringify({
            type: 'invoke', object: 'avatarPublisher', method: 'publishData', args: ['a.png', base64], id: Number.MAX_SAFE_INTEGER,
        });
        assert.equal(publishMessageBytes('a.png', base64), message.length);
        // A name outside ASCII takes more bytes than characters.
        assert.equal(publishMessageBytes('é.png', base64), message.length + 1);
    });

    it('fits messages under 64 KiB', () => {
        assert.equal(maxMessageBytes, 64 * 1024);
        const overhead = publishMessageBytes('a.png', '');
        assert.equal(fitsInMessage('a.png', 'A'.repeat(maxMessageBytes - overhead - 1)), true);
        assert.equal(fitsInMessage('a.png', 'A'.repeat(maxMessageBytes - overhead)), false);
    });

    it('crops the centered square', () => {
        assert.deepEqual(centeredSquare(300, 200), { x: 50, y: 0, side: 200 });
        assert.deepEqual(centeredSquare(200, 301), { x: 0, y: 50, side: 200 });
        assert.deepEqual(centeredSquare(64, 64), { x: 0, y: 0, side: 64 });
    });

    it('shortens long file names', () => {
        assert.equal(shortenFileName('photo.jpg'), 'photo.jpg');
        const shortened = shortenFileName('ü'.repeat(500));
        assert.equal(Array.from(shortened).length, 200);
        assert.ok(shortened.endsWith('\u2026'));
    });

    it('encodes base64 in chunks', () => {
        const bytes = new Uint8Array(100_000).map((_, index) => index % 256);
        assert.equal(toBase64(bytes), Buffer.from(bytes).toString('base64'));
        assert.equal(toBase64(new Uint8Array(0)), '');
    });
});
