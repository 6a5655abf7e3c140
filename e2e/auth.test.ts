/**
 * Signing in in a real browser: a GP signs in with password and the code from the authenticator
 * app (computed from the published demo secret), reaches the account page, is refused the audit
 * view that only the coordinator may see (and the API refuses its data too), and signs out. The
 * coordinator then sees the GP's sign-in in the audit trail.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { base32Decode, hotp, totpStep } from '../src/domain/access/totp';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/services/demo-accounts';
import { browserTestHarness } from './support/harness';

const secretOf = (email: string) => DEMO_ACCOUNTS.find((a) => a.email === email)?.totpSecret ?? '';
const used = new Map<string, number>();

/** A code for a step this test has not used yet for that secret (a code is accepted once). */
async function freshCode(secret: string): Promise<string> {
  for (;;) {
    const step = Math.max(totpStep(new Date()) - 1, (used.get(secret) ?? -Infinity) + 1);
    if (step <= totpStep(new Date()) + 1) {
      used.set(secret, step);
      return hotp(base32Decode(secret), step);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

describe('signing in and page permissions in the browser', () => {
  const app = browserTestHarness();
  async function signIn(page: Page, email: string) {
    await page.goto('/aanmelden');
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByLabel('Wachtwoord').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Code uit uw authenticator-app' }).waitFor();
    await page.getByLabel('Code (6 cijfers)').fill(await freshCode(secretOf(email)));
    await page.getByLabel('Code (6 cijfers)').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
  }

  it('signs a GP in with the second factor, refuses the audit view, and signs out', async () => {
    const { page, errors } = await app.open();
    await page.goto('/aanmelden');
    await page.getByLabel('E-mailadres').fill('huisarts@demo.wegwijzer.nl');
    await page.getByLabel('Wachtwoord').fill('fout-wachtwoord-123');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/Aanmelden is niet gelukt/);

    await signIn(page, 'huisarts@demo.wegwijzer.nl');
    await expect
      .poll(() => page.getByText('Huisartsenpraktijk De Linde (fictief)').first().isVisible())
      .toBe(true);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link', { name: 'Audittrail' }).count()).toBe(0);

    await page.goto('/audit');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    const apiStatus = await page.evaluate(async () => (await fetch('/api/audit')).status);
    expect(apiStatus).toBe(403);

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(await page.evaluate(async () => (await fetch('/api/account')).status)).toBe(401);
    await page.goto('/account');
    await page.getByRole('heading', { level: 1, name: 'Aanmelden nodig' }).waitFor();
    // Browser errors other than the refused requests the test made on purpose.
    expect(errors.filter((e) => !/401|403|Unauthorized|Forbidden/.test(e))).toEqual([]);
  });

  it('shows the coordinator the audit trail with the GP’s sign-in', async () => {
    const { page } = await app.open();
    await signIn(page, 'verwijsadviseur@demo.wegwijzer.nl');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Audittrail' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Audittrail' }).waitFor();
    await page.getByLabel('Gebeurtenis').selectOption({ label: 'Aangemeld' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect
      .poll(() => page.getByRole('cell', { name: 'Dr. A. de Vries (huisarts)' }).count())
      .toBeGreaterThan(0);
  });
});
