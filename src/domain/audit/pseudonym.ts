/**
 * Pseudonyms for persons in the audit trail: a keyed hash (HMAC-SHA-256) of a stable identifier,
 * so the trail can answer "who accessed this person's data" without holding the BSN or a name,
 * and nobody without the key can turn a pseudonym back into a person or guess it from a BSN.
 */
import { createHmac } from 'node:crypto';

export function personPseudonym(key: Uint8Array, identifier: string): string {
  return `p-${createHmac('sha256', key).update(`person:${identifier}`).digest('hex').slice(0, 32)}`;
}
