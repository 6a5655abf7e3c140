/** Any address the app does not know. */
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <div className="page-intro">
      <h1>Pagina niet gevonden</h1>
      <p className="lead">Deze pagina bestaat niet (meer).</p>
      <p>
        <Link to="/">Naar Zoek passend aanbod</Link>
      </p>
    </div>
  );
}
