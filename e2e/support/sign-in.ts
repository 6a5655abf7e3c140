/**
 * Signs a browser page in as a demo account through the real sign-in API (the same cookies the
 * sign-in page sets), so a test can start on the page it is about. Codes are taken per server and
 * secret, as the server accepts each TOTP step once; a page in a new context signs in on its own.
 *
 *   await signInPage(page, server.url, 'huisarts');
 *   await page.goto('/verwijzingen');
 */
import type { Page } from 'playwright-core';
import { base32Decode, hotp, totpStep } from '../../src/domain/access/totp';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/services/demo-accounts';
import { demoEmail, type DemoAccountKey } from '../../test/support/session';

const usedSteps = new Map<string, number>();

async function nextCode(serverUrl: string, secret: string): Promise<string> {
  const key = `${serverUrl}|${secret}`;
  for (;;) {
    const current = totpStep(new Date());
    const step = Math.max(current - 1, (usedSteps.get(key) ?? -Infinity) + 1);
    if (step <= current + 1) {
      usedSteps.set(key, step);
      return hotp(base32Decode(secret), step);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

export async function signInPage(page: Page, serverUrl: string, account: DemoAccountKey): Promise<void> {
  const email = demoEmail(account);
  const demo = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!demo) throw new Error(`no demo account ${account}`);
  await page.goto('/');
  const first = await page.request.post('/api/auth/sign-in', { data: { email, password: DEMO_PASSWORD } });
  if (first.status() !== 200) throw new Error(`sign-in as ${email} answered ${first.status()}`);
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  if (demo.totpSecret) {
    const second = await page.request.post('/api/auth/second-factor', {
      data: { code: await nextCode(serverUrl, demo.totpSecret) },
      headers: { 'x-csrf-token': csrfToken },
    });
    if (second.status() !== 200) throw new Error(`second factor for ${email} answered ${second.status()}`);
  }
}
