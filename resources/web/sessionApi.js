// The HTTP API of salon-server for sessions: sign-in, resume and sign-out
// with the HttpOnly cookie salon_session, which the browser sends by itself
// on same-origin requests and on the WebSocket handshake, and the sign-in
// page's configuration.
//
// Every function resolves, never rejects: with { ok: true, status, body }
// for a 2xx response, or with { ok: false, status, error, message }, where
// error is the server's error code and message its translated sentence
// (empty when it sent none). A request that got no HTTP response at all has
// status 0 and error 'salonServerUnreachable'.

const sessionPath = '/api/session';
const configPath = '/api/config';

async function request(path, method, body = undefined) {
    const init = { method, credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } };
    if (body !== undefined) {
        init.headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(body);
    }

    let response;
    try {
        response = await fetch(path, init);
    } catch (error) {
        console.warn(`Salon: ${method} ${path} failed:`, error.message);
        return { ok: false, status: 0, error: 'salonServerUnreachable', message: '' };
    }

    let reply = {};
    try {
        const parsed = await response.json();
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
            reply = parsed;
        }
    } catch {
        // A proxy's error page is not JSON: the status alone decides.
    }

    if (response.ok) {
        return { ok: true, status: response.status, body: reply };
    }
    return {
        ok: false,
        status: response.status,
        error: typeof reply.error === 'string' && reply.error !== '' ? reply.error : `http${response.status}`,
        message: typeof reply.message === 'string' ? reply.message : '',
    };
}

// Signs in: the server starts a linker for the account and responds once the
// account is online, with the session cookie. Resolves with { ok, jid, ... }.
export async function createSession(jid, password) {
    const result = await request(sessionPath, 'POST', { jid, password });
    if (result.ok) {
        result.jid = typeof result.body.jid === 'string' && result.body.jid !== '' ? result.body.jid : jid;
    }
    return result;
}

// Asks whether the browser's cookie names a live session. Resolves with
// { ok: true, jid } when it does, and with status 401 when it does not.
export async function fetchSession() {
    const result = await request(sessionPath, 'GET');
    if (result.ok) {
        result.jid = typeof result.body.jid === 'string' ? result.body.jid : '';
    }
    return result;
}

// Ends the session and its linker. The server clears the cookie.
export function deleteSession() {
    return request(sessionPath, 'DELETE');
}

// Resolves with { defaultDomain, allowedDomains } for the sign-in form, with
// an empty domain and list when the request failed.
export async function fetchConfig() {
    const result = await request(configPath, 'GET');
    const body = result.ok ? result.body : {};
    return {
        defaultDomain: typeof body.defaultDomain === 'string' ? body.defaultDomain.trim() : '',
        allowedDomains: Array.isArray(body.allowedDomains) ? body.allowedDomains.filter((domain) => typeof domain === 'string') : [],
    };
}

// Returns the JID to sign in with: a bare user name, one with neither '@'
// nor '/', gets '@' and defaultDomain appended when the server has one.
export function completeJid(input, defaultDomain) {
    const jid = input.trim();
    if (defaultDomain === '' || jid === '' || jid.includes('@') || jid.includes('/')) {
        return jid;
    }
    return `${jid}@${defaultDomain}`;
}

// Milliseconds to wait before WebSocket reconnect number attempt (0 for
// the first): 1 s doubled per attempt up to 30 s, with ±20 % jitter so that
// the tabs of one browser do not all reconnect at the same moment.
export function reconnectDelay(attempt, random = Math.random) {
    const base = Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
    return Math.round(base * (0.8 + 0.4 * random()));
}
