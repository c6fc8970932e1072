import path from 'node:path';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const ZEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (leave it unset for the embedded database)')
    .optional(),
  DATA_DIR: z.string().default('.data'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  TRUST_PROXY: bool.default(false),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  MAX_UPLOAD_MB: z.coerce.number().min(0.1).max(200).default(10),
  WEB_DIST: z.string().optional(),
  // smtp://user:password@host:587 or smtps://…; unset: notifications stay in the app.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  SMTP_FROM: z.string().default('Formasaun <no-reply@formasaun.local>'),
  // The address people reach the application at: links in e-mails, certificate QR codes, calendar URLs.
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/]+$/, 'scheme and host, without a trailing slash')
    .optional(),
  // How many certificate verifications one address may ask for per minute.
  VERIFY_PER_MINUTE: z.coerce.number().int().min(1).default(20),
});
export type TEnvInput = z.input<typeof ZEnv>;

export interface Env {
  databaseUrl: string | undefined;
  dataDir: string;
  host: string;
  port: number;
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
  trustProxy: boolean;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  loginAttemptsPerMinute: number;
  maxUploadBytes: number;
  webDist: string | undefined;
  smtpUrl: string | undefined;
  smtpFrom: string;
  /** Defaults to http://HOST:PORT. */
  publicUrl: string;
  verifyPerMinute: number;
}

/** Parses the environment once; the only place that reads process.env. */
export function loadEnv(
  source: Record<string, string | undefined> = process.env,
  overrides: Record<string, string | undefined> = {},
): Env {
  const parsed = ZEnv.safeParse({ ...source, ...overrides });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${lines}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    loginAttemptsPerMinute: e.LOGIN_ATTEMPTS_PER_MINUTE,
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    webDist: e.WEB_DIST,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    publicUrl: e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`,
    verifyPerMinute: e.VERIFY_PER_MINUTE,
  };
}
