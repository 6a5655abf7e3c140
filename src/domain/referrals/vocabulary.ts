/**
 * The words of a referral's life, shared by the referral use cases, the letter, the FHIR export
 * and the UI. States follow the closed loop of seed 004 and domain.md: the receiver accepts,
 * rejects (with a reason that counts as a signal of missing supply), asks for more information,
 * plans the intake, starts and closes treatment, and each step is reported back to the GP.
 */

export const REFERRAL_STATES = [
  { id: 'verstuurd', label: 'Verstuurd, wacht op reactie' },
  { id: 'informatie-gevraagd', label: 'Aanvullende informatie gevraagd' },
  { id: 'geaccepteerd', label: 'Geaccepteerd' },
  { id: 'afgewezen', label: 'Afgewezen' },
  { id: 'intake-gepland', label: 'Intake gepland' },
  { id: 'in-behandeling', label: 'In behandeling' },
  { id: 'afgesloten', label: 'Afgesloten' },
  { id: 'ingetrokken', label: 'Ingetrokken door verwijzer' },
] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number]['id'];
export const REFERRAL_STATE_IDS = REFERRAL_STATES.map((s) => s.id) as readonly ReferralState[];

/** Why a provider turns a referral down; counted per region as signals of missing supply. */
export const REJECTION_REASONS = [
  { id: 'buiten-expertise', label: 'Hulpvraag past niet bij ons aanbod of onze expertise' },
  { id: 'exclusiecriterium', label: 'Valt onder een exclusiecriterium' },
  { id: 'te-complex', label: 'Problematiek te zwaar of complex voor ons (specialistischer nodig)' },
  { id: 'te-licht', label: 'Problematiek te licht (huisartsenzorg of basis-ggz volstaat)' },
  { id: 'geen-contract', label: 'Geen contract met de zorgverzekeraar van de patiënt' },
  { id: 'omzetplafond', label: 'Omzetplafond van de zorgverzekeraar bereikt' },
  { id: 'geen-capaciteit', label: 'Aanmeldstop of geen capaciteit' },
  { id: 'buiten-werkgebied', label: 'Woonplaats buiten ons werkgebied' },
  { id: 'onvolledig', label: 'Verwijzing onvolledig, ook na navraag' },
  { id: 'patient-ziet-af', label: 'Patiënt ziet af van aanmelding' },
  { id: 'anders', label: 'Anders (toelichting verplicht)' },
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number]['id'];
export const REJECTION_REASON_IDS = REJECTION_REASONS.map((r) => r.id) as readonly RejectionReason[];

/**
 * Return messages from the GGZ provider to the GP (domain.md; the GP–GGZ exchange guideline):
 * appointment made, after intake, transfer, progress (at least yearly), end of treatment.
 */
export const RETURN_MESSAGES = [
  { id: 'afspraak-gemaakt', label: 'Afspraak gemaakt' },
  { id: 'na-intake', label: 'Bericht na intake' },
  { id: 'overdracht', label: 'Overdracht naar andere zorgaanbieder' },
  { id: 'voortgang', label: 'Voortgangsbericht' },
  { id: 'einde-behandeling', label: 'Einde behandeling' },
] as const;
export type ReturnMessage = (typeof RETURN_MESSAGES)[number]['id'];
export const RETURN_MESSAGE_IDS = RETURN_MESSAGES.map((m) => m.id) as readonly ReturnMessage[];

/** The kinds of referral_event rows. */
export const REFERRAL_EVENT_KINDS = [
  'verstuurd',
  'geaccepteerd',
  'afgewezen',
  'informatie-gevraagd',
  'informatie-aangevuld',
  'intake-gepland',
  'behandeling-gestart',
  'afgesloten',
  'ingetrokken',
  /** A return message to the GP; code holds the ReturnMessage. */
  'terugbericht',
  /** Feedback (terugkoppeling) of a welzijnscoach to the GP on a WoR / WoR+ referral. */
  'terugkoppeling',
] as const;
export type ReferralEventKind = (typeof REFERRAL_EVENT_KINDS)[number];

/** How each kind of event reads on the referral's timeline. */
export const REFERRAL_EVENT_LABELS: Record<ReferralEventKind, string> = {
  verstuurd: 'Verwijzing verstuurd',
  geaccepteerd: 'Verwijzing geaccepteerd',
  afgewezen: 'Verwijzing afgewezen',
  'informatie-gevraagd': 'Aanvullende informatie gevraagd',
  'informatie-aangevuld': 'Informatie aangevuld',
  'intake-gepland': 'Intake gepland',
  'behandeling-gestart': 'Behandeling gestart',
  afgesloten: 'Afgesloten',
  ingetrokken: 'Ingetrokken door de verwijzer',
  terugbericht: 'Terugbericht',
  terugkoppeling: 'Terugkoppeling van de welzijnscoach',
};

/** A referral letter is valid for nine months until registration (domain.md). */
export const REFERRAL_VALID_MONTHS = 9;
/** The referrer's worklist flags a referral without any reaction after this many working days. */
export const NO_REACTION_WORKING_DAYS = 5;

export function labelOf<T extends { id: string; label: string }>(list: readonly T[], id: string): string {
  return list.find((item) => item.id === id)?.label ?? id;
}

/**
 * The routes a referral can take, by the kind of the receiving service (CareKind). Crisis is
 * never a referral (call the crisis service), and consultation and the verkennend gesprek have
 * their own requests (issue #6 items 5 and 7).
 */
export const REFERRAL_ROUTES = [
  'bggz',
  'sggz',
  'wor',
  'wor-plus',
  'welzijn',
  'amw',
  'ehealth',
  'ervaringsdeskundigheid',
] as const;
export type ReferralRoute = (typeof REFERRAL_ROUTES)[number];

/**
 * GGZ routes: a referral letter under the Zvw, so the letter's full content is required (BSN,
 * address, insurer, suspected disorder, BGGZ or SGGZ) and return messages follow the GP–GGZ
 * exchange guideline.
 */
export const GGZ_ROUTES: readonly ReferralRoute[] = ['bggz', 'sggz'];
/** Welzijn op Recept (+): the welzijnscoach reports back with terugkoppeling. */
export const WELFARE_COACH_ROUTES: readonly ReferralRoute[] = ['wor', 'wor-plus'];

export const isReferralRoute = (value: string): value is ReferralRoute =>
  (REFERRAL_ROUTES as readonly string[]).includes(value);
export const isGgzRoute = (route: string) => (GGZ_ROUTES as readonly string[]).includes(route);
export const isWelfareCoachRoute = (route: string) => (WELFARE_COACH_ROUTES as readonly string[]).includes(route);

/** BGGZ or SGGZ on the letter (domain.md, Verwijsafspraken GGZ). */
export const CARE_LEVELS = [
  { id: 'bggz', label: 'Generalistische basis-ggz (BGGZ)' },
  { id: 'sggz', label: 'Gespecialiseerde ggz (SGGZ)' },
] as const;
export type CareLevel = (typeof CARE_LEVELS)[number]['id'];

/*
 * The referral criteria the GP weighs (severity, risk, complexity) use the help question's lists,
 * so the keuzehulp and the referral speak the same words: SEVERITIES (catalog/vocabulary.ts),
 * RISK_LEVELS and COMPLEXITIES (routes/help-question.ts). Course (beloop) and the patient's wish
 * are free text on the referral.
 */

/** The minimum age of a patient Wegwijzer refers (adults; youth care has its own routes). */
export const ADULT_AGE = 18;
/** The referrer's worklist warns when the letter's validity ends within this many days and no intake is planned. */
export const VALIDITY_WARNING_DAYS = 30;
