// A stand-in for salon-server that serves resources/web, implements its HTTP
// session API and speaks the server side of the WebSocket protocol, so
// tests can send the page any sequence of messages, including ones a real
// account rarely produces.
//
// Like salon-server, it sets the cookie salon_session on a successful
// sign-in, requires a same-origin Origin header on POST and DELETE
// /api/session and on the WebSocket handshake, and accepts a WebSocket only
// with the cookie of a live session. Unlike salon-server, each sign-in waits
// for the test to accept or reject it (nextSignIn).
//
// It implements only what these tests need of RFC 6455: unfragmented
// text frames, close and ping.

import { createHash, randomBytes } from 'node:crypto';
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

const cookieName = 'salon_session';

// Returns the value of the session cookie in request's Cookie header, or ''.
function sessionCookie(request) {
    for (const part of (request.headers.cookie ?? '').split(';')) {
        const [name, ...value] = part.trim().split('=');
        if (name === cookieName) {
            return value.join('=');
        }
    }
    return '';
}

function sendJson(response, status, body, headers = {}) {
    response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
    response.end(JSON.stringify(body));
}

async function readBody(request) {
    const chunks = [];
    for await (const chunk of request) {
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}

// One sign-in request, which waits until the test accepts or rejects it.
export class FakeSignIn {
    #server;
    #response;
    responded = false;

    constructor(server, response, body, headers) {
        this.#server = server;
        this.#response = response;
        this.jid = body.jid;
        this.password = body.password;
        this.headers = headers;
    }

    // Responds 200 with a new session cookie, as salon-server does once the account is online.
    // Returns the session's token.
    accept(jid = this.jid) {
        const token = this.#server.createSession(jid);
        this.#respond(200, { jid }, { 'Set-Cookie': `${cookieName}=${token}; Path=/; HttpOnly; SameSite=Strict` });
        return token;
    }

    // Responds with an error and no cookie, such as reject(401, 'wrongPassword', 'The password is wrong.').
    reject(status, error, message = '') {
        this.#respond(status, { error, message });
    }

    #respond(status, body, headers = {}) {
        if (!this.responded) {
            this.responded = true;
            sendJson(this.#response, status, body, headers);
        }
    }
}

// One WebSocket, a tab of the session named by token. Emits 'message' with
// each parsed JSON object and 'close' once.
export class FakeSession extends EventEmitter {
    #socket;
    #closed = false;
    received = [];

    constructor(socket, token, jid) {
        super();
        this.#socket = socket;
        this.token = token;
        this.jid = jid;
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

// Serves the files of webRoot and the session API, and accepts WebSockets
// at /ws on a free loopback port. Emits 'session' with a FakeSession for
// each WebSocket and 'signIn' with a FakeSignIn for each sign-in request.
export class FakeSalonServer extends EventEmitter {
    #server;
    #webRoot;
    #sockets = new Set();
    #untakenSessions = [];
    #untakenSignIns = [];
    #files = new Map();
    // Live sessions: token -> { jid, tabs: Set of FakeSession }.
    #sessions = new Map();
    url = '';
    // The body of GET /api/config.
    config = { defaultDomain: '', allowedDomains: [] };
    // Every request to /api/..., as { method, path, status }, and every rejected WebSocket handshake, as its reason.
    apiRequests = [];
    rejectedUpgrades = [];

    constructor(webRoot) {
        super();
        this.#webRoot = webRoot;
        this.#server = createServer((request, response) => this.#handleRequest(request, response));
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

    // Resolves with the oldest WebSocket not yet taken, waiting for the
    // page to open one when there is none.
    nextSession(timeoutMs = 5000) {
        return this.#nextOf(this.#untakenSessions, 'session', timeoutMs, 'the page opened no WebSocket');
    }

    // Resolves with the oldest sign-in request not yet taken, waiting for
    // the page to send one when there is none.
    nextSignIn(timeoutMs = 5000) {
        return this.#nextOf(this.#untakenSignIns, 'signIn', timeoutMs, 'the page sent no sign-in request');
    }

    // Starts a session for jid, as a successful sign-in does, and returns its token.
    createSession(jid) {
        const token = randomBytes(32).toString('base64url');
        this.#sessions.set(token, { jid, tabs: new Set() });
        return token;
    }

    hasSession(token) {
        return this.#sessions.has(token);
    }

    get sessionCount() {
        return this.#sessions.size;
    }

    // Ends the session as salon-server does: every tab gets sessionEnded, its
    // socket closes, and the cookie no longer names a session.
    endSession(token, reason, message = '') {
        const session = this.#sessions.get(token);
        if (!session) {
            return;
        }
        this.#sessions.delete(token);
        for (const tab of session.tabs) {
            tab.send({ type: 'sessionEnded', reason, message });
            tab.close();
        }
    }

    // Forgets the session without telling its tabs, as after a restart of salon-server.
    forgetSession(token) {
        this.#sessions.delete(token);
    }

    // Forgets every session, untaken WebSocket and sign-in, recorded request and the configuration.
    reset() {
        for (const session of this.#sessions.values()) {
            for (const tab of session.tabs) {
                tab.close();
            }
        }
        this.#sessions.clear();
        for (const signIn of this.#untakenSignIns) {
            signIn.reject(503, 'shuttingDown');
        }
        this.#untakenSignIns = [];
        this.#untakenSessions = [];
        this.config = { defaultDomain: '', allowedDomains: [] };
        this.apiRequests = [];
        this.rejectedUpgrades = [];
    }

    #nextOf(queue, event, timeoutMs, failure) {
        if (queue.length > 0) {
            return Promise.resolve(queue.shift());
        }
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.off(event, onEvent);
                reject(new Error(`${failure} within ${timeoutMs} ms`));
            }, timeoutMs);
            const onEvent = () => {
                clearTimeout(timer);
                resolve(queue.shift());
            };
            this.once(event, onEvent);
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

    // Returns true when request carries an Origin header of the origin that it is addressed to.
    #isSameOrigin(request) {
        return request.headers.origin === `http://${request.headers.host}`;
    }

    async #handleRequest(request, response) {
        const path = new URL(request.url, 'http://localhost').pathname;
        if (!path.startsWith('/api/')) {
            await this.#serveFile(request, response, path);
            return;
        }

        const record = { method: request.method, path, status: 0 };
        this.apiRequests.push(record);
        response.on('finish', () => {
            record.status = response.statusCode;
        });
        if (path === '/api/config' && request.method === 'GET') {
            sendJson(response, 200, this.config);
        } else if (path === '/api/session' && request.method === 'GET') {
            const session = this.#sessions.get(sessionCookie(request));
            if (session) {
                sendJson(response, 200, { jid: session.jid });
            } else {
                sendJson(response, 401, { error: 'noSession', message: 'There is no session.' });
            }
        } else if (path === '/api/session' && request.method === 'POST') {
            await this.#handleSignIn(request, response);
        } else if (path === '/api/session' && request.method === 'DELETE') {
            this.#handleSignOut(request, response);
        } else {
            sendJson(response, 404, { error: 'notFound', message: 'Not found.' });
        }
    }

    async #handleSignIn(request, response) {
        const text = await readBody(request);
        if (!this.#isSameOrigin(request)) {
            sendJson(response, 403, { error: 'forbidden', message: 'The request comes from another origin.' });
            return;
        }
        let body;
        try {
            body = JSON.parse(text);
        } catch {
            body = null;
        }
        if (!(request.headers['content-type'] ?? '').startsWith('application/json') || body === null
            || typeof body.jid !== 'string' || typeof body.password !== 'string') {
            sendJson(response, 400, { error: 'badRequest', message: 'The request is not valid.' });
            return;
        }
        const signIn = new FakeSignIn(this, response, body, request.headers);
        this.#untakenSignIns.push(signIn);
        this.emit('signIn', signIn);
    }

    #handleSignOut(request, response) {
        if (!this.#isSameOrigin(request)) {
            sendJson(response, 403, { error: 'forbidden', message: 'The request comes from another origin.' });
            return;
        }
        this.endSession(sessionCookie(request), 'signedOut', 'You signed out.');
        sendJson(response, 200, {}, { 'Set-Cookie': `${cookieName}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict` });
    }

    async #serveFile(request, response, path) {
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
        const token = sessionCookie(request);
        const owner = this.#sessions.get(token);
        const rejection = !this.#isSameOrigin(request) ? 'another origin' : (owner ? '' : 'no live session cookie');
        if (rejection !== '') {
            this.rejectedUpgrades.push(rejection);
            socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
            return;
        }
        const accept = createHash('sha1').update(key + webSocketGuid).digest('base64');
        socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n'
            + `Sec-WebSocket-Accept: ${accept}\r\n\r\n`);
        const session = new FakeSession(socket, token, owner.jid);
        owner.tabs.add(session);
        session.once('close', () => owner.tabs.delete(session));
        this.#untakenSessions.push(session);
        this.emit('session', session);
    }
}
