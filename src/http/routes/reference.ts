/**
 * Reference data over HTTP: municipalities, insurers, diagnosis groups, the vocabularies with
 * their Dutch labels, and the Treeknorm. Served from memory; loaded from reference-data/ at start.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  CARE_KINDS,
  CEILING_STATES,
  EXCLUSION_CODES,
  MODALITIES,
  ORGANIZATION_KINDS,
  REFERRAL_CHANNELS,
  SEVERITIES,
  THEMES,
  WAIT_BASES,
} from '../../domain/catalog/vocabulary';
import { TREEKNORM } from '../../domain/waiting/treeknorm';
import type { AppServices } from '../../services/app-services';
import { Nullable } from '../schemas/catalog';

const Labelled = Type.Array(Type.Object({ id: Type.String(), label: Type.String() }));
const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'nl');

export const referenceRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (app, { services }) => {
  const { catalog } = services;
  const tags = ['referentie'];

  app.get(
    '/reference/municipalities',
    {
      config: { permission: 'care-map:read' },
      schema: {
        tags,
        summary: 'Alle gemeenten (CBS-code, naam, provincie, punt; bron CBS en GeoNames)',
        response: {
          200: Type.Array(
            Type.Object({ code: Type.String(), name: Type.String(), province: Type.String(), point: Type.Object({ lat: Type.Number(), lon: Type.Number() }) }),
          ),
        },
      },
    },
    async () => [...catalog.municipalities.values()].sort(byName),
  );

  app.get(
    '/reference/insurers',
    {
      config: { permission: 'care-map:read' },
      schema: {
        tags,
        summary: 'Zorgverzekeraars (labels) met hun concern; UZOVI-codes zijn niet geverifieerd',
        response: {
          200: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), concern: Type.String(), uzovi: Nullable(Type.String()) })),
        },
      },
    },
    async () => [...catalog.insurers.values()].sort((a, b) => a.label.localeCompare(b.label, 'nl')),
  );

  app.get(
    '/reference/diagnosis-groups',
    {
      config: { permission: 'care-map:read' },
      schema: {
        tags,
        summary: 'Hoofddiagnosegroepen voor wachttijden (DSM-5-groepen en "diagnose nog niet gesteld")',
        response: { 200: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), status: Type.String() })) },
      },
    },
    async () => [...catalog.diagnosisGroups.values()],
  );

  app.get(
    '/reference/vocabulary',
    {
      config: { permission: 'care-map:read' },
      schema: {
        tags,
        summary: 'Waardelijsten met Nederlandse labels',
        response: {
          200: Type.Object({
            careKinds: Labelled,
            themes: Labelled,
            exclusions: Labelled,
            modalities: Labelled,
            ceilingStates: Labelled,
            referralChannels: Labelled,
            organizationKinds: Labelled,
            waitBases: Labelled,
            severities: Labelled,
          }),
        },
      },
    },
    async () => {
      const plain = (list: readonly { id: string; label: string }[]) => list.map(({ id, label }) => ({ id, label }));
      return {
        careKinds: plain(CARE_KINDS),
        themes: plain(THEMES),
        exclusions: plain(EXCLUSION_CODES),
        modalities: plain(MODALITIES),
        ceilingStates: plain(CEILING_STATES),
        referralChannels: plain(REFERRAL_CHANNELS),
        organizationKinds: plain(ORGANIZATION_KINDS),
        waitBases: plain(WAIT_BASES),
        severities: plain(SEVERITIES),
      };
    },
  );

  app.get(
    '/reference/treeknorm',
    {
      config: { permission: 'care-map:read' },
      schema: {
        tags,
        summary: 'De Treeknorm voor de ggz',
        response: {
          200: Type.Object({
            registrationWeeks: Type.Number(),
            treatmentWeeks: Type.Number(),
            totalWeeks: Type.Number(),
            source: Type.String(),
          }),
        },
      },
    },
    async () => TREEKNORM,
  );
};
