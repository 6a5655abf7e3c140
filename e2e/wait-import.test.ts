/**
 * Importing waiting times in a real browser: the provider's staff member (signed in over the API,
 * which sets the same cookies the sign-in page would) opens "Wachttijden importeren" from the
 * menu, checks a file of their own practice (nothing written yet) and imports it; the report table
 * shows each row's outcome. The file goes up with upload progress; once the server has answered,
 * the progress bar stands at 100% and says the file was sent.
 */
import { describe, expect, it } from 'vitest';
import { base32Decode, hotp, totpStep } from '../src/domain/access/totp';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/services/demo-accounts';
import { browserTestHarness } from './support/harness';

const EMAIL = 'aanbieder@demo.wegwijzer.nl';
const FILE = [
  'AGB-code vestiging;Postcode;Type zorg;Aanmeldwachttijd;Behandelwachttijd;Peildatum',
  '00999989;2206 OL;BGGZ;2 weken;4-5 weken;20-11-2026',
].join('\r\n');

describe('importing waiting times in the browser', () => {
  const app = browserTestHarness();

  it('checks and then imports a file of the own practice, with the report per row', async () => {
    const { page, errors } = await app.open();
    await page.goto('/');
    const first = await page.request.post('/api/auth/sign-in', {
      data: { email: EMAIL, password: DEMO_PASSWORD },
    });
    const { csrfToken } = (await first.json()) as { csrfToken: string };
    const secret = DEMO_ACCOUNTS.find((a) => a.email === EMAIL)?.totpSecret ?? '';
    const second = await page.request.post('/api/auth/second-factor', {
      data: { code: hotp(base32Decode(secret), totpStep(new Date())) },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(second.status()).toBe(200);

    await page.goto('/');
    await page.getByRole('link', { name: 'Wachttijden importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachttijden importeren' }).waitFor();
    await page
      .getByLabel('Bestand (CSV, hooguit 5 MB)')
      .setInputFiles({ name: 'brug.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE, 'latin1') });

    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText('Controle geslaagd').waitFor();
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('Import opgeslagen').waitFor();
    const progress = page.getByRole('progressbar', { name: 'Bestand verzonden: 100%' });
    expect(await progress.getAttribute('value')).toBe('100');
    expect(await page.getByText('Controleren en verwerken…').count()).toBe(0);

    const row = page.getByRole('row', { name: /Blended basis-ggz/ });
    expect(await row.innerText()).toMatch(/Bijgewerkt[\s\S]*2 wk[\s\S]*5 wk[\s\S]*2026-11-20/);
    expect(errors).toEqual([]);

    // Without the CSRF cookie the page sends no token: the server's Dutch refusal is shown, as with
    // every other call, and the report of the previous run is gone.
    await page.context().clearCookies({ name: 'wegwijzer_csrf' });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText('Het beveiligingstoken ontbreekt of klopt niet.').waitFor();
    expect(await page.getByRole('row', { name: /Blended basis-ggz/ }).count()).toBe(0);
    expect(errors.filter((e) => !e.includes('403'))).toEqual([]);
  }, 60_000);
});
