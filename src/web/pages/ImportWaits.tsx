/**
 * Wachttijden importeren: a provider's staff member (or the regional coordinator) chooses a CSV
 * file, checks it (Controleren: nothing is written) and imports it (Importeren: all rows or none).
 * The server's report is shown per row. Format: docs/import-wachttijden.md.
 */
import { useState, type FormEvent } from 'react';
import { ApiError, apiErrorOf, csrfToken, noConnection } from '../api';
import type { RowOutcome, WaitImportReport } from '../../services/wait-import';

const MAX_BYTES = 5 * 1024 * 1024;

const OUTCOME_LABELS: Record<RowOutcome, string> = {
  toegevoegd: 'Toegevoegd',
  bijgewerkt: 'Bijgewerkt',
  ongewijzigd: 'Ongewijzigd',
  afgewezen: 'Afgewezen',
};

/**
 * Where a check or import stands: reading the file in the browser, sending it (with the share of
 * bytes sent), the server checking and writing it, or sent (the server has answered).
 */
type Progress =
  | { stage: 'lezen'; percent: number }
  | { stage: 'versturen'; percent: number }
  | { stage: 'verwerken' }
  | { stage: 'verzonden' };

const percentOf = (loaded: number, total: number) => (total > 0 ? Math.floor((loaded / total) * 100) : 0);

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function readFile(file: File, onProgress: (percent: number) => void): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(percentOf(e.loaded, e.total));
    };
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () =>
      reject(new ApiError(0, 'bestand-onleesbaar', 'Het bestand kon niet worden gelezen.'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Posts the file like callApi would (JSON, CSRF token, the server's Dutch error as ApiError), but
 * over XMLHttpRequest: fetch does not report how much of a request body has been sent.
 */
function postFile(
  payload: { fileName: string; contentBase64: string; dryRun: boolean },
  onUpload: (percent: number) => void,
  onSent: () => void,
): Promise<WaitImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/imports/waiting-times');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', 'application/json');
    const token = csrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onUpload(percentOf(e.loaded, e.total));
    };
    xhr.upload.onload = onSent;
    xhr.onerror = () => reject(noConnection());
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: apiErrorOf gives the general message
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as WaitImportReport);
      else reject(apiErrorOf(xhr.status, body));
    };
    xhr.send(JSON.stringify(payload));
  });
}

const weeks = (n: number | null) => (n === null ? '–' : `${String(n).replace('.', ',')} wk`);

export function ImportWaits() {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<WaitImportReport | null>(null);

  const run = async (dryRun: boolean) => {
    setProgress(null);
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
    setReport(null);
    try {
      setProgress({ stage: 'lezen', percent: 0 });
      const content = await readFile(file, (percent) => setProgress({ stage: 'lezen', percent }));
      setProgress({ stage: 'versturen', percent: 0 });
      const answer = await postFile(
        { fileName: file.name, contentBase64: toBase64(content), dryRun },
        (percent) => setProgress({ stage: 'versturen', percent }),
        () => setProgress({ stage: 'verwerken' }),
      );
      setProgress({ stage: 'verzonden' });
      setReport(answer);
    } catch (e) {
      // The server answered (with its reason): the file was sent. Otherwise it was not.
      setProgress(e instanceof ApiError && e.status > 0 ? { stage: 'verzonden' } : null);
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
              setProgress(null);
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
      {progress && <ProgressBar progress={progress} />}
      <div aria-live="polite" role="status">
        {progress?.stage === 'lezen' && <p className="visually-hidden">Bestand lezen…</p>}
        {progress?.stage === 'versturen' && <p className="visually-hidden">Bestand versturen…</p>}
        {progress?.stage === 'verwerken' && <p className="loading">Controleren en verwerken…</p>}
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

/**
 * The progress bar with a visible label. It stays outside the live region, so a screen reader is
 * not told every percent; the live region announces each stage once.
 */
function ProgressBar({ progress }: { progress: Progress }) {
  const percent = progress.stage === 'lezen' || progress.stage === 'versturen' ? progress.percent : 100;
  const label =
    progress.stage === 'lezen'
      ? `Bestand lezen: ${percent}%`
      : progress.stage === 'versturen'
        ? `Bestand versturen: ${percent}%`
        : 'Bestand verzonden: 100%';
  return (
    <div className="field">
      <label htmlFor="import-progress">{label}</label>
      <progress id="import-progress" max={100} value={percent}>
        {percent}%
      </progress>
    </div>
  );
}
