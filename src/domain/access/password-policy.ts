/**
 * What a new password must be. Length over complexity rules (as NCSC and NIST advise), a cap on
 * length so hashing stays cheap, and a refusal of the most obvious choices.
 */
import type { FieldProblem } from '../errors';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const OBVIOUS = ['wachtwoord', 'password', 'welkom', 'wegwijzer', '123456', 'qwerty', 'huisarts', 'letmein'];

/** The problems with a proposed password, empty when it is acceptable. */
export function passwordProblems(password: string, email: string, field = 'newPassword'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    problems.push({ field, message: `moet minstens ${PASSWORD_MIN_LENGTH} tekens lang zijn` });
  if (length > PASSWORD_MAX_LENGTH)
    problems.push({ field, message: `mag hoogstens ${PASSWORD_MAX_LENGTH} tekens lang zijn` });
  const lower = password.toLowerCase();
  const local = email.toLowerCase().split('@')[0] ?? '';
  if (local.length >= 4 && lower.includes(local))
    problems.push({ field, message: 'mag uw e-mailadres niet bevatten' });
  if (
    new Set(lower).size < 5 ||
    OBVIOUS.some((word) => lower.replace(/[^a-z0-9]/g, '').startsWith(word) && lower.length < 16)
  ) {
    problems.push({ field, message: 'is te voorspelbaar; kies een langere zin of willekeurige woorden' });
  }
  return problems;
}
