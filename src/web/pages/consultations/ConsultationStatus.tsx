/** The state of a consultation as a badge with words, and "Te laat" with the due date: never colour alone. */
import { formatDate } from '../../format';
import type { ConsultationListItem } from './consultation-api';

type StatusFields = Pick<ConsultationListItem, 'state' | 'stateLabel' | 'overdue' | 'dueOn'>;

const BADGE: Record<ConsultationListItem['state'], string> = {
  open: 'badge--info',
  beantwoord: 'badge--goed',
  afgesloten: 'badge--info',
};

export function ConsultationStatus({ consultation }: { consultation: StatusFields }) {
  if (consultation.overdue) {
    return (
      <span className="consultation-status">
        <span className="badge badge--fout">
          <span aria-hidden="true">! </span>Te laat
        </span>{' '}
        <span className="consultation-status__due">antwoord was uiterlijk {formatDate(consultation.dueOn)} verwacht</span>
      </span>
    );
  }
  return <span className={`badge ${BADGE[consultation.state]}`}>{consultation.stateLabel}</span>;
}
