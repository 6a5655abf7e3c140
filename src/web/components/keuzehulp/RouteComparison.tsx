/**
 * The routes side by side in the rows of the GP's choice chart (seed 001): Wanneer? / In het
 * kort / Past bij / Belangrijk verschil, one column per route in the advice.
 */
import type { RouteCatalog } from '../../api-advice';

export function RouteComparison({
  catalog,
  routeIds,
}: {
  catalog: RouteCatalog;
  routeIds: readonly string[];
}) {
  const routes = routeIds.flatMap((id) => catalog.routes.find((r) => r.id === id) ?? []);
  if (routes.length === 0) return null;
  return (
    <section aria-labelledby="kh-comparison">
      <h3 id="kh-comparison">De routes naast elkaar</h3>
      <div className="kh-table-scroll">
        <table className="kh-comparison">
          <caption className="hint kh-caption">
            Vergelijking zoals op de keuzekaart van de huisartsen: het advies eerst, dan de andere routes.
          </caption>
          <colgroup>
            <col className="kh-row-labels" />
          </colgroup>
          <thead>
            <tr>
              <td />
              {routes.map((route, index) => (
                <th key={route.id} scope="col">
                  {route.label}
                  {index === 0 && <span className="kh-badge"> (advies)</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {catalog.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {routes.map((route) => {
                  const value = route.comparison[row.key];
                  return (
                    <td key={route.id}>
                      {Array.isArray(value) ? (
                        <ul>
                          {value.map((item) => (
                            <li key={item}>{item}</li>
                          ))}
                        </ul>
                      ) : (
                        value
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
