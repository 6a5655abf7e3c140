/** Small status blocks shared by the pages: loading, an API error, and the demo-data banner. */
import type { ApiError } from '../api';

export function Loading({ text = 'Gegevens laden…' }: { text?: string }) {
  return (
    <p className="loading">
      <span className="spinner" aria-hidden="true" />
      {text}
    </p>
  );
}

export function ErrorAlert({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{error.message}</p>
      {error.details.length > 0 && (
        <ul>
          {error.details.map((d) => (
            <li key={`${d.field}-${d.message}`}>
              {d.field}: {d.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Opnieuw proberen
        </button>
      )}
    </div>
  );
}

export function DemoBanner() {
  return (
    <p className="demo-banner">
      <strong className="demo-banner__label">Demo:</strong> alle aanbieders en gegevens zijn fictief.
    </p>
  );
}
