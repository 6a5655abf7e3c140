/**
 * Currency (actualiteit) end to end over the real app and both databases, clock Monday 23 November
 * 2026 (ISO week 48): the list of facts to confirm for a provider built with known ages, the
 * summary per organisation, role limits, weekly reminders to the provider's own staff (once per
 * week, again the next week), and delivery over a real SMTP conversation with a test server: a
 * delivered message is marked sent, an unreachable server leaves attempts and the last error
 * until the message is given up after 5 attempts.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client';
import {
  appUser,
  insurer,
  membership,
  organization,
  outboxMessage,
  service,
  serviceContract,
  servicePause,
  serviceWait,
} from '../../src/db/schema';
import { startReminderJob } from '../../src/services/reminder-job';
import { systemContext, writeDueReminders } from '../../src/services/reminders';
import { startTestApp, TEST_NOW, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';
import { demoEmail, signInAs, type SignedIn } from '../support/session';
import { closedPort, startSmtpServer, type SmtpServer } from '../support/smtp-server';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(TEST_NOW.getTime() - days * DAY);
const dateDaysAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);
/** Later than every seeded version, so the facts below are the current ones. */
const RECORDED = new Date(TEST_NOW.getTime() + 60_000);

interface Known {
  organizationId: string;
  angst: string;
  wandelgroep: string;
  trauma: string;
  insurers: { id: string; label: string }[];
}

/** A ggz practice with four services whose facts have known ages, and five accounts around it. */
async function aProviderWithKnownFacts(db: Db): Promise<Known> {
  const [org] = await db
    .insert(organization)
    .values({ name: 'Testpraktijk Actualiteit', kind: 'ggz-praktijk' })
    .returning({ id: organization.id });
  const organizationId = org!.id;
  const insurers = await db
    .select({ id: insurer.id, label: insurer.label })
    .from(insurer)
    .orderBy(insurer.id)
    .limit(2);
  const aService = async (name: string, kind: string) => {
    const [row] = await db
      .insert(service)
      .values({ organizationId, name, kind, referralChannel: 'zorgdomein' })
      .returning({ id: service.id });
    return row!.id;
  };
  const angst = await aService('Angstbehandeling', 'bggz');
  const wandelgroep = await aService('Wandelgroep', 'welzijn');
  await aService('Online cursus', 'ehealth');
  const trauma = await aService('Traumabehandeling', 'sggz');

  const wait = (
    serviceId: string,
    group: string | null,
    days: number,
    recordedAt = RECORDED,
    confirmedDays = days,
  ) => ({
    serviceId,
    diagnosisGroup: group,
    registrationWeeks: 3,
    treatmentWeeks: 6,
    basis: 'actueel',
    measuredOn: dateDaysAgo(days),
    confirmedAt: daysAgo(confirmedDays),
    source: 'test',
    recordedAt,
  });
  await db.insert(serviceWait).values([
    // An older version confirmed yesterday is overruled by the newer version measured 45 days ago.
    wait(angst, '05', 120, new Date(RECORDED.getTime() - 3_600_000), 1),
    wait(angst, '05', 45),
    wait(angst, null, 5),
    wait(wandelgroep, null, 26),
  ]);
  const contract = (insurerId: string, year: number, days: number) => ({
    serviceId: angst,
    insurerId,
    year,
    contracted: true,
    ceiling: 'open',
    confirmedAt: daysAgo(days),
    source: 'test',
    recordedAt: RECORDED,
  });
  await db
    .insert(serviceContract)
    .values([
      contract(insurers[0]!.id, 2026, 100),
      contract(insurers[1]!.id, 2026, 3),
      contract(insurers[1]!.id, 2025, 400),
    ]);
  await db.insert(servicePause).values({
    serviceId: wandelgroep,
    active: true,
    reason: 'Groep is vol',
    expectedEnd: '2026-11-01',
    confirmedAt: daysAgo(10),
    source: 'test',
    recordedAt: RECORDED,
  });

  const anAccount = async (email: string, role: string, active = true, inOrganization = organizationId) => {
    const [user] = await db
      .insert(appUser)
      .values({ email, displayName: email.split('@')[0]!, active })
      .returning({ id: appUser.id });
    await db.insert(membership).values({ userId: user!.id, organizationId: inOrganization, role });
  };
  await anAccount('planning@testpraktijk.nl', 'aanbieder-medewerker');
  await anAccount('balie@testpraktijk.nl', 'aanbieder-medewerker');
  await anAccount('vertrokken@testpraktijk.nl', 'aanbieder-medewerker', false);
  await anAccount('beheer@testpraktijk.nl', 'beheerder');
  return { organizationId, angst, wandelgroep, trauma, insurers };
}

interface FactItem {
  serviceId: string;
  serviceName: string;
  fact: string;
  subject: string;
  state: string;
  ageDays: number | null;
  text: string;
}
interface Summary {
  organizationId: string;
  organizationName: string;
  services: number;
  onbekend: number;
  verouderd: number;
  binnenkortVerouderd: number;
  recipients: number;
  lastReminderAt: string | null;
}
interface Overview {
  today: string;
  organizations: Summary[];
  detail: { organizationId: string; organizationName: string; items: FactItem[] } | null;
}
interface OutboxMessage {
  id: string;
  organizationId: string | null;
  recipient: string;
  subject: string;
  body: string;
  state: 'pending' | 'sent' | 'failed';
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
}

describe.each(testDatabases())('currency and reminders on $name', ({ name }) => {
  let t: TestApp;
  let known: Known;
  let coordinator: SignedIn;
  let provider: SignedIn;
  let smtp: SmtpServer;
  beforeAll(async () => {
    t = await startTestApp(name);
    known = await aProviderWithKnownFacts(t.started.services.database.db);
    coordinator = await signInAs(t.app, 'verwijsadviseur');
    provider = await signInAs(t.app, 'aanbieder');
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
    await t?.close();
  });

  const outbox = async (query = '') => {
    const res = await coordinator.inject({ method: 'GET', url: `/api/outbox${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      smtpConfigured: boolean;
      counts: Record<string, number>;
      messages: OutboxMessage[];
    };
  };
  const mailTo = (smtpUrl: string) => {
    t.started.services.mail = {
      smtpUrl,
      from: 'Wegwijzer <noreply@wegwijzer.test>',
      publicUrl: 'https://wegwijzer.test',
      reminderIntervalMinutes: 0,
    };
  };

  it('lists the facts to confirm of one organisation, worst first, with their ages', async () => {
    const res = await coordinator.inject({
      method: 'GET',
      url: `/api/freshness?organizationId=${known.organizationId}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const overview = res.json() as Overview;
    expect(overview.today).toBe('2026-11-23');
    expect(overview.detail?.organizationName).toBe('Testpraktijk Actualiteit');
    const first = known.insurers[0]!.label;
    expect(overview.detail?.items.map((i) => [i.serviceName, i.fact, i.state, i.ageDays, i.subject])).toEqual(
      [
        ['Traumabehandeling', 'wachttijd', 'onbekend', null, 'Wachttijd'],
        ['Traumabehandeling', 'contract', 'onbekend', null, 'Contracten en omzetplafonds 2026'],
        ['Angstbehandeling', 'contract', 'onbekend', 100, `Contract en omzetplafond ${first} 2026`],
        ['Angstbehandeling', 'wachttijd', 'verouderd', 45, 'Wachttijd voor Angststoornissen'],
        ['Wandelgroep', 'aanmeldstop', 'verouderd', 10, 'Aanmeldstop'],
        ['Wandelgroep', 'wachttijd', 'binnenkort-verouderd', 26, 'Wachttijd (alle diagnosegroepen)'],
      ],
    );
    expect(overview.detail?.items[3]?.text).toBe(
      'Wachttijd voor Angststoornissen: laatst bevestigd op 9 oktober 2026 (45 dagen geleden). Ouder dan 30 dagen: verwijzers zien een waarschuwing en de dienst staat lager in de zoekresultaten.',
    );
    expect(overview.organizations).toEqual([
      {
        organizationId: known.organizationId,
        organizationName: 'Testpraktijk Actualiteit',
        organizationKind: 'ggz-praktijk',
        services: 4,
        onbekend: 3,
        verouderd: 2,
        binnenkortVerouderd: 1,
        recipients: 2,
        lastReminderAt: null,
      },
    ]);
  });

  it('gives the coordinator a summary of every organisation that offers services', async () => {
    const overview = (await coordinator.inject({ method: 'GET', url: '/api/freshness' })).json() as Overview;
    expect(overview.detail).toBeNull();
    expect(overview.organizations.length).toBeGreaterThan(10);
    expect(new Set(overview.organizations.map((o) => o.organizationId)).size).toBe(
      overview.organizations.length,
    );
    expect(overview.organizations.find((o) => o.organizationId === known.organizationId)).toMatchObject({
      onbekend: 3,
      verouderd: 2,
      binnenkortVerouderd: 1,
    });
    expect(overview.organizations.every((o) => o.services > 0)).toBe(true);
  });

  it('shows a provider only its own organisation', async () => {
    const own = (await provider.inject({ method: 'GET', url: '/api/freshness' })).json() as Overview;
    expect(own.organizations).toHaveLength(1);
    const ownId = own.organizations[0]!.organizationId;
    expect(own.detail?.organizationId).toBe(ownId);
    expect(own.detail?.items.every((i) => i.serviceId !== known.angst)).toBe(true);
    const other = await provider.inject({
      method: 'GET',
      url: `/api/freshness?organizationId=${known.organizationId}`,
    });
    expect(other.statusCode).toBe(403);
    const same = await provider.inject({ method: 'GET', url: `/api/freshness?organizationId=${ownId}` });
    expect(same.statusCode).toBe(200);
  });

  it('refuses GPs and financiers, and keeps reminders and the outbox to the coordinator', async () => {
    for (const role of ['huisarts', 'financier'] as const) {
      const who = await signInAs(t.app, role);
      expect((await who.inject({ method: 'GET', url: '/api/freshness' })).statusCode).toBe(403);
    }
    expect((await provider.inject({ method: 'POST', url: '/api/reminders' })).statusCode).toBe(403);
    expect((await provider.inject({ method: 'GET', url: '/api/outbox' })).statusCode).toBe(403);
    expect((await provider.inject({ method: 'POST', url: '/api/outbox/send' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/freshness' })).statusCode).toBe(401);
  });

  it('answers 404 for an unknown organisation and 400 for a malformed one', async () => {
    const unknown = await coordinator.inject({
      method: 'GET',
      url: '/api/freshness?organizationId=00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await coordinator.inject({
      method: 'GET',
      url: '/api/freshness?organizationId=de-brug',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].field).toBe('organizationId');
  });

  it('writes one reminder per organisation per week, to its active provider staff only', async () => {
    const first = await coordinator.inject({ method: 'POST', url: '/api/reminders' });
    expect(first.statusCode, first.body).toBe(200);
    const run = first.json() as {
      week: string;
      due: number;
      written: number;
      alreadyWritten: number;
      withoutRecipients: number;
    };
    expect(run.week).toBe('2026-W48');
    expect(run.written).toBeGreaterThan(0);
    expect(run.written + run.withoutRecipients).toBe(run.due);

    const rows = await t.started.services.database.db
      .select()
      .from(outboxMessage)
      .where(eq(outboxMessage.organizationId, known.organizationId));
    expect(rows).toHaveLength(1);
    const mail = rows[0]!;
    expect(mail.recipient).toBe('balie@testpraktijk.nl, planning@testpraktijk.nl');
    expect(mail.dedupeKey).toBe(`herinnering:${known.organizationId}:2026-W48`);
    expect(mail.subject).toBe('Wegwijzer: 5 gegevens van Testpraktijk Actualiteit bevestigen (week 48)');
    expect(mail.body).toContain(`Traumabehandeling (http://localhost:3000/portaal/diensten/${known.trauma})`);
    expect(mail.body).toContain('in één keer: http://localhost:3000/portaal\n');

    // Every recipient of every reminder is provider staff of that very organisation.
    const staff = await t.started.services.database.db
      .select({
        organizationId: membership.organizationId,
        email: appUser.email,
        role: membership.role,
        active: appUser.active,
      })
      .from(membership)
      .innerJoin(appUser, eq(appUser.id, membership.userId));
    for (const message of (await outbox()).messages) {
      for (const recipient of message.recipient.split(', ')) {
        expect(staff).toContainEqual({
          organizationId: message.organizationId,
          email: recipient,
          role: 'aanbieder-medewerker',
          active: true,
        });
      }
    }
    expect((await outbox()).messages.map((m) => m.recipient)).toContain(demoEmail('aanbieder'));

    const second = (await coordinator.inject({ method: 'POST', url: '/api/reminders' })).json() as typeof run;
    expect(second).toEqual({ ...run, written: 0, alreadyWritten: run.written });
    expect((await outbox()).counts.pending).toBe(run.written);

    const summary = (
      await coordinator.inject({
        method: 'GET',
        url: `/api/freshness?organizationId=${known.organizationId}`,
      })
    ).json() as Overview;
    expect(summary.organizations[0]?.lastReminderAt).toBe(TEST_NOW.toISOString());
  });

  it('refuses to send without a mail server, and leaves the messages pending', async () => {
    const res = await coordinator.inject({ method: 'POST', url: '/api/outbox/send' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/geen mailserver ingesteld/);
    const listed = await outbox();
    expect(listed.smtpConfigured).toBe(false);
    expect(listed.messages.every((m) => m.state === 'pending' && m.attempts === 0)).toBe(true);
  });

  it('delivers the pending messages over SMTP and marks them sent', async () => {
    mailTo(smtp.url);
    const pending = (await outbox()).counts.pending!;
    const res = await coordinator.inject({ method: 'POST', url: '/api/outbox/send' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ sent: pending, failed: 0, gaveUp: 0 });

    const received = await smtp.waitForMessages(pending);
    const ours = received.find((m) => m.to.includes('planning@testpraktijk.nl'))!;
    expect(ours.to).toEqual(['balie@testpraktijk.nl', 'planning@testpraktijk.nl']);
    expect(ours.from).toBe('noreply@wegwijzer.test');
    expect(ours.auth).toEqual({ user: 'wegwijzer', pass: 'smtp-geheim' });
    const headers = ours.data.split('\r\n\r\n')[0]!.replace(/\r\n[ \t]+/g, ' ');
    expect(headers).toContain(
      'Subject: Wegwijzer: 5 gegevens van Testpraktijk Actualiteit bevestigen (week 48)',
    );

    const listed = await outbox('?state=sent');
    expect(listed.counts).toEqual({ pending: 0, sent: pending, failed: 0 });
    const row = listed.messages.find((m) => m.organizationId === known.organizationId)!;
    expect(row).toMatchObject({
      state: 'sent',
      sentAt: TEST_NOW.toISOString(),
      attempts: 1,
      lastError: null,
    });
    expect(headers).toContain(`X-Wegwijzer-Bericht: ${row.id}`);
  });

  it('writes reminders again in a new week', async () => {
    const nextWeek = { ...t.started.services, now: () => new Date(TEST_NOW.getTime() + 7 * DAY) };
    const run = await writeDueReminders(systemContext(nextWeek, 'test:herinneringen'), { kind: 'all' });
    expect(run.week).toBe('2026-W49');
    expect(run.alreadyWritten).toBe(0);
    expect(run.written).toBeGreaterThan(0);
    const keys = (
      await t.started.services.database.db.select({ key: outboxMessage.dedupeKey }).from(outboxMessage)
    ).map((r) => r.key);
    expect(keys).toContain(`herinnering:${known.organizationId}:2026-W49`);
    expect(keys).toContain(`herinnering:${known.organizationId}:2026-W48`);
  });

  it('counts failed attempts with the last error when the mail server is unreachable, and gives up after 5', async () => {
    mailTo(`smtp://wegwijzer:smtp-geheim@127.0.0.1:${await closedPort()}`);
    const pending = (await outbox()).counts.pending!;
    expect(pending).toBeGreaterThan(0);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const res = await coordinator.inject({ method: 'POST', url: '/api/outbox/send' });
      expect(res.json()).toEqual({ sent: 0, failed: pending, gaveUp: attempt === 5 ? pending : 0 });
      const row = (await outbox()).messages.find((m) => m.organizationId === known.organizationId)!;
      expect(row).toMatchObject({
        attempts: attempt,
        sentAt: null,
        state: attempt === 5 ? 'failed' : 'pending',
      });
      expect(row.lastError).toMatch(/ECONNREFUSED/);
      expect(row.lastError).not.toContain('smtp-geheim');
    }
    const after = await coordinator.inject({ method: 'POST', url: '/api/outbox/send' });
    expect(after.json()).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    const failed = await outbox('?state=failed');
    expect(failed.messages).toHaveLength(pending);
    expect(failed.counts.failed).toBe(pending);
  });

  it('runs the background job without SMTP, saying once that mail stays in the outbox', async () => {
    const { mail: _configured, ...withoutMail } = t.started.services;
    const log: string[] = [];
    const job = startReminderJob(
      { ...withoutMail, now: () => new Date(TEST_NOW.getTime() + 14 * DAY) },
      0,
      (m) => log.push(m),
    );
    await job.runOnce();
    await job.runOnce();
    await job.stop();
    expect(log.filter((m) => m.includes('WEGWIJZER_SMTP_URL/WEGWIJZER_MAIL_FROM not set'))).toHaveLength(1);
    expect(log.filter((m) => m.startsWith('reminders 2026-W50:'))).toHaveLength(1);
  });
});
