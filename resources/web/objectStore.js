// The latest properties of each `object` message by object name, for the
// views of models that a tab opens on demand (comments, pages of posts),
// whose object message arrives before the reply that names the model.

export class ObjectStore {
    #properties = new Map();
    #listeners = new Map();

    // Keeps the properties of an `object` message and notifies the listeners of its name.
    apply(message) {
        if (typeof message.object !== 'string' || typeof message.properties !== 'object' || message.properties === null) {
            return;
        }
        this.#properties.set(message.object, message.properties);
        for (const listener of this.#listeners.get(message.object) ?? []) {
            listener(message.properties);
        }
    }

    // Returns the last properties of name, or {}.
    get(name) {
        return this.#properties.get(name) ?? {};
    }

    // Calls listener(properties) on each change of name; returns the function that ends it.
    subscribe(name, listener) {
        if (!this.#listeners.has(name)) {
            this.#listeners.set(name, new Set());
        }
        this.#listeners.get(name).add(listener);
        return () => this.#listeners.get(name)?.delete(listener);
    }

    clear() {
        this.#properties.clear();
    }
}
