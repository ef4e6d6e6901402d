// Runs test files with Node's built-in test runner, like
//   node run.mjs [NAME=VALUE...] FILE.test.mjs...
// where each NAME=VALUE is added to the tests' environment. Exits with 77,
// which CMake registers as "skipped", when node_modules is missing.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const testDir = dirname(fileURLToPath(import.meta.url));

if (!existsSync(join(testDir, 'node_modules', 'playwright-core'))) {
    console.log(`SKIPPED: playwright-core is not installed in ${join(testDir, 'node_modules')}. `
        + `Run "npm ci" in ${testDir} to run the Chromium tests.`);
    process.exit(77);
}

const environment = { ...process.env };
const files = [];
for (const argument of process.argv.slice(2)) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/s.exec(argument);
    if (match) {
        environment[match[1]] = match[2];
    } else {
        files.push(argument);
    }
}

const runner = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
    cwd: testDir,
    env: environment,
    stdio: 'inherit',
});

// Passes a termination on to the runner, so its after hooks stop the
// processes the tests started.
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => runner.kill(signal));
}

runner.on('exit', (code, signal) => {
    process.exit(signal ? 1 : code);
});
