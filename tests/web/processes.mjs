// Child processes of the end-to-end test: started with their output in
// log files, read line by line, and stopped by PID.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

// Returns a TCP port on 127.0.0.1 that was free a moment ago.
export async function freePort() {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address();
    server.close();
    await once(server, 'close');
    return port;
}

// Resolves once url responds to an HTTP GET with status 200.
export async function waitForHttp(url, timeoutMs, process) {
    const deadline = Date.now() + timeoutMs;
    let lastError = 'no response';
    while (Date.now() < deadline) {
        if (process?.exited) {
            throw new Error(`${process.name} exited with ${process.exitDescription} before ${url} responded; see ${process.logPath}`);
        }
        try {
            const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
            await response.arrayBuffer();
            if (response.status === 200) {
                return;
            }
            lastError = `status ${response.status}`;
        } catch (error) {
            lastError = error.message;
        }
        await delay(200);
    }
    throw new Error(`${url} did not respond within ${timeoutMs} ms: ${lastError}`);
}

// A started process. Its standard output is delivered line by line to
// nextLine() and, like its standard error, copied to logPath.
export class ChildProcess {
    name;
    logPath;
    exited = false;
    exitDescription = '';
    #child;
    #log;
    #lines = [];
    #lineWaiters = [];
    #exitPromise;

    constructor(name, command, args, logDir) {
        this.name = name;
        this.logPath = join(logDir, `${name}.log`);
        this.#log = createWriteStream(this.logPath);
        this.#log.write(`$ ${command} ${args.join(' ')}\n`);

        this.#child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
        this.#exitPromise = new Promise((resolve) => {
            this.#child.on('exit', (code, signal) => {
                this.exited = true;
                this.exitDescription = signal ? `signal ${signal}` : `status ${code}`;
                this.#log.write(`[${name} exited with ${this.exitDescription}]\n`);
                resolve();
            });
            this.#child.on('error', (error) => {
                this.exited = true;
                this.exitDescription = error.message;
                this.#log.write(`[${name} failed to start: ${error.message}]\n`);
                resolve();
            });
        });
        this.#child.stdin.on('error', () => {});
        this.#child.stderr.on('data', (data) => this.#log.write(data));

        const lines = createInterface({ input: this.#child.stdout });
        lines.on('line', (line) => {
            this.#log.write(`${line}\n`);
            const waiter = this.#lineWaiters.shift();
            if (waiter) {
                waiter.resolve(line);
            } else {
                this.#lines.push(line);
            }
        });
        lines.on('close', () => {
            for (const waiter of this.#lineWaiters.splice(0)) {
                waiter.reject(new Error(`${name} closed its output (${this.exitDescription || 'still running'}); see ${this.logPath}`));
            }
        });
    }

    get pid() {
        return this.#child.pid;
    }

    // Resolves with the next line of standard output.
    nextLine(timeoutMs) {
        if (this.#lines.length > 0) {
            return Promise.resolve(this.#lines.shift());
        }
        if (this.#child.stdout.readableEnded) {
            return Promise.reject(new Error(`${this.name} closed its output; see ${this.logPath}`));
        }
        return new Promise((resolve, reject) => {
            const waiter = { resolve, reject };
            const timer = setTimeout(() => {
                this.#lineWaiters.splice(this.#lineWaiters.indexOf(waiter), 1);
                reject(new Error(`${this.name} printed no line within ${timeoutMs} ms; see ${this.logPath}`));
            }, timeoutMs);
            waiter.resolve = (line) => {
                clearTimeout(timer);
                resolve(line);
            };
            waiter.reject = (error) => {
                clearTimeout(timer);
                reject(error);
            };
            this.#lineWaiters.push(waiter);
        });
    }

    // Resolves with the next line of standard output that is a JSON object,
    // skipping other lines.
    async nextJson(timeoutMs) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const line = await this.nextLine(Math.max(deadline - Date.now(), 1));
            try {
                const value = JSON.parse(line);
                if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
                    return value;
                }
            } catch {
                // Not JSON: a log line on standard output.
            }
        }
    }

    writeLine(text) {
        this.#child.stdin.write(`${text}\n`);
    }

    // Stops the process by PID: SIGTERM, then SIGKILL after timeoutMs.
    async stop(timeoutMs = 5000) {
        if (!this.exited && this.#child.pid !== undefined) {
            this.#child.stdin.end();
            this.#signal('SIGTERM');
            const stopped = await Promise.race([this.#exitPromise.then(() => true), delay(timeoutMs).then(() => false)]);
            if (!stopped) {
                this.#log.write(`[${this.name} ignored SIGTERM for ${timeoutMs} ms; sending SIGKILL]\n`);
                this.#signal('SIGKILL');
                await this.#exitPromise;
            }
        }
        await new Promise((resolve) => this.#log.end(resolve));
    }

    #signal(signal) {
        try {
            process.kill(this.#child.pid, signal);
        } catch (error) {
            // ESRCH: it exited after the check, which is what stop() wants.
            if (error.code !== 'ESRCH') {
                throw error;
            }
        }
    }
}

export async function startProcess(name, command, args, logDir) {
    await mkdir(logDir, { recursive: true });
    return new ChildProcess(name, command, args, logDir);
}
