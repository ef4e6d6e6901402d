// The sign-in form: chat address, password, button and error line.

import { format, strings } from './strings.js';

// Maps the error codes of docs/protocol.md, of account messages and of the
// HTTP session API, to fallback texts for errors that carry no message.
const fallbackErrorKeys = {
    invalidJid: 'errorInvalidJid',
    wrongPassword: 'errorWrongPassword',
    serverUnreachable: 'errorServerUnreachable',
    certificateNotTrusted: 'errorCertificateNotTrusted',
    encryptionUnavailable: 'errorEncryptionUnavailable',
    connectionLost: 'errorConnectionLost',
    serverError: 'errorServerError',
    badRequest: 'errorBadRequest',
    domainNotAllowed: 'errorDomainNotAllowed',
    serverFull: 'errorServerFull',
    shuttingDown: 'errorShuttingDown',
    timeout: 'errorTimeout',
    tooManyAttempts: 'errorTooManyAttempts',
    linkerFailed: 'errorLinkerFailed',
    salonServerUnreachable: 'salonServerUnreachable',
};

// Returns the sentence to show for an account error: the server's
// translated message, or a local one when the server sent none.
export function errorText(code, message) {
    if (message) {
        return message;
    }
    return strings[fallbackErrorKeys[code]] ?? strings.errorUnknown;
}

// Maps the reasons of `sessionEnded` to fallback texts for the messages
// that carry no translated sentence.
const sessionEndedKeys = {
    signedOut: 'sessionEndedSignedOut',
    serverShutdown: 'sessionEndedServerShutdown',
    idleTimeout: 'sessionEndedIdleTimeout',
    linkerStalled: 'sessionEndedLinkerStalled',
    linkerLimitExceeded: 'sessionEndedLinkerLimitExceeded',
    tabFlooding: 'sessionEndedTabFlooding',
};

// Returns the sentence to show when the server ended the session for reason.
export function sessionEndedText(reason, message) {
    if (typeof message === 'string' && message !== '') {
        return message;
    }
    return strings[sessionEndedKeys[reason]] ?? strings.sessionEnded;
}

export class SignInView {
    #form;
    #fieldset;
    #jid;
    #password;
    #submit;
    #error;

    // onSubmit(jid, password) is called for every valid submission, with
    // the JID as typed, trimmed.
    constructor(form, onSubmit) {
        this.#form = form;
        this.#fieldset = form.querySelector('fieldset');
        this.#jid = form.elements.namedItem('jid');
        this.#password = form.elements.namedItem('password');
        this.#submit = form.querySelector('button[type="submit"]');
        this.#error = form.querySelector('[role="alert"]');

        form.addEventListener('submit', (event) => {
            event.preventDefault();
            const jid = this.#jid.value.trim();
            const password = this.#password.value;
            if (jid === '') {
                this.#jid.focus();
                return;
            }
            if (password === '') {
                this.#password.focus();
                return;
            }
            onSubmit(jid, password);
        });
    }

    // Disables the form while a sign-in is in progress.
    setBusy(busy) {
        this.#fieldset.disabled = busy;
        this.#form.setAttribute('aria-busy', String(busy));
        this.#submit.textContent = busy ? strings.signingIn : strings.signIn;
    }

    // Shows an error; code is an error code of docs/protocol.md or a local one.
    showError(code, message) {
        this.#error.dataset.error = code;
        this.#error.textContent = message;
    }

    get hasError() {
        return this.#error.textContent !== '';
    }

    clearError() {
        delete this.#error.dataset.error;
        this.#error.textContent = '';
    }

    // Shows in the JID field's placeholder that a bare name gets "@domain"
    // appended, or the generic example when domain is empty.
    setDefaultDomain(domain) {
        this.#jid.placeholder = domain === '' ? strings.jidPlaceholder : format('jidPlaceholderWithDomain', { domain });
    }

    clearPassword() {
        this.#password.value = '';
    }

    // Moves the focus to the first field that needs the user.
    focus() {
        if (this.#jid.value.trim() === '') {
            this.#jid.focus();
        } else {
            this.#password.focus();
        }
    }
}
