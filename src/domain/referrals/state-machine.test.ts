import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { availableActions, planAction, type ReferralFacts } from './state-machine';
import type { ReferralState } from './vocabulary';

const TODAY = '2026-11-23';
const referral = (state: ReferralState, overrides: Partial<ReferralFacts> = {}): ReferralFacts => ({
  state,
  route: 'bggz',
  validUntil: '2027-08-23',
  ...overrides,
});

function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('the receiver', () => {
  it('accepts a sent referral', () => {
    const step = planAction(referral('verstuurd'), 'ontvanger', { action: 'accepteren' }, TODAY);
    expect(step.toState).toBe('geaccepteerd');
    expect(step.event).toMatchObject({
      kind: 'geaccepteerd',
      fromState: 'verstuurd',
      toState: 'geaccepteerd',
    });
  });

  it('rejects with a reason from the list, which is stored as the event code', () => {
    const step = planAction(
      referral('verstuurd'),
      'ontvanger',
      { action: 'afwijzen', reason: 'geen-capaciteit' },
      TODAY,
    );
    expect(step).toMatchObject({
      toState: 'afgewezen',
      event: { kind: 'afgewezen', code: 'geen-capaciteit' },
      changes: { rejectionReason: 'geen-capaciteit', rejectionNote: null },
    });
  });

  it('needs an explanation for the reason "anders" and a known reason', () => {
    const anders = errorOf(() =>
      planAction(
        referral('verstuurd'),
        'ontvanger',
        { action: 'afwijzen', reason: 'anders', message: ' ' },
        TODAY,
      ),
    );
    expect(anders.code).toBe('ongeldige-invoer');
    expect(anders.details).toEqual([
      { field: 'message', message: 'Bij de reden "anders" is een toelichting verplicht.' },
    ]);
    expect(
      errorOf(() =>
        planAction(referral('verstuurd'), 'ontvanger', { action: 'afwijzen', reason: 'zomaar' }, TODAY),
      ).details[0]?.field,
    ).toBe('reason');
    const explained = planAction(
      referral('verstuurd'),
      'ontvanger',
      { action: 'afwijzen', reason: 'anders', message: 'Verhuist naar Groningen' },
      TODAY,
    );
    expect(explained.changes.rejectionNote).toBe('Verhuist naar Groningen');
  });

  it("asks for information with a question, and the referrer's answer sends the referral again", () => {
    expect(
      errorOf(() => planAction(referral('verstuurd'), 'ontvanger', { action: 'informatie-vragen' }, TODAY))
        .code,
    ).toBe('ongeldige-invoer');
    const asked = planAction(
      referral('verstuurd'),
      'ontvanger',
      { action: 'informatie-vragen', message: 'Welke medicatie?' },
      TODAY,
    );
    expect(asked.toState).toBe('informatie-gevraagd');
    const answered = planAction(
      referral('informatie-gevraagd'),
      'verwijzer',
      { action: 'informatie-aanvullen', message: 'Sertraline 50 mg' },
      TODAY,
    );
    expect(answered).toMatchObject({
      toState: 'verstuurd',
      event: { kind: 'informatie-aangevuld', message: 'Sertraline 50 mg' },
    });
  });

  it('plans the intake on a date from today, also straight from "verstuurd", and can move it', () => {
    const planned = planAction(
      referral('geaccepteerd'),
      'ontvanger',
      { action: 'intake-plannen', intakeOn: '2026-12-03' },
      TODAY,
    );
    expect(planned).toMatchObject({
      toState: 'intake-gepland',
      changes: { intakeOn: '2026-12-03' },
      event: { details: { intakeOn: '2026-12-03' } },
    });
    expect(
      planAction(referral('verstuurd'), 'ontvanger', { action: 'intake-plannen', intakeOn: TODAY }, TODAY)
        .toState,
    ).toBe('intake-gepland');
    expect(
      planAction(
        referral('intake-gepland'),
        'ontvanger',
        { action: 'intake-plannen', intakeOn: '2026-12-10' },
        TODAY,
      ).changes.intakeOn,
    ).toBe('2026-12-10');
    for (const intakeOn of ['2026-11-20', '2026-02-30', '', '2028-01-01']) {
      expect(
        errorOf(() =>
          planAction(referral('geaccepteerd'), 'ontvanger', { action: 'intake-plannen', intakeOn }, TODAY),
        ).details[0]?.field,
      ).toBe('intakeOn');
    }
  });

  it('starts treatment after the intake and closes', () => {
    expect(
      planAction(referral('intake-gepland'), 'ontvanger', { action: 'behandeling-starten' }, TODAY).toState,
    ).toBe('in-behandeling');
    expect(planAction(referral('in-behandeling'), 'ontvanger', { action: 'afsluiten' }, TODAY).toState).toBe(
      'afgesloten',
    );
  });

  it('sends return messages of the GP–GGZ guideline without changing the state', () => {
    const step = planAction(
      referral('in-behandeling'),
      'ontvanger',
      { action: 'terugbericht', returnMessage: 'na-intake', message: 'Intake gehad; start CGT.' },
      TODAY,
    );
    expect(step).toMatchObject({
      toState: 'in-behandeling',
      event: { kind: 'terugbericht', code: 'na-intake' },
    });
    expect(
      errorOf(() =>
        planAction(
          referral('in-behandeling'),
          'ontvanger',
          { action: 'terugbericht', returnMessage: 'groet', message: 'x' },
          TODAY,
        ),
      ).details[0]?.field,
    ).toBe('returnMessage');
    expect(
      errorOf(() =>
        planAction(
          referral('verstuurd'),
          'ontvanger',
          { action: 'terugbericht', returnMessage: 'voortgang', message: 'x' },
          TODAY,
        ),
      ).code,
    ).toBe('conflict');
  });

  it('may not register a patient on a letter that has expired', () => {
    const expired = referral('verstuurd', { validUntil: '2026-11-22' });
    expect(
      errorOf(() => planAction(expired, 'ontvanger', { action: 'accepteren' }, TODAY)).userMessage,
    ).toMatch(/verlopen/);
    expect(availableActions(expired, 'ontvanger', TODAY)).toEqual(['afwijzen', 'informatie-vragen']);
  });
});

describe('the welzijnscoach on a Welzijn op Recept referral', () => {
  it('gives terugkoppeling to the GP once the referral is accepted', () => {
    const wor = referral('geaccepteerd', { route: 'wor' });
    const step = planAction(
      wor,
      'ontvanger',
      { action: 'terugkoppeling', message: 'Drie gesprekken gehad; sluit aan bij wandelgroep.' },
      TODAY,
    );
    expect(step).toMatchObject({ toState: 'geaccepteerd', event: { kind: 'terugkoppeling' } });
    expect(availableActions(referral('geaccepteerd', { route: 'wor-plus' }), 'ontvanger', TODAY)).toContain(
      'terugkoppeling',
    );
  });

  it('is not the way back on a GGZ referral', () => {
    expect(
      errorOf(() =>
        planAction(referral('geaccepteerd'), 'ontvanger', { action: 'terugkoppeling', message: 'x' }, TODAY),
      ).code,
    ).toBe('conflict');
  });
});

describe('who takes which step', () => {
  it("refuses a receiver's step to the referrer and the other way round", () => {
    expect(
      errorOf(() => planAction(referral('verstuurd'), 'verwijzer', { action: 'accepteren' }, TODAY)).code,
    ).toBe('geen-toegang');
    expect(
      errorOf(() => planAction(referral('verstuurd'), 'ontvanger', { action: 'intrekken' }, TODAY)).code,
    ).toBe('geen-toegang');
  });

  it('lets the referrer withdraw an open referral, not a closed one', () => {
    expect(planAction(referral('intake-gepland'), 'verwijzer', { action: 'intrekken' }, TODAY).toState).toBe(
      'ingetrokken',
    );
    expect(
      errorOf(() => planAction(referral('afgesloten'), 'verwijzer', { action: 'intrekken' }, TODAY)).code,
    ).toBe('conflict');
  });

  it('lists the actions open to each side', () => {
    expect(availableActions(referral('verstuurd'), 'ontvanger', TODAY)).toEqual([
      'accepteren',
      'afwijzen',
      'informatie-vragen',
      'intake-plannen',
    ]);
    expect(availableActions(referral('verstuurd'), 'verwijzer', TODAY)).toEqual(['intrekken']);
    expect(availableActions(referral('informatie-gevraagd'), 'verwijzer', TODAY)).toEqual([
      'informatie-aanvullen',
      'intrekken',
    ]);
    expect(availableActions(referral('afgewezen'), 'ontvanger', TODAY)).toEqual([]);
    expect(availableActions(referral('afgewezen'), null, TODAY)).toEqual([]);
  });
});
