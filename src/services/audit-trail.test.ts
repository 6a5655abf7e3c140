import { describe, expect, it } from 'vitest';
import { accessOverviewCsv, type AuditEntryView } from './audit-trail';

const entry = (overrides: Partial<AuditEntryView>): AuditEntryView => ({
  seq: 1,
  at: '2026-11-23T10:00:00.000Z',
  event: 'read',
  eventLabel: 'Ingezien',
  outcome: 'success',
  actorUserId: 'u',
  actorName: 'Dr. A. de Vries',
  actorRole: 'huisarts',
  actorOrganizationId: 'o',
  actorOrganizationName: 'Praktijk "De Linde"',
  onBehalfOf: null,
  subjectPseudonym: 'p-1',
  objectType: 'referral',
  objectId: 'r-1',
  details: {},
  requestId: null,
  clientAddress: null,
  prevHash: '0'.repeat(64),
  hash: '1'.repeat(64),
  ...overrides,
});

describe('the per-person overview as CSV', () => {
  it('writes one quoted row per entry with semicolons, escaping quotes', () => {
    const lines = accessOverviewCsv([entry({})]).split('\r\n');
    expect(lines[0]).toBe('"Tijdstip";"Gebeurtenis";"Uitkomst";"Gebruiker";"Rol";"Organisatie";"Object"');
    expect(lines[1]).toBe(
      '"2026-11-23T10:00:00.000Z";"Ingezien";"gelukt";"Dr. A. de Vries";"huisarts";"Praktijk ""De Linde""";"referral r-1"',
    );
  });
  it('neutralises cells a spreadsheet would run as a formula', () => {
    const line = accessOverviewCsv([
      entry({ actorName: '=HYPERLINK("http://x")', actorOrganizationName: '@SUM(1)' }),
    ]).split('\r\n')[1];
    expect(line).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(line).toContain(`"'@SUM(1)"`);
  });
});
