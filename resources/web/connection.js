// The WebSocket between the page and salon-server.
//
// One Connection is one tab of a session that the HTTP API created: the
// server accepts the socket only with the session cookie, which the browser
// sends with the handshake, and closing the socket leaves the session
// running. The socket opens at /ws on the host and port that served the
// page, with no subprotocol because Qt 5.15 cannot negotiate one.

// Returns the WebSocket URL for a page served from pageLocation.
export function webSocketUrl(pageLocation) {
    const scheme = pageLocation.protocol === 'https:' ? 'wss:' : 'ws:';
    return `${scheme}//${pageLocation.host}/ws`;
}

// Events:
//   open     the socket is open and send() works
//   message  detail: one JSON object from the server
//   close    detail: { opened, code, reason }, where opened is true when the
//            socket was ever open; sent once, also after close()
export class Connection extends EventTarget {
    #url;
    #socket = null;
    #opened = false;
    #closed = false;

    constructor(url) {
        super();
        this.#url = url;
    }

    open() {
        if (this.#socket) {
            throw new Error('Connection.open() called twice');
        }

        const socket = new WebSocket(this.#url);
        this.#socket = socket;
        socket.addEventListener('open', () => {
            this.#opened = true;
            this.dispatchEvent(new Event('open'));
        });
        socket.addEventListener('message', (event) => this.#receive(event.data));
        socket.addEventListener('close', (event) => this.#finish(event.code, event.reason));
        // An 'error' event is always followed by 'close', which reports it.
    }

    get isOpen() {
        return this.#socket !== null && this.#socket.readyState === WebSocket.OPEN;
    }

    // Sends one message object; returns false when the socket is not open.
    send(message) {
        if (!this.isOpen) {
            return false;
        }
        this.#socket.send(JSON.stringify(message));
        return true;
    }

    // Closes the socket. The session on the server stays.
    close() {
        if (this.#socket && this.#socket.readyState <= WebSocket.OPEN) {
            this.#socket.close(1000);
        }
        this.#finish(1000, '');
    }

    #receive(data) {
        if (typeof data !== 'string') {
            console.warn('Salon: ignored a binary WebSocket message');
            return;
        }

        let message;
        try {
            message = JSON.parse(data);
        } catch (error) {
            console.warn('Salon: ignored a WebSocket message that is not JSON:', error.message);
            return;
        }
        if (message === null || typeof message !== 'object' || Array.isArray(message) || typeof message.type !== 'string') {
            console.warn('Salon: ignored a WebSocket message that is not an object with a type');
            return;
        }

        this.dispatchEvent(new CustomEvent('message', { detail: message }));
    }

    #finish(code, reason) {
        if (this.#closed) {
            return;
        }
        this.#closed = true;
        this.dispatchEvent(new CustomEvent('close', { detail: { opened: this.#opened, code, reason } }));
    }
}
