// An independent XMPP client for the end-to-end test: tests/support/peer.py
// (slixmpp), driven by JSON lines on its standard input.

import { startProcess } from './processes.mjs';

export class XmppPeer {
    #process;
    #nextId = 1;
    // Events read while waiting for another one, oldest first, for later waits.
    #queued = [];

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

    // Resolves with the first event named name whose bare sender is from,
    // such as waitForEvent('subscribe', 'alice@localhost'). Events that
    // arrived earlier and were not taken yet count too.
    waitForEvent(name, from, timeoutMs = 15_000) {
        return this.#waitFor((event) => event.event === name && String(event.from ?? '').split('/')[0] === from, timeoutMs);
    }

    // Resolves with the first message event from the bare JID from for which matches(event) is
    // true, such as a message that carries reactions. Events that arrived earlier count too.
    waitForMessage(from, matches, timeoutMs = 15_000) {
        return this.#waitFor((event) => event.event === 'message' && String(event.from ?? '').split('/')[0] === from && matches(event), timeoutMs);
    }

    // Resolves with the first presence event from the bare JID from for which matches(event) is
    // true, such as a room's presence with a new role. Events that arrived earlier count too.
    waitForPresence(from, matches, timeoutMs = 15_000) {
        return this.#waitFor((event) => event.event === 'presence' && String(event.from ?? '').split('/')[0] === from && matches(event), timeoutMs);
    }

    // Resolves with the first "iqResponse" event, the reply to an iqGet or iqSet command, whatever
    // its sender. Events that arrived earlier count too.
    waitForIqResponse(timeoutMs = 15_000) {
        return this.#waitFor((event) => event.event === 'iqResponse', timeoutMs);
    }

    stop() {
        return this.#process.stop();
    }

    // Resolves with the first event that matches, keeping the others queued.
    async #waitFor(matches, timeoutMs) {
        const index = this.#queued.findIndex(matches);
        if (index >= 0) {
            return this.#queued.splice(index, 1)[0];
        }

        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const remaining = deadline - Date.now();
            if (remaining <= 0) {
                throw new Error(`${this.#process.name}: no expected event within ${timeoutMs} ms; see ${this.#process.logPath}`);
            }
            let event;
            try {
                event = await this.#process.nextJson(remaining);
            } catch (error) {
                throw new Error(`${this.#process.name}: no expected event within ${timeoutMs} ms: ${error.message}`);
            }
            if (matches(event)) {
                return event;
            }
            this.#queued.push(event);
        }
    }
}
