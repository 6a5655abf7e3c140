/**
 * One referral through its closed loop in a real browser: the GP matches, refers to provider A
 * (GZ-praktijk De Brug) from a result card, provider A rejects it with a reason, the GP sees it
 * rejected on the worklist, matches again without provider A (which now shows in "Waarom niet?"),
 * refers to provider B (GZ-praktijk De Waterlelie), provider B accepts and plans the intake, and
 * the GP sees "Intake gepland" with the date. Each party signs in in a browser context of its own.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestHarness } from './support/harness';

const NEED = '/?municipality=GM1581&age=35&kinds=bggz&insurer=vgz';

async function fillReferral(page: Page, bsn: string) {
  await page.getByRole('heading', { level: 1, name: 'Nieuwe verwijzing' }).waitFor();
  await page.getByLabel('Naam van de patiënt').fill('Jan de Groot');
  await page.getByLabel('Geboortedatum').fill('1991-03-02');
  await page.getByLabel('Telefoonnummer (optioneel)').fill('06 12345678');
  await page.getByLabel('Adres', { exact: true }).fill('Kerkstraat 1, Doorn');
  await page.getByLabel('Postcode', { exact: true }).fill('3941 AA');
  expect(await page.getByLabel('Zorgverzekeraar', { exact: true }).inputValue()).toBe('vgz');
  await page.getByLabel('Burgerservicenummer (BSN)').fill(bsn);
  await page.getByLabel('Vermoedelijke psychische stoornis').fill('Depressieve stoornis');
  await page.getByLabel('Hoofdprobleem').fill('Somber en slecht slapen sinds het verlies van zijn baan');
  await page.getByLabel('Hulpvraag of verwijsvraag').fill('Behandeling van de depressieve klachten');
  await page.getByRole('radio', { name: 'Matig' }).check();
  await page.getByRole('radio', { name: 'Geen risico' }).check();
  await page.getByRole('radio', { name: 'Eén leefgebied' }).check();
  await page
    .getByLabel('Duur en beloop')
    .fill('Vier maanden, geen verbetering na zes gesprekken met de POH-GGZ');
  expect(await page.getByRole('radio', { name: 'Generalistische basis-ggz (BGGZ)' }).isChecked()).toBe(true);
}

async function referFromCard(page: Page, organization: string) {
  const card = page.getByRole('article').filter({ hasText: organization });
  await card
    .first()
    .getByRole('link', { name: /^Verwijzen/ })
    .click();
}

describe('a referral from match to planned intake, through a rejection', () => {
  const app = browserTestHarness();
  const errors: string[][] = [];
  async function signedIn(account: 'huisarts' | 'aanbieder' | 'aanbieder2'): Promise<Page> {
    const opened = await app.open(account);
    errors.push(opened.errors);
    return opened.page;
  }

  it('runs from referral through rejection, re-match and acceptance to the planned intake', async () => {
    const gp = await signedIn('huisarts');
    await gp.goto(NEED);
    await gp.getByRole('list', { name: 'Passende diensten' }).waitFor();
    await referFromCard(gp, 'GZ-praktijk De Brug');

    // Without consent and with a BSN that fails the elfproef, nothing is sent and the form says why.
    await fillReferral(gp, '123456789');
    await gp.getByRole('button', { name: 'Verwijzing versturen' }).click();
    const alert = gp.getByRole('alert').filter({ hasText: 'Controleer de verwijzing' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(
      /Burgerservicenummer \(BSN\): Dit is geen geldig BSN[\s\S]*Toestemming van de patiënt/,
    );
    expect(await gp.getByLabel('Burgerservicenummer (BSN)').getAttribute('aria-invalid')).toBe('true');
    await gp
      .getByLabel(/De patiënt geeft toestemming om deze gegevens te delen met GZ-praktijk De Brug/)
      .check();
    await gp.getByLabel('Burgerservicenummer (BSN)').fill('111222333');
    await gp.getByRole('button', { name: 'Verwijzing versturen' }).click();
    await gp.getByText('Verwijzing verstuurd naar GZ-praktijk De Brug.').waitFor();
    await gp.getByRole('heading', { level: 1, name: 'Verwijzing Jan de Groot' }).waitFor();
    expect(await gp.getByRole('link', { name: 'Verwijsbrief (PDF)' }).getAttribute('href')).toMatch(
      /\/api\/referrals\/.+\/brief\.pdf$/,
    );
    expect(await gp.getByRole('link', { name: 'FHIR (R4)' }).getAttribute('href')).toMatch(
      /\/api\/referrals\/.+\/fhir$/,
    );

    // Provider A rejects with a reason.
    const providerA = await signedIn('aanbieder');
    await providerA.goto('/verwijzingen');
    await providerA.getByRole('heading', { level: 2, name: /Verstuurd, wacht op reactie/ }).waitFor();
    await providerA.getByRole('link', { name: 'Jan de Groot' }).click();
    await providerA.getByRole('radio', { name: 'Aanmeldstop of geen capaciteit' }).check();
    await providerA.getByLabel('Toelichting voor de verwijzer (optioneel)').fill('Wachtlijst tot maart vol.');
    await providerA.getByRole('button', { name: 'Verwijzing afwijzen' }).click();
    await providerA.getByText(/De verwijzing is afgewezen/).waitFor();

    // The GP sees it rejected and matches again without provider A.
    await gp.goto('/verwijzingen');
    const rejected = gp.getByRole('region', { name: /^Afgewezen/ });
    await rejected.getByRole('link', { name: 'Jan de Groot' }).click();
    await gp
      .getByText(
        'Afgewezen door GZ-praktijk De Brug: aanmeldstop of geen capaciteit (Wachtlijst tot maart vol.).',
      )
      .waitFor();
    await gp.getByRole('button', { name: 'Opnieuw matchen zonder deze aanbieder' }).click();
    await gp.getByRole('list', { name: 'Passende diensten' }).waitFor();
    expect(gp.url()).toMatch(/zonder=/);
    expect(
      await gp.getByRole('list', { name: 'Passende diensten' }).getByText('GZ-praktijk De Brug').count(),
    ).toBe(0);
    await gp.getByText(/Waarom niet\? Bekijk waarom/).click();
    const whyNot = gp.locator('.excluded').filter({ hasText: 'GZ-praktijk De Brug' });
    expect(await whyNot.innerText()).toContain('Heeft een eerdere verwijzing voor deze patiënt afgewezen');

    await referFromCard(gp, 'GZ-praktijk De Waterlelie');
    expect(gp.url()).toMatch(/vorige=/);
    await fillReferral(gp, '111222333');
    await gp
      .getByLabel(/De patiënt geeft toestemming om deze gegevens te delen met GZ-praktijk De Waterlelie/)
      .check();
    await gp.getByRole('button', { name: 'Verwijzing versturen' }).click();
    await gp.getByText('Verwijzing verstuurd naar GZ-praktijk De Waterlelie.').waitFor();
    await gp.getByRole('link', { name: 'Eerdere (afgewezen) verwijzing' }).waitFor();

    // Provider B accepts and plans the intake.
    const providerB = await signedIn('aanbieder2');
    await providerB.goto('/verwijzingen');
    await providerB.getByRole('link', { name: 'Jan de Groot' }).click();
    await providerB.getByRole('button', { name: 'Verwijzing accepteren' }).click();
    await providerB.getByText(/De verwijzing is geaccepteerd/).waitFor();
    await providerB.getByLabel('Datum van de intake').fill('2026-12-03');
    await providerB.getByRole('button', { name: 'Intake plannen' }).click();
    await providerB
      .getByText('Intake gepland op 3 december 2026; de verwijzer is op de hoogte gebracht.')
      .waitFor();

    // The GP sees the planned intake with its date.
    await gp.goto('/verwijzingen');
    const planned = gp.getByRole('region', { name: /^Intake gepland/ });
    const row = planned.getByRole('row', { name: /Jan de Groot/ });
    expect(await row.innerText()).toContain('Intake op 3 december 2026');
    await gp.goto('/meldingen');
    await gp
      .getByRole('link', {
        name: 'GZ-praktijk De Waterlelie heeft de intake gepland op donderdag 3 december 2026.',
      })
      .waitFor();

    expect(errors.flat()).toEqual([]);
  }, 120_000);
});
