// An independent XMPP client for the end-to-end test: tests/support/peer.py
// (slixmpp), driven by JSON lines on its standard input.

import { startProcess } from './processes.mjs';

export class XmppPeer {
    #process;
    #nextId = 1;

    constructor(child) {
        this.#process = child;
    }

    // Starts peer.py and resolves once it reports {"event":"online"}.
    static async start({ script, jid, password, host, port, caFile, logDir, timeoutMs = 30_000 }) {
        const name = `peer-${jid.split('@')[0]}`;
        const child = await startProcess(name, '/usr/bin/python3', [
            script, '--jid', jid, '--password', password, '--host', host, '--port', String(port), '--ca-file', caFile,
        ], logDir);
        const peer = new XmppPeer(child);
        try {
            await peer.#waitFor((event) => event.event === 'online', timeoutMs);
        } catch (error) {
            await child.stop();
            throw error;
        }
        return peer;
    }

    get pid() {
        return this.#process.pid;
    }

    // Sends one command and resolves once the peer acknowledges it with
    // {"event":"done","id":…}. Rejects on {"event":"error","id":…}. The
    // command object names its command in "command", as in
    // {command: "presence", show: "away", status: "Lunch"}.
    async command(command, timeoutMs = 15_000) {
        const id = this.#nextId++;
        this.#process.writeLine(JSON.stringify({ id, ...command }));
        const reply = await this.#waitFor((event) => event.id === id && (event.event === 'done' || event.event === 'error'), timeoutMs);
        if (reply.event === 'error') {
            throw new Error(`peer command ${JSON.stringify(command)} failed: ${JSON.stringify(reply)}`);
        }
        return reply;
    }

    stop() {
        return this.#process.stop();
    }

    // Resolves with the first event that matches, skipping the others.
    async #waitFor(matches, timeoutMs) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const remaining = deadline - Date.now();
            if (remaining <= 0) {
                throw new Error(`${this.#process.name}: no expected event within ${timeoutMs} ms; see ${this.#process.logPath}`);
            }
            const event = await this.#process.nextJson(remaining);
            if (matches(event)) {
                return event;
            }
        }
    }
}
