/**
 * The keuzehulp in a real browser against the real app with the demo regions and the seeded
 * regional rules: a GP walks the four steps for a lonely patient with debts in Ede who will not
 * take the step alone, reads the advice (WoR+, A69.02, the routes side by side) and goes on to
 * matching results for that route. Also: acute danger shows the crisis advice at once, and a
 * coordinator moves the start of WoR+ in Wageningen and sees it in the change log.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestHarness } from './support/harness';
import { signInPage } from './support/sign-in';

describe('keuzehulp in the browser', () => {
  const app = browserTestHarness();

  async function open(path: string) {
    const opened = await app.open();
    await opened.page.goto(path);
    return opened;
  }

  const currentStep = (page: Page) => page.locator('[aria-current="step"]').textContent();
  const next = (page: Page) => page.getByRole('button', { name: 'Volgende' }).click();

  it('walks a lonely patient with debts in Ede to WoR+ and on to matching results for that route', async () => {
    const { page, errors } = await open('/keuzehulp');
    await page.getByRole('heading', { level: 1, name: /Keuzehulp/ }).waitFor();
    expect(await currentStep(page)).toBe('1. Patiënt');
    await expect
      .poll(() => page.getByLabel('Gemeente van de patiënt').locator('option').count())
      .toBeGreaterThan(300);

    // Step 1 needs an age; the form says so in Dutch and stays on the step.
    await next(page);
    await page.getByRole('alert').filter({ hasText: 'Vul de leeftijd in hele jaren in' }).waitFor();
    expect(await currentStep(page)).toBe('1. Patiënt');
    await page.getByLabel('Leeftijd (jaren)').fill('45');
    await page.getByLabel('Gemeente van de patiënt').selectOption({ label: 'Ede' });
    await next(page);

    expect(await currentStep(page)).toBe('2. Klachten en verloop');
    await page.getByRole('radio', { name: 'Matig' }).check();
    await page.getByRole('radio', { name: "Klachten die 'bij het leven horen'" }).check();
    await next(page);

    expect(await currentStep(page)).toBe('3. Risico en leefgebieden');
    await page.getByRole('checkbox', { name: 'Schulden en geldzorgen' }).check();
    await page.getByRole('checkbox', { name: 'Eenzaamheid' }).check();
    await page.getByRole('radio', { name: 'Meerdere leefgebieden (stapeling van problemen)' }).check();
    await next(page);

    expect(await currentStep(page)).toBe('4. Wat zoekt u?');
    await page
      .getByRole('group', { name: 'Zet de patiënt zelf de stap naar welzijn of ondersteuning?' })
      .getByRole('radio', { name: 'Nee' })
      .check();
    await page.getByRole('button', { name: 'Toon advies' }).click();

    await page.getByRole('heading', { level: 2, name: 'Advies: Welzijn op Recept+ (WoR+)' }).waitFor();
    await page.getByText('Registratie in het HIS: A69.02').waitFor();
    const comparison = page.getByRole('table', { name: /Vergelijking zoals op de keuzekaart/ });
    expect(await comparison.getByRole('rowheader').allTextContents()).toEqual([
      'Wanneer?',
      'In het kort',
      'Past bij',
      'Belangrijk verschil',
    ]);
    expect(await comparison.getByRole('columnheader').first().textContent()).toContain(
      'Welzijn op Recept+ (WoR+)',
    );
    await page.getByText(/^Volgende overlegtafel: donderdag 3 december 2026/).waitFor();

    await page
      .getByRole('link', { name: 'Zoek passend aanbod voor deze route: Welzijn op Recept+ (WoR+)' })
      .click();
    await page.waitForURL(/\/\?municipality=GM0228/);
    const url = new URL(page.url());
    expect(url.searchParams.get('kinds')).toBe('wor-plus');
    expect(url.searchParams.get('themes')).toBe('schulden,eenzaamheid');
    expect(url.searchParams.get('age')).toBe('45');
    const status = page.getByRole('status').filter({ hasText: /passende dienst/ });
    await status.waitFor();
    expect(Number(/(\d+) passende/.exec((await status.textContent()) ?? '')?.[1])).toBeGreaterThan(0);
    const results = page.getByRole('list', { name: 'Passende diensten' });
    expect(await results.getByRole('article').count()).toBeGreaterThan(0);
    await results.getByText('Welzijn op Recept+').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('shows the crisis advice the moment acute danger is ticked, and goes back to the questions when unticked', async () => {
    const { page, errors } = await open('/keuzehulp');
    const crisis = page.getByRole('checkbox', { name: 'Acuut gevaar voor zichzelf of anderen' });
    await crisis.check();
    await page
      .getByRole('heading', { level: 2, name: 'Crisis: schakel direct de crisisdienst in' })
      .waitFor();
    await page.getByText('Geen wachtlijst: de crisisdienst beoordeelt met spoed.').waitFor();
    await crisis.uncheck();
    await page.getByRole('heading', { level: 2, name: 'Stap 1 van 4: Patiënt' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('lets a signed-in coordinator move the WoR+ start in Wageningen and shows the change in the log', async () => {
    const { page, errors } = await open('/regio/ede-wageningen/regels');
    await page.getByRole('heading', { level: 1, name: /Regionale afspraken: Regio Ede/ }).waitFor();
    await page
      .getByText('Alleen een verwijsadviseur (regionaal coördinator) of beheerder kan de afspraken wijzigen.')
      .waitFor();
    expect(await page.getByRole('button', { name: /^Wijzig / }).count()).toBe(0);

    await signInPage(page, app.url, 'verwijsadviseur');
    await page.goto('/regio/ede-wageningen/regels');
    await page
      .getByRole('button', { name: 'Wijzig Welzijn op Recept+ (WoR+) voor Wageningen (vanaf 1 mei 2026)' })
      .click();
    await page.getByLabel('Geldig vanaf').fill('2026-06-01');
    await page.getByText('Wordt vastgelegd op naam van E. Visser (verwijsadviseur).').waitFor();
    await page.getByLabel('Reden van de wijziging').fill('Start WoR+ uitgesteld');
    await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De wijziging is opgeslagen.' }).waitFor();
    const log = page.getByRole('table', { name: 'Wijzigingslog, nieuwste eerst.' });
    await log.getByRole('cell', { name: 'Start WoR+ uitgesteld' }).waitFor();
    expect(await log.getByRole('row').nth(1).textContent()).toContain('E. Visser (verwijsadviseur)');
    expect(await log.getByRole('row').nth(1).textContent()).toContain(
      'Geldig: vanaf 1 mei 2026 → vanaf 1 juni 2026',
    );
    expect(errors).toEqual([]);
  });
});
