/**
 * The provider portal in a real browser: the provider's staff member opens Mijn aanbod, sees the
 * freshness of each service, opens one GGZ service and enters a new waiting time for all diagnosis
 * groups. Then a GP, in a new browser context of their own, fills in the need form on the home
 * page and sees the new wait on that service's result card. No browser errors on either page.
 */
import { describe, expect, it } from 'vitest';
import { browserTestHarness } from './support/harness';

interface PortalService {
  id: string;
  name: string;
  kind: string;
  city: string | null;
  pause: { active: boolean } | null;
}

describe('keeping a waiting time current in the provider portal', () => {
  const app = browserTestHarness();

  it('updates a waiting time in Mijn aanbod and a GP sees it in the match result', async () => {
    const provider = await app.open('aanbieder');
    // The service to update: a GGZ service of the own practice, open for registration.
    const own = (await (await provider.page.request.get('/api/portal/services')).json()) as {
      services: PortalService[];
    };
    const service = own.services.find((s) => ['bggz', 'sggz'].includes(s.kind) && s.city && !s.pause?.active);
    expect(service, 'an open GGZ service of the demo provider').toBeDefined();
    const { id, name } = service!;

    const page = provider.page;
    await page.goto('/');
    await page.getByRole('link', { name: 'Mijn aanbod' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn aanbod' }).waitFor();
    const table = page.getByRole('table', { name: /^Diensten van / });
    await table.waitFor();
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name, exact: true }) })
      .first();
    expect(await row.textContent()).toMatch(/Actueel|Verouderd|Onbekend/);
    await page.getByRole('button', { name: 'Niets gewijzigd – alle gegevens bevestigen' }).waitFor();

    await row.getByRole('link', { name, exact: true }).click();
    await page.waitForURL(`**/portaal/diensten/${id}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Wachttijden' }).waitFor();
    await page.getByLabel('Diagnosegroep', { exact: true }).selectOption({ label: 'Alle diagnosegroepen' });
    await page.getByLabel('Aanmeldwachttijd (weken)').fill('1.5');
    await page.getByLabel('Behandelwachttijd (weken)').fill('2.5');
    await page.getByLabel('Aantal wachtenden (optioneel)').fill('17');
    await page.getByLabel('Intakes per maand (optioneel)').fill('9');
    await page.getByLabel('Starts van behandeling per maand (optioneel)').fill('8');
    await page.getByRole('button', { name: 'Wachttijd opslaan' }).click();
    await page.getByText('De wachttijd voor alle diagnosegroepen is opgeslagen.').waitFor();
    const waits = page.getByRole('table', { name: 'Actuele wachttijden per diagnosegroep' });
    const allGroups = waits.getByRole('row', { name: /Alle diagnosegroepen/ });
    expect(await allGroups.innerText()).toMatch(/1,5 wk[\s\S]*2,5 wk[\s\S]*17[\s\S]*9[\s\S]*8[\s\S]*Actueel/);
    const history = page.getByRole('table', { name: /Geschiedenis van deze dienst/ });
    await history.getByRole('row').nth(1).filter({ hasText: 'F. Smit (ggz-aanbieder)' }).waitFor();
    expect(await history.getByRole('row').nth(1).innerText()).toMatch(
      /Wachttijd[\s\S]*1,5 \+ 2,5 weken[\s\S]*Portaal/,
    );
    expect(provider.errors).toEqual([]);

    // A GP in a browser of their own.
    const gp = await app.open('huisarts');
    const detail = (await (await gp.page.request.get(`/api/services/${id}`)).json()) as {
      service: { location: { municipalityCode: string } };
    };
    const municipalities = (await (await gp.page.request.get('/api/reference/municipalities')).json()) as {
      code: string;
      name: string;
    }[];
    const municipality = municipalities.find(
      (m) => m.code === detail.service.location.municipalityCode,
    )!.name;

    await gp.page.goto('/');
    await gp.page.getByRole('heading', { level: 1, name: 'Zoek passend aanbod' }).waitFor();
    await gp.page.getByLabel('Gemeente van de patiënt').fill(municipality);
    await gp.page.getByLabel('Leeftijd (jaren)').fill('35');
    await gp.page.getByText('Zorgsoort', { exact: true }).click();
    const kindLabel = service!.kind === 'bggz' ? 'Generalistische basis-ggz' : 'Gespecialiseerde ggz';
    await gp.page.getByRole('checkbox', { name: kindLabel }).check();
    await gp.page.getByLabel('Leeftijd (jaren)').press('Enter');

    const card = gp.page.getByRole('article').filter({ has: gp.page.locator(`[id="dienst-${id}"]`) });
    await card.waitFor();
    expect(await card.innerText()).toContain('1,5 + 2,5 weken, binnen de Treeknorm');
    expect(gp.errors).toEqual([]);
  }, 120_000);

  it('tells the second of two colleagues editing one field, keeps their input, and saves on the second try', async () => {
    const { page, errors } = await app.open('aanbieder');
    const own = (await (await page.request.get('/api/portal/services')).json()) as { services: PortalService[] };
    const service = own.services.find((s) => ['bggz', 'sggz'].includes(s.kind) && s.city)!;
    await page.goto(`/portaal/diensten/${service.id}`);
    const description = page.getByLabel('Omschrijving', { exact: true });
    await description.waitFor();

    // A colleague saves a new description while this page is open.
    const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
    const loaded = (await (await page.request.get(`/api/portal/services/${service.id}`)).json()) as {
      versionId: string | null;
    };
    const colleague = await page.request.patch(`/api/portal/services/${service.id}`, {
      data: { description: 'Tekst van een collega.', basedOnVersionId: loaded.versionId },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(colleague.status()).toBe(200);

    await description.fill('Mijn eigen tekst over deze dienst.');
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'ook omschrijving gewijzigd' }).waitFor();
    expect(await description.inputValue()).toBe('Mijn eigen tekst over deze dienst.');

    // Seen the warning, the user saves again on top of the colleague's version.
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await page.getByText('De gegevens zijn opgeslagen. Verwijzers zien ze direct.').waitFor();
    const saved = (await (await page.request.get(`/api/portal/services/${service.id}`)).json()) as {
      description: string;
    };
    expect(saved.description).toBe('Mijn eigen tekst over deze dienst.');
    expect(errors.filter((e) => !/409/.test(e))).toEqual([]);
  });
});
