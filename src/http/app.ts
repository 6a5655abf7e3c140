/**
 * buildApp(): the whole HTTP application as one Fastify instance, without opening a port, so
 * tests drive it with inject() or listen on port 0. Routes are plugins, one file per resource in
 * src/http/routes; every route has JSON schemas that validate input, shape output and feed the
 * OpenAPI document at /docs.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppServices } from '../services/app-services';
import { ErrorBody, frameworkError, registerErrorHandling } from './errors';
import { Organization, Service } from './schemas/catalog';
import { healthRoutes } from './routes/health';
import { catalogRoutes } from './routes/catalog';
import { matchRoutes } from './routes/match';
import { referenceRoutes } from './routes/reference';
import { adviceRoutes } from './routes/advice';
import { registerAuth } from './auth';
import { authRoutes } from './routes/auth';
import { userRoutes } from './routes/users';
import { auditRoutes } from './routes/audit';
import { waitImportRoutes } from './routes/wait-import';
import { portalRoutes } from './routes/portal';
import { freshnessRoutes } from './routes/freshness';
import { statisticsRoutes } from './routes/statistics';
import { referralRoutes } from './routes/referrals';
import { notificationRoutes } from './routes/notifications';
import { referralDocumentRoutes } from './routes/referral-documents';
import { consultationRoutes } from './routes/consultations';
import { caseReviewRoutes } from './routes/case-review';
import { exploratoryRoutes } from './routes/exploratory';

export interface BuildAppOptions {
  services: AppServices;
  /** Pino logger options, or false for silence in tests. */
  logger?: boolean | { level: string };
  /** Directory of the built web app; served with a fallback to index.html when it exists. */
  webDir?: string | undefined;
  /** Which proxies to believe about the client's address (see Config.trustProxy). */
  trustProxy?: boolean | string[];
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 256 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true } },
    genReqId: () => crypto.randomUUID(),
    trustProxy: options.trustProxy ?? false,
    frameworkErrors: frameworkError,
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
      },
    },
  });
  registerErrorHandling(app);
  app.addSchema(ErrorBody);
  // Shared by the care-map and match routes, so registered where both plugins can see them.
  app.addSchema(Service);
  app.addSchema(Organization);
  // Before any route: every route is checked against the permission model (src/http/auth.ts).
  await registerAuth(app, options.services);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Wegwijzer API',
        description: 'Verwijsondersteuning voor de huisartsenzorg: sociale kaart, routeadvies en matching.',
        version: '0.1.0',
      },
      tags: [
        { name: 'systeem', description: 'Gezondheid en metadata' },
        { name: 'referentie', description: 'Referentiegegevens (gemeenten, verzekeraars, diagnosegroepen)' },
        { name: 'sociale-kaart', description: 'Organisaties, locaties en diensten' },
        { name: 'matching', description: 'Passend aanbod voor een hulpvraag' },
        { name: 'routeadvies', description: 'Keuzehulp: welke route past, met regionale afspraken als gedateerde gegevens' },
        { name: 'aanmelden', description: 'Aanmelden met tweede factor, sessie en eigen account' },
        { name: 'beheer', description: 'Gebruikers, rollen en organisaties (beheerder)' },
        { name: 'wachttijden', description: 'Wachttijden en aanmeldstops importeren (zorgaanbieders)' },
        { name: 'portaal', description: 'Zorgaanbieders houden hun eigen aanbod, wachttijden, aanmeldstops en plafonds actueel' },
        { name: 'actualiteit', description: 'Hoe vers elk gegeven is, te bevestigen gegevens en herinneringen' },
        { name: 'cijfers', description: 'Treeknorm-monitoring, prognoses en het regiodashboard (alleen geaggregeerd)' },
        { name: 'verwijzingen', description: 'Verwijzing, verwijsbrief (PDF, FHIR R4) en de gesloten lus tot de intake' },
        { name: 'meldingen', description: 'Meldingen voor de eigen organisatie' },
        { name: 'consultatie', description: 'Consultatie GGZ: schriftelijk advies binnen de regionale termijn (standaard 3 werkdagen)' },
        { name: 'overlegtafel', description: 'GGZ-overlegtafel: geanonimiseerde casuïstiek per regio' },
        { name: 'verkennend-gesprek', description: 'Verkennend gesprek met de drie wegwijzers' },
        { name: 'audittrail', description: 'Logging volgens NEN 7513: wie deed wat met wiens gegevens' },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(healthRoutes, { services: options.services });
  await app.register(catalogRoutes, { prefix: '/api', services: options.services });
  await app.register(matchRoutes, { prefix: '/api', services: options.services });
  await app.register(referenceRoutes, { prefix: '/api', services: options.services });
  await app.register(adviceRoutes, { prefix: '/api', services: options.services });
  await app.register(authRoutes, { prefix: '/api', services: options.services });
  await app.register(userRoutes, { prefix: '/api', services: options.services });
  await app.register(auditRoutes, { prefix: '/api', services: options.services });
  await app.register(waitImportRoutes, { prefix: '/api', services: options.services });
  await app.register(portalRoutes, { prefix: '/api', services: options.services });
  await app.register(freshnessRoutes, { prefix: '/api', services: options.services });
  await app.register(statisticsRoutes, { prefix: '/api', services: options.services });
  await app.register(referralRoutes, { prefix: '/api', services: options.services });
  await app.register(notificationRoutes, { prefix: '/api', services: options.services });
  await app.register(referralDocumentRoutes, { prefix: '/api', services: options.services });
  await app.register(consultationRoutes, { prefix: '/api', services: options.services });
  await app.register(caseReviewRoutes, { prefix: '/api', services: options.services });
  await app.register(exploratoryRoutes, { prefix: '/api', services: options.services });

  const webDir = options.webDir ? resolve(options.webDir) : undefined;
  if (webDir && existsSync(resolve(webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false });
    // The React app routes in the browser: unknown non-API GETs get index.html.
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply.status(404).send({ error: { code: 'niet-gevonden', message: 'Onbekend adres.', details: [] } });
      }
      return reply.sendFile('index.html');
    });
  }
  return app;
}
