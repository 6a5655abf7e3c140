/**
 * Consultatie GGZ: the list of questions (/consultaties), a new question (/consultaties/nieuw)
 * and one question with its thread (/consultaties/:id). App.tsx routes /consultaties/* here
 * behind consultation:read; the sub-pages are nested routes.
 */
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../NotFoundPage';
import { ConsultationList } from './ConsultationList';
import { ConsultationThread } from './ConsultationThread';
import { NewConsultation } from './NewConsultation';
import './consultations.css';

export function ConsultationPages() {
  return (
    <Routes>
      <Route index element={<ConsultationList />} />
      <Route path="nieuw" element={<NewConsultation />} />
      <Route path=":id" element={<ConsultationThread />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
