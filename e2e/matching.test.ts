/**
 * Matching in a real browser against the real app with the demo regions: a GP fills in the need
 * for a patient in Ede, submits with Enter, reads the results with their waits against the
 * Treeknorm, sees why services were left out, and opens one service to check a fact's source and
 * date. Also: a link with the need in its query string, error messages, and free-text search.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestHarness } from './support/harness';

const DUTCH_DATE =
  /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/;

describe('matching in the browser', () => {
  const app = browserTestHarness();
  const pages: { page: Page; errors: string[] }[] = [];

  async function open(path: string, viewport?: { width: number; height: number }) {
    const opened = await app.open(undefined, viewport);
    pages.push(opened);
    await opened.page.goto(path);
    return opened;
  }

  /** The live result count, once a search has finished. */
  async function resultCount(page: Page): Promise<number> {
    const status = page.getByRole('status').filter({ hasText: /passende dienst(en)?/ });
    await status.waitFor();
    const text = (await status.textContent()) ?? '';
    return Number(/(\d+) passende/.exec(text)?.[1] ?? Number.NaN);
  }

  it('finds care for a need in Ede, explains what was left out, and shows a fact with its source', async () => {
    const { page, errors } = await open('/');
    await page.getByRole('heading', { level: 1, name: 'Zoek passend aanbod' }).waitFor();

    await page.getByLabel('Gemeente van de patiënt').fill('Ede');
    await page.getByLabel('Leeftijd (jaren)').fill('45');
    await page
      .getByLabel('Diagnosegroep (optioneel)')
      .selectOption({ label: 'Depressieve stemmingsstoornissen (04)' });
    await page.getByLabel('Zorgverzekeraar (optioneel)').selectOption({ label: 'Zilveren Kruis' });
    await page.getByText('Kenmerken die uitsluiting kunnen geven').click();
    await page.getByRole('checkbox', { name: 'Primaire verslavingsproblematiek' }).check();
    await page.getByLabel('Leeftijd (jaren)').press('Enter');

    expect(await resultCount(page)).toBeGreaterThan(0);
    const url = new URL(page.url());
    expect(url.searchParams.get('municipality')).toBe('GM0228');
    expect(url.searchParams.get('characteristics')).toBe('primaire-verslaving');
    await page.getByText('Demo: alle aanbieders en gegevens zijn fictief.').first().waitFor();

    const results = page.getByRole('list', { name: 'Passende diensten' });
    expect(await results.getByRole('article').count()).toBeGreaterThan(0);
    // A waiting bar with its text equivalent against the Treeknorm.
    await results
      .getByText(/\d+(,\d)? \+ \d+(,\d)? weken?, (binnen|boven|ver boven) de Treeknorm/)
      .first()
      .waitFor();

    // "Waarom niet?" lists the services left out because of the patient characteristic or the insurer.
    await page.getByRole('heading', { name: 'Waarom niet?' }).waitFor();
    await page.getByText(/\d+ diensten? vall?(t|en) af/).click();
    const whyNot = page.locator('.why-not__body');
    await whyNot
      .getByText(/Exclusiecriterium: primaire verslavingsproblematiek|Geen contract met Zilveren Kruis/)
      .first()
      .waitFor();

    // The detail page shows each fact with its date and source.
    const firstLink = results.getByRole('link').first();
    const name = (await firstLink.textContent()) ?? '';
    await firstLink.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const waits = page.getByRole('table', { name: 'Actuele wachttijden per diagnosegroep' });
    const contracts = page.getByRole('table', { name: /Actuele contracten per zorgverzekeraar/ });
    const factTable = (await waits.count()) > 0 ? waits : contracts;
    const row = factTable.getByRole('row').nth(1);
    expect(await row.textContent()).toMatch(DUTCH_DATE);
    expect(await row.textContent()).toContain('demo-generator');

    expect(errors).toEqual([]);
  });

  it('opens the results straight from a link that carries the need, as the keuzehulp does', async () => {
    const { page, errors } = await open('/?kinds=wor-plus&municipality=GM0228&age=45&themes=eenzaamheid');
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect(await page.getByLabel('Gemeente van de patiënt').inputValue()).toBe('Ede');
    expect(await page.getByLabel('Leeftijd (jaren)').inputValue()).toBe('45');
    expect(await page.getByRole('checkbox', { name: 'Welzijn op Recept+' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Eenzaamheid' }).isChecked()).toBe(true);
    const cards = await page
      .getByRole('list', { name: 'Passende diensten' })
      .getByRole('article')
      .allTextContents();
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(card).toContain('Welzijn op Recept+');
    expect(errors).toEqual([]);
  });

  it('filters the result list in the browser and announces how many are shown', async () => {
    const { page, errors } = await open(
      '/?municipality=GM0228&age=45&insurer=zilveren-kruis&diagnosisGroup=04',
    );
    const total = await resultCount(page);
    const cards = page.getByRole('list', { name: 'Passende diensten' }).getByRole('article');
    const before = await cards.count();
    await page.getByRole('checkbox', { name: 'Alleen binnen de Treeknorm' }).check();
    const after = await cards.count();
    expect(after).toBeLessThanOrEqual(before);
    if (after < before) {
      await page
        .getByRole('status')
        .filter({ hasText: `${total} passende diensten, ${after} getoond met de filters` })
        .waitFor();
    }
    for (const text of await cards.allTextContents())
      expect(text).not.toMatch(/boven de Treeknorm|Wachttijd onbekend/);
    expect(errors).toEqual([]);
  });

  it('fits a small phone screen without sideways scrolling', async () => {
    const { page } = await open('/?municipality=GM0228&age=45&insurer=zilveren-kruis&diagnosisGroup=04', {
      width: 320,
      height: 700,
    });
    await resultCount(page);
    await page.getByRole('button', { name: /^Waarom niet\?/ }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('says in Dutch what is wrong with the need, near the form', async () => {
    const { page } = await open('/');
    await page.getByLabel('Gemeente van de patiënt').waitFor();
    await page.getByLabel('Gemeente van de patiënt').fill('Nergenshuizen');
    await page.getByLabel('Leeftijd (jaren)').fill('200');
    await page.getByRole('button', { name: 'Zoek passend aanbod' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Kies een gemeente uit de lijst.');
    expect(await alert.textContent()).toContain('Vul een leeftijd in hele jaren in');

    // The server's answer to a municipality it does not know, from a link.
    await page.goto('/?municipality=GM9999&age=40');
    await page.getByRole('alert').filter({ hasText: 'Deze gemeente kennen we niet.' }).waitFor();
  });

  it('searches the care map by free text and opens a hit', async () => {
    const { page, errors } = await open('/zoeken');
    await page.getByLabel('Zoekterm').fill('depressie');
    await page.getByLabel('Zoekterm').press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: /gevonden voor/ })
      .waitFor();
    const hits = page.locator('.hits').getByRole('link');
    expect(await hits.count()).toBeGreaterThan(0);
    await hits.first().click();
    await page.getByRole('heading', { level: 2, name: 'Wachttijden' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('gives every form control a label and offers a skip link to the main content', async () => {
    const { page } = await open('/');
    await page.getByLabel('Gemeente van de patiënt').waitFor();
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea')]
        .filter((el) => (el as HTMLInputElement).labels?.length === 0 && !el.getAttribute('aria-label'))
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
  });
});
