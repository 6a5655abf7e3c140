/**
 * The keuzehulp (route advice): four short steps, then the advice with its reasons, the routes
 * side by side, and a link on to matching providers for the chosen route. Ticking "acuut gevaar"
 * shows the crisis advice at once, without finishing the form.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api';
import {
  fetchAdvice,
  fetchMunicipalities,
  fetchRegions,
  fetchRouteCatalog,
  type Advice,
  type HelpQuestion,
  type RegionView,
  type RouteCatalog,
} from '../api-advice';
import { AdviceView } from '../components/keuzehulp/AdviceView';
import {
  CrisisCheck,
  StepComplaints,
  StepPatient,
  StepQuestion,
  StepRisk,
  type StepProps,
} from '../components/keuzehulp/QuestionSteps';
import { StepIndicator } from '../components/keuzehulp/StepIndicator';
import {
  checkStep,
  crisisQuestion,
  defaultDraft,
  FIELD_LABELS,
  STEPS,
  stepOfField,
  toHelpQuestion,
  type DraftProblems,
  type QuestionDraft,
} from '../components/keuzehulp/question-draft';
import '../components/keuzehulp/keuzehulp.css';

interface Result {
  advice: Advice;
  question: HelpQuestion;
}

export function Keuzehulp() {
  const [draft, setDraft] = useState<QuestionDraft>(() => defaultDraft());
  const [step, setStep] = useState(0);
  const [reached, setReached] = useState(0);
  const [problems, setProblems] = useState<DraftProblems>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [regions, setRegions] = useState<RegionView[]>([]);
  const [others, setOthers] = useState<{ code: string; name: string }[]>([]);
  const [catalog, setCatalog] = useState<RouteCatalog | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const adviceHeading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useRef<'step' | 'advice' | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([fetchRegions(), fetchMunicipalities(), fetchRouteCatalog()])
      .then(([loadedRegions, municipalities, loadedCatalog]) => {
        if (!live) return;
        const inRegion = new Set(loadedRegions.flatMap((r) => r.municipalities.map((m) => m.code)));
        setRegions(loadedRegions);
        setOthers(municipalities.filter((m) => !inRegion.has(m.code)));
        setCatalog(loadedCatalog);
      })
      .catch((e: unknown) => live && setError(asApiError(e)));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (focusAfterRender.current === 'step') stepHeading.current?.focus();
    if (focusAfterRender.current === 'advice') adviceHeading.current?.focus();
    focusAfterRender.current = null;
  });

  /** Only the answer to the newest request counts (the GP may untick crisis while it loads). */
  const requestNumber = useRef(0);
  const ask = async (question: HelpQuestion) => {
    const mine = ++requestNumber.current;
    setBusy(true);
    setError(null);
    try {
      const advice = await fetchAdvice(question);
      if (mine !== requestNumber.current) return;
      setResult({ advice, question });
      focusAfterRender.current = 'advice';
    } catch (e) {
      if (mine !== requestNumber.current) return;
      const apiError = asApiError(e);
      setError(apiError);
      const [first] = apiError.details;
      if (first) goTo(stepOfField(first.field));
    } finally {
      if (mine === requestNumber.current) setBusy(false);
    }
  };

  const update = (patch: Partial<QuestionDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (patch.acute === true) void ask(crisisQuestion(next));
    if (patch.acute === false) {
      requestNumber.current++;
      setBusy(false);
      setResult(null);
      focusAfterRender.current = 'step';
    }
  };

  function goTo(target: number) {
    setStep(target);
    setReached((r) => Math.max(r, target));
    focusAfterRender.current = 'step';
  }

  const checkThenGo = (target: number) => {
    if (target > step) {
      const found = checkStep(draft, step);
      setProblems(found);
      if (Object.keys(found).length > 0) return;
    }
    goTo(target);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkStep(draft, step);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    if (step < STEPS.length - 1) goTo(step + 1);
    else void ask(toHelpQuestion(draft));
  };

  const restart = () => {
    setDraft(defaultDraft());
    setResult(null);
    setError(null);
    setProblems({});
    setReached(0);
    goTo(0);
  };

  const stepProps: StepProps = { draft, update, problems };
  const current = STEPS[step] ?? STEPS[0];
  const problemList = Object.values(problems);

  return (
    <div className="kh">
      <h1>Keuzehulp: welke route past?</h1>
      <p className="kh-intro">
        Beantwoord een paar vragen over de patiënt. U krijgt een advies met de redenen, de andere routes die
        passen, en wat er in de regio van de patiënt wel en niet kan.
      </p>

      {error && (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">{error.message}</p>
          {error.details.length > 0 && (
            <ul>
              {error.details.map((d) => (
                <li key={`${d.field}:${d.message}`}>
                  {FIELD_LABELS[d.field] ?? d.field}: {d.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {draft.acute ? (
        <>
          <CrisisCheck draft={draft} update={update} />
          {busy && <p aria-live="polite">Crisisadvies wordt geladen…</p>}
          {result?.advice.crisis && (
            <AdviceView
              advice={result.advice}
              question={result.question}
              catalog={catalog}
              headingRef={adviceHeading}
            />
          )}
        </>
      ) : result ? (
        <>
          <AdviceView
            advice={result.advice}
            question={result.question}
            catalog={catalog}
            headingRef={adviceHeading}
          />
          <div className="kh-buttons">
            <button
              type="button"
              className="button button--secondary kh-button"
              onClick={() => setResult(null)}
            >
              Vragen aanpassen
            </button>
            <button type="button" className="button button--secondary kh-button" onClick={restart}>
              Nieuwe patiënt
            </button>
          </div>
        </>
      ) : (
        <form className="kh-form" onSubmit={submit} noValidate aria-labelledby="kh-step-title">
          <StepIndicator steps={STEPS} current={step} reached={reached} onGoTo={checkThenGo} />
          <h2 id="kh-step-title" ref={stepHeading} tabIndex={-1}>
            Stap {step + 1} van {STEPS.length}: {current.title}
          </h2>
          {problemList.length > 0 && (
            <div className="alert alert--error" role="alert">
              <p>Controleer deze stap:</p>
              <ul>
                {problemList.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          {step === 0 && <StepPatient {...stepProps} regions={regions} otherMunicipalities={others} />}
          {step === 1 && <StepComplaints {...stepProps} />}
          {step === 2 && <StepRisk {...stepProps} />}
          {step === 3 && <StepQuestion {...stepProps} />}
          <div className="kh-buttons">
            {step > 0 && (
              <button
                type="button"
                className="button button--secondary kh-button"
                onClick={() => goTo(step - 1)}
              >
                Vorige
              </button>
            )}
            <button type="submit" className="button button--primary kh-button" disabled={busy}>
              {step < STEPS.length - 1 ? 'Volgende' : busy ? 'Advies wordt gemaakt…' : 'Toon advies'}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, 'onbekend', 'Er ging iets mis. Probeer het opnieuw.');
}
