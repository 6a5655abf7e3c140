/** HTTP schemas of signing in, one's own account, user management and the audit trail. */
import { Type } from 'typebox';
import { ROLE_IDS } from '../../domain/access/roles';
import { SESSION_STAGES } from '../../domain/access/permissions';
import { AUDIT_EVENT_IDS } from '../../domain/audit/entry';
import { PASSWORD_MAX_LENGTH } from '../../domain/access/password-policy';
import { enumOf, IsoDateTime, Nullable, Uuid } from './catalog';

export const Email = Type.String({
  format: 'email',
  minLength: 3,
  maxLength: 254,
  description: 'E-mailadres',
});
export const Password = Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH });
export const TotpCode = Type.String({
  pattern: '^[0-9 ]{6,7}$',
  description: 'Zescijferige code uit de authenticator-app',
});
export const RoleId = enumOf(ROLE_IDS, 'Rol');
export const DisplayName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const MembershipBody = Type.Object({
  organizationId: Uuid,
  organizationName: Type.String(),
  organizationKind: Type.String(),
  role: RoleId,
});

export const SessionBody = Type.Object(
  {
    signedIn: Type.Boolean(),
    stage: Nullable(enumOf(SESSION_STAGES, 'Hoe ver het aanmelden is')),
    user: Nullable(Type.Object({ id: Uuid, email: Type.String(), displayName: Type.String() })),
    active: Nullable(MembershipBody),
    memberships: Type.Array(MembershipBody),
    csrfToken: Nullable(
      Type.String({ description: 'Meesturen in de kop x-csrf-token bij wijzigende verzoeken' }),
    ),
    expiresAt: Nullable(IsoDateTime),
    singleSignOn: Nullable(Type.Object({ label: Type.String(), startUrl: Type.String() })),
  },
  { $id: 'Session' },
);

export const SignInBody = Type.Object({ email: Email, password: Password }, { additionalProperties: false });
export const CodeBody = Type.Object({ code: TotpCode }, { additionalProperties: false });
export const SwitchBody = Type.Object({ organizationId: Uuid }, { additionalProperties: false });
export const PasswordChangeBody = Type.Object(
  { currentPassword: Password, newPassword: Password },
  { additionalProperties: false },
);

export const AccountBody = Type.Object({
  id: Uuid,
  email: Type.String(),
  displayName: Type.String(),
  secondFactorEnabled: Type.Boolean(),
  secondFactorRequired: Type.Boolean(),
  singleSignOn: Type.Boolean(),
  memberships: Type.Array(MembershipBody),
  active: Nullable(MembershipBody),
});
export const EnrolmentBody = Type.Object({
  secret: Type.String({ description: 'Base32-geheim om handmatig in te voeren' }),
  uri: Type.String({ description: 'otpauth://-adres (voor een QR-code)' }),
});

export const UserBody = Type.Object(
  {
    id: Uuid,
    email: Type.String(),
    displayName: Type.String(),
    active: Type.Boolean(),
    demo: Type.Boolean(),
    secondFactorEnabled: Type.Boolean(),
    mustChangePassword: Type.Boolean(),
    locked: Type.Boolean(),
    failedAttempts: Type.Integer(),
    singleSignOn: Type.Boolean(),
    memberships: Type.Array(MembershipBody),
    createdAt: IsoDateTime,
  },
  { $id: 'User' },
);
export const MembershipInput = Type.Object(
  { organizationId: Uuid, role: RoleId },
  { additionalProperties: false },
);
export const MembershipList = Type.Array(MembershipInput, { maxItems: 20 });
export const NewUserBody = Type.Object(
  { email: Email, displayName: DisplayName, memberships: MembershipList },
  { additionalProperties: false },
);
export const UserChangeBody = Type.Object(
  { displayName: Type.Optional(DisplayName), active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
export const MembershipsBody = Type.Object({ memberships: MembershipList }, { additionalProperties: false });
export const ResetBody = Type.Object(
  {
    resetSecondFactor: Type.Boolean({
      default: false,
      description: 'Ook de tweede factor opnieuw laten instellen',
    }),
  },
  { additionalProperties: false },
);
export const TemporaryPasswordBody = Type.Object({
  temporaryPassword: Type.String({
    description: 'Eenmalig tonen en doorgeven; bij de eerste aanmelding te wijzigen',
  }),
});

export const Pseudonym = Type.String({
  minLength: 3,
  maxLength: 100,
  pattern: '^[A-Za-z0-9_.:-]+$',
  description: 'Pseudoniem van een persoon',
});
export const AuditQuery = Type.Object(
  {
    from: Type.Optional(IsoDateTime),
    to: Type.Optional(IsoDateTime),
    userId: Type.Optional(Uuid),
    pseudonym: Type.Optional(Pseudonym),
    event: Type.Optional(enumOf(AUDIT_EVENT_IDS)),
    objectType: Type.Optional(Type.String({ minLength: 1, maxLength: 50, pattern: '^[a-z-]+$' })),
    objectId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    beforeSeq: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
  },
  { additionalProperties: false },
);
const DetailValue = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]);
export const AuditEntryBody = Type.Object(
  {
    seq: Type.Integer(),
    at: IsoDateTime,
    event: Type.String(),
    eventLabel: Type.String(),
    outcome: Type.String(),
    actorUserId: Nullable(Type.String()),
    actorName: Nullable(Type.String()),
    actorRole: Nullable(Type.String()),
    actorOrganizationId: Nullable(Type.String()),
    actorOrganizationName: Nullable(Type.String()),
    onBehalfOf: Nullable(Type.String()),
    subjectPseudonym: Nullable(Type.String()),
    objectType: Type.String(),
    objectId: Nullable(Type.String()),
    details: Type.Record(Type.String(), DetailValue),
    requestId: Nullable(Type.String()),
    clientAddress: Nullable(Type.String()),
    prevHash: Type.String(),
    hash: Type.String(),
  },
  { $id: 'AuditEntry' },
);
export const ChainBody = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer({ description: 'Aantal gecontroleerde items' }),
  brokenAt: Type.Optional(Type.Integer({ description: 'Volgnummer van het eerste item dat niet klopt' })),
  reason: Type.Optional(Type.String()),
  head: Type.Optional(Type.Object({ seq: Type.Integer(), hash: Type.String() })),
  anchor: Type.Object({ seq: Type.Integer(), hash: Type.String() }),
});
