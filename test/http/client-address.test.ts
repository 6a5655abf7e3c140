/**
 * The client address behind a proxy: with WEGWIJZER_TRUST_PROXY naming the proxy, the address in
 * X-Forwarded-For is what the audit trail records as the workstation (NEN 7513); without it, a
 * forwarded header is ignored, so a client cannot choose the address that is logged about it.
 */
import { desc, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { auditEntry } from '../../src/db/schema';
import { buildApp } from '../../src/http/app';
import { startTestApp, type TestApp } from '../support/app';

async function failedSignInAddress(t: TestApp, trustProxy: boolean | string[]): Promise<string | null> {
  const app = await buildApp({ services: t.started.services, trustProxy });
  try {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      remoteAddress: '10.0.0.5',
      headers: { 'x-forwarded-for': '192.0.2.44' },
      payload: { email: 'huisarts@demo.wegwijzer.nl', password: 'fout-wachtwoord-123' },
    });
    expect(res.statusCode).toBe(401);
  } finally {
    await app.close();
  }
  const [entry] = await t.started.services.database.db
    .select({ clientAddress: auditEntry.clientAddress })
    .from(auditEntry)
    .where(eq(auditEntry.event, 'sign-in-failed'))
    .orderBy(desc(auditEntry.seq))
    .limit(1);
  return entry?.clientAddress ?? null;
}

describe('client address behind a proxy', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('reads WEGWIJZER_TRUST_PROXY: off by default, true, or a list of proxies', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ WEGWIJZER_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ WEGWIJZER_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1']);
  });

  it('records the forwarded address only when the proxy is trusted', async () => {
    t = await startTestApp('pglite');
    expect(await failedSignInAddress(t, false)).toBe('10.0.0.5');
    expect(await failedSignInAddress(t, ['10.0.0.0/8'])).toBe('192.0.2.44');
  });
});
