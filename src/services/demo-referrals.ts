/**
 * Fictional referrals for the demo (`npm start` in demo mode), so a GP's worklist, the providers'
 * inboxes and the dashboard's rejection signals show something on first look. Every patient is
 * fictional and says so in the name; the BSNs are test numbers that pass the elfproef (patterns
 * such as 111111110), one per patient.
 *
 * They are made through the same use cases as real referrals (createReferral, actOnReferral) with
 * the business clock set back to when each step happened, so states, events, notices, sealing and
 * audit entries are exactly those of real use. Seeded only when there are no referrals at all, and
 * only when the start-up asks for it: tests start from an empty list.
 */
import type { Principal } from '../domain/access/permissions';
import { isRole } from '../domain/access/roles';
import { addDays, dateInNetherlands } from '../domain/calendar/iso-date';
import type { ReferralActionInput } from '../domain/referrals/state-machine';
import { findUserByEmail, membershipsOf } from '../db/account-repository';
import { listPortalServices } from '../db/portal-repository';
import { countReferrals } from '../db/referral-repository';
import type { AppServices } from './app-services';
import type { UseCaseContext } from './audited';
import { actOnReferral, createReferral, type CreateReferralInput } from './referrals';

const DAY_MS = 24 * 60 * 60 * 1000;

type Party = 'huisarts' | 'aanbieder' | 'aanbieder2' | 'welzijn';
const EMAILS: Record<Party, string> = {
  huisarts: 'huisarts@demo.wegwijzer.nl',
  aanbieder: 'aanbieder@demo.wegwijzer.nl',
  aanbieder2: 'aanbieder2@demo.wegwijzer.nl',
  welzijn: 'welzijn@demo.wegwijzer.nl',
};

interface DemoPatient {
  patientName: string;
  patientBirthDate: string;
  patientAddress: string;
  patientPostcode: string;
  patientPhone: string;
  bsn: string;
}

interface DemoReferral {
  /** Who receives it; the first GGZ (or welfare) service of that party's organisation. */
  to: Exclude<Party, 'huisarts'>;
  patient: DemoPatient;
  /** Days before today the referral was sent. */
  sentDaysAgo: number;
  content: Pick<CreateReferralInput, 'suspectedDisorder' | 'mainProblem' | 'question' | 'patientWish'>;
  /** Later steps by the receiver: days before today, and the step. */
  steps: { daysAgo: number; action: ReferralActionInput }[];
}

const patient = (name: string, birthDate: string, street: string, postcode: string, bsn: string): DemoPatient => ({
  patientName: `${name} (fictief)`,
  patientBirthDate: birthDate,
  patientAddress: street,
  patientPostcode: postcode,
  patientPhone: '06 00000000',
  bsn,
});

/** The referrals of the demo practice, one for each line of the worklist and a few rejections. */
function demoReferrals(today: string): DemoReferral[] {
  const somber = {
    suspectedDisorder: 'Depressieve stoornis, matig',
    mainProblem: 'Sinds vier maanden somber, slaapt slecht, trekt zich terug.',
    question: 'Kortdurende behandeling; graag ook aandacht voor dagstructuur.',
    patientWish: 'Liefst overdag, dicht bij huis',
  };
  const angst = {
    suspectedDisorder: 'Paniekstoornis',
    mainProblem: 'Paniekaanvallen in de trein en in winkels, vermijdt steeds meer.',
    question: 'Behandeling van de paniekklachten (CGT).',
    patientWish: 'Eventueel deels online',
  };
  const eenzaam = {
    mainProblem: 'Eenzaam sinds de dood van haar man; weinig contacten, geen dagbesteding.',
    question: 'Kennismaking met een welzijnscoach en activiteiten in de buurt.',
    patientWish: 'Samen met haar dochter het eerste gesprek',
  };
  return [
    {
      to: 'aanbieder',
      patient: patient('Sanne Voorbeeld', '1988-04-12', 'Dorpsstraat 1, Doorn', '3941 AA', '111222333'),
      sentDaysAgo: 10,
      content: somber,
      steps: [],
    },
    {
      to: 'aanbieder',
      patient: patient('Karim Testman', '1979-09-30', 'Stationsweg 2, Driebergen', '3972 AA', '123456782'),
      sentDaysAgo: 16,
      content: angst,
      steps: [
        {
          daysAgo: 14,
          action: {
            action: 'afwijzen',
            reason: 'omzetplafond',
            message: 'Het omzetplafond van deze zorgverzekeraar is voor dit jaar bereikt.',
          },
        },
      ],
    },
    {
      to: 'aanbieder2',
      patient: patient('Els Proef', '1965-01-22', 'Molenweg 3, Ede', '6711 AA', '999999990'),
      sentDaysAgo: 20,
      content: somber,
      steps: [
        { daysAgo: 18, action: { action: 'accepteren' } },
        { daysAgo: 17, action: { action: 'intake-plannen', intakeOn: addDays(today, 9) } },
      ],
    },
    {
      to: 'aanbieder2',
      patient: patient('Johan Demo', '1993-06-05', 'Kerkplein 4, Wageningen', '6701 AA', '111111110'),
      sentDaysAgo: 6,
      content: angst,
      steps: [
        {
          daysAgo: 4,
          action: {
            action: 'informatie-vragen',
            message: 'Gebruikt de patiënt medicatie, en zo ja welke en sinds wanneer?',
          },
        },
      ],
    },
    {
      to: 'aanbieder',
      patient: patient('Noor Fictief', '2001-11-17', 'Beukenlaan 5, Doorn', '3941 AB', '222222220'),
      sentDaysAgo: 258,
      content: somber,
      steps: [{ daysAgo: 255, action: { action: 'accepteren' } }],
    },
    {
      to: 'aanbieder2',
      patient: patient('Ruud Verzonnen', '1958-02-08', 'Brinkweg 6, Ede', '6711 AB', '333333330'),
      sentDaysAgo: 40,
      content: angst,
      steps: [
        {
          daysAgo: 37,
          action: {
            action: 'afwijzen',
            reason: 'geen-capaciteit',
            message: 'Wij hebben tot maart een aanmeldstop voor nieuwe cliënten.',
          },
        },
      ],
    },
    {
      to: 'welzijn',
      patient: patient('Greet Bedacht', '1947-07-14', 'Lindelaan 7, Ede', '6712 AA', ''),
      sentDaysAgo: 30,
      content: eenzaam,
      steps: [
        { daysAgo: 28, action: { action: 'accepteren' } },
        {
          daysAgo: 5,
          action: {
            action: 'terugkoppeling',
            message:
              'Drie gesprekken gehad; mevrouw gaat sinds twee weken naar de koffieochtend in het buurthuis en wil dat volhouden.',
          },
        },
      ],
    },
  ];
}

/** A use-case context for a demo account, acting at `at`. */
async function contextFor(services: AppServices, party: Party, at: () => Date): Promise<UseCaseContext | undefined> {
  const user = await findUserByEmail(services.database.db, EMAILS[party]);
  if (!user) return undefined;
  const [first] = (await membershipsOf(services.database.db, [user.id])).get(user.id) ?? [];
  if (!first || !isRole(first.role)) return undefined;
  const principal: Principal = {
    userId: user.id,
    displayName: user.displayName,
    role: first.role,
    organizationId: first.organizationId,
    stage: 'full',
  };
  return { services: { ...services, now: at }, principal, requestId: 'demo-seed' };
}

/** The service a demo referral goes to: a GGZ service of the party's organisation, or a welfare one. */
async function serviceOf(services: AppServices, ctx: UseCaseContext): Promise<{ id: string; kind: string } | undefined> {
  const rows = await listPortalServices(services.database.db, ctx.principal!.organizationId);
  const kinds = ['bggz', 'sggz', 'wor', 'wor-plus'];
  const candidates = rows
    .map((r) => r.service)
    .filter((s) => kinds.includes(s.kind) && services.catalog.service(s.id))
    .sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.name.localeCompare(b.name));
  return candidates[0];
}

/**
 * Makes the demo referrals when there are none yet; answers how many it made (0 when there were
 * referrals already, or when a demo account or service it needs is missing).
 */
export async function seedDemoReferralsIfEmpty(services: AppServices): Promise<number> {
  if ((await countReferrals(services.database.db)) > 0) return 0;
  const now = services.now();
  const today = dateInNetherlands(now);
  const daysAgo = (days: number) => () => new Date(now.getTime() - days * DAY_MS);
  let made = 0;
  for (const demo of demoReferrals(today)) {
    const gp = await contextFor(services, 'huisarts', daysAgo(demo.sentDaysAgo));
    const receiver = await contextFor(services, demo.to, daysAgo(demo.sentDaysAgo));
    const target = receiver && (await serviceOf(services, receiver));
    if (!gp || !receiver || !target) continue;
    const ggz = target.kind === 'bggz' || target.kind === 'sggz';
    const { bsn, patientAddress, patientPostcode, ...person } = demo.patient;
    const sent = await createReferral(gp, {
      serviceId: target.id,
      ...person,
      ...demo.content,
      ...(ggz
        ? {
            bsn,
            patientAddress,
            patientPostcode,
            insurerId: 'vgz',
            careLevel: target.kind,
            severity: 'matig',
            risk: 'geen',
            complexity: 'enkelvoudig',
            course: 'Enkele maanden',
          }
        : {}),
      consentToShare: true,
    });
    for (const step of demo.steps) {
      await actOnReferral({ ...receiver, services: { ...services, now: daysAgo(step.daysAgo) } }, sent.id, step.action);
    }
    made++;
  }
  return made;
}
