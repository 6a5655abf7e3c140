/**
 * Single sign-on through OpenID Connect (authorization code flow with PKCE, state and nonce), as an
 * option by configuration (WEGWIJZER_OIDC_*). The identity provider vouches for who someone is;
 * what they may do still comes from their memberships here, so an account must exist first (made
 * by an administrator) and is linked on the first single sign-on by its verified e-mail address.
 * A role that needs a second factor still asks for the TOTP code afterwards.
 *
 * The provider's metadata is discovered at the first sign-in, not at start-up, so an unreachable
 * provider does not stop the app. Plain-HTTP issuers are allowed only on localhost (development).
 */
import * as client from 'openid-client';
import type { OidcConfig } from '../config-auth';
import { DomainError } from '../domain/errors';
import { findUserByEmail, findUserByOidcSubject, membershipsOf, updateUser } from '../db/account-repository';
import { stageAfterFirstFactor } from '../domain/access/session-stages';
import { cleared } from '../domain/access/lockout';
import { actorOf, audited, auditOnly, type UseCaseContext } from './audited';
import { startSession, type ActiveSession } from './auth';
import { open, seal } from './secret-box';

/** What the browser carries between the redirect to the provider and the callback (sealed). */
interface FlowState {
  state: string;
  nonce: string;
  verifier: string;
  /** Milliseconds since epoch after which the flow is stale. */
  until: number;
}

const FLOW_MINUTES = 10;
let discovered: { issuer: string; config: Promise<client.Configuration> } | undefined;

function isLocalhost(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

async function configuration(oidc: OidcConfig): Promise<client.Configuration> {
  if (!discovered || discovered.issuer !== oidc.issuer) {
    const issuer = new URL(oidc.issuer);
    const insecure = issuer.protocol === 'http:' && isLocalhost(issuer);
    const config = client
      .discovery(
        issuer,
        oidc.clientId,
        oidc.clientSecret,
        undefined,
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    discovered = { issuer: oidc.issuer, config };
  }
  return discovered.config;
}

function unavailable(cause: unknown): DomainError {
  return new DomainError(
    'niet-aangemeld',
    'Aanmelden via uw organisatie lukt nu niet. Probeer het later opnieuw of meld u aan met wachtwoord.',
    [],
    `oidc: ${String(cause)}`,
  );
}

/** Starts the flow: the provider's URL to send the browser to, and the sealed state for a cookie. */
export async function beginSingleSignOn(
  ctx: UseCaseContext,
  oidc: OidcConfig,
): Promise<{ url: string; sealedState: string }> {
  const config = await configuration(oidc).catch((error: unknown) => {
    throw unavailable(error);
  });
  const flow: FlowState = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
    until: ctx.services.auth.clock().getTime() + FLOW_MINUTES * 60_000,
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: oidc.redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: 'S256',
    state: flow.state,
    nonce: flow.nonce,
  });
  return { url: url.toString(), sealedState: seal(ctx.services.auth.keys.oidcState, JSON.stringify(flow)) };
}

/** Completes the flow at the callback: checks the answer, finds the linked account and starts a session. */
export async function completeSingleSignOn(
  ctx: UseCaseContext,
  oidc: OidcConfig,
  callbackUrl: URL,
  sealedState: string | undefined,
): Promise<{ token: string; active: ActiveSession }> {
  const refuse = async (reason: string, userId: string | null = null): Promise<never> => {
    await auditOnly(
      ctx,
      [
        {
          event: 'sign-in-failed',
          outcome: 'failure',
          objectType: 'session',
          details: { reason, via: 'oidc' },
        },
      ],
      {
        userId,
        role: null,
        organizationId: null,
        requestId: ctx.requestId ?? null,
        clientAddress: ctx.clientAddress ?? null,
      },
    );
    throw new DomainError(
      'niet-aangemeld',
      'Aanmelden via uw organisatie is niet gelukt. Neem contact op met de beheerder als dit blijft gebeuren.',
    );
  };
  let flow: FlowState;
  try {
    flow = JSON.parse(open(ctx.services.auth.keys.oidcState, sealedState ?? '')) as FlowState;
  } catch {
    return refuse('missing-state');
  }
  if (flow.until < ctx.services.auth.clock().getTime()) return refuse('stale-state');
  const config = await configuration(oidc).catch((error: unknown) => {
    throw unavailable(error);
  });
  let claims: client.IDToken | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch {
    return refuse('token-exchange');
  }
  if (!claims) return refuse('no-id-token');
  const { db } = ctx.services.database;
  const subject = `${claims.iss}|${claims.sub}`;
  let user = await findUserByOidcSubject(db, subject);
  let linked = false;
  if (!user && typeof claims.email === 'string' && claims.email_verified === true) {
    const byEmail = await findUserByEmail(db, claims.email);
    if (byEmail && byEmail.oidcSubject === null) {
      user = byEmail;
      linked = true;
    }
  }
  if (!user || !user.active) return refuse(user ? 'inactive' : 'unknown-user', user?.id ?? null);
  const memberships = (await membershipsOf(db, [user.id])).get(user.id) ?? [];
  if (memberships.length === 0) return refuse('no-membership', user.id);
  const account = user;
  const stage = stageAfterFirstFactor({
    secondFactorEnabled: account.totpEnabled,
    mustChangePassword: false,
    roles: memberships.map((m) => m.role),
    singleSignOn: true,
  });
  const now = ctx.services.auth.clock();
  const [first] = memberships;
  const actor = {
    ...actorOf(ctx),
    userId: account.id,
    role: first?.role ?? null,
    organizationId: first?.organizationId ?? null,
  };
  return audited({ ...ctx, principal: null, actor }, async (tx, { record }) => {
    if (linked) {
      await updateUser(tx, account.id, { oidcSubject: subject }, now);
      record({
        event: 'account-change',
        objectType: 'user',
        objectId: account.id,
        details: { change: 'oidc-linked' },
      });
    }
    if (stage !== 'second-factor') await updateUser(tx, account.id, cleared(), now);
    const started = await startSession(ctx, tx, account, memberships, stage);
    record({ event: 'sign-in', objectType: 'session', details: { step: 'oidc', stage } });
    return started;
  });
}
