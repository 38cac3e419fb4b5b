import { join } from 'node:path';

import { PLACEHOLDER, REFUSALS_TH } from '@khai/event-sourcing';
import { PARTNER_KINDS } from '@khai/registry';

import { scanRefusals } from './refusal-sites';

const root = join(__dirname, '..');
/** Codes made at run time: `partnerOfKind` of @khai/cluster refuses `<kind>_not_registered` for each partner kind. */
const FAMILIES = { '*_not_registered': PARTNER_KINDS.map((kind) => `${kind.toLowerCase()}_not_registered`) };
/** Validation problems have their own catalogue of Thai (messages.ts), by message. */
const OWN_CATALOGUE = new Set(['validation_failed']);
/** Fields of the problem itself, which a fact of the same name in the details would be lost under. */
const PROBLEM_FIELDS = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'errors']);

const { sites, unread } = scanRefusals(root, FAMILIES);
const templatesOf = (code: string): readonly string[] => [REFUSALS_TH[code]?.detail ?? []].flat();
/** The facts a template asks for (the first key of each placeholder). */
const factsOf = (template: string): string[] =>
  [...template.matchAll(PLACEHOLDER)].map(([, path = '']) => path.split('.')[0] ?? '');

// Every code the sources can refuse with, found by reading them (test/refusal-sites.ts), has its Thai.
describe('the Thai of every refusal the sources make', () => {
  it('reads the code of every refusal', () => {
    expect(unread).toEqual([]);
    expect(new Set(sites.map((s) => s.code)).size).toBeGreaterThan(150);
  });

  it('has a Thai title and detail for every code', () => {
    const missing = [...new Set(sites.map((s) => s.code))]
      .filter((code) => !OWN_CATALOGUE.has(code) && !Object.hasOwn(REFUSALS_TH, code))
      .sort();
    expect(missing).toEqual([]);
  });

  it('fills in every refusal whose facts the source writes out', () => {
    const unfilled = sites
      .filter((s) => s.keys !== undefined && Object.hasOwn(REFUSALS_TH, s.code))
      .filter((s) => !templatesOf(s.code).some((t) => factsOf(t).every((f) => f === 'instance' || s.keys?.includes(f))))
      .map((s) => `${s.code} at ${s.where} gives {${s.keys?.join(', ')}}`);
    expect(unfilled).toEqual([]);
  });

  it('asks only for facts some refusal of that code gives', () => {
    const byCode = new Map<string, Set<string> | 'unknown'>();
    for (const s of sites) {
      const known = byCode.get(s.code);
      if (known === 'unknown' || s.keys === undefined) byCode.set(s.code, 'unknown');
      else byCode.set(s.code, new Set([...(known ?? []), ...s.keys]));
    }
    const strays = [...byCode].flatMap(([code, given]) =>
      given === 'unknown'
        ? []
        : templatesOf(code)
            .flatMap(factsOf)
            .filter((f) => f !== 'instance' && !given.has(f))
            .map((f) => `${code}: {${f}}`),
    );
    expect(strays).toEqual([]);
  });

  it('gives no fact under the name of a field of the problem', () => {
    const shadowed = sites
      .filter((s) => s.keys?.some((k) => PROBLEM_FIELDS.has(k)))
      .map((s) => `${s.code} at ${s.where}`);
    expect(shadowed).toEqual([]);
  });
});
