/**
 * The advice of the keuzehulp: the advised route first with its reasons, HIS registration, what
 * happens next and its limits; then the alternatives, the routes that do not exist here (why not,
 * and what replaces them), stepped care in the practice, and the routes side by side as on the
 * region's chart. Each route with care to search for links on to the matching page.
 */
import type { Ref } from 'react';
import { Link } from 'react-router';
import type { Advice, HelpQuestion, RouteAdvice, RouteCatalog } from '../../api-advice';
import { formatDate } from '../../format';
import { matchingUrl } from './matching-link';
import { RouteComparison } from './RouteComparison';

const SESSION = /^Volgende overlegtafel/;

function RouteCard(props: {
  route: RouteAdvice;
  advice: Advice;
  question: HelpQuestion;
  advised: boolean;
  routeLabel: (id: string) => string;
}) {
  const { route, advice, question, advised } = props;
  const url = matchingUrl(question, route, advice);
  const session = route.next.find((line) => SESSION.test(line));
  const Heading = advised ? 'h3' : 'h4';
  const Sub = advised ? 'h4' : 'h5';
  return (
    <article
      className={`kh-route${advised ? ' kh-route-advised' : ''}${route.route === 'crisis' ? ' kh-route-crisis' : ''}`}
    >
      <Heading>{route.label}</Heading>
      {route.replaces && <p className="kh-replaces">In plaats van {props.routeLabel(route.replaces)}</p>}
      <Sub>Waarom</Sub>
      <ul>
        {route.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {route.registration && (
        <p className="kh-registration">
          <strong>Registratie in het HIS: {route.registration.code}</strong> — {route.registration.text}
        </p>
      )}
      {route.limits && (
        <p>
          <strong>Grenzen van het aanbod:</strong> {route.limits.text}
        </p>
      )}
      <Sub>Wat nu</Sub>
      <ul>
        {route.next
          .filter((line) => line !== session)
          .map((line) => (
            <li key={line}>{line}</li>
          ))}
      </ul>
      {url ? (
        <p>
          <Link
            className="button button--primary kh-button kh-match-link"
            to={url}
            aria-label={`Zoek passend aanbod voor deze route: ${route.label}`}
          >
            Zoek passend aanbod voor deze route
          </Link>
        </p>
      ) : session ? (
        <p className="kh-session">
          <strong>{session}</strong>
        </p>
      ) : null}
    </article>
  );
}

export function AdviceView(props: {
  advice: Advice;
  question: HelpQuestion;
  catalog: RouteCatalog | null;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { advice, question, catalog, headingRef } = props;
  const routeLabel = (id: string) => catalog?.routes.find((r) => r.id === id)?.label ?? id;
  const shown = [advice.advised, ...advice.alternatives];
  return (
    <section
      className={`kh-advice${advice.crisis ? ' kh-advice-crisis' : ''}`}
      aria-labelledby="kh-advice-title"
      role={advice.crisis ? 'alert' : undefined}
    >
      <h2 id="kh-advice-title" ref={headingRef} tabIndex={-1}>
        {advice.crisis ? 'Crisis: schakel direct de crisisdienst in' : `Advies: ${advice.advised.label}`}
      </h2>
      <p className="hint">Advies per {formatDate(advice.date)}.</p>
      {advice.notes.length > 0 && (
        <ul className="kh-notes">
          {advice.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <RouteCard route={advice.advised} advice={advice} question={question} advised routeLabel={routeLabel} />

      {advice.alternatives.length > 0 && (
        <section aria-labelledby="kh-alternatives">
          <h3 id="kh-alternatives">Andere routes die passen</h3>
          {advice.alternatives.map((route) => (
            <RouteCard
              key={route.route}
              route={route}
              advice={advice}
              question={question}
              advised={false}
              routeLabel={routeLabel}
            />
          ))}
        </section>
      )}

      {advice.unavailable.length > 0 && (
        <section aria-labelledby="kh-unavailable">
          <h3 id="kh-unavailable">Niet beschikbaar voor deze patiënt</h3>
          <ul>
            {advice.unavailable.map((u) => (
              <li key={u.route}>
                <strong>{routeLabel(u.route)}:</strong> {u.why} <em>In plaats daarvan:</em> {u.instead}.
              </li>
            ))}
          </ul>
        </section>
      )}

      {advice.steppedCare && (
        <section aria-labelledby="kh-stepped-care">
          <h3 id="kh-stepped-care">Stepped care in de praktijk: {advice.steppedCare.title}</h3>
          <ul>
            {advice.steppedCare.suggestions.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      )}

      {!advice.crisis && catalog && (
        <RouteComparison catalog={catalog} routeIds={shown.map((r) => r.route)} />
      )}
    </section>
  );
}
