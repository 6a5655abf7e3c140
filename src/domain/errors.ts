/**
 * Errors as values with a code. The message is for the user (Dutch); `internal` is for the log
 * only. src/http/errors.ts maps codes to HTTP statuses in one place.
 */
export type ErrorCode = 'niet-gevonden' | 'ongeldige-invoer' | 'conflict' | 'geen-toegang' | 'niet-aangemeld';

export interface FieldProblem {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: string,
    readonly details: FieldProblem[] = [],
    readonly internal?: string,
  ) {
    super(internal ?? userMessage);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('niet-gevonden', `${what} is niet gevonden.`);
export const invalid = (message: string, details: FieldProblem[] = []) =>
  new DomainError('ongeldige-invoer', message, details);
