/**
 * The FHIR R4 export validated against the specification (test/support/fhir-r4.ts): referrals in
 * every state, with and without a BSN, GGZ and Welzijn op Recept, with and without an insurer,
 * give Bundles without a single error; a deliberately broken resource is rejected, so the check
 * itself can fail.
 */
import { describe, expect, it } from 'vitest';
import type { Bundle, FhirResource, Task } from 'fhir/r4';
import { referralBundle } from '../src/domain/referrals/fhir';
import { REFERRAL_STATE_IDS } from '../src/domain/referrals/vocabulary';
import { anEvent, documentFacts, PRINTED_AT, welfareFacts } from '../src/domain/referrals/test-builders';
import { jsonSchemaVersion, validateR4 } from './support/fhir-r4';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const taskOf = (bundle: Bundle<FhirResource>) =>
  bundle.entry!.find((e) => e.resource?.resourceType === 'Task')!.resource as Task;

describe(`FHIR R4 export against the specification (${jsonSchemaVersion()})`, () => {
  it.each(REFERRAL_STATE_IDS)('a GGZ referral in state %s validates without errors', (state) => {
    const bundle = referralBundle(
      documentFacts(
        {
          state,
          intakeOn: state === 'intake-gepland' ? '2026-12-10' : null,
          rejectionReason: state === 'afgewezen' ? 'geen-capaciteit' : null,
          rejectionNote: state === 'afgewezen' ? 'Aanmeldstop tot februari.' : null,
        },
        {
          events: [
            anEvent(),
            anEvent({ kind: state, toState: state, message: 'Toelichting', at: PRINTED_AT }),
          ],
        },
      ),
      PRINTED_AT,
    );
    expect(validateR4(bundle)).toEqual([]);
  });

  it('validates a referral without a BSN, without an AGB code and without an insurer', () => {
    const bundle = referralBundle(
      documentFacts(
        { bsn: null, referrerAgb: null, patientPhone: null, patientEmail: null },
        { insurer: null, events: [] },
      ),
      PRINTED_AT,
    );
    expect(validateR4(bundle)).toEqual([]);
  });

  it('validates a WoR+ referral to a welzijnscoach', () => {
    expect(validateR4(referralBundle(welfareFacts(), PRINTED_AT))).toEqual([]);
  });

  it('validates a referral that replaces a rejected one', () => {
    const bundle = referralBundle(
      documentFacts({ previousReferralId: '0b1c2d3e-4f50-4a61-8b72-c3d4e5f60718' }),
      PRINTED_AT,
    );
    expect(validateR4(bundle)).toEqual([]);
  });

  it('rejects a Task with a status outside the R4 value set and without its intent', () => {
    const bundle = clone(referralBundle(documentFacts(), PRINTED_AT));
    const task = taskOf(bundle) as unknown as Record<string, unknown>;
    task.status = 'afgewezen';
    delete task.intent;
    const issues = validateR4(bundle);
    expect(issues.some((i) => i.validator === 'FHIR.js' && /Task\.status/.test(i.location))).toBe(true);
    expect(issues.some((i) => i.validator === 'FHIR.js' && /Task\.intent/.test(i.location))).toBe(true);
  });

  it('rejects a malformed birth date, an unknown element and a dangling reference', () => {
    const bundle = clone(referralBundle(documentFacts(), PRINTED_AT));
    const patient = bundle.entry!.find((e) => e.resource?.resourceType === 'Patient')!
      .resource as unknown as Record<string, unknown>;
    patient.birthDate = '12-03-1988';
    patient.geboorteplaats = 'Ede';
    taskOf(bundle).owner = { reference: 'urn:uuid:00000000-0000-4000-8000-000000000000' };
    const issues = validateR4(bundle);
    expect(issues.some((i) => i.validator === 'JSON Schema' && /birthDate/.test(i.location))).toBe(true);
    expect(issues.some((i) => /geboorteplaats/.test(`${i.location} ${i.message}`))).toBe(true);
    expect(issues.some((i) => i.validator === 'Bundle' && /not in the Bundle/.test(i.message))).toBe(true);
  });
});
