/**
 * Mijn aanbod: the provider portal. A provider's staff member keeps the organisation's services
 * current (description, waiting times, registration pause, contracts and ceilings) and confirms
 * everything with one button; a coordinator or administrator chooses an organisation first.
 * Addresses: /portaal, /portaal/diensten/:id, /portaal/api-sleutels (docs/provider-portal.md).
 */
import { Route, Routes } from 'react-router';
import { RequirePermission } from '../../session';
import { NotFoundPage } from '../NotFoundPage';
import { ApiKeysPage } from './ApiKeysPage';
import { PortalOverview } from './PortalOverview';
import { ServicePortalPage } from './ServicePortalPage';
import './portal.css';

export function PortalPages() {
  return (
    <Routes>
      <Route index element={<PortalOverview />} />
      <Route path="diensten/:id" element={<ServicePortalPage />} />
      <Route
        path="api-sleutels"
        element={
          <RequirePermission action="api-key:manage">
            <ApiKeysPage />
          </RequirePermission>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
