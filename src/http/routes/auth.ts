/**
 * Signing in and out, and one's own account, over HTTP: the session, password, second factor,
 * switching organisation, single sign-on, password change and second-factor enrolment. The
 * handlers only translate; the use cases live in src/services/auth.ts and src/services/oidc.ts.
 * Sign-in and code routes are rate limited per client address on top of the account lock-out.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { notFound } from '../../domain/errors';
import type { AppServices } from '../../services/app-services';
import {
  beginSecondFactor,
  changePassword,
  confirmSecondFactor,
  ownAccount,
  secondFactor,
  sessionState,
  signIn,
  signOut,
  switchOrganization,
} from '../../services/auth';
import { beginSingleSignOn, completeSingleSignOn } from '../../services/oidc';
import { clearSessionCookies, contextOf, sessionOf, setSessionCookies } from '../auth';
import {
  AccountBody,
  CodeBody,
  EnrolmentBody,
  PasswordChangeBody,
  SessionBody,
  SignInBody,
  SwitchBody,
} from '../schemas/auth';

const ErrorRef = Type.Ref('ErrorBody');
const tags = ['aanmelden'];
const OIDC_STATE_COOKIE = 'wegwijzer_oidc';
const OIDC_CALLBACK = '/auth/oidc/callback';

export const authRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (app, { services }) => {
  app.addSchema(SessionBody);
  const limited = { max: services.auth.config.signInAttemptsPerMinute, timeWindow: '1 minute' };
  const oidc = services.auth.config.oidc;
  const withSingleSignOn = async (request: Parameters<typeof contextOf>[1]) => ({
    ...(await sessionState(services, request.activeSession)),
    singleSignOn: oidc ? { label: oidc.label, startUrl: '/api/auth/oidc/start' } : null,
  });
  const Session = Type.Ref('Session');

  app.get(
    '/auth/session',
    {
      config: { permission: 'session:read' },
      schema: {
        tags,
        summary: 'De eigen sessie: aangemeld of niet, welke stap, welke organisatie, CSRF-token',
        response: { 200: Session },
      },
    },
    async (request) => withSingleSignOn(request),
  );

  app.post(
    '/auth/sign-in',
    {
      config: { permission: 'session:sign-in', rateLimit: limited },
      schema: {
        tags,
        summary: 'Aanmelden met e-mailadres en wachtwoord',
        description:
          'Na vijf mislukte pogingen is het account een kwartier geblokkeerd. Daarna volgt zo nodig de tweede factor.',
        body: SignInBody,
        response: { 200: Session, 400: ErrorRef, 401: ErrorRef, 429: ErrorRef },
      },
    },
    async (request, reply) => {
      const { token, active } = await signIn(contextOf(services, request), request.body);
      setSessionCookies(services, reply, token, active);
      request.activeSession = active;
      return withSingleSignOn(request);
    },
  );

  app.post(
    '/auth/second-factor',
    {
      config: { permission: 'session:second-factor', rateLimit: limited },
      schema: {
        tags,
        summary: 'De code uit de authenticator-app (TOTP) invoeren',
        body: CodeBody,
        response: { 200: Session, 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 409: ErrorRef, 429: ErrorRef },
      },
    },
    async (request, reply) => {
      const { token, active } = await secondFactor(
        contextOf(services, request),
        sessionOf(request),
        request.body.code,
      );
      setSessionCookies(services, reply, token, active);
      request.activeSession = active;
      return withSingleSignOn(request);
    },
  );

  app.post(
    '/auth/sign-out',
    {
      config: { permission: 'session:sign-out' },
      schema: { tags, summary: 'Afmelden', response: { 204: Type.Null(), 401: ErrorRef, 403: ErrorRef } },
    },
    async (request, reply) => {
      await signOut(contextOf(services, request), sessionOf(request));
      clearSessionCookies(services, reply);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/auth/organization',
    {
      config: { permission: 'session:switch-organization' },
      schema: {
        tags,
        summary: 'Werken namens een andere van de eigen organisaties',
        body: SwitchBody,
        response: { 200: Session, 400: ErrorRef, 401: ErrorRef, 403: ErrorRef },
      },
    },
    async (request) => {
      request.activeSession = await switchOrganization(
        contextOf(services, request),
        sessionOf(request),
        request.body.organizationId,
      );
      return withSingleSignOn(request);
    },
  );

  app.get(
    '/auth/oidc/start',
    {
      config: { permission: 'session:sign-in', rateLimit: limited },
      schema: {
        tags,
        summary: 'Aanmelden via de eigen organisatie (OpenID Connect), als dat is ingesteld',
        response: { 302: Type.Null(), 401: ErrorRef, 404: ErrorRef },
      },
    },
    async (request, reply) => {
      if (!oidc) throw notFound('Aanmelden via een organisatie (single sign-on)');
      const { url, sealedState } = await beginSingleSignOn(contextOf(services, request), oidc);
      reply.setCookie(OIDC_STATE_COOKIE, sealedState, {
        httpOnly: true,
        secure: services.auth.config.cookieSecure,
        sameSite: 'lax',
        path: `/api${OIDC_CALLBACK}`,
        maxAge: 600,
      });
      return reply.redirect(url, 302);
    },
  );

  app.get(
    OIDC_CALLBACK,
    {
      config: { permission: 'session:sign-in', rateLimit: limited },
      schema: {
        tags,
        summary: 'Terugkeer van de identiteitsprovider (OpenID Connect)',
        querystring: Type.Object({
          code: Type.Optional(Type.String({ maxLength: 2048 })),
          state: Type.Optional(Type.String({ maxLength: 512 })),
          error: Type.Optional(Type.String({ maxLength: 200 })),
          iss: Type.Optional(Type.String({ maxLength: 512 })),
          session_state: Type.Optional(Type.String({ maxLength: 512 })),
        }),
        response: { 302: Type.Null(), 400: ErrorRef, 401: ErrorRef, 404: ErrorRef },
      },
    },
    async (request, reply) => {
      if (!oidc) throw notFound('Aanmelden via een organisatie (single sign-on)');
      const callbackUrl = new URL(oidc.redirectUri);
      callbackUrl.search = new URLSearchParams(request.query as Record<string, string>).toString();
      const sealed = request.cookies[OIDC_STATE_COOKIE];
      reply.clearCookie(OIDC_STATE_COOKIE, { path: `/api${OIDC_CALLBACK}` });
      const { token, active } = await completeSingleSignOn(
        contextOf(services, request),
        oidc,
        callbackUrl,
        sealed,
      );
      setSessionCookies(services, reply, token, active);
      return reply.redirect(active.principal.stage === 'full' ? '/' : '/aanmelden', 302);
    },
  );

  // ---- one's own account ----

  app.get(
    '/account',
    {
      config: { permission: 'account:read' },
      schema: {
        tags,
        summary: 'Het eigen account: naam, organisaties en rollen, tweede factor',
        response: { 200: AccountBody, 401: ErrorRef, 403: ErrorRef },
      },
    },
    async (request) => ownAccount(services, sessionOf(request)),
  );

  app.post(
    '/account/password',
    {
      config: { permission: 'account:change-password', rateLimit: limited },
      schema: {
        tags,
        summary: 'Het eigen wachtwoord wijzigen (minstens 12 tekens); beëindigt de andere sessies',
        body: PasswordChangeBody,
        response: { 200: Session, 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 409: ErrorRef, 429: ErrorRef },
      },
    },
    async (request, reply) => {
      const { token, active } = await changePassword(
        contextOf(services, request),
        sessionOf(request),
        request.body,
      );
      setSessionCookies(services, reply, token, active);
      request.activeSession = active;
      return withSingleSignOn(request);
    },
  );

  app.post(
    '/account/second-factor',
    {
      config: { permission: 'account:enrol-second-factor' },
      schema: {
        tags,
        summary: 'Een tweede factor instellen: geeft een nieuw geheim voor de authenticator-app',
        response: { 200: EnrolmentBody, 401: ErrorRef, 403: ErrorRef, 409: ErrorRef },
      },
    },
    async (request) => beginSecondFactor(contextOf(services, request), sessionOf(request)),
  );

  app.post(
    '/account/second-factor/confirm',
    {
      config: { permission: 'account:enrol-second-factor', rateLimit: limited },
      schema: {
        tags,
        summary: 'De nieuwe tweede factor bevestigen met een code uit de app',
        body: CodeBody,
        response: { 200: Session, 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 409: ErrorRef, 429: ErrorRef },
      },
    },
    async (request, reply) => {
      const { token, active } = await confirmSecondFactor(
        contextOf(services, request),
        sessionOf(request),
        request.body.code,
      );
      setSessionCookies(services, reply, token, active);
      request.activeSession = active;
      return withSingleSignOn(request);
    },
  );
};
