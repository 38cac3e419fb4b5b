import { getMetadataStorage } from 'class-validator';

type Rules = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>;
// A class, as class-validator names it.
type Target = abstract new (...args: never[]) => unknown;
type Lookup = (target: Target, schema: string, always: boolean, strictGroups: boolean, groups?: string[]) => Rules;
type Group = (rules: Rules) => Record<string, Rules>;

const INSTALLED = Symbol.for('khai.validationMetadataCache');

/**
 * Remembers class-validator's answer to "which rules apply to this class?".
 * Unremembered, every `validate` — and every nested object it walks into — scans
 * every class registered in the process to find inherited rules
 * (typestack/class-validator#2686): with every context's DTOs loaded that is
 * about a fifth of a Kafka message's validation. A class's rules, its own and
 * inherited, are all registered when it is defined, before it can be
 * validated, and a class defined later registers only its own; so the answer,
 * kept per class and per options, never goes stale. Its grouping by property,
 * redone for every object validated, is kept with it.
 *
 * Installed once per process (a second call does nothing), at the edges that
 * validate: the Kafka message parser and the HTTP bootstrap.
 */
export function installValidationMetadataCache(): void {
  const storage = getMetadataStorage() as unknown as {
    getTargetValidationMetadatas: Lookup;
    groupByPropertyName: Group;
    [INSTALLED]?: true;
  };
  if (storage[INSTALLED]) return;
  const original = storage.getTargetValidationMetadatas.bind(storage);
  const cache = new WeakMap<Target, Map<string, Rules>>();
  // What validate() asks with no options (no schema, groups or `always`): remembered without building a key.
  const plain = new WeakMap<Target, Rules>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (schema === undefined && !always && !strictGroups && (groups === undefined || groups.length === 0)) {
      let rules = plain.get(target);
      if (!rules) {
        rules = original(target, schema, always, strictGroups, groups);
        plain.set(target, rules);
      }
      return rules;
    }
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? ''}`;
    let byOptions = cache.get(target);
    if (!byOptions) {
      byOptions = new Map();
      cache.set(target, byOptions);
    }
    let rules = byOptions.get(key);
    if (!rules) {
      rules = original(target, schema, always, strictGroups, groups);
      byOptions.set(key, rules);
    }
    return rules;
  };
  // The same rules, grouped by property on every object validated: grouped once per answer above. class-validator
  // only reads the groups (it filters them into new arrays), so one grouping serves every call.
  const group = storage.groupByPropertyName.bind(storage);
  const grouped = new WeakMap<Rules, Record<string, Rules>>();
  storage.groupByPropertyName = (rules) => {
    let byProperty = grouped.get(rules);
    if (!byProperty) {
      byProperty = group(rules);
      grouped.set(rules, byProperty);
    }
    return byProperty;
  };
  storage[INSTALLED] = true;
}
