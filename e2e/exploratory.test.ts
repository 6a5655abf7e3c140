/**
 * The verkennend gesprek in a real browser: the GP asks for one (with consent), the coordinator
 * (another browser context) plans it for this afternoon with the three wegwijzers and records the
 * outcome; the GP sees the advised route with a link to the search. Server clock: Monday
 * 23 November 2026, 11:00 in the Netherlands.
 */
import { describe, expect, it } from 'vitest';
import { browserTestHarness } from './support/harness';

describe('the verkennend gesprek in the browser', () => {
  const app = browserTestHarness();

  it('goes from request to planning to an outcome the GP can act on', async () => {
    const gp = await app.open('huisarts');
    await gp.page.goto('/verkennend-gesprek');
    await gp.page.getByRole('link', { name: 'Verkennend gesprek aanvragen' }).click();
    await gp.page.getByRole('heading', { level: 1, name: 'Verkennend gesprek aanvragen' }).waitFor();

    // Without consent the form says what is missing and sends nothing.
    await gp.page.getByLabel('Naam van de patiënt').fill('Petra de Boer');
    await gp.page.getByLabel('Geboortedatum').fill('1984-05-17');
    await gp.page
      .getByLabel('Waarom een verkennend gesprek?')
      .fill('Loopt vast op werk, relatie en geldzaken.');
    await gp.page.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await gp.page
      .getByRole('alert')
      .getByText(/toestemming van de patiënt/)
      .waitFor();

    await gp.page.getByLabel(/De patiënt geeft toestemming/).check();
    await gp.page.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await gp.page.getByRole('heading', { level: 1, name: 'Verkennend gesprek voor Petra de Boer' }).waitFor();
    const detailUrl = new URL(gp.page.url()).pathname;

    const coordinator = await app.open('verwijsadviseur');
    await coordinator.page.goto('/verkennend-gesprek');
    await coordinator.page.getByRole('link', { name: 'Petra de Boer' }).click();
    await coordinator.page.getByRole('heading', { name: 'Gesprek plannen', level: 2 }).waitFor();
    await coordinator.page.getByLabel('Datum').fill('2026-11-23');
    await coordinator.page.getByLabel('Tijd').fill('15:00');
    await coordinator.page.getByLabel('Plaats').fill('Gezondheidscentrum Ede');
    await coordinator.page.getByLabel('GGZ-specialist').fill('T. de Wit');
    await coordinator.page.getByLabel('Ondersteuner sociaal domein').fill('S. Öztürk');
    await coordinator.page.getByLabel('Ervaringsdeskundige').fill('R. Visser');
    await coordinator.page.getByRole('button', { name: 'Gesprek plannen' }).click();
    await coordinator.page.getByText('Het gesprek is gepland; de huisarts krijgt bericht.').waitFor();

    await coordinator.page
      .getByLabel('Geadviseerde route')
      .selectOption({ label: 'Welzijn op Recept+ (WoR+)' });
    await coordinator.page
      .getByLabel('Toelichting voor de huisarts')
      .fill('Stapeling op meerdere leefgebieden; WoR+ met een coach.');
    await coordinator.page.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await coordinator.page.getByText('De uitkomst is vastgelegd; de huisarts krijgt bericht.').waitFor();

    await gp.page.goto(detailUrl);
    await gp.page.getByText('Geadviseerde route: Welzijn op Recept+ (WoR+)').waitFor();
    expect(await gp.page.getByText('T. de Wit').isVisible()).toBe(true);
    const link = gp.page.getByRole('link', { name: 'Zoek aanbod voor Welzijn op Recept+ (WoR+)' });
    expect(await link.getAttribute('href')).toMatch(/kinds=wor-plus&age=42$/);
    expect(await gp.page.getByRole('button', { name: 'Gesprek plannen' }).count()).toBe(0);

    expect(gp.errors).toEqual([]);
    expect(coordinator.errors).toEqual([]);
  }, 90_000);
});
