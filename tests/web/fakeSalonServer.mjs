// A stand-in for salon-server that serves resources/web and speaks the
// browser side of the WebSocket protocol, so tests can send the page any
// sequence of messages, including ones a real account rarely produces.
//
// It implements only what these tests need of RFC 6455: unfragmented
// text frames, close and ping.

import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const webSocketGuid = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

const contentTypes = {
    '.html': 'text/html; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
};

function encodeFrame(opcode, payload) {
    let header;
    if (payload.length < 126) {
        header = Buffer.from([0x80 | opcode, payload.length]);
    } else if (payload.length < 0x10000) {
        header = Buffer.alloc(4);
        header[0] = 0x80 | opcode;
        header[1] = 126;
        header.writeUInt16BE(payload.length, 2);
    } else {
        header = Buffer.alloc(10);
        header[0] = 0x80 | opcode;
        header[1] = 127;
        header.writeBigUInt64BE(BigInt(payload.length), 2);
    }
    return Buffer.concat([header, payload]);
}

// Decodes the complete client frames at the start of buffer. Returns the
// frames and the number of bytes they used.
function decodeFrames(buffer) {
    const frames = [];
    let offset = 0;
    while (buffer.length - offset >= 2) {
        const opcode = buffer[offset] & 0x0f;
        const masked = (buffer[offset + 1] & 0x80) !== 0;
        let length = buffer[offset + 1] & 0x7f;
        let position = offset + 2;
        if (length === 126) {
            if (buffer.length < position + 2) {
                break;
            }
            length = buffer.readUInt16BE(position);
            position += 2;
        } else if (length === 127) {
            if (buffer.length < position + 8) {
                break;
            }
            length = Number(buffer.readBigUInt64BE(position));
            position += 8;
        }
        const maskLength = masked ? 4 : 0;
        if (buffer.length < position + maskLength + length) {
            break;
        }
        const mask = buffer.subarray(position, position + maskLength);
        position += maskLength;
        const payload = Buffer.from(buffer.subarray(position, position + length));
        if (masked) {
            for (let i = 0; i < payload.length; ++i) {
                payload[i] ^= mask[i % 4];
            }
        }
        frames.push({ opcode, payload });
        offset = position + length;
    }
    return { frames, used: offset };
}

// One browser session. Emits 'message' with each parsed JSON object and
// 'close' once.
export class FakeSession extends EventEmitter {
    #socket;
    #closed = false;
    received = [];

    constructor(socket) {
        super();
        this.#socket = socket;
        let pending = Buffer.alloc(0);
        socket.on('data', (data) => {
            pending = Buffer.concat([pending, data]);
            const { frames, used } = decodeFrames(pending);
            pending = pending.subarray(used);
            for (const frame of frames) {
                this.#handleFrame(frame);
            }
        });
        socket.on('close', () => this.#finish());
        socket.on('error', () => this.#finish());
    }

    get closed() {
        return this.#closed;
    }

    send(message) {
        if (!this.#closed) {
            this.#socket.write(encodeFrame(0x1, Buffer.from(JSON.stringify(message))));
        }
    }

    close() {
        if (!this.#closed) {
            this.#socket.end(encodeFrame(0x8, Buffer.from([0x03, 0xe8])));
            this.#finish();
        }
    }

    // Resolves with the next received message of the given type, or with
    // one already received and not yet taken.
    nextMessage(type, timeoutMs = 5000) {
        const index = this.received.findIndex((message) => message.type === type);
        if (index >= 0) {
            return Promise.resolve(this.received.splice(index, 1)[0]);
        }
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.off('message', onMessage);
                reject(new Error(`no ${type} message from the page within ${timeoutMs} ms`));
            }, timeoutMs);
            const onMessage = (message) => {
                if (message.type === type) {
                    clearTimeout(timer);
                    this.off('message', onMessage);
                    this.received.splice(this.received.indexOf(message), 1);
                    resolve(message);
                }
            };
            this.on('message', onMessage);
        });
    }

    #handleFrame({ opcode, payload }) {
        if (opcode === 0x1) {
            const message = JSON.parse(payload.toString('utf8'));
            this.received.push(message);
            this.emit('message', message);
        } else if (opcode === 0x8) {
            this.close();
        } else if (opcode === 0x9) {
            this.#socket.write(encodeFrame(0xa, payload));
        }
    }

    #finish() {
        if (!this.#closed) {
            this.#closed = true;
            this.#socket.destroy();
            this.emit('close');
        }
    }
}

// Serves the files of webRoot and accepts WebSockets at /ws on a free
// loopback port. Emits 'session' with a FakeSession for each WebSocket.
export class FakeSalonServer extends EventEmitter {
    #server;
    #webRoot;
    #sockets = new Set();
    #untakenSessions = [];
    #files = new Map();
    url = '';

    constructor(webRoot) {
        super();
        this.#webRoot = webRoot;
        this.#server = createServer((request, response) => this.#serveFile(request, response));
        this.#server.on('upgrade', (request, socket) => this.#upgrade(request, socket));
        this.#server.on('connection', (socket) => {
            this.#sockets.add(socket);
            socket.on('close', () => this.#sockets.delete(socket));
        });
    }

    async start() {
        await new Promise((resolve, reject) => {
            this.#server.once('error', reject);
            this.#server.listen(0, '127.0.0.1', resolve);
        });
        this.url = `http://127.0.0.1:${this.#server.address().port}/`;
    }

    // Resolves with the oldest WebSocket session not yet taken, waiting
    // for the page to open one when there is none.
    nextSession(timeoutMs = 5000) {
        if (this.#untakenSessions.length > 0) {
            return Promise.resolve(this.#untakenSessions.shift());
        }
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.off('session', onSession);
                reject(new Error(`the page opened no WebSocket within ${timeoutMs} ms`));
            }, timeoutMs);
            const onSession = () => {
                clearTimeout(timer);
                resolve(this.#untakenSessions.shift());
            };
            this.once('session', onSession);
        });
    }

    // Serves body with contentType at path, such as '/files/cat.png', like a file host on loopback.
    addFile(path, body, contentType) {
        this.#files.set(path, { body, contentType });
    }

    async stop() {
        for (const socket of this.#sockets) {
            socket.destroy();
        }
        await new Promise((resolve) => this.#server.close(resolve));
    }

    async #serveFile(request, response) {
        const path = new URL(request.url, 'http://localhost').pathname;
        const file = this.#files.get(path);
        if (file) {
            response.writeHead(200, { 'Content-Type': file.contentType, 'Cache-Control': 'no-store' });
            response.end(file.body);
            return;
        }
        const relative = normalize(path === '/' ? 'index.html' : path.slice(1));
        if (relative.startsWith('..') || !contentTypes[extname(relative)]) {
            response.writeHead(404).end();
            return;
        }
        try {
            const body = await readFile(join(this.#webRoot, relative));
            response.writeHead(200, { 'Content-Type': contentTypes[extname(relative)], 'Cache-Control': 'no-store' });
            response.end(body);
        } catch {
            response.writeHead(404).end();
        }
    }

    #upgrade(request, socket) {
        const key = request.headers['sec-websocket-key'];
        if (new URL(request.url, 'http://localhost').pathname !== '/ws' || !key) {
            socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
            return;
        }
        this.upgradeHeaders = request.headers;
        const accept = createHash('sha1').update(key + webSocketGuid).digest('base64');
        socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n'
            + `Sec-WebSocket-Accept: ${accept}\r\n\r\n`);
        const session = new FakeSession(socket);
        this.#untakenSessions.push(session);
        this.emit('session', session);
    }
}
