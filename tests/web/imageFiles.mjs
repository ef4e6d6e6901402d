// Image files for the avatar tests, made in Node without image libraries:
// PNG encoding (RFC 2083) and reading the size of a JPEG.

import { deflateSync } from 'node:zlib';

const crcTable = new Uint32Array(256).map((_, index) => {
    let value = index;
    for (let bit = 0; bit < 8; ++bit) {
        value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    }
    return value >>> 0;
});

function crc32(bytes) {
    let crc = 0xffffffff;
    for (const byte of bytes) {
        crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    }
    return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typeAndData));
    return Buffer.concat([length, typeAndData, crc]);
}

// Returns a PNG of width × height RGB pixels, where colorAt(x, y) returns [red, green, blue].
export function encodePng(width, height, colorAt) {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(width, 0);
    header.writeUInt32BE(height, 4);
    header[8] = 8; // bits per sample
    header[9] = 2; // colour type: RGB
    // Compression, filter and interlace methods stay 0.

    const rowBytes = 1 + width * 3;
    const raw = Buffer.alloc(rowBytes * height);
    for (let y = 0; y < height; ++y) {
        // Each row starts with filter type 0, none.
        for (let x = 0; x < width; ++x) {
            const [red, green, blue] = colorAt(x, y);
            const offset = y * rowBytes + 1 + x * 3;
            raw[offset] = red;
            raw[offset + 1] = green;
            raw[offset + 2] = blue;
        }
    }

    return Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        chunk('IHDR', header),
        chunk('IDAT', deflateSync(raw)),
        chunk('IEND', Buffer.alloc(0)),
    ]);
}

// Returns a PNG of one colour, given as [red, green, blue].
export function solidPng(width, height, color) {
    return encodePng(width, height, () => color);
}

// Returns a PNG of random pixels, which no encoder compresses well.
export function noisePng(width, height) {
    return encodePng(width, height, () => [Math.random() * 256, Math.random() * 256, Math.random() * 256]);
}

// Returns { width, height } from the start-of-frame segment of a JPEG, or null when data is no JPEG.
export function jpegSize(data) {
    if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) {
        return null;
    }
    let offset = 2;
    while (offset + 9 < data.length) {
        if (data[offset] !== 0xff) {
            return null;
        }
        const marker = data[offset + 1];
        const length = data.readUInt16BE(offset + 2);
        // SOF0 to SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC).
        if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
            return { height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
        }
        offset += 2 + length;
    }
    return null;
}
