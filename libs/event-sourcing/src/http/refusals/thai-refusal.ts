/**
 * A refusal's Thai: its title, and its detail as one or more templates. `{key}` is a fact of the error's details
 * (`{deduction.reason}` one inside it), `{key:format}` one shown by a format of refusals.th.ts (`baht` for satang,
 * `n` for a count); the first template whose facts are all given is the one answered.
 */
export interface ThaiRefusal {
  readonly title: string;
  readonly detail: string | readonly string[];
}

export type ThaiRefusals = Readonly<Record<string, ThaiRefusal>>;
