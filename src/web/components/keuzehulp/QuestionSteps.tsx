/**
 * The four steps of the keuzehulp: the patient, complaints and course, risk and life domains, and
 * what the GP is looking for. Each step shows only the questions that apply to earlier answers
 * (months of earlier care only after earlier care, village only where the rules differ per village).
 */
import { useId } from 'react';
import {
  COMPLEXITIES,
  EARLIER_CARE,
  GP_QUESTIONS,
  PATIENT_WISHES,
  RISK_KINDS,
  RISK_LEVELS,
  SOCIAL_PROBLEMS,
  SUBSTANCE_USE_LEVELS,
  SUSPECTED_DISORDER_OPTIONS,
} from '../../../domain/routes/help-question';
import { SEVERITIES } from '../../../domain/catalog/vocabulary';
import type { RegionView } from '../../api-advice';
import { CheckboxGroup, NumberField, RadioGroup, YesNo } from './Choices';
import type { DraftProblems, QuestionDraft } from './question-draft';

export interface StepProps {
  draft: QuestionDraft;
  update: (patch: Partial<QuestionDraft>) => void;
  problems: DraftProblems;
}

/** The crisis question; ticking it shows the crisis advice at once, wherever the GP is. */
export function CrisisCheck({ draft, update }: Pick<StepProps, 'draft' | 'update'>) {
  return (
    <div className="kh-crisis-check">
      <label className="kh-choice">
        <input type="checkbox" checked={draft.acute} onChange={(e) => update({ acute: e.target.checked })} />
        <strong>Acuut gevaar voor zichzelf of anderen</strong>
      </label>
      <p className="hint">
        Bijvoorbeeld acute suïcidaliteit, dreigend geweld of ernstige verwaarlozing. U ziet dan meteen het
        crisisadvies.
      </p>
    </div>
  );
}

export function StepPatient(
  props: StepProps & { regions: RegionView[]; otherMunicipalities: { code: string; name: string }[] },
) {
  const { draft, update, problems, regions, otherMunicipalities } = props;
  const municipalityId = useId();
  const placeId = useId();
  const dateId = useId();
  const chosen = regions.flatMap((r) => r.municipalities).find((m) => m.code === draft.municipalityCode);
  const places = chosen?.places ?? [];
  return (
    <>
      <CrisisCheck draft={draft} update={update} />
      <NumberField
        label="Leeftijd (jaren)"
        value={draft.age}
        onChange={(age) => update({ age })}
        error={problems.age}
        max={120}
      />
      <div className="field kh-field">
        <label htmlFor={municipalityId}>Gemeente van de patiënt</label>
        <select
          id={municipalityId}
          value={draft.municipalityCode}
          onChange={(e) => update({ municipalityCode: e.target.value, place: '' })}
        >
          {regions.map((region) => (
            <optgroup key={region.id} label={region.name}>
              {region.municipalities.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </optgroup>
          ))}
          {otherMunicipalities.length > 0 && (
            <optgroup label="Overige gemeenten (zonder regionale afspraken)">
              {otherMunicipalities.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      {places.length > 0 && (
        <div className="field kh-field">
          <label htmlFor={placeId}>Woonplaats</label>
          <select
            id={placeId}
            value={draft.place}
            onChange={(e) => update({ place: e.target.value })}
            aria-describedby={`${placeId}-hint`}
          >
            <option value="">Elders in {chosen?.name}</option>
            {places.map((place) => (
              <option key={place} value={place}>
                {place}
              </option>
            ))}
          </select>
          <p className="hint" id={`${placeId}-hint`}>
            In deze gemeente verschillen de afspraken per woonplaats.
          </p>
        </div>
      )}
      <div className="field kh-field">
        <label htmlFor={dateId}>Advies per datum</label>
        <input
          id={dateId}
          type="date"
          value={draft.date}
          onChange={(e) => update({ date: e.target.value })}
          aria-invalid={problems.date ? true : undefined}
          aria-describedby={`${dateId}-hint`}
        />
        <p className="hint" id={`${dateId}-hint`}>
          {problems.date ?? 'Standaard vandaag. De regionale afspraken die op deze datum gelden, tellen mee.'}
        </p>
      </div>
    </>
  );
}

export function StepComplaints({ draft, update, problems }: StepProps) {
  return (
    <>
      <RadioGroup
        legend="Ernst van de klachten"
        name="severity"
        options={SEVERITIES}
        value={draft.severity}
        onChange={(severity) => update({ severity })}
      />
      <RadioGroup
        legend="Gaat het om een psychische stoornis?"
        name="suspectedDisorder"
        options={SUSPECTED_DISORDER_OPTIONS}
        value={draft.suspectedDisorder}
        onChange={(suspectedDisorder) => update({ suspectedDisorder })}
      />
      <NumberField
        label="Hoe lang bestaan de klachten? (weken)"
        value={draft.durationWeeks}
        onChange={(durationWeeks) => update({ durationWeeks })}
        error={problems.durationWeeks}
      />
      <label className="kh-choice">
        <input
          type="checkbox"
          checked={draft.recurrent}
          onChange={(e) => update({ recurrent: e.target.checked })}
        />
        Terugkerende klachten
      </label>
      <RadioGroup
        legend="Eerdere hulp voor deze klachten"
        name="earlierCare"
        options={EARLIER_CARE}
        value={draft.earlierCare}
        onChange={(earlierCare) => update({ earlierCare })}
      />
      {draft.earlierCare !== 'geen' && (
        <>
          <NumberField
            label="Hoe lang duurde die hulp? (maanden)"
            value={draft.earlierCareMonths}
            onChange={(earlierCareMonths) => update({ earlierCareMonths })}
            error={problems.earlierCareMonths}
          />
          <YesNo
            legend="Zijn de klachten daarmee verbeterd?"
            name="improved"
            value={draft.improved}
            onChange={(improved) => update({ improved })}
          />
        </>
      )}
    </>
  );
}

export function StepRisk({ draft, update }: StepProps) {
  return (
    <>
      <RadioGroup
        legend="Risico"
        name="riskLevel"
        options={RISK_LEVELS}
        value={draft.riskLevel}
        onChange={(riskLevel) => update({ riskLevel })}
      />
      {draft.riskLevel !== 'geen' && (
        <CheckboxGroup
          legend="Waar gaat het risico over?"
          options={RISK_KINDS}
          values={draft.riskKinds}
          onChange={(riskKinds) => update({ riskKinds })}
        />
      )}
      <CrisisCheck draft={draft} update={update} />
      <CheckboxGroup
        legend="Sociale problemen"
        options={SOCIAL_PROBLEMS}
        values={draft.socialProblems}
        onChange={(socialProblems) => update({ socialProblems })}
      />
      <RadioGroup
        legend="Middelengebruik"
        name="substanceUse"
        options={SUBSTANCE_USE_LEVELS}
        value={draft.substanceUse}
        onChange={(substanceUse) => update({ substanceUse })}
      />
      <RadioGroup
        legend="Op hoeveel leefgebieden spelen de problemen?"
        name="complexity"
        options={COMPLEXITIES}
        value={draft.complexity}
        onChange={(complexity) => update({ complexity })}
      />
    </>
  );
}

export function StepQuestion({ draft, update }: StepProps) {
  return (
    <>
      <RadioGroup
        legend="Wat zoekt u?"
        name="gpLooksFor"
        options={GP_QUESTIONS}
        value={draft.gpLooksFor}
        onChange={(gpLooksFor) => update({ gpLooksFor })}
      />
      <YesNo
        legend="Zet de patiënt zelf de stap naar welzijn of ondersteuning?"
        name="takesStepAlone"
        value={draft.takesStepAlone}
        onChange={(takesStepAlone) => update({ takesStepAlone })}
        hint="Nee als de patiënt hulp nodig heeft om contact te leggen of vol te houden."
      />
      <RadioGroup
        legend="Wens van de patiënt"
        name="patientWish"
        options={PATIENT_WISHES}
        value={draft.patientWish}
        onChange={(patientWish) => update({ patientWish })}
      />
    </>
  );
}
