/**
 * The frame every dashboard chart shares: a title, a summary in words (what the chart shows, for
 * everyone and for screen readers), the chart itself, a button "Toon als tabel" that opens the
 * same figures as an accessible table, and a link that downloads them as a CSV file.
 */
import { useId, useState, type ReactNode } from 'react';

export interface ChartFrameProps {
  title: string;
  summary: ReactNode;
  csvHref: string;
  /** The file name of a CSV built in the browser (a data: address); the server names its own files. */
  csvFileName?: string;
  /** The same figures as a table (see DataTable). */
  table: ReactNode;
  /** The legend, when the chart has more than one series. */
  legend?: ReactNode;
  children: ReactNode;
}

export function ChartFrame({
  title,
  summary,
  csvHref,
  csvFileName,
  table,
  legend,
  children,
}: ChartFrameProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className="chart" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`}>{title}</h2>
      <p className="chart__summary">{summary}</p>
      {legend}
      <div className="chart__figure">{children}</div>
      <div className="chart__actions">
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={open}
          aria-controls={`${id}-tabel`}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Verberg tabel' : 'Toon als tabel'}
        </button>
        <a className="button button--link" href={csvHref} download={csvFileName ?? true}>
          CSV downloaden<span className="visually-hidden"> ({title})</span>
        </a>
      </div>
      <div id={`${id}-tabel`} hidden={!open}>
        {open && table}
      </div>
    </section>
  );
}

export interface DataTableProps {
  caption: string;
  columns: readonly string[];
  /** The first cell of each row is its header. */
  rows: readonly (readonly ReactNode[])[];
}

/** A plain table with a caption, column headers and a row header per row. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  return (
    <div className="table-wrap">
      <table className="chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
