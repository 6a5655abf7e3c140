/**
 * What the referral documents (letter, FHIR export) need besides the referral row: both
 * organisations with their identifiers and an address, the service and the insurer, and the
 * events. Call only with a row that findReferral (referral-repository.ts) returned for the
 * caller's reach: these queries read by id and do not narrow again.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type {
  OrganizationFacts,
  ReferralDocumentFacts,
  ReferralEventFacts,
} from '../domain/referrals/document-facts';
import type { Db } from './client';
import { referralEvents, type ReferralRow } from './referral-repository';
import type { PersonalDataKey } from './sealed-fields';
import { insurer, location, organization, service } from './schema';

type LocationRow = typeof location.$inferSelect;

const addressOf = (row: LocationRow | undefined): OrganizationFacts['address'] =>
  row ? { street: row.street, postcode: row.postcode, city: row.city } : null;

/** The first location of each organisation (by name), for the letterhead when no service says which. */
async function firstLocations(db: Db, organizationIds: string[]): Promise<Map<string, LocationRow>> {
  const rows = await db
    .select()
    .from(location)
    .where(inArray(location.organizationId, organizationIds))
    .orderBy(asc(location.name), asc(location.id));
  const first = new Map<string, LocationRow>();
  for (const row of rows) if (!first.has(row.organizationId)) first.set(row.organizationId, row);
  return first;
}

/** The referral with everything its letter and FHIR export are made of. */
export async function loadReferralDocumentFacts(
  db: Db,
  key: PersonalDataKey,
  row: ReferralRow,
): Promise<ReferralDocumentFacts> {
  const organizationIds = [row.referrerOrganizationId, row.receiverOrganizationId];
  const [organizations, services, insurers, locations, events] = await Promise.all([
    db.select().from(organization).where(inArray(organization.id, organizationIds)),
    row.serviceId
      ? db
          .select({ id: service.id, name: service.name, locationId: service.locationId })
          .from(service)
          .where(eq(service.id, row.serviceId))
      : Promise.resolve([]),
    row.insurerId ? db.select().from(insurer).where(eq(insurer.id, row.insurerId)) : Promise.resolve([]),
    firstLocations(db, organizationIds),
    referralEvents(db, key, row.id),
  ]);
  const serviceRow = services[0];
  const serviceLocation = serviceRow?.locationId
    ? (await db.select().from(location).where(eq(location.id, serviceRow.locationId)))[0]
    : undefined;

  const facts = (id: string, place: LocationRow | undefined): OrganizationFacts => {
    const org = organizations.find((o) => o.id === id);
    if (!org) throw new Error(`organisation ${id} of referral ${row.id} not found`);
    return {
      id: org.id,
      name: org.name,
      kind: org.kind,
      agb: org.agb,
      ura: org.ura,
      kvk: org.kvk,
      phone: org.phone,
      address: addressOf(place),
    };
  };
  const insurerRow = insurers[0];
  return {
    referral: row,
    referrer: facts(row.referrerOrganizationId, locations.get(row.referrerOrganizationId)),
    receiver: facts(row.receiverOrganizationId, serviceLocation ?? locations.get(row.receiverOrganizationId)),
    service: serviceRow ? { id: serviceRow.id, name: serviceRow.name } : null,
    insurer: insurerRow ? { id: insurerRow.id, label: insurerRow.label, uzovi: insurerRow.uzovi } : null,
    events: events.map((event): ReferralEventFacts => ({
      kind: event.kind,
      toState: event.toState,
      code: event.code,
      message: event.message,
      actorName: event.actorName,
      at: event.at,
    })),
  };
}
