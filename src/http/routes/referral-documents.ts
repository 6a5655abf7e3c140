/**
 * The referral's documents over HTTP: the referral letter as PDF and the FHIR R4 export. Both need
 * 'referral:read' and are narrowed to the caller's reach (a referral of another practice or
 * provider is "not found"); both are logged as an export in the audit trail by the use case
 * (src/services/referral-documents.ts). The answers are not JSON, so they are sent as bytes or
 * text with their own media type, and the schema below only describes them for the OpenAPI
 * document.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppServices } from '../../services/app-services';
import { referralFhirBundle, referralLetterPdf } from '../../services/referral-documents';
import { contextOf } from '../auth';
import { Uuid } from '../schemas/catalog';

const ErrorRef = Type.Ref('ErrorBody');
const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef };
const tags = ['verwijzingen'];
const params = Type.Object({ id: Uuid }, { additionalProperties: false });

const PdfResponse = {
  description: 'De verwijsbrief als PDF (A4), om af te drukken of op te slaan',
  content: { 'application/pdf': { schema: Type.String({ format: 'binary' }) } },
};

const FhirResponse = {
  description:
    'Een FHIR R4 Bundle (type collection) met ServiceRequest, Task (stand van de verwijzing), Patient, Practitioner, PractitionerRole, Organization en Coverage; zie docs/referral-letter-and-fhir.md',
  content: {
    'application/fhir+json': {
      schema: Type.Object(
        {
          resourceType: Type.Literal('Bundle'),
          type: Type.Literal('collection'),
          timestamp: Type.String({ format: 'date-time' }),
          entry: Type.Array(
            Type.Object(
              {
                fullUrl: Type.String({ description: 'urn:uuid:…' }),
                resource: Type.Object(
                  { resourceType: Type.String(), id: Type.String() },
                  { additionalProperties: true },
                ),
              },
              { additionalProperties: true },
            ),
          ),
        },
        { additionalProperties: true },
      ),
    },
  },
};

export const referralDocumentRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (
  app,
  { services },
) => {
  app.get(
    '/referrals/:id/brief.pdf',
    {
      config: { permission: 'referral:read' },
      schema: {
        tags,
        summary: 'Verwijsbrief als PDF (wordt gelogd als export)',
        description:
          'De verwijsbrief met wat de Nederlandse verwijsafspraken vragen (datum, verwijzer met AGB-code, patiënt met adres, BSN, geboortedatum en verzekeraar, vermoedelijke stoornis, hoofdprobleem en vraag, BGGZ of SGGZ, ondertekening). Ontbrekende verplichte gegevens staan zichtbaar in de brief.',
        params,
        produces: ['application/pdf'],
        response: { 200: PdfResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { bytes, fileName } = await referralLetterPdf(contextOf(services, request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(bytes));
    },
  );

  app.get(
    '/referrals/:id/fhir',
    {
      config: { permission: 'referral:read' },
      schema: {
        tags,
        summary: 'Verwijzing als FHIR R4 (ServiceRequest met Task voor de stand; wordt gelogd als export)',
        params,
        produces: ['application/fhir+json'],
        response: { 200: FhirResponse, ...errors },
      },
    },
    async (request, reply) => {
      const bundle = await referralFhirBundle(contextOf(services, request), request.params.id);
      return reply
        .type('application/fhir+json; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(JSON.stringify(bundle));
    },
  );
};
