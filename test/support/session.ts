/**
 * Test helper: sign in to a test app as a demo account, through the real sign-in and second-factor
 * routes, and send requests with the session cookie and CSRF token. TOTP codes are computed from
 * the account's published demo secret; a code is accepted once per 30-second step, so the helper
 * remembers the steps it used per app and takes the next one (waiting when it must).
 *
 *   const gp = await signInAs(t.app, 'huisarts');
 *   const res = await gp.inject({ method: 'GET', url: '/api/account' });
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { base32Decode, hotp, totpStep } from '../../src/domain/access/totp';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/services/demo-accounts';

export type DemoAccountKey =
  | 'huisarts'
  | 'huisarts2'
  | 'poh-ggz'
  | 'praktijkmedewerker'
  | 'verwijsadviseur'
  | 'aanbieder'
  | 'aanbieder2'
  | 'financier'
  | 'beheerder'
  | 'welzijn'
  | 'consulent';

export const demoEmail = (key: DemoAccountKey) => `${key}@demo.wegwijzer.nl`;

export function demoAccount(key: DemoAccountKey) {
  const account = DEMO_ACCOUNTS.find((a) => a.email === demoEmail(key));
  if (!account) throw new Error(`no demo account ${key}`);
  return account;
}

const usedSteps = new WeakMap<FastifyInstance, Map<string, number>>();

/** A fresh TOTP code for a secret that this app has not accepted yet. */
export async function nextCode(app: FastifyInstance, secret: string): Promise<string> {
  const used = usedSteps.get(app) ?? new Map<string, number>();
  usedSteps.set(app, used);
  for (;;) {
    const current = totpStep(new Date());
    const step = Math.max(current - 1, (used.get(secret) ?? -Infinity) + 1);
    if (step <= current + 1) {
      used.set(secret, step);
      return hotp(base32Decode(secret), step);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  /** inject() with the session cookie and, on changing methods, the CSRF header. */
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
}

function cookieHeader(
  res: LightMyRequestResponse,
  previous: Record<string, string> = {},
): Record<string, string> {
  const jar = { ...previous };
  for (const c of res.cookies as { name: string; value: string }[]) jar[c.name] = c.value;
  return jar;
}
const serialise = (jar: Record<string, string>) =>
  Object.entries(jar)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');

export function clientFor(app: FastifyInstance, jar: Record<string, string>, csrfToken: string): SignedIn {
  const cookie = serialise(jar);
  return {
    cookie,
    csrfToken,
    inject(options: InjectOptions) {
      const method = String(options.method ?? 'GET').toUpperCase();
      const headers = {
        ...(options.headers ?? {}),
        cookie,
        ...(['GET', 'HEAD', 'OPTIONS'].includes(method) ? {} : { 'x-csrf-token': csrfToken }),
      };
      return app.inject({ ...options, headers });
    },
  };
}

/** Signs in with e-mail and password (and the second factor when the account has one). */
export async function signInWith(
  app: FastifyInstance,
  email: string,
  password: string,
  totpSecret: string | null,
): Promise<SignedIn> {
  const first = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  if (first.statusCode !== 200)
    throw new Error(`sign-in as ${email} failed: ${first.statusCode} ${first.body}`);
  let jar = cookieHeader(first);
  let state = first.json() as { stage: string; csrfToken: string };
  if (state.stage === 'second-factor') {
    if (!totpSecret) throw new Error(`${email} needs a second factor`);
    const second = await app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      payload: { code: await nextCode(app, totpSecret) },
      headers: { cookie: serialise(jar), 'x-csrf-token': state.csrfToken },
    });
    if (second.statusCode !== 200)
      throw new Error(`second factor for ${email} failed: ${second.statusCode} ${second.body}`);
    jar = cookieHeader(second, jar);
    state = second.json();
  }
  return clientFor(app, jar, state.csrfToken);
}

/** Signs in as a demo account, all the way to a full session. */
export function signInAs(app: FastifyInstance, key: DemoAccountKey): Promise<SignedIn> {
  return signInWith(app, demoEmail(key), DEMO_PASSWORD, demoAccount(key).totpSecret);
}
