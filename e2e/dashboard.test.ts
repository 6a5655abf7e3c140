/**
 * The regional dashboard in a real browser: a financier opens "Regiodashboard" from the menu,
 * sees the charts with their summaries, narrows to a region (the filter goes into the address),
 * opens a chart's table with "Toon als tabel", and downloads its CSV, whose first line is the
 * header row after the byte-order mark. The service page shows the forecast beside a wait.
 * A referral rejected through the API shows up, by its reason, under the rejection signals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestHarness } from './support/harness';

describe('the regional dashboard in the browser', () => {
  const app = browserTestHarness();

  it('shows the charts to a financier, with a table on demand and a CSV download', async () => {
    const { page, errors } = await app.open('financier');
    await page.goto('/');
    await page.getByRole('link', { name: 'Regiodashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regiodashboard' }).waitFor();
    for (const title of [
      'Wachttijden tegen de Treeknorm per maand',
      'Aandeel boven de Treeknorm per diagnosegroep',
      'Aanbod per diagnosegroep',
      'Aanbod per gemeente',
      'Aanmeldstops en omzetplafonds per zorgverzekeraar',
      'Actualiteit van de gegevens',
      'Afwijzingen als signaal van ontbrekend aanbod',
    ]) {
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
    }
    expect(await page.getByRole('img', { name: /mediane totale wachttijd per maand/ }).count()).toBe(1);
    expect(await page.getByText(/Treeknorm totaal: 14 weken/).count()).toBe(1);
    // No referral has been rejected yet on this server (the next test rejects one).
    const signals = page.getByRole('region', { name: 'Afwijzingen als signaal van ontbrekend aanbod' });
    expect(await signals.getByText('Nog geen afwijzingen in deze periode.').count()).toBe(1);

    await page.getByLabel('Regio').selectOption('ede-wageningen');
    await page.waitForURL(/regio=ede-wageningen/);
    await page.getByText(/Regio Ede, Veenendaal, Wageningen e\.o\. · stand van/).waitFor();
    const municipalities = await page.getByLabel('Gemeente').locator('option').allInnerTexts();
    expect(municipalities).toContain('Wageningen');
    expect(municipalities).not.toContain('Utrecht');

    const trend = page.getByRole('region', { name: 'Wachttijden tegen de Treeknorm per maand' });
    expect(
      await trend.getByText(/In november 2026 was de mediane totale wachttijd \d+(,\d)? weken/).count(),
    ).toBe(1);
    const toggle = trend.getByRole('button', { name: 'Toon als tabel' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const table = trend.getByRole('table', { name: 'Totale wachttijd per maand, in weken' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(13);
    expect(await table.getByRole('rowheader').first().innerText()).toBe('december 2025');
    expect(await trend.getByRole('button', { name: 'Verberg tabel' }).getAttribute('aria-expanded')).toBe(
      'true',
    );

    const download = page.waitForEvent('download');
    await trend.getByRole('link', { name: /CSV downloaden/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('wegwijzer-treeknorm-trend-ede-wageningen-2026-11-23.csv');
    const bytes = readFileSync((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Maand;Aantal wachttijden;Boven de Treeknorm;Aandeel boven de Treeknorm (%);Mediaan totale wachttijd (weken);25e percentiel (weken);75e percentiel (weken);Kortste (weken);Langste (weken);Mediaan aanmeldwachttijd (weken);Mediaan behandelwachttijd (weken)',
    );
    expect(lines[1]).toMatch(/^2025-12;\d+;\d+;\d+(,\d)?;/);
    expect(errors).toEqual([]);
  }, 90_000);

  it('puts the forecast beside the reported wait on a service page, flagged in words', async () => {
    const { page, errors } = await app.open('verwijsadviseur');
    await page.goto('/dashboard');
    const list = page.getByRole('region', { name: 'Prognoses die sterk afwijken van de gemelde wachttijd' });
    await list.getByRole('table').waitFor();
    await list.getByRole('rowheader').first().getByRole('link').click();
    await page.getByRole('heading', { level: 3, name: 'Prognose naast de gemelde wachttijd' }).waitFor();
    const forecast = page.getByRole('table', { name: 'Prognose per diagnosegroep' });
    expect(
      await forecast
        .getByText(/Sterke afwijking: de wachtlijst wijst op een (langere|kortere) wachttijd/)
        .count(),
    ).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 60_000);

  /** A changing API call from inside a signed-in page (its session cookie and CSRF token). */
  async function post(page: Page, url: string, data: unknown): Promise<{ id: string }> {
    await page.goto('/');
    const answer = await page.evaluate(
      async ([address, body]) => {
        const token =
          document.cookie
            .split('; ')
            .find((c) => c.startsWith('wegwijzer_csrf='))
            ?.slice(15) ?? '';
        const res = await fetch(address, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(token) },
          body: JSON.stringify(body),
        });
        return { status: res.status, text: await res.text() };
      },
      [url, data] as const,
    );
    expect(answer.status, answer.text).toBeLessThan(300);
    return JSON.parse(answer.text) as { id: string };
  }

  it('counts a rejected referral by its reason under the rejection signals, with table and CSV', async () => {
    const gp = await app.open('huisarts');
    const services = await gp.page.request.get('/api/services?kind=bggz&limit=200');
    const { items } = (await services.json()) as { items: { id: string; organizationName: string }[] };
    const brug = items.find((s) => s.organizationName === 'GZ-praktijk De Brug');
    expect(brug).toBeDefined();
    const sent = await post(gp.page, '/api/referrals', {
      serviceId: brug!.id,
      need: { municipalityCode: 'GM1581', age: 35, careKinds: ['bggz'] },
      patientName: 'Jan de Groot',
      patientBirthDate: '1991-03-02',
      patientAddress: 'Kerkstraat 1, Doorn',
      patientPostcode: '3941 AA',
      patientPhone: '06 12345678',
      insurerId: 'vgz',
      bsn: '111222333',
      suspectedDisorder: 'Depressieve stoornis',
      mainProblem: 'Somberheid en slecht slapen sinds het verlies van zijn baan',
      question: 'Behandeling van de depressieve klachten',
      careLevel: 'bggz',
      severity: 'matig',
      risk: 'geen',
      complexity: 'enkelvoudig',
      course: 'Vier maanden, geen verbetering na zes gesprekken met de POH-GGZ',
      patientWish: 'Liefst dicht bij huis',
      consentToShare: true,
    });
    const provider = await app.open('aanbieder');
    await post(provider.page, `/api/referrals/${sent.id}/actions`, {
      action: 'afwijzen',
      reason: 'omzetplafond',
    });

    const { page, errors } = await app.open('verwijsadviseur');
    await page.goto('/dashboard?regio=ede-wageningen');
    const signals = page.getByRole('region', { name: 'Afwijzingen als signaal van ontbrekend aanbod' });
    await signals
      .getByText(
        'Van december 2025 tot en met november 2026 wezen aanbieders 1 verwijzing af in Regio Ede, Veenendaal, Wageningen e.o.; ' +
          'de meest genoemde reden was ‘Omzetplafond van de zorgverzekeraar bereikt’ (1 keer, 100%).',
      )
      .waitFor();
    await signals.getByRole('button', { name: 'Toon als tabel' }).click();
    const table = signals.getByRole('table', { name: /^Afwijzingen per reden/ });
    expect(await table.getByRole('row').allInnerTexts()).toEqual([
      'Reden van afwijzing\tAfwijzingen\tAandeel',
      'Omzetplafond van de zorgverzekeraar bereikt\t1\t100%',
    ]);

    const download = page.waitForEvent('download');
    await signals.getByRole('link', { name: /CSV downloaden/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('wegwijzer-afwijzingen-ede-wageningen-2025-12-tot-2026-11.csv');
    const bytes = readFileSync((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
      'Maand;Regio;Zorgsoort;Reden van afwijzing;Aantal afwijzingen',
      '2026-11;Regio Ede, Veenendaal, Wageningen e.o.;Generalistische basis-ggz;Omzetplafond van de zorgverzekeraar bereikt;1',
      '',
    ]);
    expect([...gp.errors, ...provider.errors, ...errors]).toEqual([]);
  }, 90_000);
});
