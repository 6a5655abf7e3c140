/**
 * The GGZ-overlegtafel in a real browser: the GP types a case with a phone number in it, sees the
 * warning and cannot send; removes the number and sends. The coordinator (another browser context)
 * records the table's advice on the agenda; the GP then sees the advice with a link to the search.
 */
import { describe, expect, it } from 'vitest';
import { browserTestHarness } from './support/harness';

const SUMMARY =
  'Vrouw, eind dertig, sinds 3 maanden somber na verlies van haar baan; schulden en weinig steun.';

describe('the overlegtafel in the browser', () => {
  const app = browserTestHarness();

  it('blocks a case with a phone number, sends it without, and returns the advice to the GP', async () => {
    const gp = await app.open('huisarts');
    await gp.page.goto('/overlegtafel');
    await gp.page.getByRole('heading', { level: 1, name: 'GGZ-overlegtafel' }).waitFor();
    await gp.page.getByRole('table', { name: /Sessies van de overlegtafel/ }).waitFor();

    await gp.page.getByLabel('Leeftijdscategorie').selectOption('26-40');
    const summary = gp.page.getByLabel('Casus (geanonimiseerd)');
    await summary.fill(`${SUMMARY} Bereikbaar op 06-12345678.`);
    await gp.page.getByLabel('Uw vraag aan de tafel').fill('Past WoR+ of eerst basis-ggz?');
    const warning = gp.page.locator('#casus-controle');
    await warning.getByText('06-12345678').waitFor();
    expect(await warning.innerText()).toMatch(/telefoonnummer/);
    const send = gp.page.getByRole('button', { name: 'Casus versturen' });
    expect(await send.isDisabled()).toBe(true);
    expect(await summary.getAttribute('aria-invalid')).toBe('true');

    await summary.fill(SUMMARY);
    await warning.getByText('06-12345678').waitFor({ state: 'detached' });
    expect(await send.isDisabled()).toBe(false);
    await send.click();
    await gp.page.getByText(/Uw casus staat op de agenda van donderdag 3 december 2026/).waitFor();
    await gp.page.getByRole('heading', { name: /Casus voor donderdag 3 december 2026/ }).waitFor();

    const coordinator = await app.open('verwijsadviseur');
    await coordinator.page.goto('/overlegtafel');
    const firstSession = coordinator.page.getByRole('region', { name: /donderdag 3 december 2026 om 12:30/ });
    await firstSession.getByText(SUMMARY).waitFor();
    await firstSession
      .getByLabel('Advies van de tafel')
      .fill('Start WoR+ met een welzijnscoach; bij geen verbetering na 2 maanden naar de basis-ggz.');
    await firstSession.getByLabel('Geadviseerde route').selectOption({ label: 'Welzijn op Recept+ (WoR+)' });
    await firstSession.getByRole('button', { name: 'Advies vastleggen' }).click();
    await firstSession.getByText('Advies: Welzijn op Recept+ (WoR+)').waitFor();

    await gp.page.reload();
    await gp.page.getByText('Advies van de tafel: Welzijn op Recept+ (WoR+)').waitFor();
    const link = gp.page.getByRole('link', { name: 'Zoek aanbod voor Welzijn op Recept+ (WoR+)' });
    expect(await link.getAttribute('href')).toMatch(/^\/\?municipality=GM\d{4}&kinds=wor-plus&age=33$/);

    expect(gp.errors).toEqual([]);
    expect(coordinator.errors).toEqual([]);
  }, 90_000);
});
