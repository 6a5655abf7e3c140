/**
 * Links from an advised route to the next step: the search for fitting care with the route's care
 * kinds filled in (the match page reads `kinds`, `municipality` and `age` from the address, see
 * components/need-params.ts), and the keuzehulp. The municipality is the region's first one; the
 * GP changes it to the patient's own on the match page.
 */
import { Link } from 'react-router';
import { ROUTES, isRouteId } from '../../../domain/routes/route-catalog';
import type { RegionView } from '../../api-advice';

export function matchAddress(
  route: string,
  municipality: string | undefined,
  age: number | null,
): string | null {
  if (!isRouteId(route) || !municipality) return null;
  const kinds = ROUTES[route].careKinds;
  if (kinds.length === 0) return null;
  const params = new URLSearchParams({ municipality, kinds: kinds.join(',') });
  if (age !== null) params.set('age', String(age));
  return `/?${params.toString()}`;
}

export function RouteLinks({
  route,
  region,
  age,
}: {
  route: string;
  region: RegionView | undefined;
  age: number | null;
}) {
  const label = isRouteId(route) ? ROUTES[route].label : route;
  const address = matchAddress(route, region?.municipalities[0]?.code, age);
  return (
    <ul className="plain-list">
      {address && (
        <li>
          <Link to={address}>Zoek aanbod voor {label}</Link>
        </li>
      )}
      <li>
        <Link to="/keuzehulp">Naar de keuzehulp</Link>
      </li>
    </ul>
  );
}
