/**
 * Importing waiting-time files end to end over the real app and both databases: the sample file
 * (samples/wachttijden-voorbeeld.csv, ISO-8859-1 with ';') imports, a second import changes
 * nothing, one broken row stops the whole file, provider staff import only for their own
 * organisation, and the imported wait shows in matching at once. Clock: Monday 23 November 2026.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countWaitFacts } from '../../src/db/wait-import-repository';
import { testDatabases } from '../support/databases';
import { startTestApp, type TestApp } from '../support/app';
import { signInAs, type SignedIn } from '../support/session';

const SAMPLE = readFileSync(new URL('../../samples/wachttijden-voorbeeld.csv', import.meta.url));
const HEADER =
  'AGB-code vestiging;Vestiging;Postcode;Plaats;Type zorg;Dienst;Hoofddiagnosegroep;Aanmeldwachttijd;Behandelwachttijd;Soort;Aantal wachtenden;Peildatum;Opmerking';
const BRUG = '00999989;GZ-praktijk De Brug;2206 OL;Utrechtse Heuvelrug;BGGZ;;';
const WILG_EDE = '00999967;GGZ Binnenveld De Wilg, locatie Ede;4720 OF;Ede;SGGZ;;Angststoornissen';
const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\n'), 'latin1');

interface Report {
  written: boolean;
  message: string;
  problems: string[];
  counts: Record<'rows' | 'toegevoegd' | 'bijgewerkt' | 'ongewijzigd' | 'afgewezen', number>;
  rows: {
    line: number;
    outcome: string;
    reasons: string[];
    serviceId: string | null;
    serviceName: string | null;
  }[];
}

describe.each(testDatabases())('waiting-time import on $name', ({ name }) => {
  let t: TestApp;
  let coordinator: SignedIn;
  let provider: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(name);
    coordinator = await signInAs(t.app, 'verwijsadviseur');
    provider = await signInAs(t.app, 'aanbieder');
  });
  afterAll(() => t.close());

  const facts = () => countWaitFacts(t.started.services.database.db);
  const upload = async (
    who: SignedIn,
    bytes: Buffer,
    options: { dryRun?: boolean; fileName?: string } = {},
  ) => {
    const res = await who.inject({
      method: 'POST',
      url: '/api/imports/waiting-times',
      payload: {
        fileName: options.fileName ?? 'wachttijden-voorbeeld.csv',
        contentBase64: bytes.toString('base64'),
        dryRun: options.dryRun ?? false,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Report;
  };

  it('checks the sample file without writing (controleren)', async () => {
    const before = await facts();
    const report = await upload(coordinator, SAMPLE, { dryRun: true });
    expect(report.rows.filter((r) => r.outcome === 'afgewezen')).toEqual([]);
    expect(report).toMatchObject({ written: false, counts: { rows: 7, afgewezen: 0 } });
    expect(await facts()).toEqual(before);
  });

  it('imports the sample file as new fact versions, and a second import changes nothing', async () => {
    const before = await facts();
    const first = await upload(coordinator, SAMPLE);
    expect(first.written).toBe(true);
    expect(first.counts).toMatchObject({ rows: 7, afgewezen: 0, ongewijzigd: 0 });
    expect(first.counts.toegevoegd + first.counts.bijgewerkt).toBe(7);
    const after = await facts();
    expect(after).toEqual({ waits: before.waits + 6, pauses: before.pauses + 1 });

    const second = await upload(coordinator, SAMPLE);
    expect(second).toMatchObject({ written: true, counts: { ongewijzigd: 7, toegevoegd: 0, bijgewerkt: 0 } });
    expect(await facts()).toEqual(after);

    const audit = await coordinator.inject({
      method: 'GET',
      url: '/api/audit?objectType=wachttijden-import',
    });
    expect(audit.statusCode, audit.body).toBe(200);
    expect(audit.json().length).toBeGreaterThanOrEqual(2);
  });

  it('shows the imported wait in matching at once, with the file as its source', async () => {
    const report = await upload(coordinator, csv(`${BRUG};2 weken;3 weken;actueel;5;20-11-2026;`), {
      fileName: 'brug.csv',
    });
    const serviceId = report.rows[0]!.serviceId!;
    const detail = (await t.app.inject({ method: 'GET', url: `/api/services/${serviceId}` })).json();
    expect(detail.history.waits[0]).toMatchObject({
      registrationWeeks: 2,
      treatmentWeeks: 3,
      source: 'import:brug.csv',
      measuredOn: '2026-11-20',
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/match',
      payload: {
        municipalityCode: detail.service.location.municipalityCode,
        age: 35,
        careKinds: ['bggz'],
        limit: 200,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json().results.find((r: { service: { id: string } }) => r.service.id === serviceId);
    expect(result?.waitWeeks).toMatchObject({ registration: 2, treatment: 3, measuredOn: '2026-11-20' });
  });

  it('stores an aanmeldstop as a pause with its end, and a later wait in a file ends the pause', async () => {
    const waterlelie = '00999998;GZ-praktijk De Waterlelie;6401 LJ;Veenendaal;BGGZ;;';
    const stop = await upload(
      coordinator,
      csv(`${waterlelie};Clientstop tot 1-3-2027;nvt;actueel;;20-11-2026;`),
      { fileName: 'stop.csv' },
    );
    expect(stop.written).toBe(true);
    const serviceId = stop.rows[0]!.serviceId!;
    const paused = (await t.app.inject({ method: 'GET', url: `/api/services/${serviceId}` })).json();
    expect(paused.service.pause).toMatchObject({
      active: true,
      reason: 'Clientstop tot 1-3-2027',
      expectedEnd: '2027-03-01',
      source: 'import:stop.csv',
    });
    expect(
      (await upload(coordinator, csv(`${waterlelie};Clientstop tot 1-3-2027;nvt;actueel;;20-11-2026;`)))
        .counts.ongewijzigd,
    ).toBe(1);

    const open = await upload(coordinator, csv(`${waterlelie};3;5;actueel;;21-11-2026;`), {
      fileName: 'open.csv',
    });
    expect(open.rows[0]).toMatchObject({ outcome: 'bijgewerkt', serviceId });
    const reopened = (await t.app.inject({ method: 'GET', url: `/api/services/${serviceId}` })).json();
    expect(reopened.service.pause).toMatchObject({ active: false, source: 'import:open.csv' });
  });

  it('writes nothing when one row is broken, and says why for that row', async () => {
    const before = await facts();
    const report = await upload(
      coordinator,
      csv(`${BRUG};1;1;actueel;5;21-11-2026;`, `${WILG_EDE};6-8 weken;-4;actueel;;21-11-2026;`),
    );
    expect(report.written).toBe(false);
    expect(report.counts).toMatchObject({ rows: 2, afgewezen: 1 });
    expect(report.rows[1]).toMatchObject({
      line: 3,
      outcome: 'afgewezen',
      reasons: [expect.stringMatching(/negatief/)],
    });
    expect(await facts()).toEqual(before);
  });

  it('lets provider staff import for their own organisation but not for another', async () => {
    const own = await upload(provider, csv(`${BRUG};4;6;actueel;9;22-11-2026;`));
    expect(own.rows[0]?.reasons).toEqual([]);
    expect(own.written).toBe(true);

    const before = await facts();
    const other = await upload(
      provider,
      csv(`${BRUG};5;6;actueel;9;22-11-2026;`, `${WILG_EDE};3;4;actueel;;22-11-2026;`),
    );
    expect(other.written).toBe(false);
    expect(other.rows[1]).toMatchObject({
      outcome: 'afgewezen',
      reasons: [expect.stringMatching(/eigen organisatie/)],
    });
    expect(await facts()).toEqual(before);
  });

  it('refuses the import for a role without the right, and a file that is not base64', async () => {
    const gp = await signInAs(t.app, 'huisarts');
    const refused = await gp.inject({
      method: 'POST',
      url: '/api/imports/waiting-times',
      payload: { fileName: 'x.csv', contentBase64: 'QQ==', dryRun: true },
    });
    expect(refused.statusCode).toBe(403);
    const bad = await coordinator.inject({
      method: 'POST',
      url: '/api/imports/waiting-times',
      payload: { fileName: 'x.csv', contentBase64: '%%%', dryRun: true },
    });
    expect(bad.statusCode).toBe(400);
  });
});
