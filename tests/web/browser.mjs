// Starts Debian's Chromium through playwright-core for the web tests.

import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

export const chromiumPath = process.env.SALON_CHROMIUM ?? '/usr/bin/chromium';

// Directory for screenshots; CMake points it into the build tree.
export const artifactsDir = process.env.SALON_WEB_ARTIFACTS ?? process.cwd();

// Flags for running as root in a sandbox without outside network: the
// background-networking flags stop Chromium from contacting Google hosts.
const chromiumArgs = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
];

// Launches Chromium with a fresh profile. Returns { context, close }, where
// close() ends the browser and deletes the profile. locale, such as 'fr-FR',
// sets the browser's language and its Accept-Language header.
export async function launchBrowser({ locale } = {}) {
    const userDataDir = await mkdtemp(join(tmpdir(), 'salon-chromium-'));
    let context;
    try {
        context = await chromium.launchPersistentContext(userDataDir, {
            executablePath: chromiumPath,
            headless: true,
            args: chromiumArgs,
            timeout: 30_000,
            viewport: { width: 1000, height: 700 },
            ...(locale ? { locale } : {}),
        });
    } catch (error) {
        await rm(userDataDir, { recursive: true, force: true });
        throw error;
    }
    context.setDefaultTimeout(15_000);

    return {
        context,
        async close() {
            await context.close().catch(() => {});
            await rm(userDataDir, { recursive: true, force: true });
        },
    };
}

// Returns true for Chromium's console line about an error status of the
// session API, such as 401 for GET /api/session without a session or for a
// wrong password, which the page handles.
function isSessionApiStatus(message) {
    const url = message.location()?.url ?? '';
    return message.text().startsWith('Failed to load resource:') && /^https?:\/\/[^/]+\/api\/session$/.test(url);
}

// Records the page's console errors and uncaught exceptions in errors.
export function collectPageErrors(page, errors) {
    page.on('console', (message) => {
        if (message.type() === 'error' && !isSessionApiStatus(message)) {
            errors.push(`console: ${message.text()}`);
        }
    });
    page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
}

export async function saveScreenshot(page, fileName, options = {}) {
    await mkdir(artifactsDir, { recursive: true });
    const path = join(artifactsDir, fileName);
    await page.screenshot({ path, ...options });
    return path;
}

// Calls check until it stops throwing, then returns its result. Throws the
// last error when check still fails after timeoutMs.
export async function eventually(check, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        try {
            return await check();
        } catch (error) {
            if (Date.now() >= deadline) {
                throw error;
            }
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}
