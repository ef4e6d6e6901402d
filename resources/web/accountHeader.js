// The header of the contacts screen: account JID, connection state and
// the sign-out button.

import { errorText } from './signInView.js';
import { format, strings } from './strings.js';

const stateKeys = {
    offline: 'stateOffline',
    connecting: 'stateConnecting',
    online: 'stateOnline',
    reconnecting: 'stateReconnecting',
};

// Returns the text for an account message's state, with the error
// appended for a reconnecting or offline account.
export function stateText({ state, error, errorMessage }) {
    if ((state === 'reconnecting' || state === 'offline') && error) {
        const text = errorText(error, errorMessage);
        return format(state === 'reconnecting' ? 'stateReconnectingWithError' : 'stateOfflineWithError', { error: text });
    }
    return strings[stateKeys[state]] ?? strings.stateOffline;
}

export class AccountHeader {
    #jid;
    #state;
    #stateText;

    constructor(header, onSignOut) {
        this.#jid = header.querySelector('[data-testid="account-jid"]');
        this.#state = header.querySelector('[data-testid="connection-state"]');
        this.#stateText = this.#state.querySelector('.state-text');
        header.querySelector('[data-testid="sign-out"]').addEventListener('click', () => onSignOut());
    }

    setJid(jid) {
        this.#jid.textContent = jid;
        this.#jid.title = jid;
    }

    // Shows that the page lost its WebSocket to the Salon server and reconnects.
    setServerReconnecting() {
        this.#state.dataset.state = 'reconnecting';
        this.#state.dataset.error = 'salonConnectionLost';
        this.#stateText.textContent = strings.salonReconnecting;
    }

    // Shows the state of an `account` message.
    setAccount(account) {
        this.#state.dataset.state = account.state;
        this.#state.dataset.error = account.error || '';
        this.#stateText.textContent = stateText(account);
    }
}
