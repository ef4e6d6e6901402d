// Load benchmark of salon-server. N WebSocket clients that behave like
// browser tabs each sign in to their own account of a throwaway Prosody,
// through one salon-server that starts a linker per session. Each client
// opens the conversation with the client that writes to it, then the
// clients exchange chat messages and cheap invoke calls in two bounded
// phases:
//
// - paced: every session sends invokes and messages at a fixed rate
//   (--paced-invokes and --paced-messages per second), so the round trips
//   show the latency at a moderate, steady load;
// - saturated: every session keeps --window invokes and one message in
//   flight, sending the next as soon as one completes, so the frame rate
//   shows what the machine can route.
//
// With --linker fake, salon-server starts the test linker salon-fake-linker
// in place of salon-linker and no Prosody runs. Each session signs in as
// good@loadN.localhost, whose fake linker replies to each request from a
// tab at once with an echo message, so the round trips and frame rates measure
// the daemon's routing and not the linkers' work. That mode sends no chat
// messages: each request is one frame to the daemon and one echo back.
//
// Each phase starts with --warm-up-seconds of load that is not measured.
//
// It prints a table and JSON lines: sessions held, frames per second
// (WebSocket messages in both directions, counted by the clients), p50 and
// p99 round trips, CPU time, the CPU model, core count and build type. The
// memory figures are the PSS of the daemon and of each linker, read from
// /proc/PID/smaps_rollup, and the linkers are the daemon's child processes.
//
// Run by ./dev bench. Alone, from the repository root:
//   node tests/benchmarks/WebLoadBenchmark.mjs --build-dir build-release --sessions 20
// --help lists the options. Every server runs on 127.0.0.1, and every
// process the benchmark starts is stopped by PID when it ends.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import WebSocket from 'ws';

import { freePort, startProcess, waitForHttp } from '../web/processes.mjs';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// Linkers that salon-server starts: salon-linker with a local Prosody, or salon-fake-linker.
const LinkerModes = ['real', 'fake'];

// Sign-in protocols: the HTTP session API (POST /api/session, then the
// WebSocket with the session cookie), or the older protocol in which the
// WebSocket's first message is signIn.
const SignInProtocols = ['http-api', 'websocket-message'];

const MessagePattern = /^load-bench (\d+) (\d+)$/;
const SignInTimeoutMs = 60_000;
// Time for all sign-ins together; sessions not started by then are left out, so a failing server cannot stretch the run.
const SignInPhaseTimeoutMs = 10 * 60_000;
const InvokeTimeoutMs = 30_000;
// Time after the end of a phase for the replies and messages still in flight.
const DrainTimeoutMs = 10_000;
// Pause after the sign-ins before the idle memory is read, so start-up work settles.
const IdleSettleMs = 5_000;
const MiB = 1024 * 1024;

const usage = `Usage: node tests/benchmarks/WebLoadBenchmark.mjs [OPTIONS]

  --build-dir DIR         build folder with bin/salon-server, bin/salon-linker,
                          bin/salon-fake-linker and bin/salon-test-server
                          (default: build-release)
  --linker MODE           real (salon-linker and a local Prosody) or fake
                          (salon-fake-linker, which echoes each request at once,
                          so the figures show the daemon's routing) (default: real)
  --sessions N            sessions to sign in, one account each (default: 200)
  --paced-seconds S       length of the paced phase, in seconds (default: 20)
  --paced-invokes R       requests (invokes, or echo requests with --linker fake)
                          per session per second in the paced phase
                          (default: 1, or 20 with --linker fake)
  --paced-messages R      messages per session per second in the paced phase;
                          ignored with --linker fake (default: 0.5)
  --saturated-seconds S   length of the saturated phase, in seconds (default: 20)
  --warm-up-seconds S     time at the start of each phase that runs its load but is
                          not measured, so the clients' start-up does not count
                          (default: 2)
  --window N              invokes in flight per session in the saturated phase (default: 4)
  --tab-rate R            frames per second that each session sends at most in the
                          saturated phase; salon-server closes a tab that sends more
                          than 200 per second on average (default: 150)
  --sign-in PROTOCOL      http-api (POST /api/session, then the WebSocket with the
                          cookie) or websocket-message (the older signIn message on
                          the WebSocket) (default: http-api)
  --concurrency N         sign-ins in progress at once (default: 8)
  --memory-checkpoints L  comma-separated session counts below N at which the
                          sign-ins pause and the idle memory is read, besides the
                          reading with all N sessions; ignored with --linker fake
                          (default: 1,50)
  --log-dir DIR           logs of the started processes (default: BUILD/bench-logs)
`;

function parseOptions() {
    const { values } = parseArgs({
        options: {
            'build-dir': { type: 'string', default: 'build-release' },
            linker: { type: 'string', default: 'real' },
            sessions: { type: 'string', default: '200' },
            'paced-seconds': { type: 'string', default: '20' },
            'paced-invokes': { type: 'string' },
            'paced-messages': { type: 'string', default: '0.5' },
            'saturated-seconds': { type: 'string', default: '20' },
            'warm-up-seconds': { type: 'string', default: '2' },
            window: { type: 'string', default: '4' },
            'tab-rate': { type: 'string', default: '150' },
            'sign-in': { type: 'string', default: 'http-api' },
            concurrency: { type: 'string', default: '8' },
            'memory-checkpoints': { type: 'string', default: '1,50' },
            'log-dir': { type: 'string' },
            help: { type: 'boolean', default: false },
        },
    });
    if (values.help) {
        process.stdout.write(usage);
        process.exit(0);
    }

    const number = (name, { min, integer = true }) => {
        const value = Number(values[name]);
        if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
            throw new Error(`Invalid --${name} value "${values[name]}": expected ${integer ? 'an integer' : 'a number'} of at least ${min}`);
        }
        return value;
    };
    if (!LinkerModes.includes(values.linker)) {
        throw new Error(`Invalid --linker value "${values.linker}": expected one of ${LinkerModes.join(', ')}`);
    }
    // 20 echo requests per session per second make 20,000 frames per second with 500 sessions.
    values['paced-invokes'] ??= values.linker === 'fake' ? '20' : '1';
    if (!SignInProtocols.includes(values['sign-in'])) {
        throw new Error(`Invalid --sign-in value "${values['sign-in']}": expected one of ${SignInProtocols.join(', ')}`);
    }
    const buildDir = resolve(repositoryRoot, values['build-dir']);
    const sessions = number('sessions', { min: 2 });
    const checkpoints = values['memory-checkpoints'].split(',').filter((text) => text.trim() !== '').map((text) => {
        const count = Number(text);
        if (!Number.isInteger(count) || count < 1) {
            throw new Error(`Invalid --memory-checkpoints value "${values['memory-checkpoints']}": expected positive integers`);
        }
        return count;
    });
    return {
        buildDir,
        linker: values.linker,
        sessions,
        // The memory with every session signed in is always read; checkpoints are the counts below it.
        memoryCheckpoints: values.linker === 'fake' ? [] : [...new Set(checkpoints.filter((count) => count < sessions))].sort((a, b) => a - b),
        pacedSeconds: number('paced-seconds', { min: 0, integer: false }),
        pacedInvokes: number('paced-invokes', { min: 0, integer: false }),
        pacedMessages: values.linker === 'fake' ? 0 : number('paced-messages', { min: 0, integer: false }),
        saturatedSeconds: number('saturated-seconds', { min: 0, integer: false }),
        warmUpSeconds: number('warm-up-seconds', { min: 0, integer: false }),
        window: number('window', { min: 1 }),
        tabRate: number('tab-rate', { min: 1, integer: false }),
        signIn: values['sign-in'],
        concurrency: number('concurrency', { min: 1 }),
        logDir: values['log-dir'] ? resolve(values['log-dir']) : join(buildDir, 'bench-logs'),
    };
}

function delay(ms) {
    return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}

function log(text) {
    process.stderr.write(`[web load] ${text}\n`);
}

// Nearest-rank percentile of sorted values, or null without values.
function percentile(sorted, fraction) {
    if (sorted.length === 0) {
        return null;
    }
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

function summarize(values) {
    const sorted = Float64Array.from(values).sort();
    return { count: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.length ? sorted[sorted.length - 1] : null };
}

// Runs task on every item with at most limit tasks at once; resolves with their settled results.
async function forEachLimited(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            try {
                results[index] = { ok: true, value: await task(items[index]) };
            } catch (error) {
                results[index] = { ok: false, error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// POST /api/session as a browser on baseUrl's origin would send it; resolves with the status, body and session cookie.
function postSession(baseUrl, jid, password) {
    const url = new URL('/api/session', baseUrl);
    const body = JSON.stringify({ jid, password });
    return new Promise((resolvePromise, reject) => {
        const outgoing = request(url, {
            method: 'POST',
            headers: {
                'Content-Type': 'application/json',
                'Content-Length': Buffer.byteLength(body),
                Origin: url.origin,
            },
            timeout: SignInTimeoutMs,
        }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('end', () => {
                const cookies = response.headers['set-cookie'] ?? [];
                const sessionCookie = cookies.map((cookie) => /^salon_session=([^;]*)/.exec(cookie)).find((match) => match);
                resolvePromise({ status: response.statusCode, body: Buffer.concat(chunks).toString('utf8'), token: sessionCookie?.[1] ?? null });
            });
            response.on('error', reject);
        });
        outgoing.on('timeout', () => outgoing.destroy(new Error(`POST /api/session for ${jid} timed out after ${SignInTimeoutMs} ms`)));
        outgoing.on('error', reject);
        outgoing.end(body);
    });
}

// Frame and latency counters of one phase, shared by every client.
class PhaseStats {
    invokeRoundTrips = [];
    messageLatencies = [];
    invokeFailures = 0;
    messagesSent = 0;
}

// One browser tab signed in to one account.
class Client {
    index;
    jid;
    password;
    // The client this one sends messages to, and the one it receives them from.
    recipient = null;
    sender = null;
    framesSent = 0;
    framesReceived = 0;
    endedReason = null;
    signInMs = null;
    // Whether salon-fake-linker serves this session, which replies to echo requests and not to invokes.
    fakeLinker;
    #socket = null;
    #nextInvokeId = 1;
    #pendingInvokes = new Map();
    #nextMessageSequence = 1;
    #nextSendAt = 0;
    // Messages this client sent that its recipient has not received yet: sequence -> send time and
    // the stats of the phase that was measuring then, if any.
    pendingMessages = new Map();
    #onlineWaiter = null;
    stats = null;
    onMessageReceived = null;

    constructor(index, jid, password, fakeLinker) {
        this.index = index;
        this.jid = jid;
        this.password = password;
        this.fakeLinker = fakeLinker;
    }

    get open() {
        return this.#socket?.readyState === WebSocket.OPEN;
    }

    get pendingRequests() {
        return this.#pendingInvokes.size;
    }

    async signIn(baseUrl, protocol) {
        const started = performance.now();
        const origin = new URL(baseUrl).origin;
        const socketUrl = new URL('/ws', baseUrl).href.replace(/^http/, 'ws');
        const online = new Promise((resolvePromise, reject) => {
            this.#onlineWaiter = { resolve: resolvePromise, reject };
        });
        const timer = setTimeout(() => this.#failSignIn(new Error(`${this.jid} was not online within ${SignInTimeoutMs} ms`)), SignInTimeoutMs);
        try {
            const headers = {};
            if (protocol === 'http-api') {
                const response = await postSession(baseUrl, this.jid, this.password);
                if (response.status !== 200 || !response.token) {
                    throw new Error(`POST /api/session for ${this.jid} returned ${response.status} ${response.body.slice(0, 200)}${response.token ? '' : ' without a session cookie'}`);
                }
                headers.Cookie = `salon_session=${response.token}`;
            }
            // No permessage-deflate: Qt's WebSocket server declines it, so browsers send uncompressed frames too.
            this.#socket = new WebSocket(socketUrl, { origin, headers, perMessageDeflate: false });
            this.#socket.on('message', (data) => this.#receive(data));
            this.#socket.on('close', (code) => this.#failSignIn(new Error(`the WebSocket of ${this.jid} closed with code ${code} before it was online`)));
            this.#socket.on('error', (error) => this.#failSignIn(new Error(`the WebSocket of ${this.jid} failed: ${error.message}`)));
            this.#socket.on('unexpected-response', (upgradeRequest, response) => {
                upgradeRequest.destroy();
                this.#failSignIn(new Error(`the WebSocket upgrade of ${this.jid} returned ${response.statusCode}`));
            });
            if (protocol === 'websocket-message') {
                this.#socket.on('open', () => this.send({ type: 'signIn', jid: this.jid, password: this.password }));
            }
            await online;
            this.signInMs = performance.now() - started;
        } finally {
            clearTimeout(timer);
            this.#onlineWaiter = null;
        }
    }

    #failSignIn(error) {
        this.#onlineWaiter?.reject(error);
    }

    // Waits until this tab may send its next frame at no more than rate frames per second.
    async throttle(rate) {
        const now = performance.now();
        const sendAt = Math.max(now, this.#nextSendAt);
        this.#nextSendAt = sendAt + 1000 / rate;
        if (sendAt > now) {
            await delay(sendAt - now);
        }
    }

    send(message) {
        this.#socket.send(JSON.stringify(message));
        ++this.framesSent;
    }

    // Calls a method of the core; resolves with the invokeResult and the round trip in milliseconds.
    invoke(object, method, args) {
        const id = this.#nextInvokeId++;
        return this.#request(id, `${object}.${method}`, { type: 'invoke', object, method, args, id });
    }

    // Sends a frame that salon-fake-linker replies to with a brief echo message (the same text and the
    // tab number); resolves like invoke.
    echo() {
        const id = this.#nextInvokeId++;
        return this.#request(id, 'the echo request', { type: 'echoRequest', text: String(id), brief: true });
    }

    #request(id, description, frame) {
        const started = performance.now();
        return new Promise((resolvePromise, reject) => {
            const timer = setTimeout(() => {
                this.#pendingInvokes.delete(id);
                reject(new Error(`${description} of ${this.jid} got no reply within ${InvokeTimeoutMs} ms`));
            }, InvokeTimeoutMs);
            this.#pendingInvokes.set(id, { started, timer, resolve: resolvePromise });
            this.send(frame);
        });
    }

    #resolveRequest(id, result) {
        const pending = this.#pendingInvokes.get(id);
        if (pending) {
            this.#pendingInvokes.delete(id);
            clearTimeout(pending.timer);
            pending.resolve({ result, roundTripMs: performance.now() - pending.started });
        }
    }

    // The measured request of the phases: a read of the core that changes nothing and sends
    // nothing to the XMPP server, or an echo request when the fake linker serves the session.
    async cheapRequest() {
        // A request counts in the phase that was measuring when it was sent.
        const stats = this.stats;
        const { result, roundTripMs } = this.fakeLinker
            ? await this.echo()
            : await this.invoke('communities', 'subscriptionState', ['pubsub.localhost', 'load-bench']);
        if (result.ok) {
            stats?.invokeRoundTrips.push(roundTripMs);
        } else if (stats) {
            ++stats.invokeFailures;
        }
        return result;
    }

    sendChatMessage() {
        const sequence = this.#nextMessageSequence++;
        this.pendingMessages.set(sequence, { sent: performance.now(), stats: this.stats });
        if (this.stats) {
            ++this.stats.messagesSent;
        }
        // The invokeResult only confirms that the linker took the message; the latency runs until the recipient's tab shows it.
        this.invoke('chats', 'sendMessage', [this.recipient.jid, `load-bench ${this.index} ${sequence}`]).catch((error) => log(error.message));
    }

    // Closes the WebSocket; the requests still in flight are dropped without a timeout error.
    close() {
        for (const pending of this.#pendingInvokes.values()) {
            clearTimeout(pending.timer);
        }
        this.#pendingInvokes.clear();
        if (this.#socket && this.#socket.readyState !== WebSocket.CLOSED) {
            this.#socket.terminate();
        }
    }

    #receive(data) {
        ++this.framesReceived;
        const message = JSON.parse(data.toString('utf8'));
        switch (message.type) {
        case 'account':
            if (message.state === 'online') {
                this.#onlineWaiter?.resolve();
            } else if (message.error) {
                this.#failSignIn(new Error(`${this.jid} failed to sign in: ${message.error}`));
            }
            break;
        case 'invokeResult':
            this.#resolveRequest(message.id, message);
            break;
        case 'echo':
            this.#resolveRequest(Number(message.text), { ok: true });
            break;
        case 'model':
            if (message.op === 'insert' && this.sender && message.model === `messages/${this.sender.jid}`) {
                this.#receiveChatMessages(message.rows);
            }
            break;
        case 'sessionEnded':
            this.endedReason = message.reason;
            this.#failSignIn(new Error(`the session of ${this.jid} ended: ${message.reason}`));
            break;
        default:
            break;
        }
    }

    #receiveChatMessages(rows) {
        const now = performance.now();
        for (const row of rows) {
            const match = row.direction === 'in' ? MessagePattern.exec(row.body ?? '') : null;
            if (!match || Number(match[1]) !== this.sender.index) {
                continue;
            }
            const sequence = Number(match[2]);
            const pending = this.sender.pendingMessages.get(sequence);
            if (pending === undefined) {
                continue;
            }
            this.sender.pendingMessages.delete(sequence);
            pending.stats?.messageLatencies.push(now - pending.sent);
            this.onMessageReceived?.(this.sender);
        }
    }
}

// Process ids of the children of pid, from the parent ids in /proc/*/stat.
function childProcesses(pid) {
    const children = [];
    for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) {
            continue;
        }
        try {
            const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
            // The command name in brackets may contain spaces, so the fields start after the last ')'.
            const parentId = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
            if (parentId === pid) {
                children.push(Number(entry));
            }
        } catch {
            // The process exited while the folder was read.
        }
    }
    return children;
}

// Start time of a process in clock ticks since boot (field 22 of /proc/PID/stat), or null once it
// exited. With the pid and the start time together, a process is not mistaken for a later one that
// got the same pid.
function processStartTime(pid) {
    try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    } catch {
        return null;
    }
}

// Start times of the linkers seen so far, by pid.
const linkerStartTimes = new Map();

// The daemon's children, as childProcesses(), each with its start time remembered for stopping leftovers.
function linkerProcesses(daemonPid) {
    const pids = childProcesses(daemonPid);
    for (const pid of pids) {
        if (!linkerStartTimes.has(pid)) {
            linkerStartTimes.set(pid, processStartTime(pid));
        }
    }
    return pids;
}

// Pss and private memory of a process in bytes, from /proc/PID/smaps_rollup; null once it exited.
function processMemory(pid) {
    try {
        const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
        const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0) * 1024;
        return { pss: field('Pss'), private: field('Private_Clean') + field('Private_Dirty'), privateDirty: field('Private_Dirty') };
    } catch {
        return null;
    }
}

const clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

// CPU time of a process in seconds; 0 once it exited. The scheduler's run time in
// /proc/PID/schedstat is exact. The user and system times in /proc/PID/stat, the fallback, are
// sampled at clock ticks, which charges them to the wrong process when the clients' timers
// wake the daemon and the linkers just after each tick.
function processCpuSeconds(pid) {
    try {
        const runNanoseconds = Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
        if (Number.isFinite(runNanoseconds)) {
            return runNanoseconds / 1e9;
        }
    } catch {
        // No schedstat without CONFIG_SCHED_INFO, or the process exited: try stat.
    }
    try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime and stime are fields 14 and 15 of stat(5), 12 and 13 after the command name.
        return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond;
    } catch {
        return 0;
    }
}

// Returns the private memory of a process in bytes by kind of mapping, from /proc/PID/smaps,
// or null once it exited. The kinds are the heap, anonymous mappings (thread stacks and malloc
// arenas among them) and files (mostly the relocated data of shared libraries).
function privateMemoryByKind(pid) {
    let smaps;
    try {
        smaps = readFileSync(`/proc/${pid}/smaps`, 'utf8');
    } catch {
        return null;
    }
    const kinds = { heap: 0, anonymous: 0, files: 0 };
    let kind = 'anonymous';
    for (const line of smaps.split('\n')) {
        const mapping = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
        if (mapping) {
            const name = mapping[1];
            kind = name === '[heap]' ? 'heap' : name.startsWith('/') ? 'files' : 'anonymous';
            continue;
        }
        const privatePages = /^Private_(?:Clean|Dirty):\s+(\d+) kB/.exec(line);
        if (privatePages) {
            kinds[kind] += Number(privatePages[1]) * 1024;
        }
    }
    return kinds;
}

// Memory of the daemon and of each of its linkers.
function measureMemory(daemonPid) {
    const linkerPids = childProcesses(daemonPid);
    const linkers = linkerPids.map(processMemory).filter((memory) => memory !== null);
    const pss = linkers.map((memory) => memory.pss);
    const privateBytes = linkers.map((memory) => memory.private);
    const privateDirty = linkers.map((memory) => memory.privateDirty);
    const mean = (values) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null);
    const kinds = linkerPids.map(privateMemoryByKind).filter((memory) => memory !== null);
    return {
        linkerPrivateByKind: {
            heap: mean(kinds.map((memory) => memory.heap)),
            anonymous: mean(kinds.map((memory) => memory.anonymous)),
            files: mean(kinds.map((memory) => memory.files)),
        },
        daemon: processMemory(daemonPid),
        linkerCount: linkers.length,
        linkerPssMean: mean(pss),
        linkerPssMin: pss.length ? Math.min(...pss) : null,
        linkerPssMax: pss.length ? Math.max(...pss) : null,
        linkerPrivateMean: mean(privateBytes),
        linkerPrivateDirtyMean: mean(privateDirty),
    };
}

function cpuSnapshot(daemonPid) {
    const linkers = childProcesses(daemonPid).reduce((sum, pid) => sum + processCpuSeconds(pid), 0);
    const self = process.cpuUsage();
    return { daemon: processCpuSeconds(daemonPid), linkers, client: (self.user + self.system) / 1e6 };
}

function frameTotals(clients) {
    return clients.reduce((totals, client) => ({ sent: totals.sent + client.framesSent, received: totals.received + client.framesReceived }), { sent: 0, received: 0 });
}

// Runs one phase on every client: its load for warmUpSeconds unmeasured, then for seconds
// measured; resolves with the figures of the measured part.
async function runPhase(name, clients, daemonPid, seconds, warmUpSeconds, drive) {
    const stats = new PhaseStats();
    log(`${name} phase: ${warmUpSeconds} s of warm-up, then ${seconds} s measured, with ${clients.length} sessions`);
    const measureFrom = performance.now() + warmUpSeconds * 1000;
    const driving = drive(measureFrom + seconds * 1000);
    await delay(Math.max(0, measureFrom - performance.now()));

    // Reading the CPU times of every linker from /proc blocks the clients, so it comes before the
    // requests start to count.
    const cpuBefore = cpuSnapshot(daemonPid);
    const framesBefore = frameTotals(clients);
    const started = performance.now();
    for (const client of clients) {
        client.stats = stats;
    }

    const stop = await driving;
    const elapsedSeconds = (performance.now() - started) / 1000;
    const framesAfter = frameTotals(clients);
    const cpuAfter = cpuSnapshot(daemonPid);
    stop();

    // The replies and messages still in flight are waited for, but no longer counted.
    const drainDeadline = performance.now() + DrainTimeoutMs;
    while (clients.some((client) => client.pendingMessages.size > 0 || client.pendingRequests > 0) && performance.now() < drainDeadline) {
        await delay(100);
    }
    const undelivered = clients.reduce((sum, client) => sum + client.pendingMessages.size, 0);
    for (const client of clients) {
        client.stats = null;
        client.pendingMessages.clear();
    }

    const frames = framesAfter.sent - framesBefore.sent + framesAfter.received - framesBefore.received;
    return {
        name,
        seconds: elapsedSeconds,
        framesPerSecond: frames / elapsedSeconds,
        framesFromTabsPerSecond: (framesAfter.sent - framesBefore.sent) / elapsedSeconds,
        invoke: summarize(stats.invokeRoundTrips),
        invokeFailures: stats.invokeFailures,
        message: summarize(stats.messageLatencies),
        messagesSent: stats.messagesSent,
        undelivered,
        cpu: {
            daemon: (cpuAfter.daemon - cpuBefore.daemon) / elapsedSeconds,
            linkers: (cpuAfter.linkers - cpuBefore.linkers) / elapsedSeconds,
            client: (cpuAfter.client - cpuBefore.client) / elapsedSeconds,
        },
    };
}

// Paced phase: each session sends invokes and messages on timers, whether or not earlier ones completed.
function pacedDriver(clients, invokesPerSecond, messagesPerSecond) {
    return async (deadline) => {
        const timers = [];
        const every = (rate, action) => {
            if (rate <= 0) {
                return;
            }
            const periodMs = 1000 / rate;
            for (const client of clients) {
                // A random start spreads the sessions over the period, as independent users would be.
                timers.push(setTimeout(() => {
                    if (!client.open) {
                        return;
                    }
                    action(client);
                    timers.push(setInterval(() => client.open && action(client), periodMs));
                }, Math.random() * periodMs));
            }
        };
        every(invokesPerSecond, (client) => client.cheapRequest().catch((error) => log(error.message)));
        every(messagesPerSecond, (client) => client.sendChatMessage());
        await delay(Math.max(0, deadline - performance.now()));
        for (const timer of timers) {
            clearTimeout(timer);
            clearInterval(timer);
        }
        return () => {};
    };
}

// Saturated phase: each session keeps window requests and, with sendMessages, one message in
// flight until the deadline, sending at most tabRate frames per second.
function saturatedDriver(clients, window, tabRate, sendMessages) {
    return async (deadline) => {
        let running = true;
        const invokeLoop = async (client) => {
            while (running && client.open) {
                try {
                    await client.throttle(tabRate);
                    if (!running || !client.open) {
                        return;
                    }
                    await client.cheapRequest();
                } catch (error) {
                    log(error.message);
                    return;
                }
            }
        };
        for (const client of sendMessages ? clients : []) {
            client.onMessageReceived = async (sender) => {
                await sender.throttle(tabRate);
                if (running && sender.open) {
                    sender.sendChatMessage();
                }
            };
        }
        const loops = [];
        for (const client of clients) {
            for (let slot = 0; slot < window; ++slot) {
                loops.push(invokeLoop(client));
            }
            if (sendMessages) {
                client.sendChatMessage();
            }
        }
        await delay(Math.max(0, deadline - performance.now()));
        running = false;
        return () => {
            for (const client of clients) {
                client.onMessageReceived = null;
            }
            // The loops end with the replies that are still in flight.
            Promise.all(loops).catch(() => {});
        };
    };
}

function hardware() {
    const cpuInfo = readFileSync('/proc/cpuinfo', 'utf8');
    const model = /^model name\s*:\s*(.+)$/m.exec(cpuInfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
    return { cpu: model.trim(), cores: cpus().length };
}

function buildType(buildDir) {
    try {
        return /^CMAKE_BUILD_TYPE:STRING=(.*)$/m.exec(readFileSync(join(buildDir, 'CMakeCache.txt'), 'utf8'))?.[1] || 'unknown';
    } catch {
        return 'unknown';
    }
}

function megabytes(bytes) {
    return bytes === null || bytes === undefined ? null : bytes / MiB;
}

function formatNumber(value, digits = 1) {
    return value === null || value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits);
}

// CPU time of salon-server per routed frame, in microseconds. Unlike the round trips, it
// changes little when other processes compete for the cores.
function daemonMicrosecondsPerFrame(phase) {
    return phase.framesPerSecond > 0 ? (phase.cpu.daemon / phase.framesPerSecond) * 1e6 : null;
}

function report({ options, machine, build, signedIn, signInTimes, endedReasons, idleMemory, checkpointMemory, loadedMemory, phases }) {
    const fake = options.linker === 'fake';
    const rows = [];
    const row = (metric, value) => rows.push([metric, value]);
    row('sessions signed in and held', `${signedIn} of ${options.sessions}`);
    row('sign-in p50 / p99 (ms)', `${formatNumber(signInTimes.p50, 0)} / ${formatNumber(signInTimes.p99, 0)}`);
    row('idle daemon PSS (MiB)', formatNumber(megabytes(idleMemory.daemon?.pss)));
    row(`idle linker PSS mean / min / max (MiB, ${idleMemory.linkerCount} linkers)`,
        `${formatNumber(megabytes(idleMemory.linkerPssMean), 2)} / ${formatNumber(megabytes(idleMemory.linkerPssMin), 2)} / ${formatNumber(megabytes(idleMemory.linkerPssMax), 2)}`);
    row('idle linker private memory mean (MiB)', formatNumber(megabytes(idleMemory.linkerPrivateMean), 2));
    row('idle linker private dirty mean (MiB)', formatNumber(megabytes(idleMemory.linkerPrivateDirtyMean), 2));
    const byKind = idleMemory.linkerPrivateByKind;
    row('  of which heap / anonymous / files (MiB)',
        `${formatNumber(megabytes(byKind.heap), 2)} / ${formatNumber(megabytes(byKind.anonymous), 2)} / ${formatNumber(megabytes(byKind.files), 2)}`);
    for (const memory of checkpointMemory) {
        row(`idle linker PSS / private dirty mean with ${memory.linkerCount} ${memory.linkerCount === 1 ? 'session' : 'sessions'} (MiB)`,
            `${formatNumber(megabytes(memory.linkerPssMean), 2)} / ${formatNumber(megabytes(memory.linkerPrivateDirtyMean), 2)}`);
    }
    for (const phase of phases) {
        const prefix = `${phase.name} (${formatNumber(phase.seconds, 0)} s)`;
        row(`${prefix}: frames/s, both directions`, formatNumber(phase.framesPerSecond, 0));
        row(`${prefix}: frames/s from tabs`, formatNumber(phase.framesFromTabsPerSecond, 0));
        const call = fake ? 'echo' : 'invoke';
        row(`${prefix}: ${call} p50 / p99 / max (ms, ${phase.invoke.count})`,
            `${formatNumber(phase.invoke.p50, 2)} / ${formatNumber(phase.invoke.p99, 2)} / ${formatNumber(phase.invoke.max, 1)}`);
        row(`${prefix}: ${call} failures`, String(phase.invokeFailures));
        if (!fake) {
            row(`${prefix}: message p50 / p99 / max (ms, ${phase.message.count})`,
                `${formatNumber(phase.message.p50, 2)} / ${formatNumber(phase.message.p99, 2)} / ${formatNumber(phase.message.max, 1)}`);
            row(`${prefix}: messages undelivered after ${DrainTimeoutMs / 1000} s`, `${phase.undelivered} of ${phase.messagesSent}`);
        }
        row(`${prefix}: CPU daemon / linkers / clients (cores)`,
            `${formatNumber(phase.cpu.daemon, 2)} / ${formatNumber(phase.cpu.linkers, 2)} / ${formatNumber(phase.cpu.client, 2)}`);
        row(`${prefix}: daemon CPU per frame (µs)`, formatNumber(daemonMicrosecondsPerFrame(phase), 1));
    }
    row('loaded daemon PSS (MiB)', formatNumber(megabytes(loadedMemory.daemon?.pss)));
    row(`loaded linker PSS mean (MiB, ${loadedMemory.linkerCount} linkers)`, formatNumber(megabytes(loadedMemory.linkerPssMean), 2));
    if (Object.keys(endedReasons).length) {
        row('sessions ended by the server', Object.entries(endedReasons).map(([reason, count]) => `${reason}: ${count}`).join(', '));
    }

    const width = Math.max(...rows.map(([metric]) => metric.length));
    const lines = [
        fake
            ? `Web load benchmark, routing only: ${options.sessions} WebSocket clients through one salon-server, one salon-fake-linker per session, no XMPP server`
            : `Web load benchmark: ${options.sessions} WebSocket clients through one salon-server, one linker per session, local Prosody 0.12`,
        `Machine: ${machine.cpu}, ${machine.cores} cores; build: ${build}; sign-in: ${options.signIn}; request: ${fake ? 'echo by the fake linker' : 'invoke of communities.subscriptionState'}; warm-up: ${options.warmUpSeconds} s per phase, not measured`,
        ...rows.map(([metric, value]) => `${metric.padEnd(width)}  ${value}`),
    ];

    const json = [];
    // Every line names the linker mode, so scripts keep the routing-only figures apart.
    const emit = (id, metric, value, extra = {}) => json.push(JSON.stringify({ id, metric, value, linker: options.linker, ...extra }));
    const round = (value, digits) => (value === null || value === undefined ? null : Number(value.toFixed(digits)));
    emit('B4', 'sessions', signedIn, { requested: options.sessions });
    for (const phase of phases) {
        const extra = phase.name === 'paced'
            ? { phase: phase.name, invokesPerSessionPerS: options.pacedInvokes, messagesPerSessionPerS: options.pacedMessages }
            : { phase: phase.name, window: options.window, tabRate: options.tabRate };
        emit('B4', 'frames_per_s', round(phase.framesPerSecond, 0), extra);
        emit('B4', 'daemon_cpu_us_per_frame', round(daemonMicrosecondsPerFrame(phase), 1), { phase: phase.name });
        const call = fake ? 'echo' : 'invoke';
        emit('B4', 'p50_ms', round(phase.invoke.p50, 2), { phase: phase.name, call });
        emit('B4', 'p99_ms', round(phase.invoke.p99, 2), { phase: phase.name, call });
        if (!fake) {
            emit('B4', 'p50_ms', round(phase.message.p50, 2), { phase: phase.name, call: 'message' });
            emit('B4', 'p99_ms', round(phase.message.p99, 2), { phase: phase.name, call: 'message' });
        }
    }
    // The memory of fake linkers is not a measure of salon-linker, so only the daemon's is printed in that mode.
    if (!fake) {
        for (const memory of [...checkpointMemory, idleMemory]) {
            const count = memory === idleMemory ? signedIn : memory.linkerCount;
            emit('B3', `linker_pss_mb_${count}`, round(megabytes(memory.linkerPssMean), 2), { linkers: memory.linkerCount, state: 'idle' });
            emit('B3', `linker_private_dirty_mb_${count}`, round(megabytes(memory.linkerPrivateDirtyMean), 2), { linkers: memory.linkerCount, state: 'idle' });
        }
    }
    emit('B3', 'daemon_pss_mb', round(megabytes(idleMemory.daemon?.pss), 2), { sessions: signedIn, state: 'idle' });
    if (!fake) {
        emit('B3', `linker_pss_mb_${signedIn}_loaded`, round(megabytes(loadedMemory.linkerPssMean), 2), { linkers: loadedMemory.linkerCount, state: 'after load' });
    }
    emit('env', 'machine', null, { cpu: machine.cpu, cores: machine.cores, build, signIn: options.signIn, warmUpSeconds: options.warmUpSeconds });

    process.stdout.write(`${lines.join('\n')}\n${json.join('\n')}\n`);
}

async function main() {
    const options = parseOptions();
    const binary = (name) => join(options.buildDir, 'bin', name);
    const fake = options.linker === 'fake';
    const linkerName = fake ? 'salon-fake-linker' : 'salon-linker';
    const machine = hardware();
    const build = buildType(options.buildDir);
    let testServer = null;
    let salonServer = null;
    let clients = [];
    let linkerPids = [];

    try {
        const port = await freePort();
        const baseUrl = `http://127.0.0.1:${port}/`;
        const serverArguments = [
            '--listen', `127.0.0.1:${port}`,
            '--max-sessions', String(options.sessions),
            '--database', `sqlite:${join(options.logDir, `cache-${process.pid}-${Date.now()}.sqlite`)}`,
        ];
        let accounts;
        if (fake) {
            // The fake linker takes its behaviour from the JID's local part; the domains keep the sessions apart.
            accounts = Array.from({ length: options.sessions }, (_, index) => ({ jid: `good@load${index + 1}.localhost`, password: 'load-bench' }));
            serverArguments.push('--linker', binary(linkerName));
        } else {
            log(`starting Prosody with ${options.sessions} accounts`);
            testServer = await startProcess('salon-test-server', binary('salon-test-server'), ['--numbered-accounts', String(options.sessions)], options.logDir);
            const xmpp = await testServer.nextJson(60_000);
            accounts = xmpp.accounts;
            serverArguments.push('--xmpp-host', xmpp.host, '--xmpp-port', String(xmpp.clientPort), '--ca-certificates', xmpp.caCertificate);
        }
        salonServer = await startProcess('salon-server', binary('salon-server'), serverArguments, options.logDir);
        await waitForHttp(baseUrl, 20_000, salonServer);

        clients = accounts.map((account, index) => new Client(index, account.jid, account.password, fake));
        // A ring: each client writes to the next and reads from the one before.
        for (const client of clients) {
            client.recipient = clients[(client.index + 1) % clients.length];
            client.recipient.sender = client;
        }

        log(`signing in ${clients.length} sessions, ${options.concurrency} at once (${options.signIn})`);
        const signInDeadline = performance.now() + SignInPhaseTimeoutMs;
        const signIn = (client) => {
            if (performance.now() > signInDeadline) {
                throw new Error(`${client.jid} was not signed in: the sign-ins took more than ${SignInPhaseTimeoutMs / 1000} s`);
            }
            return client.signIn(baseUrl, options.signIn);
        };
        // The sign-ins pause at each memory checkpoint, so that the linkers already started are idle when read.
        const signIns = [];
        const checkpointMemory = [];
        let signedInCount = 0;
        for (const checkpoint of [...options.memoryCheckpoints, clients.length]) {
            signIns.push(...await forEachLimited(clients.slice(signedInCount, checkpoint), options.concurrency, signIn));
            signedInCount = checkpoint;
            if (checkpoint < clients.length) {
                await delay(IdleSettleMs);
                const memory = measureMemory(salonServer.pid);
                log(`${memory.linkerCount} ${memory.linkerCount === 1 ? 'linker' : 'linkers'}: PSS mean ${formatNumber(megabytes(memory.linkerPssMean), 2)} MiB`);
                checkpointMemory.push(memory);
            }
        }
        const failures = signIns.filter((result) => !result.ok);
        for (const failure of failures.slice(0, 5)) {
            log(`sign-in failed: ${failure.error.message}`);
        }
        clients = clients.filter((client) => client.open && client.signInMs !== null);
        if (clients.length < 2) {
            throw new Error(`only ${clients.length} of ${options.sessions} sessions signed in; see the logs in ${options.logDir}`);
        }
        // Sessions that failed leave gaps in the ring: close it again over the signed-in clients.
        clients.forEach((client, position) => {
            client.recipient = clients[(position + 1) % clients.length];
            client.recipient.sender = client;
        });
        log(`${clients.length} sessions online${fake ? '' : '; opening their conversations'}`);
        const opened = await forEachLimited(fake ? [] : clients, options.concurrency * 4, async (client) => {
            const { result } = await client.invoke('chats', 'openConversation', [client.sender.jid]);
            if (!result.ok) {
                throw new Error(`chats.openConversation of ${client.jid} failed: ${result.error} ${result.message ?? ''}`);
            }
        });
        const openFailure = opened.find((result) => !result.ok);
        if (openFailure) {
            throw openFailure.error;
        }

        await delay(IdleSettleMs);
        const idleMemory = measureMemory(salonServer.pid);
        linkerPids = linkerProcesses(salonServer.pid);

        const phases = [];
        if (options.pacedSeconds > 0) {
            phases.push(await runPhase('paced', clients, salonServer.pid, options.pacedSeconds, options.warmUpSeconds, pacedDriver(clients, options.pacedInvokes, options.pacedMessages)));
        }
        if (options.saturatedSeconds > 0) {
            phases.push(await runPhase('saturated', clients, salonServer.pid, options.saturatedSeconds, options.warmUpSeconds, saturatedDriver(clients, options.window, options.tabRate, options.linker === 'real')));
        }
        const loadedMemory = measureMemory(salonServer.pid);
        linkerPids = [...new Set([...linkerPids, ...linkerProcesses(salonServer.pid)])];

        const endedReasons = {};
        for (const client of clients) {
            if (client.endedReason) {
                endedReasons[client.endedReason] = (endedReasons[client.endedReason] ?? 0) + 1;
            }
        }
        report({
            options,
            machine,
            build,
            signedIn: clients.filter((client) => client.open).length,
            signInTimes: summarize(clients.map((client) => client.signInMs)),
            endedReasons,
            idleMemory,
            checkpointMemory,
            loadedMemory,
            phases,
        });
    } finally {
        for (const client of clients) {
            client.close();
        }
        if (salonServer) {
            linkerPids = [...new Set([...linkerPids, ...linkerProcesses(salonServer.pid)])];
            await salonServer.stop(15_000);
        }
        // salon-server stops its linkers; any that outlived it are stopped here by PID.
        // A pid whose start time changed belongs to a later process, such as another test's linker.
        const leftover = linkerPids.filter((pid) => {
            try {
                return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(linkerName)
                    && processStartTime(pid) === linkerStartTimes.get(pid);
            } catch {
                return false;
            }
        });
        for (const pid of leftover) {
            log(`linker ${pid} outlived salon-server; stopping it`);
            process.kill(pid, 'SIGKILL');
        }
        await testServer?.stop();
    }
}

main().catch((error) => {
    log(`failed: ${error.stack ?? error.message}`);
    process.exitCode = 1;
});
