/**
 * Use cases: print a referral letter (PDF) and export a referral as FHIR R4. Both follow the same
 * steps: load the referral within the caller's reach for 'referral:read' (someone else's referral
 * is "not found"), load its parties, make the document, and record an audit entry of event
 * 'export' with the patient's pseudonym in the same transaction, so there is no export without a
 * trace (NEN 7513: print/export).
 */
import type { Bundle, FhirResource } from 'fhir/r4';
import { reachFor } from '../domain/access/permissions';
import { notFound } from '../domain/errors';
import type { ReferralDocumentFacts } from '../domain/referrals/document-facts';
import { referralBundle } from '../domain/referrals/fhir';
import { referralLetter } from '../domain/referrals/letter';
import { loadReferralDocumentFacts } from '../db/referral-document-repository';
import { findReferral } from '../db/referral-repository';
import { audited, type UseCaseContext } from './audited';
import { renderReferralLetterPdf } from './referral-letter-pdf';

type ExportFormat = 'pdf' | 'fhir-r4';

async function exportReferral<T>(
  ctx: UseCaseContext,
  referralId: string,
  format: ExportFormat,
  make: (facts: ReferralDocumentFacts, now: Date) => Promise<T> | T,
): Promise<T> {
  const reach = reachFor(ctx.principal, 'referral:read');
  const now = ctx.services.now();
  return audited(ctx, async (tx, { record }) => {
    const key = ctx.services.auth.keys.personalData;
    const row = await findReferral(tx, key, referralId, reach);
    if (!row) throw notFound('De verwijzing');
    const document = await make(await loadReferralDocumentFacts(tx, key, row), now);
    record({
      event: 'export',
      objectType: 'referral',
      objectId: row.id,
      subjectPseudonym: row.patientPseudonym,
      details: { format },
    });
    return document;
  });
}

export interface ReferralLetterPdf {
  bytes: Uint8Array;
  /** verwijsbrief-<date>-<id prefix>.pdf: no personal data in the name. */
  fileName: string;
}

/** The referral letter as an A4 PDF. */
export function referralLetterPdf(ctx: UseCaseContext, referralId: string): Promise<ReferralLetterPdf> {
  return exportReferral(ctx, referralId, 'pdf', async (facts, now) => {
    const letter = referralLetter(facts, now);
    return { bytes: await renderReferralLetterPdf(letter, now), fileName: letter.fileName };
  });
}

/** The referral as a FHIR R4 Bundle (ServiceRequest, Task and the resources they refer to). */
export function referralFhirBundle(ctx: UseCaseContext, referralId: string): Promise<Bundle<FhirResource>> {
  return exportReferral(ctx, referralId, 'fhir-r4', (facts, now) => referralBundle(facts, now));
}
