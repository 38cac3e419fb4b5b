import { deepFreeze } from '../freeze';
import { readModelStoreContract } from '../testing/read-model-store.contract';
import { InMemoryReadModelStore } from './in-memory.read-model-store';

readModelStoreContract('in-memory', async () => new InMemoryReadModelStore());

describe('in-memory read model store, what it keeps', () => {
  it('keeps a frozen version of the op (its id and position) as it is, without a copy', async () => {
    const store = new InMemoryReadModelStore();
    const version = deepFreeze({ eggs: 360, lines: [[1, 2]], _id: 'd1', _position: 5 });
    await store.write('p', 5, [{ kind: 'put', collection: 'c', id: 'd1', position: 5, doc: version }]);
    expect(await store.get('c', 'd1')).toBe(version);
  });

  it('keeps its own frozen copy of anything else, with the op’s id and position', async () => {
    const store = new InMemoryReadModelStore();
    const lines = [[1, 2]];
    const elsewhere = deepFreeze({ eggs: 360, _id: 'd1', _position: 4 });
    await store.write('p', 6, [
      { kind: 'put', collection: 'c', id: 'd1', position: 5, doc: elsewhere },
      { kind: 'put', collection: 'c', id: 'd2', position: 6, doc: { eggs: 1, lines } },
    ]);
    const [d1, d2] = [await store.get('c', 'd1'), await store.get('c', 'd2')];
    expect(d1).toEqual({ eggs: 360, _id: 'd1', _position: 5 });
    expect(d1).not.toBe(elsewhere);
    expect(d2).toEqual({ eggs: 1, lines: [[1, 2]], _id: 'd2', _position: 6 });
    lines[0]![0] = 9;
    expect(d2?.lines).toEqual([[1, 2]]);
    expect(Object.isFrozen(d2?.lines)).toBe(true);
  });
});
