/**
 * Where the GP is in the keuzehulp: the steps as an ordered list, the current one marked with
 * aria-current="step". Steps already visited are buttons, so the GP can go back with the keyboard.
 */
export function StepIndicator(props: {
  steps: readonly { title: string }[];
  current: number;
  reached: number;
  onGoTo: (step: number) => void;
}) {
  return (
    <nav aria-label="Stappen van de keuzehulp">
      <ol className="kh-steps">
        {props.steps.map((step, index) => {
          const label = `${index + 1}. ${step.title}`;
          const state = index === props.current ? 'current' : index <= props.reached ? 'done' : 'todo';
          return (
            <li
              key={step.title}
              className={`kh-step kh-step-${state}`}
              aria-current={index === props.current ? 'step' : undefined}
            >
              {state === 'done' ? (
                <button type="button" className="kh-step-link" onClick={() => props.onGoTo(index)}>
                  {label}
                </button>
              ) : (
                <span>{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
