/**
 * Importing waiting-time files over HTTP: POST /api/imports/waiting-times with the file as base64
 * in JSON. The handler only translates; the use case is src/services/wait-import.ts. The answer
 * is the per-row report, also when rows are rejected (then nothing was written).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { reachFor } from '../../domain/access/permissions';
import { invalid } from '../../domain/errors';
import type { AppServices } from '../../services/app-services';
import { importWaitingTimes } from '../../services/wait-import';
import { contextOf } from '../auth';
import { Nullable } from '../schemas/catalog';

const ErrorRef = Type.Ref('ErrorBody');
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Base64 takes 4 characters per 3 bytes, plus room for the other fields. */
const BODY_LIMIT = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 64 * 1024;

const ImportBody = Type.Object(
  {
    fileName: Type.String({
      minLength: 1,
      maxLength: 255,
      description: 'Naam van het bestand; komt als bron "import:<naam>" bij elke wachttijd.',
    }),
    contentBase64: Type.String({
      minLength: 1,
      maxLength: BODY_LIMIT,
      description: 'De inhoud van het CSV-bestand, base64-gecodeerd (hooguit 5 MB).',
    }),
    dryRun: Type.Boolean({ default: false, description: 'true: alleen controleren (niets opslaan).' }),
  },
  { additionalProperties: false },
);

const Outcome = Type.Union(
  ['toegevoegd', 'bijgewerkt', 'ongewijzigd', 'afgewezen'].map((o) => Type.Literal(o)),
);
const ReportBody = Type.Object({
  fileName: Type.String(),
  dryRun: Type.Boolean(),
  written: Type.Boolean(),
  message: Type.String(),
  encoding: Type.String(),
  delimiter: Type.String(),
  problems: Type.Array(Type.String()),
  counts: Type.Object({
    rows: Type.Integer(),
    toegevoegd: Type.Integer(),
    bijgewerkt: Type.Integer(),
    ongewijzigd: Type.Integer(),
    afgewezen: Type.Integer(),
  }),
  rows: Type.Array(
    Type.Object({
      line: Type.Integer(),
      outcome: Outcome,
      reasons: Type.Array(Type.String()),
      serviceId: Nullable(Type.String()),
      serviceName: Nullable(Type.String()),
      organizationName: Nullable(Type.String()),
      diagnosisGroup: Nullable(Type.String()),
      registrationWeeks: Nullable(Type.Number()),
      treatmentWeeks: Nullable(Type.Number()),
      pause: Nullable(Type.Object({ reason: Type.String(), expectedEnd: Nullable(Type.String()) })),
      measuredOn: Nullable(Type.String()),
    }),
  ),
});

export const waitImportRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (
  app,
  { services },
) => {
  app.post(
    '/imports/waiting-times',
    {
      config: { permission: 'waiting-time:import' },
      bodyLimit: BODY_LIMIT + 1024,
      schema: {
        tags: ['wachttijden'],
        summary:
          'Wachttijdenbestand (CSV) controleren of importeren; alles of niets, met een verslag per regel',
        description:
          'Formaat: docs/import-wachttijden.md. Als één regel wordt afgewezen, wordt niets opgeslagen (written: false) en staat per regel waarom. Een medewerker van een zorgaanbieder importeert alleen voor de eigen organisatie.',
        body: ImportBody,
        response: { 200: ReportBody, 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 413: ErrorRef },
      },
    },
    async (request) => {
      const ctx = contextOf(services, request);
      const reach = reachFor(ctx.principal, 'waiting-time:import');
      const { fileName, contentBase64, dryRun } = request.body;
      if (!/^[A-Za-z0-9+/=\s]*$/.test(contentBase64)) {
        throw invalid('De inhoud van het bestand is niet goed doorgegeven.', [
          { field: 'contentBase64', message: 'is geen base64' },
        ]);
      }
      const bytes = Buffer.from(contentBase64, 'base64');
      if (bytes.length > MAX_FILE_BYTES) {
        throw invalid('Het bestand is te groot.', [{ field: 'contentBase64', message: 'hooguit 5 MB' }]);
      }
      return importWaitingTimes(ctx, { fileName, bytes, dryRun, reach });
    },
  );
};
