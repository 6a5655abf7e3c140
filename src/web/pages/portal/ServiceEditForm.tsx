/**
 * Gegevens: the description of a service as the provider keeps it (name, description, themes,
 * diagnosis groups, age range, exclusion criteria, form, languages, how to refer). Only the fields
 * the user changed are sent, with the version the form was filled from: when a colleague saved a
 * change to one of those fields in between, the server refuses (409) and the page reloads the
 * service, so nobody overwrites another's change unseen; changes to other fields merge.
 */
import { useState, type FormEvent } from 'react';
import type { ServiceEdit } from '../../../domain/portal/service-edit';
import { ApiError } from '../../api';
import { EXCLUSION_CODES, MODALITIES, REFERRAL_CHANNELS, THEMES } from '../../../domain/catalog/vocabulary';
import { CheckboxGroup, InputField, NumberField, SelectField, TextAreaField } from '../../components/fields';
import { languageName } from '../../labels';
import type { ReferenceData } from '../../reference';
import { fieldErrors, SaveActions, useSave } from './PortalParts';
import { portalApi, type PortalServiceView } from './portal-api';

interface Props {
  service: PortalServiceView;
  reference: ReferenceData;
  onSaved: (service: PortalServiceView) => void;
}

const toDraft = (s: PortalServiceView) => ({
  name: s.name,
  description: s.description,
  themes: s.themes,
  diagnosisGroups: s.diagnosisGroups,
  ageMin: String(s.ageMin),
  ageMax: s.ageMax === null ? '' : String(s.ageMax),
  exclusions: s.exclusions,
  exclusionNote: s.exclusionNote ?? '',
  modalities: s.modalities,
  languages: s.languages.join(', '),
  referralChannel: s.referralChannel,
  gpReferralRequired: s.gpReferralRequired,
});

type Draft = ReturnType<typeof toDraft>;

/** What the form's fields say, as an edit of the service. */
const editOf = (draft: Draft): Required<ServiceEdit> => ({
  name: draft.name,
  description: draft.description,
  themes: draft.themes,
  diagnosisGroups: draft.diagnosisGroups,
  ageMin: Number(draft.ageMin),
  ageMax: draft.ageMax.trim() === '' ? null : Number(draft.ageMax),
  exclusions: draft.exclusions,
  exclusionNote: draft.exclusionNote.trim() === '' ? null : draft.exclusionNote,
  modalities: draft.modalities,
  languages: draft.languages
    .split(/[,\s]+/)
    .map((l) => l.trim())
    .filter(Boolean),
  referralChannel: draft.referralChannel,
  gpReferralRequired: draft.gpReferralRequired,
});

export function ServiceEditForm({ service, reference, onSaved }: Props) {
  const [draft, setDraft] = useState(() => toDraft(service));
  const { busy, error, saved, save } = useSave();
  const errors = fieldErrors(error);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save(async () => {
      const loaded = editOf(toDraft(service));
      const changed = Object.fromEntries(
        Object.entries(editOf(draft)).filter(
          ([field, value]) => JSON.stringify(value) !== JSON.stringify(loaded[field as keyof ServiceEdit]),
        ),
      ) as ServiceEdit;
      try {
        const next = await portalApi.edit(service.id, { ...changed, basedOnVersionId: service.versionId });
        setDraft(toDraft(next));
        onSaved(next);
        return 'De gegevens zijn opgeslagen. Verwijzers zien ze direct.';
      } catch (e) {
        // A colleague changed the same field: show their version; the user's input stays in the form.
        if (e instanceof ApiError && e.status === 409) onSaved(await portalApi.service(service.id));
        throw e;
      }
    });
  };

  const groups = reference.diagnosisGroups.map((g) => ({ id: g.code, label: `${g.name} (${g.code})` }));
  return (
    <section id="gegevens" aria-labelledby="gegevens-titel" className="portal-section">
      <h2 id="gegevens-titel">Gegevens</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <InputField
          id="dienst-naam"
          label="Naam van de dienst"
          error={errors.name}
          type="text"
          maxLength={200}
          value={draft.name}
          onChange={(v) => set('name', v)}
        />
        <TextAreaField
          id="dienst-omschrijving"
          label="Omschrijving"
          hint="Wat u biedt en voor wie, in gewone taal."
          error={errors.description}
          rows={4}
          maxLength={4000}
          value={draft.description}
          onChange={(v) => set('description', v)}
        />
        <CheckboxGroup
          id="dienst-themas"
          legend="Thema's"
          options={THEMES}
          selected={draft.themes}
          onChange={(v) => set('themes', v)}
          columns={2}
        />
        <CheckboxGroup
          id="dienst-diagnosegroepen"
          legend="Diagnosegroepen die u behandelt"
          options={groups}
          selected={draft.diagnosisGroups}
          onChange={(v) => set('diagnosisGroups', v)}
          columns={2}
        />
        {errors.diagnosisGroups && (
          <p className="field-error" role="alert">
            {errors.diagnosisGroups}
          </p>
        )}
        <div className="field-row">
          <NumberField
            id="dienst-leeftijd-min"
            label="Minimumleeftijd (jaren)"
            error={errors.ageMin}
            max={120}
            value={draft.ageMin}
            onChange={(v) => set('ageMin', v)}
          />
          <NumberField
            id="dienst-leeftijd-max"
            label="Maximumleeftijd (jaren)"
            hint="Leeg: geen bovengrens."
            error={errors.ageMax}
            max={120}
            value={draft.ageMax}
            onChange={(v) => set('ageMax', v)}
          />
        </div>
        <CheckboxGroup
          id="dienst-exclusies"
          legend="Exclusiecriteria"
          hint="Wie u niet kunt helpen; verwijzers zien deze dienst dan niet voor zo'n patiënt."
          options={EXCLUSION_CODES}
          selected={draft.exclusions}
          onChange={(v) => set('exclusions', v)}
          columns={2}
        />
        <TextAreaField
          id="dienst-exclusie-toelichting"
          label="Toelichting op de exclusiecriteria (optioneel)"
          error={errors.exclusionNote}
          rows={2}
          maxLength={1000}
          value={draft.exclusionNote}
          onChange={(v) => set('exclusionNote', v)}
        />
        <CheckboxGroup
          id="dienst-vorm"
          legend="Vorm"
          options={MODALITIES}
          selected={draft.modalities}
          onChange={(v) => set('modalities', v)}
          columns={2}
        />
        {errors.modalities && (
          <p className="field-error" role="alert">
            {errors.modalities}
          </p>
        )}
        <InputField
          id="dienst-talen"
          label="Talen (taalcodes, gescheiden door komma's)"
          hint={`Bijvoorbeeld: nl, en, tr. Nu: ${service.languages.map(languageName).join(', ')}.`}
          error={errors.languages}
          type="text"
          value={draft.languages}
          onChange={(v) => set('languages', v)}
        />
        <SelectField
          id="dienst-kanaal"
          label="Hoe verwijzen"
          error={errors.referralChannel}
          options={REFERRAL_CHANNELS}
          value={draft.referralChannel}
          onChange={(v) => set('referralChannel', v)}
        />
        <div className="checkbox">
          <input
            id="dienst-verwijzing-nodig"
            type="checkbox"
            checked={draft.gpReferralRequired}
            onChange={(e) => set('gpReferralRequired', e.target.checked)}
          />
          <label htmlFor="dienst-verwijzing-nodig">Verwijzing van de huisarts nodig</label>
        </div>
        <SaveActions label="Gegevens opslaan" busy={busy} saved={saved} error={error} />
      </form>
    </section>
  );
}
