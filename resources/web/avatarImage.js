// Turns an image file that the user chose into avatar data to send with
// `avatarPublisher.publishData`: the centered square, scaled down to at
// most 256 pixels a side and encoded as JPEG, so that the whole `invoke`
// message fits in one WebSocket message of the server (docs/protocol.md).
// The linker then scales the image to its final size and encodes it as PNG.
//
// prepareAvatar() needs the browser's createImageBitmap and canvas; the
// other functions are plain JavaScript, which Node tests directly.

import { format } from './strings.js';

// Maximum size of a file that the page reads, in bytes. The linker rejects larger files too.
export const maxAvatarFileBytes = 10 * 1024 * 1024;
// salon-server closes the WebSocket when a message is larger than 64 KiB.
export const maxMessageBytes = 64 * 1024;
// Side of the image sent, in pixels, unless the image is smaller.
export const avatarSide = 256;
// JPEG qualities tried in turn until the message fits.
const jpegQualities = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
// Sides tried in turn when even the lowest quality does not fit, as for an image of pure noise.
const fallbackSides = [avatarSide, 192, 128];
// Maximum length of the file name, which goes into the message and the linker's error messages.
const maxFileNameLength = 200;

// A problem with the chosen file, whose message is a sentence for the user.
export class AvatarImageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AvatarImageError';
    }
}

// Returns the size in UTF-8 bytes of the invoke message that publishes base64
// as fileName, counted with the largest safe integer as id, which no Invoker id exceeds.
export function publishMessageBytes(fileName, base64) {
    const message = {
        type: 'invoke',
        object: 'avatarPublisher',
        method: 'publishData',
        args: [fileName, base64],
        id: Number.MAX_SAFE_INTEGER,
    };
    return new TextEncoder().encode(JSON.stringify(message)).length;
}

// Returns whether the invoke message of publishMessageBytes() stays under maxMessageBytes.
export function fitsInMessage(fileName, base64) {
    return publishMessageBytes(fileName, base64) < maxMessageBytes;
}

// Returns the largest centered square of a width × height image as { x, y, side }.
export function centeredSquare(width, height) {
    const side = Math.min(width, height);
    return { x: Math.floor((width - side) / 2), y: Math.floor((height - side) / 2), side };
}

// Returns name cut to maxFileNameLength characters, keeping whole code points.
export function shortenFileName(name) {
    const characters = Array.from(name);
    return characters.length <= maxFileNameLength ? name : `${characters.slice(0, maxFileNameLength - 1).join('')}\u2026`;
}

// Returns bytes, a Uint8Array, as base64 text.
export function toBase64(bytes) {
    // String.fromCharCode takes its arguments on the stack, so the bytes go in chunks.
    const chunkSize = 0x8000;
    let binary = '';
    for (let offset = 0; offset < bytes.length; offset += chunkSize) {
        binary += String.fromCharCode(...bytes.subarray(offset, offset + chunkSize));
    }
    return btoa(binary);
}

// Returns an error for the file, when its size alone rules it out, or null.
export function checkFileSize(fileName, size) {
    if (size > maxAvatarFileBytes) {
        return new AvatarImageError(format('avatarFileTooLarge', { file: fileName, size: maxAvatarFileBytes / (1024 * 1024) }));
    }
    if (size === 0) {
        return new AvatarImageError(format('avatarNotAnImage', { file: fileName }));
    }
    return null;
}

function createCanvas(side) {
    if (typeof OffscreenCanvas === 'function') {
        return new OffscreenCanvas(side, side);
    }
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    return canvas;
}

function encodeJpeg(canvas, quality) {
    if (typeof canvas.convertToBlob === 'function') {
        return canvas.convertToBlob({ type: 'image/jpeg', quality });
    }
    return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

// Draws the centered square of bitmap on a new canvas of side × side pixels.
function drawSquare(bitmap, side) {
    const square = centeredSquare(bitmap.width, bitmap.height);
    const canvas = createCanvas(side);
    const context = canvas.getContext('2d');
    // JPEG has no transparency: transparent parts become white, not black.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, side, side);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, square.x, square.y, square.side, square.side, 0, 0, side, side);
    return canvas;
}

// Checks, decodes and encodes file (a File from an input of type file).
// Resolves with { fileName, base64 } for publishData; rejects with an
// AvatarImageError whose message is for the user.
export async function prepareAvatar(file) {
    const fileName = shortenFileName(file.name || 'image');
    const sizeError = checkFileSize(fileName, file.size);
    if (sizeError) {
        throw sizeError;
    }

    let bitmap;
    try {
        bitmap = await createImageBitmap(file);
    } catch {
        throw new AvatarImageError(format('avatarNotAnImage', { file: fileName }));
    }

    try {
        const largestSide = Math.min(bitmap.width, bitmap.height);
        const sides = fallbackSides.map((side) => Math.min(side, largestSide))
            .filter((side, index, all) => side > 0 && all.indexOf(side) === index);
        for (const side of sides) {
            const canvas = drawSquare(bitmap, side);
            for (const quality of jpegQualities) {
                const blob = await encodeJpeg(canvas, quality);
                if (!blob) {
                    throw new AvatarImageError(format('avatarEncodingFailed', { file: fileName }));
                }
                const base64 = toBase64(new Uint8Array(await blob.arrayBuffer()));
                if (fitsInMessage(fileName, base64)) {
                    return { fileName, base64 };
                }
            }
        }
    } finally {
        bitmap.close();
    }
    throw new AvatarImageError(format('avatarTooDetailed', { file: fileName }));
}
