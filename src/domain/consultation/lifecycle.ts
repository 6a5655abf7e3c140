/**
 * The life of a consultation question (consultatievraag), from the GP's question to the close:
 *
 *   open ──(consultant posts)──▶ beantwoord ──(GP asks a follow-up)──▶ open (new due date)
 *     │                              │
 *     └──────────(GP closes)─────────┴──────────▶ afgesloten
 *
 * Two sides take part: the asking practice (aanvrager: the GP or POH-GGZ) and the consultant's
 * organisation (consulent). A message from the aanvrager while the question is still open adds to
 * the question and keeps the due date; only a question after an answer starts a new round.
 * Nothing can be posted to a closed consultation; only the aanvrager closes.
 */
import { DomainError } from '../errors';

export const CONSULTATION_STATES = [
  { id: 'open', label: 'Wacht op antwoord' },
  { id: 'beantwoord', label: 'Beantwoord' },
  { id: 'afgesloten', label: 'Afgesloten' },
] as const;
export type ConsultationState = (typeof CONSULTATION_STATES)[number]['id'];
export const CONSULTATION_STATE_IDS = CONSULTATION_STATES.map((s) => s.id) as readonly ConsultationState[];

export function isConsultationState(value: string): value is ConsultationState {
  return (CONSULTATION_STATE_IDS as readonly string[]).includes(value);
}

export function consultationStateLabel(state: string): string {
  return CONSULTATION_STATES.find((s) => s.id === state)?.label ?? state;
}

/** Who writes: the asking practice or the answering consultant's organisation. */
export type ConsultationSide = 'aanvrager' | 'consulent';

/** What a new message does to the consultation. */
export interface MessageEffect {
  state: ConsultationState;
  /** True for the first answer of a round: answeredAt becomes the moment of this message. */
  answers: boolean;
  /** True when the message opens a new round: the due date is counted again from now. */
  newRound: boolean;
}

const closedError = () =>
  new DomainError('conflict', 'Deze consultatie is afgesloten; er kunnen geen berichten meer bij.');

/** The effect of a message by `side` on a consultation in `state`; throws on a closed one. */
export function messageEffect(state: ConsultationState, side: ConsultationSide): MessageEffect {
  if (state === 'afgesloten') throw closedError();
  if (side === 'consulent') return { state: 'beantwoord', answers: state === 'open', newRound: false };
  if (state === 'beantwoord') return { state: 'open', answers: false, newRound: true };
  return { state: 'open', answers: false, newRound: false };
}

/** Checks that the consultation can be closed by the aanvrager; throws when it is already closed. */
export function assertClosable(state: ConsultationState): void {
  if (state === 'afgesloten') throw new DomainError('conflict', 'Deze consultatie is al afgesloten.');
}
