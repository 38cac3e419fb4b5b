import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';

import { Order } from './validated-order.fixture';
import { installValidationMetadataCache } from './validation-cache';

describe('installValidationMetadataCache', () => {
  const storage = getMetadataStorage();
  const lookup = () => storage.getTargetValidationMetadatas(Order, '', false, false);

  it("answers a class's rules from memory once installed, inherited ones included", () => {
    installValidationMetadataCache();
    installValidationMetadataCache(); // a second call changes nothing
    const first = lookup();
    expect(lookup()).toBe(first);
    expect(first.map((m) => m.propertyName).sort()).toEqual(['id', 'lines']);
    // What validate() asks (no schema): remembered too.
    const unnamed = () => storage.getTargetValidationMetadatas(Order, undefined as unknown as string, false, false);
    expect(unnamed()).toBe(unnamed());
    expect(
      unnamed()
        .map((m) => m.propertyName)
        .sort(),
    ).toEqual(['id', 'lines']);
    // Per options: with groups asked, another answer.
    expect(storage.getTargetValidationMetadatas(Order, '', false, false, ['g'])).not.toBe(first);
    // And grouped by property once per answer.
    const grouped = storage.groupByPropertyName(first);
    expect(storage.groupByPropertyName(lookup())).toBe(grouped);
    expect(Object.keys(grouped).sort()).toEqual(['id', 'lines']);
  });

  it('validates exactly as before: nested, inherited and whitelisted', () => {
    installValidationMetadataCache();
    const check = (plain: object) =>
      validateSync(plainToInstance(Order, plain), { whitelist: true, forbidNonWhitelisted: true })
        .map((e) => e.property)
        .sort();
    expect(check({ id: 'SO-1', lines: [{ eggs: 3 }] })).toEqual([]);
    expect(check({ id: 7, lines: [{ eggs: -1 }] })).toEqual(['id', 'lines']);
    expect(check({ id: 'SO-1', lines: [], extra: 1 })).toEqual(['extra']);
  });
});
