/**
 * The region a GP works in, for the overlegtafel and the verkennend gesprek. A GP practice has no
 * location in Wegwijzer, so the user chooses the region; the first region of the list is the
 * default and the choice is remembered in the browser for the next visit.
 */
import { useEffect, useState } from 'react';
import { fetchRegions, type RegionView } from '../../api-advice';
import { ApiError } from '../../api';

const STORAGE_KEY = 'wegwijzer.regio';

function remembered(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The regions, the chosen one (remembered), and a setter that remembers the new choice. */
export function useRegionChoice() {
  const [regions, setRegions] = useState<RegionView[] | null>(null);
  const [regionId, setRegionId] = useState<string>('');
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    fetchRegions()
      .then((list) => {
        if (!live) return;
        setRegions(list);
        const saved = remembered();
        setRegionId(list.some((r) => r.id === saved) ? (saved as string) : (list[0]?.id ?? ''));
      })
      .catch(
        (e: unknown) =>
          live &&
          setError(
            e instanceof ApiError ? e : new ApiError(0, 'fout', 'De regio’s konden niet worden geladen.'),
          ),
      );
    return () => {
      live = false;
    };
  }, []);
  const choose = (id: string) => {
    setRegionId(id);
    try {
      window.localStorage.setItem(STORAGE_KEY, id);
    } catch {
      // Private browsing: the choice then lasts for this page only.
    }
  };
  return { regions, regionId, choose, error };
}

export function RegionSelect({
  id,
  regions,
  value,
  onChange,
  hint,
}: {
  id: string;
  regions: readonly RegionView[];
  value: string;
  onChange: (id: string) => void;
  hint?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Regio</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        {regions.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    </div>
  );
}
