/**
 * Actualiteit in a real browser: the regional coordinator opens the page from the menu, sorts the
 * organisation table, writes the week's reminders (the result is announced) and sees them in the
 * outbox; the provider's staff member sees the facts of their own organisation to confirm, each
 * linking to the service in the portal.
 */
import { describe, expect, it } from 'vitest';
import { browserTestHarness } from './support/harness';

describe('Actualiteit in the browser', () => {
  const app = browserTestHarness();

  it('lets the coordinator write the reminders and see them in the outbox', async () => {
    const { page, errors } = await app.open('verwijsadviseur');
    await page.goto('/');
    await page.getByRole('link', { name: 'Actualiteit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Actualiteit' }).waitFor();

    const table = page.getByRole('table', { name: /Actualiteit per organisatie/ });
    await table.waitFor();
    const nameHeader = table.getByRole('columnheader', { name: 'Organisatie' });
    await nameHeader.getByRole('button').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    const names = await table.locator('tbody tr th').allInnerTexts();
    expect(names.length).toBeGreaterThan(5);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));

    await page.getByRole('button', { name: 'Herinneringen klaarzetten' }).click();
    const status = page.getByRole('status').filter({ hasText: 'klaargezet voor week 48' });
    await status.waitFor();
    expect(await status.innerText()).toMatch(/^\d+ herinnering(en)? klaargezet voor week 48\./);

    const outbox = page.getByRole('table', { name: /Uitgaande berichten/ });
    await outbox.waitFor();
    const row = outbox.getByRole('row').filter({ hasText: 'aanbieder@demo.wegwijzer.nl' });
    expect(await row.innerText()).toMatch(
      /Klaar voor verzending[\s\S]*Wegwijzer: \d+ gegevens? van .+ bevestigen \(week 48\)[\s\S]*23 november 2026/,
    );

    // A second time writes nothing new.
    await page.getByRole('button', { name: 'Herinneringen klaarzetten' }).click();
    await page.getByRole('status').filter({ hasText: '0 herinneringen klaargezet voor week 48' }).waitFor();
    expect(errors).toEqual([]);
  }, 90_000);

  it('shows the provider its own facts to confirm, linking to the portal', async () => {
    const { page, errors } = await app.open('aanbieder');
    await page.goto('/actualiteit');
    await page.getByRole('heading', { level: 1, name: 'Te bevestigen gegevens' }).waitFor();
    expect(await page.getByRole('link', { name: /Naar het portaal/ }).getAttribute('href')).toBe('/portaal');
    const firstGroup = page.locator('.fact-group').first();
    await firstGroup.waitFor();
    const link = firstGroup.getByRole('listitem').first().getByRole('link');
    expect(await link.getAttribute('href')).toMatch(/^\/portaal\/diensten\/[0-9a-f-]{36}$/);
    expect(await page.getByRole('button', { name: 'Herinneringen klaarzetten' }).count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});
