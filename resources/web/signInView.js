// The sign-in form: chat address, password, button and error line.

import { format, strings } from './strings.js';

// Maps the error codes of docs/protocol.md, of account messages and of the
// HTTP session API to the page's own sentences.
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

// Errors of salon-server itself. Its messages follow the server's locale,
// so the page shows its own sentence, in the page's language. The linker
// writes the other messages in the page's language already.
const serverErrorCodes = new Set([
    'badRequest', 'domainNotAllowed', 'serverFull', 'shuttingDown', 'timeout',
    'tooManyAttempts', 'linkerFailed', 'salonServerUnreachable',
]);

// Returns the sentence to show for an account or sign-in error.
export function errorText(code, message) {
    const local = strings[fallbackErrorKeys[code]];
    if (serverErrorCodes.has(code) && local) {
        return local;
    }
    return message || local || strings.errorUnknown;
}

// Maps the reasons of `sessionEnded`, which salon-server decides, to the
// page's own sentences.
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
    const known = strings[sessionEndedKeys[reason]];
    if (known) {
        return known;
    }
    return typeof message === 'string' && message !== '' ? message : strings.sessionEnded;
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
