import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { backupToSql, createBackup, parseBackup, restoreBackup } from '../db/backup.js';
import { generateDemo } from '../db/demo/index.js';
import { demoStartDay } from '../db/demo/seed-if-empty.js';
import { migrate } from '../db/migrate.js';
import { systemClock } from '../platform/clock.js';
import { openDatabase } from '../platform/db.js';
import { loadEnv } from '../platform/env.js';
import { serve } from '../server.js';
import { PLAN_USAGE, runPlanCommand } from './plan.js';
import { createUserFromCli } from './users.js';

const HELP = `formasaun — the training system for customs administrations

Usage:
  formasaun serve [--demo [--start-year YYYY]] [--port N] [--host H]
                                                     run the web app and API (--demo seeds an empty database;
                                                     --start-year 2017 replays the 2017–2019 cycle)
  formasaun migrate                                  apply pending database migrations
  formasaun demo [--administration timor-leste|mozambique] [--officers N] [--seed N] [--start-year YYYY]
  formasaun users create --email E --name N --role ROLE [--administration SLUG] [--org-unit CODE]
                         [--officer EMPLOYEE_NO] [--password P]
  formasaun backup FILE [--administration SLUG] [--format json|sql]
  formasaun restore FILE
${PLAN_USAGE}

The database is PostgreSQL when DATABASE_URL is set, otherwise the embedded one in DATA_DIR (default ./.data).`;

const startYearOf = (text: string | undefined) => {
  if (text === undefined) return undefined;
  const year = Number(text);
  demoStartDay(year); // refuses what is not a year
  return year;
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'plan') return runPlanCommand(rest); // no database: the optimiser is a pure function
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      port: { type: 'string' },
      host: { type: 'string' },
      administration: { type: 'string' },
      officers: { type: 'string' },
      seed: { type: 'string' },
      'start-year': { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      'org-unit': { type: 'string' },
      officer: { type: 'string' },
      password: { type: 'string' },
      format: { type: 'string' },
    },
  });
  const env = loadEnv(undefined, { ...(values.port ? { PORT: values.port } : {}), ...(values.host ? { HOST: values.host } : {}) });
  if (command === 'serve') {
    await serve(env, { demo: values.demo ?? false, startYear: startYearOf(values['start-year']) });
    return -1;
  }
  if (!command || command === 'help' || command === '--help') {
    console.log(HELP);
    return command ? 0 : 1;
  }
  const database = await openDatabase(env);
  try {
    await migrate(database, (line) => console.log(line));
    switch (command) {
      case 'migrate':
        console.log('migrations are current');
        return 0;
      case 'demo': {
        const administration = (values.administration ?? 'timor-leste') as 'timor-leste' | 'mozambique';
        const officers = Number(values.officers ?? 350);
        const result = await generateDemo(database, {
          administration,
          officers,
          seed: values.seed ? Number(values.seed) : undefined,
          today: values['start-year'] ? demoStartDay(startYearOf(values['start-year'])!) : systemClock.now(),
          asOf: systemClock.now(),
          log: (line) => console.log(line),
        });
        console.log(`${administration}: ${result.officers} officers; accounts: ${result.accounts.map((a) => a.email).join(', ')}`);
        return 0;
      }
      case 'users': {
        if (positionals[0] !== 'create') throw new Error('usage: formasaun users create --email E --name N --role ROLE …');
        const created = await createUserFromCli(database, {
          email: values.email,
          name: values.name,
          role: values.role,
          administration: values.administration,
          orgUnit: values['org-unit'],
          officer: values.officer,
          password: values.password,
        });
        console.log(`created ${created.email}${created.generatedPassword ? ` with password ${created.generatedPassword}` : ''}`);
        return 0;
      }
      case 'backup': {
        const file = positionals[0];
        if (!file) throw new Error('usage: formasaun backup FILE [--administration SLUG] [--format json|sql]');
        const backup = await createBackup(database, { administration: values.administration });
        const format = values.format ?? (file.endsWith('.sql') ? 'sql' : 'json');
        writeFileSync(file, format === 'sql' ? backupToSql(backup) : JSON.stringify(backup));
        const count = Object.values(backup.tables).reduce((n, t) => n + t.length, 0);
        console.log(`wrote ${count} rows to ${file} (${format})`);
        return 0;
      }
      case 'restore': {
        const file = positionals[0];
        if (!file) throw new Error('usage: formasaun restore FILE');
        const result = await restoreBackup(database, parseBackup(readFileSync(file, 'utf8')));
        console.log(result.rows >= 0 ? `restored ${result.rows} rows from ${file}` : `ran ${file}`);
        return 0;
      }
      default:
        console.error(`unknown command "${command}"\n\n${HELP}`);
        return 1;
    }
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    console.error(`formasaun: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
