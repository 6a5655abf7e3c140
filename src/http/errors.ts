/**
 * The one error mapping: domain errors, validation errors and anything unexpected become the one
 * error body `{ error: { code, message, details } }` with a Dutch message. Clients never see a
 * stack trace or SQL; unexpected errors are logged with their cause and answered with a 500.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { DomainError, type ErrorCode, type FieldProblem } from '../domain/errors';

export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      details: Type.Array(Type.Object({ field: Type.String(), message: Type.String() })),
    }),
  },
  { $id: 'ErrorBody', description: 'Foutmelding' },
);

const STATUS: Record<ErrorCode, number> = {
  'ongeldige-invoer': 400,
  'niet-aangemeld': 401,
  'geen-toegang': 403,
  'niet-gevonden': 404,
  conflict: 409,
};

interface AjvIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Turns one Ajv validation issue into a field name and a Dutch message. */
export function describeValidationIssue(issue: AjvIssue, context: string | undefined): FieldProblem {
  const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const missing = issue.params.missingProperty as string | undefined;
  const extra = issue.params.additionalProperty as string | undefined;
  const field = [path, missing ?? extra].filter(Boolean).join('.') || context || 'invoer';
  const p = issue.params;
  const message = (() => {
    switch (issue.keyword) {
      case 'required':
        return 'is verplicht';
      case 'type':
        return `moet van het type ${dutchType(String(p.type))} zijn`;
      case 'minimum':
        return `moet minimaal ${String(p.limit)} zijn`;
      case 'maximum':
        return `mag hoogstens ${String(p.limit)} zijn`;
      case 'exclusiveMinimum':
        return `moet groter zijn dan ${String(p.limit)}`;
      case 'minLength':
        return `moet minstens ${String(p.limit)} tekens lang zijn`;
      case 'maxLength':
        return `mag hoogstens ${String(p.limit)} tekens lang zijn`;
      case 'maxItems':
        return `mag hoogstens ${String(p.limit)} waarden bevatten`;
      case 'minItems':
        return `moet minstens ${String(p.limit)} waarden bevatten`;
      case 'enum':
      case 'const':
      case 'anyOf':
        return 'heeft een waarde die niet is toegestaan';
      case 'pattern':
        return 'heeft een ongeldige vorm';
      case 'format':
        return `moet een geldige ${String(p.format)} zijn`;
      case 'additionalProperties':
        return 'is geen bekend veld';
      case 'uniqueItems':
        return 'bevat dubbele waarden';
      default:
        return 'is ongeldig';
    }
  })();
  return { field, message };
}

function dutchType(type: string): string {
  return (
    { string: 'tekst', number: 'getal', integer: 'geheel getal', boolean: 'ja/nee', array: 'lijst', object: 'object', null: 'leeg' }[
      type
    ] ?? type
  );
}

function body(code: string, message: string, details: FieldProblem[] = []) {
  return { error: { code, message, details } };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError & { validation?: AjvIssue[]; validationContext?: string }, request, reply) => {
    if (error instanceof DomainError) {
      if (error.internal) request.log.warn({ code: error.code, internal: error.internal }, 'domain error');
      return reply.status(STATUS[error.code]).send(body(error.code, error.userMessage, error.details));
    }
    if (error.validation) {
      const details = error.validation.map((issue) => describeValidationIssue(issue, error.validationContext));
      const summary = details.map((d) => `${d.field} ${d.message}`).join('; ');
      return reply.status(400).send(body('ongeldige-invoer', `De invoer is niet geldig: ${summary}.`, details));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message =
        status === 413
          ? 'Het verzoek is te groot.'
          : status === 415
            ? 'Dit soort inhoud wordt niet ondersteund; stuur JSON.'
            : status === 429
              ? 'Te veel verzoeken; probeer het zo opnieuw.'
              : 'Het verzoek is niet geldig.';
      return reply.status(status).send(body(status === 400 ? 'ongeldige-invoer' : `http-${status}`, message));
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send(body('interne-fout', 'Er ging iets mis aan onze kant. Probeer het later opnieuw.'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(body('niet-gevonden', `Onbekend adres: ${request.method} ${request.url.split('?')[0]}`));
  });
}

/**
 * Errors Fastify's router raises before any route or hook runs (an address with broken
 * percent-encoding, a path parameter over the length limit): the same error body, never Fastify's
 * own. Passed to Fastify as `frameworkErrors`.
 */
export function frameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  const message = status === 414 ? 'Het adres is te lang.' : 'Het adres is niet geldig.';
  reply.status(status).send(body(status === 400 ? 'ongeldige-invoer' : `http-${status}`, message));
}
