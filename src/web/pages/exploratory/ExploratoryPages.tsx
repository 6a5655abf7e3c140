/**
 * Verkennend gesprek: the list of requests (/verkennend-gesprek), a new request by the GP
 * (/verkennend-gesprek/nieuw) and one request (/verkennend-gesprek/:id) with the coordinator's
 * planning and outcome forms and, for the GP, the outcome with a link to the next step. App.tsx
 * routes /verkennend-gesprek/* here behind exploratory:read; the sub-pages are nested routes.
 */
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../NotFoundPage';
import { ExploratoryDetail } from './ExploratoryDetail';
import { ExploratoryList } from './ExploratoryList';
import { NewExploratory } from './NewExploratory';
import '../case-review/case-review.css';

export function ExploratoryPages() {
  return (
    <Routes>
      <Route index element={<ExploratoryList />} />
      <Route path="nieuw" element={<NewExploratory />} />
      <Route path=":id" element={<ExploratoryDetail />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
