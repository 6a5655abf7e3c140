/**
 * Advies omzetten in verwijzing: once the consultant has answered, the asking practice can start
 * a referral from the advice. The referral form (/verwijzingen/nieuw) takes the route, the
 * question and this consultation's id, and sets consultation.referral_id when it is sent; from
 * then on this block links to that referral instead.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { ROUTES, type RouteId } from '../../../domain/routes/route-catalog';
import type { ConsultationDetail } from './consultation-api';

/** The routes a consultant's advice most often leads to. */
const REFERRAL_ROUTES: readonly RouteId[] = ['bggz', 'sggz', 'wor', 'wor-plus'];

/** The address of the referral form, filled from this consultation. */
export function referralFormUrl(consultation: Pick<ConsultationDetail, 'id' | 'subject' | 'disciplineLabel' | 'consultantOrganizationName'>, route: RouteId): string {
  const question = `${consultation.subject} (na consultatie ${consultation.disciplineLabel.toLowerCase()}, ${consultation.consultantOrganizationName})`;
  return `/verwijzingen/nieuw?${new URLSearchParams({ route, vraag: question, consultatie: consultation.id }).toString()}`;
}

export function ReferralFromAdvice({ consultation }: { consultation: ConsultationDetail }) {
  const [route, setRoute] = useState<RouteId>('bggz');
  if (consultation.referralId) {
    return (
      <div className="form-block">
        <h2>Omgezet in verwijzing</h2>
        <p>
          Het advies is omgezet in een verwijzing.{' '}
          <Link to={`/verwijzingen/${consultation.referralId}`}>Bekijk de verwijzing</Link>
        </p>
      </div>
    );
  }
  if (!consultation.may.convertToReferral) return null;
  return (
    <div className="form-block">
      <h2>Verwijzen na het advies</h2>
      <p>Adviseert de consulent een verwijzing? Kies de route; het verwijsformulier opent met uw vraag ingevuld.</p>
      <div className="field field--inline">
        <label htmlFor="consultatie-route">Route</label>
        <select id="consultatie-route" value={route} onChange={(e) => setRoute(e.target.value as RouteId)}>
          {REFERRAL_ROUTES.map((id) => (
            <option key={id} value={id}>
              {ROUTES[id].label}
            </option>
          ))}
        </select>
      </div>
      <p>
        <Link className="button button--primary" to={referralFormUrl(consultation, route)}>
          Advies omzetten in verwijzing
        </Link>
      </p>
    </div>
  );
}
