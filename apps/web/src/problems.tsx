import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { fieldErrorsOf, type Problem } from './api/client';
import { formatDay, todayInBangkok } from './format';
import { currentLanguage } from './i18n';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The problem as a sentence in the user's language: ours for the codes we know, else the API's own words. */
export function useProblemText(): (problem: Problem) => string {
  const { t, i18n } = useTranslation();
  return (problem) => {
    const key = `problems.${problem.code}`;
    // The days a problem names (`placedOn`, `today`) read as every other day of the app does.
    const values = Object.fromEntries(
      Object.entries(problem).map(([k, v]) => [
        k,
        typeof v === 'string' && ISO_DAY.test(v) ? formatDay(v, currentLanguage()) : v,
      ]),
    );
    if (i18n.exists(key)) return t(key, values);
    return t('problems.other', { status: problem.status, code: problem.code, detail: problem.detail });
  };
}

/**
 * The errors to show under each input of a form: a 400's field errors (`inputOf` says which input a request field is
 * typed in; by default the input of the same name), and a refusal's sentence under the input it is about
 * (`refusedInput`, from its code and facts).
 */
export function useFieldErrors(
  problem: Problem | undefined,
  refusedInput: (problem: Problem) => string | undefined,
  inputOf: (field: string) => string | undefined = (field) => field,
): (input: string) => string[] {
  const text = useProblemText();
  const errors = problem ? fieldErrorsOf(problem) : {};
  return (input) => [
    ...Object.entries(errors).flatMap(([field, messages]) => (inputOf(field) === input ? messages : [])),
    ...(problem && refusedInput(problem) === input ? [text(problem)] : []),
  ];
}

/** A problem shown above a form: its sentence and, for a 400, the field errors no field of the form shows. */
export function ProblemAlert({ problem, shownFields }: { problem: Problem; shownFields: readonly string[] }) {
  const { t } = useTranslation();
  const text = useProblemText();
  const others = (problem.errors ?? []).filter((e) => !shownFields.includes(e.field));
  return (
    <div className="problem" role="alert">
      <strong>{t('problems.heading')}</strong> {text(problem)}
      {others.length > 0 && (
        <ul>
          {others.map((e) => (
            <li key={e.field}>
              {e.field}: {e.messages.join(', ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** An input's label, the input, a hint and its errors, tied together for screen readers (aria-describedby). */
export function Field(props: {
  id: string;
  label: string;
  errors?: readonly string[] | undefined;
  hint?: string | undefined;
  children: (aria: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const { id, label, errors = [], hint } = props;
  const described = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-errors` : ''].filter(Boolean).join(' ');
  return (
    <div className={errors.length > 0 ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {props.children({
        id,
        'aria-invalid': errors.length > 0,
        ...(described ? { 'aria-describedby': described } : {}),
      })}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <ul className="field-errors" id={`${id}-errors`} data-field={id}>
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The props of an input for a code people type (a member, farm, flock, lot or case id): no autocorrect, capitals. */
export const CODE_INPUT = { autoComplete: 'off', autoCapitalize: 'characters', spellCheck: false } as const;

/** A business day (not after today), written out in the user's language beside the browser's own date input. */
export function DayField(props: {
  id: string;
  label: string;
  value: string;
  errors: readonly string[];
  onChange: (day: string) => void;
}) {
  const { id, label, value, errors, onChange } = props;
  return (
    <Field id={id} label={label} errors={errors} hint={value ? formatDay(value, currentLanguage(), 'full') : undefined}>
      {(aria) => (
        <input
          {...aria}
          name={id}
          type="date"
          required
          max={todayInBangkok()}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A whole number people type (eggs, trays, grams): the phone's number pad, what was typed kept as typed. */
export function CountField(props: {
  id: string;
  label: string;
  value: string;
  errors: readonly string[];
  hint?: string | undefined;
  onChange: (text: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { id, label, value, errors, hint, onChange, inputRef } = props;
  return (
    <Field id={id} label={label} errors={errors} hint={hint}>
      {(aria) => (
        <input
          {...aria}
          ref={inputRef}
          name={id}
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
