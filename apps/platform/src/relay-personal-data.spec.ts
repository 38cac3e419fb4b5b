import { OPENING_EVENT_TYPES } from '@khai/integration';
import { REGISTRY_PERSONAL_FIELDS } from '@khai/registry';

// The relay remembers the opening events it passes in $all, where personal fields stay sealed, and otherwise reads
// them from their streams, which open them: a type with personal fields would make a message depend on the path.
describe('the opening events the outbox relay remembers', () => {
  it.each(OPENING_EVENT_TYPES)('%s carries no personal data', (type) => {
    expect(Object.keys(REGISTRY_PERSONAL_FIELDS)).not.toContain(type);
  });
});
