/**
 * User management over HTTP, for the administrator (beheerder): users with their roles per
 * organisation, creating an account with a temporary password, changing, deactivating, resetting
 * a password and lifting a lock-out. The use cases live in src/services/users.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppServices } from '../../services/app-services';
import {
  changeUser,
  createUser,
  listUsersFor,
  organizationOptions,
  resetPassword,
  setMemberships,
  unlockUser,
  userFor,
} from '../../services/users';
import { contextOf } from '../auth';
import {
  MembershipsBody,
  NewUserBody,
  ResetBody,
  RoleId,
  TemporaryPasswordBody,
  UserBody,
  UserChangeBody,
} from '../schemas/auth';
import { Uuid } from '../schemas/catalog';

const ErrorRef = Type.Ref('ErrorBody');
const UserRef = Type.Ref('User');
const tags = ['beheer'];
const denied = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef };
const IdParams = Type.Object({ id: Uuid });

export const userRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (app, { services }) => {
  app.addSchema(UserBody);

  app.get(
    '/users',
    {
      config: { permission: 'user:read' },
      schema: {
        tags,
        summary: 'Gebruikers met hun rollen per organisatie',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
            offset: Type.Integer({ minimum: 0, maximum: 100_000, default: 0 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(UserRef), total: Type.Integer() }), ...denied },
      },
    },
    async (request) => listUsersFor(contextOf(services, request), request.query),
  );

  app.get(
    '/users/organizations',
    {
      config: { permission: 'user:read' },
      schema: {
        tags,
        summary: 'Organisaties om een gebruiker aan te koppelen, eventueel alleen die bij een rol passen',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            role: Type.Optional(RoleId),
            limit: Type.Integer({ minimum: 1, maximum: 100, default: 30 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Array(Type.Object({ id: Uuid, name: Type.String(), kind: Type.String() })),
          ...denied,
        },
      },
    },
    async (request) => organizationOptions(contextOf(services, request), request.query),
  );

  app.get(
    '/users/:id',
    {
      config: { permission: 'user:read' },
      schema: {
        tags,
        summary: 'Eén gebruiker',
        params: IdParams,
        response: { 200: UserRef, 404: ErrorRef, ...denied },
      },
    },
    async (request) => userFor(contextOf(services, request), request.params.id),
  );

  app.post(
    '/users',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags,
        summary: 'Gebruiker aanmaken met rollen; geeft eenmalig een tijdelijk wachtwoord',
        body: NewUserBody,
        response: {
          201: Type.Object({ user: UserRef, temporaryPassword: Type.String() }),
          409: ErrorRef,
          ...denied,
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUser(contextOf(services, request), request.body)),
  );

  app.patch(
    '/users/:id',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags,
        summary: 'Naam wijzigen of account in- of uitschakelen',
        params: IdParams,
        body: UserChangeBody,
        response: { 200: UserRef, 404: ErrorRef, 409: ErrorRef, ...denied },
      },
    },
    async (request) => changeUser(contextOf(services, request), request.params.id, request.body),
  );

  app.put(
    '/users/:id/memberships',
    {
      config: { permission: 'user:change-rights' },
      schema: {
        tags,
        summary: 'Rollen en organisaties van een gebruiker vastleggen (vervangt de bestaande)',
        params: IdParams,
        body: MembershipsBody,
        response: { 200: UserRef, 404: ErrorRef, 409: ErrorRef, ...denied },
      },
    },
    async (request) =>
      setMemberships(contextOf(services, request), request.params.id, request.body.memberships),
  );

  app.post(
    '/users/:id/password-reset',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags,
        summary: 'Wachtwoord resetten: een tijdelijk wachtwoord, te wijzigen bij de volgende aanmelding',
        params: IdParams,
        body: ResetBody,
        response: { 200: TemporaryPasswordBody, 404: ErrorRef, 409: ErrorRef, ...denied },
      },
    },
    async (request) => resetPassword(contextOf(services, request), request.params.id, request.body),
  );

  app.post(
    '/users/:id/unlock',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags,
        summary: 'Blokkade na mislukte aanmeldpogingen opheffen',
        params: IdParams,
        response: { 200: UserRef, 404: ErrorRef, ...denied },
      },
    },
    async (request) => unlockUser(contextOf(services, request), request.params.id),
  );
};
