/**
 * Placeholder for the keuzehulp (route advice, route "/keuzehulp"), which another part of the app
 * provides; replace the route's element in App.tsx with the real page.
 */
import { Link } from 'react-router';

export function KeuzehulpPlaceholder() {
  return (
    <div className="page-intro">
      <h1>Keuzehulp</h1>
      <p className="lead">
        De keuzehulp helpt kiezen welke route past: reguliere ggz-verwijzing, Welzijn op Recept, verkennend
        gesprek, overlegtafel, consultatie of crisis. Deze pagina komt binnenkort.
      </p>
      <p>
        <Link to="/">Naar Zoek passend aanbod</Link>
      </p>
    </div>
  );
}
