// `npm start`: one command from a fresh clone to a running Formasaun with demo data.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildWebIfStale, ensureDependencies, ROOT } from './lib.mjs';

ensureDependencies();
buildWebIfStale();
const child = spawn(process.execPath, [path.join(ROOT, 'apps/api/bin/formasaun.js'), 'serve', '--demo', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: ROOT,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
