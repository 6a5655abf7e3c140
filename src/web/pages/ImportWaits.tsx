/**
 * Wachttijden importeren: a provider's staff member (or the regional coordinator) chooses a CSV
 * file, checks it (Controleren: nothing is written) and imports it (Importeren: all rows or none).
 * The server's report is shown per row. Format: docs/import-wachttijden.md.
 */
import { useState, type FormEvent } from 'react';
import { ApiError, callApi } from '../api';
import { sessionMay } from '../api-auth';
import { useSession } from '../session';
import type { RowOutcome, WaitImportReport } from '../../services/wait-import';

const MAX_BYTES = 5 * 1024 * 1024;

const OUTCOME_LABELS: Record<RowOutcome, string> = {
  toegevoegd: 'Toegevoegd',
  bijgewerkt: 'Bijgewerkt',
  ongewijzigd: 'Ongewijzigd',
  afgewezen: 'Afgewezen',
};

/** The nav entry for roles that may import (used by the Layout). */
export function useWaitImportNav(): { to: string; label: string; end: boolean }[] {
  const { session } = useSession();
  return session?.signedIn && session.stage === 'full' && sessionMay(session, 'waiting-time:import')
    ? [{ to: '/wachttijden/importeren', label: 'Wachttijden importeren', end: false }]
    : [];
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function sendFile(file: File, dryRun: boolean): Promise<WaitImportReport> {
  const contentBase64 = toBase64(await file.arrayBuffer());
  return callApi<WaitImportReport>('POST', '/api/imports/waiting-times', { fileName: file.name, contentBase64, dryRun });
}

const weeks = (n: number | null) => (n === null ? '–' : `${String(n).replace('.', ',')} wk`);

export function ImportWaits() {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<WaitImportReport | null>(null);

  const run = async (dryRun: boolean) => {
    if (!file) {
      setError('Kies eerst een bestand.');
      return;
    }
    if (file.size > MAX_BYTES) {
      setError('Het bestand is groter dan 5 MB.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setReport(await sendFile(file, dryRun));
    } catch (e) {
      setReport(null);
      setError(e instanceof ApiError ? e.message : 'Er ging iets mis.');
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(false);
  };

  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">Wachttijden importeren</h1>
      <p>
        Kies een CSV-bestand met aanmeld- en behandelwachttijden per locatie (gescheiden door puntkomma’s of
        komma’s). Met Controleren ziet u per regel wat er zou gebeuren; Importeren slaat alles op, of niets
        als één regel niet klopt.
      </p>
      <form onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="import-file">Bestand (CSV, hooguit 5 MB)</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
            }}
          />
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void run(true)}
          >
            Controleren
          </button>{' '}
          <button type="submit" className="button button--primary" disabled={busy}>
            Importeren
          </button>
        </div>
      </form>
      <div aria-live="polite" role="status">
        {busy && <p className="loading">Bezig met verwerken…</p>}
        {error && <p className="error">{error}</p>}
        {report && (
          <p>
            <strong>{report.message}</strong> {report.counts.rows} regels: {report.counts.toegevoegd}{' '}
            toegevoegd, {report.counts.bijgewerkt} bijgewerkt, {report.counts.ongewijzigd} ongewijzigd,{' '}
            {report.counts.afgewezen} afgewezen.
          </p>
        )}
      </div>
      {report && report.problems.length > 0 && (
        <ul>
          {report.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {report && report.rows.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>Verslag per regel van {report.fileName}</caption>
            <thead>
              <tr>
                <th scope="col">Regel</th>
                <th scope="col">Uitkomst</th>
                <th scope="col">Dienst</th>
                <th scope="col">Aanmelden</th>
                <th scope="col">Behandeling</th>
                <th scope="col">Peildatum</th>
                <th scope="col">Reden</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <td>{OUTCOME_LABELS[row.outcome]}</td>
                  <td>{row.serviceName ? `${row.serviceName} (${row.organizationName})` : '–'}</td>
                  <td>
                    {row.pause
                      ? `Aanmeldstop${row.pause.expectedEnd ? ` tot ${row.pause.expectedEnd}` : ''}`
                      : weeks(row.registrationWeeks)}
                  </td>
                  <td>{row.pause ? '–' : weeks(row.treatmentWeeks)}</td>
                  <td>{row.measuredOn ?? '–'}</td>
                  <td>{row.reasons.join('; ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
