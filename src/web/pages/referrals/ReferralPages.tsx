/**
 * Verwijzingen (/verwijzingen): the practice's worklist or the provider's inbox, the referral form
 * (/verwijzingen/nieuw?dienst=…, opened from "Verwijzen" on a match result) and one referral with
 * its timeline and the steps the caller may take (/verwijzingen/:id).
 */
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../NotFoundPage';
import { NewReferralPage } from './NewReferralPage';
import { ReferralDetailPage } from './ReferralDetail';
import { ReferralListPage } from './ReferralList';
import './referrals.css';

export function ReferralPages() {
  return (
    <Routes>
      <Route index element={<ReferralListPage />} />
      <Route path="nieuw" element={<NewReferralPage />} />
      <Route path=":id" element={<ReferralDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
