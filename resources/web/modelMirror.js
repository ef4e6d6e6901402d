// Browser-side copies of the core's list models.
//
// The server sends every change of a model as a `model` message with one
// of the operations reset, insert, remove, update and move (see the model
// sync section of docs/protocol.md). A ModelMirror applies them to an
// array of row objects and then calls its listeners. It depends on no
// particular model's roles, so every later model reuses it.
//
// This module uses no browser API, so Node can test it directly.

export class ModelError extends Error {
    constructor(modelName, message) {
        super(`Model "${modelName}": ${message}`);
        this.name = 'ModelError';
    }
}

function isIndex(value) {
    return Number.isInteger(value) && value >= 0;
}

function isRowArray(value) {
    return Array.isArray(value) && value.every((row) => row !== null && typeof row === 'object' && !Array.isArray(row));
}

export class ModelMirror {
    #name;
    #roles = [];
    #rows = [];
    #loaded = false;
    #listeners = new Set();

    constructor(name) {
        this.#name = name;
    }

    get name() {
        return this.#name;
    }

    // Role names of the last reset, in the server's order.
    get roles() {
        return this.#roles;
    }

    // The current rows. Callers must treat the array and its rows as read-only.
    get rows() {
        return this.#rows;
    }

    get length() {
        return this.#rows.length;
    }

    // True once a reset arrived after construction or the last clear(), so
    // a view can tell an empty model from one whose snapshot is on its way.
    get loaded() {
        return this.#loaded;
    }

    // Calls listener(change) after every applied operation, where change is the
    // message that was applied. Returns a function that removes the listener.
    subscribe(listener) {
        this.#listeners.add(listener);
        return () => this.#listeners.delete(listener);
    }

    // Applies one model message. Throws ModelError and leaves the rows
    // unchanged when the message is malformed or its indexes are out of range.
    apply(message) {
        switch (message.op) {
        case 'reset':
            this.#reset(message);
            break;
        case 'insert':
            this.#insert(message);
            break;
        case 'remove':
            this.#remove(message);
            break;
        case 'update':
            this.#update(message);
            break;
        case 'move':
            this.#move(message);
            break;
        default:
            throw this.#error(`unknown operation ${JSON.stringify(message.op)}`);
        }

        this.#notify(message);
    }

    // Drops every row, for example when the session ends, and notifies the
    // listeners as for a reset.
    clear() {
        this.#rows = [];
        this.#loaded = false;
        this.#notify({ model: this.#name, op: 'reset', roles: this.#roles, rows: [] });
    }

    #reset({ roles, rows }) {
        if (!isRowArray(rows)) {
            throw this.#error('reset without a rows array');
        }
        if (roles !== undefined && !(Array.isArray(roles) && roles.every((role) => typeof role === 'string'))) {
            throw this.#error('reset with roles that are not an array of strings');
        }
        this.#roles = roles ?? [];
        this.#rows = rows.slice();
        this.#loaded = true;
    }

    #insert({ first, rows }) {
        if (!isIndex(first) || first > this.#rows.length) {
            throw this.#error(`invalid insert at ${first} into ${this.#rows.length} rows`);
        }
        if (!isRowArray(rows) || rows.length === 0) {
            throw this.#error('insert without rows');
        }
        this.#rows.splice(first, 0, ...rows);
    }

    #remove({ first, last }) {
        this.#checkRange('remove', first, last);
        this.#rows.splice(first, last - first + 1);
    }

    #update({ first, rows }) {
        if (!isRowArray(rows) || rows.length === 0) {
            throw this.#error('update without rows');
        }
        this.#checkRange('update', first, first + rows.length - 1);
        this.#rows.splice(first, rows.length, ...rows);
    }

    // Moves rows first..last so that they are placed before the row that was
    // at destination before the move, as QAbstractItemModel::beginMoveRows does.
    #move({ first, last, destination }) {
        this.#checkRange('move', first, last);
        if (!isIndex(destination) || destination > this.#rows.length) {
            throw this.#error(`invalid move to ${destination} in ${this.#rows.length} rows`);
        }
        if (destination >= first && destination <= last + 1) {
            throw this.#error(`invalid move of rows ${first} to ${last} to ${destination}, which is inside or right after them`);
        }

        const moved = this.#rows.splice(first, last - first + 1);
        const target = destination > last ? destination - moved.length : destination;
        this.#rows.splice(target, 0, ...moved);
    }

    #notify(change) {
        for (const listener of this.#listeners) {
            listener(change);
        }
    }

    #checkRange(op, first, last) {
        if (!isIndex(first) || !isIndex(last) || first > last || last >= this.#rows.length) {
            throw this.#error(`invalid ${op} of rows ${first} to ${last} in ${this.#rows.length} rows`);
        }
    }

    #error(message) {
        return new ModelError(this.#name, message);
    }
}

// The mirrors of one session, created on first use by model name, so a
// model message for a model no view uses yet is still kept.
export class ModelStore {
    #mirrors = new Map();

    get(name) {
        let mirror = this.#mirrors.get(name);
        if (!mirror) {
            mirror = new ModelMirror(name);
            this.#mirrors.set(name, mirror);
        }
        return mirror;
    }

    // Applies a `model` message to the mirror it names.
    apply(message) {
        if (typeof message.model !== 'string' || message.model === '') {
            throw new ModelError('', 'message without a model name');
        }
        this.get(message.model).apply(message);
    }

    // Empties every mirror, keeping their listeners.
    clear() {
        for (const mirror of this.#mirrors.values()) {
            mirror.clear();
        }
    }
}
