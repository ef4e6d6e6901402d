// Calls of the core's methods from the page: the `invoke` and
// `invokeResult` messages of docs/protocol.md.
//
// An Invoker numbers each call and settles its promise when the reply
// with the same id arrives. A call whose reply cannot come any more,
// because the session ended, settles with a failure too, so no button
// stays busy for ever.
//
// This module uses no browser API, so Node can test it directly.

export class Invoker {
    #send;
    #nextId = 1;
    #pending = new Map();

    // send(message) sends one message object to the server and returns
    // false when it could not.
    constructor(send) {
        this.#send = send;
    }

    // Number of calls that wait for their reply.
    get pendingCount() {
        return this.#pending.size;
    }

    // Calls object.method(...args) in the core. Resolves with the reply,
    // { ok, error, message, model, transferId }, where error and message are set
    // when ok is false, model is the name of the model that the call opened, or '',
    // and transferId the transfer that uploads.finish started, or 0.
    // Never rejects: failures the page can show are replies too.
    call(object, method, args, unsentMessage) {
        const id = this.#nextId++;
        return new Promise((resolve) => {
            if (!this.#send({ type: 'invoke', object, method, args, id })) {
                resolve({ ok: false, error: 'notSent', message: unsentMessage, model: '', transferId: 0 });
                return;
            }
            this.#pending.set(id, resolve);
        });
    }

    // Settles the call that an `invokeResult` message replies. Returns
    // false when no call waits for it.
    handleResult(message) {
        const resolve = this.#pending.get(message.id);
        if (!resolve) {
            return false;
        }
        this.#pending.delete(message.id);
        resolve({
            ok: message.ok === true,
            error: typeof message.error === 'string' ? message.error : '',
            message: typeof message.message === 'string' ? message.message : '',
            model: typeof message.model === 'string' ? message.model : '',
            transferId: Number.isInteger(message.transferId) ? message.transferId : 0,
        });
        return true;
    }

    // Settles every waiting call as failed with message, for example when
    // the session ends.
    cancelAll(message) {
        const pending = [...this.#pending.values()];
        this.#pending.clear();
        for (const resolve of pending) {
            resolve({ ok: false, error: 'cancelled', message, model: '', transferId: 0 });
        }
    }
}
