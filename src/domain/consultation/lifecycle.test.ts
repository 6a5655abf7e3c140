import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { assertClosable, messageEffect } from './lifecycle';

describe('the states of a consultation question', () => {
  it('is answered when the consultant posts to an open question', () => {
    expect(messageEffect('open', 'consulent')).toEqual({ state: 'beantwoord', answers: true, newRound: false });
  });

  it('keeps the first answer time when the consultant adds to an answer', () => {
    expect(messageEffect('beantwoord', 'consulent')).toEqual({
      state: 'beantwoord',
      answers: false,
      newRound: false,
    });
  });

  it('reopens with a new round when the GP asks a follow-up question after the answer', () => {
    expect(messageEffect('beantwoord', 'aanvrager')).toEqual({ state: 'open', answers: false, newRound: true });
  });

  it('keeps the due date when the GP adds to a question that is still open', () => {
    expect(messageEffect('open', 'aanvrager')).toEqual({ state: 'open', answers: false, newRound: false });
  });

  it('refuses messages on a closed consultation with a conflict', () => {
    for (const side of ['aanvrager', 'consulent'] as const) {
      expect(() => messageEffect('afgesloten', side)).toThrow(DomainError);
      try {
        messageEffect('afgesloten', side);
      } catch (error) {
        expect((error as DomainError).code).toBe('conflict');
      }
    }
  });

  it('closes an open or answered consultation, but not a closed one', () => {
    expect(() => assertClosable('open')).not.toThrow();
    expect(() => assertClosable('beantwoord')).not.toThrow();
    expect(() => assertClosable('afgesloten')).toThrow(/al afgesloten/);
  });
});
