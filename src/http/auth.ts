/**
 * Authentication and authorisation for every route, in one place. Each route names one action of
 * the permission model in its config (`config: { permission: 'referral:read' }`); an onRequest
 * hook resolves the session from the cookie and decides with the model before anything else runs
 * (before body parsing and validation). A route under /api that names no action is refused for
 * everyone and logged, and the route × role test fails on it. Routes outside /api (the web app's
 * files, /docs) are public: no personal data is served there.
 *
 * CSRF: a signed-in browser must echo its session's CSRF token in the x-csrf-token header on every
 * changing request (POST, PUT, PATCH, DELETE) to a route that is not public. The token is handed
 * out in GET /api/auth/session and in the readable cookie wegwijzer_csrf (double submit, checked
 * against the server-side session). Public actions act for nobody, so a forged one gains nothing.
 *
 * API keys: a route with `config: { apiKey: true }` also takes a provider system's key in
 * `Authorization: Bearer <key>` instead of a session (src/services/api-keys.ts). The key stands
 * for a principal (its creator as provider staff of the key's organisation) that the permission
 * model judges like any other; no cookie is read, so no CSRF token is asked. An unknown or
 * revoked key is refused with 401.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { DomainError } from '../domain/errors';
import {
  decide,
  forbidden,
  isAction,
  notSignedIn,
  PERMISSIONS,
  type Action,
  type Principal,
} from '../domain/access/permissions';
import { ROLES } from '../domain/access/roles';
import type { AppServices } from '../services/app-services';
import { auditOnly, type UseCaseContext } from '../services/audited';
import { resolveSession, type ActiveSession } from '../services/auth';
import { principalForApiKey } from '../services/api-keys';
import { bearerToken } from '../domain/portal/api-key';

export const SESSION_COOKIE = 'wegwijzer_sessie';
export const CSRF_COOKIE = 'wegwijzer_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The action of the permission model this route performs (src/domain/access/permissions.ts). */
    permission?: Action;
    /** The route also accepts a provider system's API key (Authorization: Bearer) instead of a session. */
    apiKey?: true;
  }
  interface FastifyRequest {
    /** The caller's live session, or null when not signed in. Set before the handler runs. */
    activeSession: ActiveSession | null;
    /** The API key a request on an `apiKey` route came with, or null. */
    apiKey: { id: string; name: string; principal: Principal } | null;
  }
  interface FastifyInstance {
    /** Every route with the action it declared (undefined: none), for the route × role test. */
    routePermissions: Map<string, Action | undefined>;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Who may take an action, in words, for the OpenAPI description. */
function describeAccess(action: Action): string {
  const rule = PERMISSIONS[action];
  if ('anonymous' in rule && rule.anonymous) return `Openbaar (${action}).`;
  const roles = ROLES.filter((r) => r.id in rule.grants).map(
    (r) => `${r.id} (${rule.grants[r.id as keyof typeof rule.grants]})`,
  );
  return `Rechten: ${action}; ${roles.join(', ')}.`;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The use-case context of a request: the services, the principal and where the request came from. */
export function contextOf(services: AppServices, request: FastifyRequest): UseCaseContext {
  return {
    services,
    principal: request.activeSession?.principal ?? request.apiKey?.principal ?? null,
    requestId: request.id,
    clientAddress: request.ip,
  };
}

/** The live session of a request to a route that needs one (the hook has already checked). */
export function sessionOf(request: FastifyRequest): ActiveSession {
  if (!request.activeSession) throw notSignedIn();
  return request.activeSession;
}

export function principalOf(request: FastifyRequest): Principal {
  return sessionOf(request).principal;
}

export function setSessionCookies(
  services: AppServices,
  reply: FastifyReply,
  token: string,
  active: ActiveSession,
): void {
  const secure = services.auth.config.cookieSecure;
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure,
    sameSite: 'lax',
    path: '/',
    expires: active.expiresAt,
  });
  reply.setCookie(CSRF_COOKIE, active.csrfToken, {
    httpOnly: false,
    secure,
    sameSite: 'strict',
    path: '/',
    expires: active.expiresAt,
  });
}

export function clearSessionCookies(services: AppServices, reply: FastifyReply): void {
  const secure = services.auth.config.cookieSecure;
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, secure, sameSite: 'lax' });
  reply.clearCookie(CSRF_COOKIE, { path: '/', secure, sameSite: 'strict' });
}

export async function registerAuth(app: FastifyInstance, services: AppServices): Promise<void> {
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  app.decorateRequest('activeSession', null);
  app.decorateRequest('apiKey', null);
  app.decorate('routePermissions', new Map<string, Action | undefined>());

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    let action = route.config?.permission;
    if (action === undefined && !route.url.startsWith('/api')) {
      action = 'public:read';
      route.config = { ...route.config, permission: action };
    }
    if (action !== undefined && !isAction(action))
      throw new Error(`route ${route.url} names an unknown permission "${String(action)}"`);
    for (const method of methods) app.routePermissions.set(`${method} ${route.url}`, action);
    if (action && route.schema && !route.schema.hide) {
      const access = describeAccess(action);
      route.schema = {
        ...route.schema,
        description: route.schema.description ? `${route.schema.description}\n\n${access}` : access,
      };
    }
  });

  // Answers for a signed-in caller or about accounts may hold personal data: never cache them.
  app.addHook('onSend', async (request, reply, payload) => {
    const action = request.routeOptions.config?.permission;
    const isPublic =
      action !== undefined && 'anonymous' in PERMISSIONS[action] && PERMISSIONS[action].anonymous === true;
    if (request.activeSession || (action !== undefined && !isPublic) || request.url.startsWith('/api/auth')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });

  app.addHook('onRequest', async (request) => {
    const key = !request.is404 && request.routeOptions.config.apiKey ? bearerToken(request.headers.authorization) : undefined;
    if (key !== undefined) {
      const found = await principalForApiKey(services, key);
      if (!found)
        throw new DomainError('niet-aangemeld', 'De API-sleutel is onbekend of ingetrokken.', [], 'unknown or revoked api key');
      request.apiKey = { id: found.keyId, name: found.keyName, principal: found.principal };
    }
    // Only the API serves data; the web app's files and /docs need no session lookup.
    const token = key === undefined && request.url.startsWith('/api/') ? request.cookies[SESSION_COOKIE] : undefined;
    if (token) {
      // An unknown or ended token makes the request anonymous, but its cookie is left alone: a
      // request sent just before the token was rotated (after the second factor) would otherwise
      // answer after the rotation and clear the new session's cookie. Sign-out clears it.
      request.activeSession = await resolveSession(services, token);
    }
    if (request.is404) return;
    const action = request.routeOptions.config.permission;
    if (!action) {
      request.log.error(
        { url: request.routeOptions.url, method: request.method },
        'route declares no permission; refused',
      );
      throw forbidden('route without a declared permission');
    }
    const principal = request.activeSession?.principal ?? request.apiKey?.principal ?? null;
    const decision = decide(principal, action);
    if (!decision.allowed) {
      if (decision.reason === 'not-signed-in') throw notSignedIn();
      if (decision.reason === 'stage')
        throw new DomainError(
          'niet-aangemeld',
          'Rond eerst het aanmelden af.',
          [],
          `${action} in stage ${principal?.stage}`,
        );
      await auditOnly(contextOf(services, request), [
        {
          event: 'access-denied',
          outcome: 'failure',
          objectType: 'route',
          objectId: `${request.method} ${request.routeOptions.url}`,
          details: { action },
        },
      ]);
      throw forbidden(`${action} refused for ${principal?.role}`);
    }
    const rule = PERMISSIONS[action];
    const isPublic = 'anonymous' in rule && rule.anonymous === true;
    if (UNSAFE.has(request.method) && request.activeSession && !isPublic) {
      const given = request.headers[CSRF_HEADER];
      if (typeof given !== 'string' || !sameToken(given, request.activeSession.csrfToken)) {
        throw new DomainError(
          'geen-toegang',
          'Het beveiligingstoken ontbreekt of klopt niet. Laad de pagina opnieuw.',
          [],
          'csrf token mismatch',
        );
      }
    }
  });
}
