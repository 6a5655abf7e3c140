/**
 * Contracten en omzetplafonds: per insurer and year whether the service is contracted and how far
 * its revenue ceiling is (open, bijna bereikt, bereikt), and the form to record a change. Only for
 * kinds of care that insurers contract (basis-ggz, gespecialiseerde ggz).
 */
import { useState, type FormEvent } from 'react';
import { CARE_KINDS, CEILING_STATES, labelOf, type CeilingState } from '../../../domain/catalog/vocabulary';
import { Field, SelectField } from '../../components/fields';
import type { ReferenceData } from '../../reference';
import { fieldErrors, FreshnessBadge, formatMoment, SaveActions, useSave } from './PortalParts';
import { portalApi, type PortalServiceView } from './portal-api';

interface Props {
  service: PortalServiceView;
  reference: ReferenceData;
  onSaved: (service: PortalServiceView) => void;
}

function draftFor(service: PortalServiceView, insurerId: string, year: number) {
  const current = service.contracts.find((c) => c.insurerId === insurerId && c.year === year);
  return {
    insurerId,
    year,
    contracted: current?.contracted ?? true,
    ceiling: (current?.ceiling ?? 'open') as CeilingState,
  };
}

export function ContractsSection({ service, reference, onSaved }: Props) {
  const thisYear = Number(service.today.slice(0, 4));
  const firstInsurer = reference.insurers[0]?.id ?? '';
  const [draft, setDraft] = useState(() => draftFor(service, firstInsurer, thisYear));
  const { busy, error, saved, save } = useSave();
  const errors = fieldErrors(error);
  const insurerName = (id: string) => reference.insurers.find((i) => i.id === id)?.label ?? id;
  const contracts = service.contracts.filter((c) => c.current);
  const applies = CARE_KINDS.find((k) => k.id === service.kind)?.requiresInsurerContract ?? false;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save(async () => {
      const next = await portalApi.recordContract(service.id, draft);
      onSaved(next);
      return `Het contract met ${insurerName(draft.insurerId)} voor ${draft.year} is opgeslagen.`;
    });
  };

  return (
    <section id="contracten" aria-labelledby="contracten-titel" className="portal-section">
      <h2 id="contracten-titel">Contracten en omzetplafonds</h2>
      {!applies ? (
        <p>
          Voor {labelOf(CARE_KINDS, service.kind).toLowerCase()} gelden geen contracten met zorgverzekeraars.
        </p>
      ) : (
        <>
          {contracts.length === 0 ? (
            <p>
              Er zijn nog geen contracten voor dit jaar opgegeven: verwijzers zien het contract als niet
              gecontroleerd.
            </p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption>Contracten en omzetplafonds per zorgverzekeraar</caption>
                <thead>
                  <tr>
                    <th scope="col">Zorgverzekeraar</th>
                    <th scope="col">Jaar</th>
                    <th scope="col">Gecontracteerd</th>
                    <th scope="col">Omzetplafond</th>
                    <th scope="col">Bevestigd op</th>
                    <th scope="col">Actualiteit</th>
                  </tr>
                </thead>
                <tbody>
                  {contracts.map((c) => (
                    <tr key={`${c.insurerId}-${c.year}`}>
                      <th scope="row">{insurerName(c.insurerId)}</th>
                      <td>{c.year}</td>
                      <td>{c.contracted ? 'Ja' : 'Nee'}</td>
                      <td>{c.contracted ? labelOf(CEILING_STATES, c.ceiling) : '–'}</td>
                      <td>{formatMoment(c.confirmedAt)}</td>
                      <td>
                        <FreshnessBadge value={c.freshness} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <form onSubmit={(e) => void submit(e)} noValidate className="portal-form">
            <h3>Contract of omzetplafond bijwerken</h3>
            <div className="field-row">
              <SelectField
                id="contract-verzekeraar"
                label="Zorgverzekeraar"
                error={errors.insurerId}
                options={reference.insurers}
                value={draft.insurerId}
                onChange={(v) => setDraft(draftFor(service, v, draft.year))}
              />
              <Field id="contract-jaar" label="Jaar" error={errors.year}>
                {(aria) => (
                  <select
                    {...aria}
                    value={draft.year}
                    onChange={(e) => setDraft(draftFor(service, draft.insurerId, Number(e.target.value)))}
                  >
                    {[thisYear - 1, thisYear, thisYear + 1].map((y) => (
                      <option key={y} value={y}>
                        {y}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <div className="checkbox">
              <input
                id="contract-gecontracteerd"
                type="checkbox"
                checked={draft.contracted}
                onChange={(e) => setDraft({ ...draft, contracted: e.target.checked })}
              />
              <label htmlFor="contract-gecontracteerd">Gecontracteerd met deze zorgverzekeraar</label>
            </div>
            <SelectField
              id="contract-plafond"
              label="Omzetplafond"
              hint={draft.contracted ? undefined : 'Zonder contract is er geen plafond.'}
              options={CEILING_STATES}
              value={draft.ceiling}
              disabled={!draft.contracted}
              onChange={(v) => setDraft({ ...draft, ceiling: v })}
            />
            <SaveActions label="Contract opslaan" busy={busy} saved={saved} error={error} />
          </form>
        </>
      )}
    </section>
  );
}
