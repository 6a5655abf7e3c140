/**
 * Demo accounts, one per role, with published passwords and second-factor secrets (README,
 * "Demo-accounts"). They exist only in demo mode: outside it, any demo account left in the
 * database from an earlier demo run is deactivated at start-up.
 */
import { eq } from 'drizzle-orm';
import type { Role } from '../domain/access/roles';
import type { Database } from '../db/client';
import {
  ensureOrganization,
  findUserByEmail,
  firstOrganizationOfKind,
  firstOrganizationOfferingCareKind,
  insertUser,
  replaceMemberships,
  updateUser,
} from '../db/account-repository';
import { appUser } from '../db/schema';
import type { AuthRuntime } from './auth-runtime';
import { hashPassword } from './passwords';
import { open, seal } from './secret-box';

function opens(auth: AuthRuntime, sealed: string): boolean {
  try {
    open(auth.keys.totp, sealed);
    return true;
  } catch {
    return false;
  }
}

export const DEMO_PASSWORD = 'Demo-wachtwoord-2026';

/** Fictional organisations the demo accounts belong to, by key. */
const DEMO_ORGANIZATIONS = {
  linde: { name: 'Huisartsenpraktijk De Linde (fictief)', kind: 'huisartsenpraktijk' },
  rijnzicht: { name: 'Huisartsenpraktijk Rijnzicht (fictief)', kind: 'huisartsenpraktijk' },
  loket: { name: 'Regionaal verwijsloket Vallei (fictief)', kind: 'regionale-organisatie' },
  verzekeraar: { name: 'Zorgverzekeraar Voorbeeld (fictief)', kind: 'zorgverzekeraar' },
  aanbieder: { name: 'GGZ-praktijk De Brug (fictief)', kind: 'ggz-praktijk' },
  /** A second GGZ practice of the demo care map that matches next to the first (re-referral after a rejection). */
  aanbieder2: { name: 'GZ-praktijk De Waterlelie', kind: 'ggz-praktijk' },
  welzijn: { name: 'Welzijnsorganisatie De Schakel (fictief)', kind: 'welzijnsorganisatie' },
  consulent: { name: 'GGZ-instelling Consultatie (fictief)', kind: 'ggz-instelling' },
} as const;
type DemoOrganization = keyof typeof DEMO_ORGANIZATIONS;

export interface DemoAccount {
  email: string;
  displayName: string;
  /** Base32 TOTP secret; null for a role that needs no second factor. */
  totpSecret: string | null;
  memberships: { organization: DemoOrganization; role: Role }[];
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'huisarts@demo.wegwijzer.nl',
    displayName: 'Dr. A. de Vries (huisarts)',
    totpSecret: '6FBBIYGBOWRT3C42R2DWF7DYAYYLRDFG',
    memberships: [{ organization: 'linde', role: 'huisarts' }],
  },
  {
    email: 'huisarts2@demo.wegwijzer.nl',
    displayName: 'Dr. B. Yilmaz (huisarts)',
    totpSecret: 'WJEDEYH3IJEQNNCWEYD5Q7VD4QFCPTEG',
    memberships: [{ organization: 'rijnzicht', role: 'huisarts' }],
  },
  {
    email: 'poh-ggz@demo.wegwijzer.nl',
    displayName: 'C. Jansen (POH-GGZ)',
    totpSecret: 'FDZZDMKBDJ6YV5MZEGSEBLE3IW6VPDQY',
    memberships: [
      { organization: 'linde', role: 'poh-ggz' },
      { organization: 'rijnzicht', role: 'poh-ggz' },
    ],
  },
  {
    email: 'praktijkmedewerker@demo.wegwijzer.nl',
    displayName: 'D. Bakker (praktijkmedewerker)',
    totpSecret: '7YHXGNAHHR4RSA4HP5RNLVSJNBS3PI3Z',
    memberships: [{ organization: 'linde', role: 'praktijkmedewerker' }],
  },
  {
    email: 'verwijsadviseur@demo.wegwijzer.nl',
    displayName: 'E. Visser (verwijsadviseur)',
    totpSecret: '64GU4UTH4NRKLDTHJILDDVJUNWG2ZTPG',
    memberships: [{ organization: 'loket', role: 'verwijsadviseur' }],
  },
  {
    email: 'aanbieder@demo.wegwijzer.nl',
    displayName: 'F. Smit (ggz-aanbieder)',
    totpSecret: 'DLALF57ZH7Q5NIDD25QLI2NC4QLIPYWA',
    memberships: [{ organization: 'aanbieder', role: 'aanbieder-medewerker' }],
  },
  {
    email: 'aanbieder2@demo.wegwijzer.nl',
    displayName: 'K. de Wit (ggz-aanbieder)',
    totpSecret: 'FWG4ISIDWEBYLDIULHITV5EE2CUCO52I',
    memberships: [{ organization: 'aanbieder2', role: 'aanbieder-medewerker' }],
  },
  {
    email: 'welzijn@demo.wegwijzer.nl',
    displayName: 'I. Bos (welzijnscoach)',
    totpSecret: 'KVCNVS36OPULHKGGTLVQLVTWR4LD7OWA',
    memberships: [{ organization: 'welzijn', role: 'aanbieder-medewerker' }],
  },
  {
    email: 'consulent@demo.wegwijzer.nl',
    displayName: 'J. Meijer (consulent GGZ)',
    totpSecret: 'ELRTCKKZOFVK3CJYIMTOCEHD2N7DWIA3',
    memberships: [{ organization: 'consulent', role: 'aanbieder-medewerker' }],
  },
  {
    email: 'financier@demo.wegwijzer.nl',
    displayName: 'G. Mulder (zorgverzekeraar)',
    totpSecret: null,
    memberships: [{ organization: 'verzekeraar', role: 'financier' }],
  },
  {
    email: 'beheerder@demo.wegwijzer.nl',
    displayName: 'H. de Boer (beheerder)',
    totpSecret: 'XKMY3RFI345SXFELIHFYEMCWKMNSOYQT',
    memberships: [{ organization: 'loket', role: 'beheerder' }],
  },
];

/** Creates the demo accounts that do not exist yet. */
export async function seedDemoAccounts(database: Database, auth: AuthRuntime): Promise<void> {
  const { db } = database;
  const now = auth.clock();
  const organizations = new Map<DemoOrganization, string>();
  for (const [key, org] of Object.entries(DEMO_ORGANIZATIONS) as [
    DemoOrganization,
    (typeof DEMO_ORGANIZATIONS)[DemoOrganization],
  ][]) {
    // Provider staff belong to a provider on the care map when there is one, so their "own
    // organisation" is one whose services a GP can find.
    const existing =
      key === 'aanbieder' || key === 'welzijn'
        ? await firstOrganizationOfKind(db, org.kind)
        : key === 'consulent'
          ? await firstOrganizationOfferingCareKind(db, 'consultatie')
          : undefined;
    organizations.set(key, existing ?? (await ensureOrganization(db, org.name, org.kind)));
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const existing = await findUserByEmail(db, account.email);
    if (existing) {
      // Re-seal the published secret when the server key changed since the account was made.
      if (account.totpSecret && existing.totpSecret && !opens(auth, existing.totpSecret)) {
        await updateUser(
          db,
          existing.id,
          { totpSecret: seal(auth.keys.totp, account.totpSecret), totpEnabled: true },
          now,
        );
      }
      continue;
    }
    await db.transaction(async (tx) => {
      const user = await insertUser(
        tx as unknown as typeof db,
        {
          email: account.email,
          displayName: account.displayName,
          passwordHash,
          mustChangePassword: false,
          demo: true,
          totpSecret: account.totpSecret ? seal(auth.keys.totp, account.totpSecret) : null,
          totpEnabled: account.totpSecret !== null,
        },
        now,
      );
      await replaceMemberships(
        tx as unknown as typeof db,
        user.id,
        account.memberships.map((m) => ({
          organizationId: organizations.get(m.organization) ?? '',
          role: m.role,
        })),
      );
    });
  }
}

/** Outside demo mode: demo accounts can no longer sign in. */
export async function deactivateDemoAccounts(database: Database): Promise<void> {
  await database.db.update(appUser).set({ active: false }).where(eq(appUser.demo, true));
}
