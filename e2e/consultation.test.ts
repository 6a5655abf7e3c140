/**
 * Consultatie GGZ in a real browser: the GP asks a psychiatrist a question (first without the
 * consent, which the form refuses), the consultant (in a browser context of their own) finds it in
 * the list and answers, and the GP sees the answer with the link that turns the advice into a
 * referral. Neither page may log a browser error.
 */
import { describe, expect, it } from 'vitest';
import { CONSENT_STATEMENT } from '../src/domain/consultation/validation';
import { browserTestHarness } from './support/harness';

const SUBJECT = 'Sertraline zonder effect na 8 weken';
const QUESTION = 'Patiënte gebruikt 8 weken sertraline 50 mg zonder effect. Ophogen of overstappen?';
const ANSWER =
  'Advies: ophogen naar 100 mg en na 4 weken evalueren; bij geen effect verwijzen naar de basis-ggz.';

describe('consultation in the browser', () => {
  const app = browserTestHarness();

  it('lets the GP ask, the consultant answer, and the GP turn the advice into a referral', async () => {
    const consultant = await app.open('consulent');
    const session = (await (await consultant.page.request.get('/api/auth/session')).json()) as {
      active: { organizationName: string };
    };
    const consultantOrganization = session.active.organizationName;

    // The GP asks.
    const gp = await app.open('huisarts');
    await gp.page.goto('/');
    await gp.page.getByRole('link', { name: 'Consultatie', exact: true }).click();
    await gp.page.getByRole('heading', { level: 1, name: 'Consultatie GGZ' }).waitFor();
    await gp.page.getByRole('link', { name: 'Nieuwe consultatievraag' }).click();
    await gp.page.getByRole('heading', { level: 1, name: 'Nieuwe consultatievraag' }).waitFor();
    await gp.page.getByLabel('Discipline').selectOption('psychiater');
    const consultantSelect = gp.page.getByLabel('Consulent', { exact: true });
    await expect.poll(() => consultantSelect.isEnabled()).toBe(true);
    const value = await consultantSelect
      .locator('option', { hasText: consultantOrganization })
      .first()
      .getAttribute('value');
    await consultantSelect.selectOption(value ?? '');
    await gp.page.getByLabel('Onderwerp').fill(SUBJECT);
    await gp.page.getByLabel('Uw vraag').fill(QUESTION);
    await gp.page.getByLabel('Ook een eenmalig consult met de patiënt aanvragen').check();

    await gp.page.getByRole('button', { name: 'Vraag versturen' }).click();
    const alert = gp.page.getByRole('alert').filter({ hasText: 'toestemming van de patiënt' });
    await alert.waitFor();
    expect(
      await gp.page.getByRole('checkbox', { name: CONSENT_STATEMENT }).getAttribute('aria-invalid'),
    ).toBe('true');

    await gp.page.getByRole('checkbox', { name: CONSENT_STATEMENT }).check();
    await gp.page.getByRole('button', { name: 'Vraag versturen' }).click();
    await gp.page.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    await gp.page.getByText('Uw consultatievraag is verstuurd.').waitFor();
    expect(await gp.page.getByText('Wacht op antwoord').count()).toBeGreaterThan(0);
    // Asked on Monday 23 November 2026 (the test clock): due Thursday 26 November.
    expect(await gp.page.locator('.consultation-facts').innerText()).toContain('26 november 2026');
    expect(await gp.page.locator('.consultation-facts').innerText()).toMatch(/Eenmalig consult met de patiënt\s*Gevraagd/);
    const threadUrl = new URL(gp.page.url()).pathname;

    // The consultant answers from the list.
    await consultant.page.goto('/consultaties');
    await consultant.page.getByRole('link', { name: SUBJECT }).click();
    await consultant.page.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    await consultant.page.getByLabel('Uw antwoord').fill(ANSWER);
    await consultant.page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await consultant.page.getByRole('heading', { level: 3, name: 'Antwoord van de consulent' }).waitFor();
    expect(await consultant.page.getByRole('link', { name: 'Advies omzetten in verwijzing' }).count()).toBe(
      0,
    );
    expect(await consultant.page.getByRole('button', { name: 'Consultatie afsluiten' }).count()).toBe(0);

    // The GP sees the answer and can turn it into a referral.
    await gp.page.goto(threadUrl);
    await gp.page.getByText(ANSWER).waitFor();
    expect(await gp.page.locator('.consultation-state').innerText()).toContain('Beantwoord');
    const convert = gp.page.getByRole('link', { name: 'Advies omzetten in verwijzing' });
    const id = threadUrl.split('/').pop() ?? '';
    const bggz = new URL(String(await convert.getAttribute('href')), app.url);
    expect(bggz.pathname).toBe('/verwijzingen/nieuw');
    expect(Object.fromEntries(bggz.searchParams)).toMatchObject({ route: 'bggz', consultatie: id });
    expect(bggz.searchParams.get('vraag')).toContain(SUBJECT);
    await gp.page.getByLabel('Route').selectOption('sggz');
    await expect
      .poll(async () =>
        new URL(String(await convert.getAttribute('href')), app.url).searchParams.get('route'),
      )
      .toBe('sggz');

    // The list shows it as answered.
    await gp.page.getByRole('link', { name: '← Alle consultatievragen' }).click();
    const row = gp.page.getByRole('row', { name: new RegExp(SUBJECT) });
    expect(await row.innerText()).toMatch(/Psychiater[\s\S]*Beantwoord/);

    expect(gp.errors).toEqual([]);
    expect(consultant.errors).toEqual([]);
  }, 90_000);
});
