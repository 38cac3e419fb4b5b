import type { ReadModelOp, ReadModelStore } from '../read-model-store.port';

const put = (collection: string, id: string, position: number, doc: Record<string, unknown>): ReadModelOp => ({
  kind: 'put',
  collection,
  id,
  position,
  doc: doc as Extract<ReadModelOp, { kind: 'put' }>['doc'],
});
const del = (collection: string, id: string, position: number): ReadModelOp => ({
  kind: 'delete',
  collection,
  id,
  position,
});

/**
 * The behaviour every ReadModelStore adapter shares. `open` gives a store over
 * an empty database; each test uses its own collection names.
 */
export function readModelStoreContract(name: string, open: () => Promise<ReadModelStore>): void {
  describe(`read model store contract: ${name}`, () => {
    let store: ReadModelStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close();
    });

    it('starts empty, with checkpoint 0', async () => {
      expect(await store.get('c_empty', 'x')).toBeUndefined();
      expect(await store.find('c_empty')).toEqual([]);
      expect(await store.count('c_empty')).toBe(0);
      expect(await store.checkpoint('p_empty')).toBe(0);
    });

    it('stores documents with their id and the position of the event that last changed them', async () => {
      const doc = { farmId: 'F1', eggs: 30, tags: ['a', 'b'], origin: { day: '2026-11-24', kg: null }, ok: true };
      await store.write('p_put', 7, [put('c_put', 'd1', 5, doc), put('c_put', 'd2', 7, { eggs: 1 })]);
      expect(await store.get('c_put', 'd1')).toEqual({ ...doc, _id: 'd1', _position: 5 });
      expect(await store.checkpoint('p_put')).toBe(7);
      const many = await store.getMany('c_put', ['d2', 'nope', 'd1']);
      expect([...many.keys()].sort()).toEqual(['d1', 'd2']);
      expect(many.get('d2')).toEqual({ eggs: 1, _id: 'd2', _position: 7 });
    });

    it("stores arrays inside arrays (a read model's lines) and gives them back unchanged", async () => {
      const doc = {
        lines: [
          [1, 365, 9480, 1],
          [4, 365, 28500, 0],
        ],
        deeper: [[[1, 2], []], [{ day: '2026-11-24', pairs: [[3, 4]] }]],
        empty: [[]],
      };
      await store.write('p_nested', 2, [put('c_nested', 'n', 1, doc)]);
      expect(await store.get('c_nested', 'n')).toEqual({ ...doc, _id: 'n', _position: 1 });
      expect((await store.find('c_nested'))[0]).toEqual({ ...doc, _id: 'n', _position: 1 });
      expect((await store.getMany('c_nested', ['n'])).get('n')).toEqual({ ...doc, _id: 'n', _position: 1 });
      await store.write('p_nested', 3, [put('c_nested', 'n', 3, { ...doc, lines: [[2, 1]] })]);
      expect(await store.get('c_nested', 'n')).toMatchObject({ lines: [[2, 1]], _position: 3 });
      await store.load('p_nested', ['c_nested'], 4, [{ collection: 'c_nested', id: 'm', position: 4, doc }]);
      expect(await store.get('c_nested', 'm')).toEqual({ ...doc, _id: 'm', _position: 4 });
    });

    it('changes nothing when a batch at or before the checkpoint is applied again', async () => {
      await store.write('p_idem', 10, [put('c_idem', 'a', 10, { v: 'new' }), put('c_idem', 'b', 3, { v: 'old' })]);
      await store.write('p_idem', 10, [
        put('c_idem', 'a', 4, { v: 'stale' }),
        put('c_idem', 'a', 10, { v: 'same position' }),
        put('c_idem', 'b', 8, { v: 'replayed' }),
        put('c_idem', 'c', 9, { v: 'replayed' }),
        del('c_idem', 'a', 10),
      ]);
      expect((await store.find('c_idem')).map((d) => [d._id, d.v, d._position])).toEqual([
        ['a', 'new', 10],
        ['b', 'old', 3],
      ]);
      expect(await store.checkpoint('p_idem')).toBe(10);
      await store.write('p_idem', 12, [put('c_idem', 'b', 11, { v: 'newer' }), put('c_idem', 'c', 12, { v: 'fresh' })]);
      expect((await store.find('c_idem')).map((d) => [d._id, d.v, d._position])).toEqual([
        ['a', 'new', 10],
        ['b', 'newer', 11],
        ['c', 'fresh', 12],
      ]);
    });

    it('keeps the op of the highest position when a batch touches a document twice', async () => {
      await store.write('p_twice', 3, [put('c_twice', 'x', 3, { v: 3 }), put('c_twice', 'x', 2, { v: 2 })]);
      expect(await store.get('c_twice', 'x')).toMatchObject({ v: 3, _position: 3 });
    });

    it('deletes only a document older than the delete', async () => {
      await store.write('p_del', 5, [put('c_del', 'x', 5, { v: 1 }), put('c_del', 'y', 5, { v: 1 })]);
      await store.write('p_del', 6, [del('c_del', 'x', 4), del('c_del', 'y', 6), del('c_del', 'never', 6)]);
      expect((await store.find('c_del')).map((d) => d._id)).toEqual(['x']);
    });

    it('never moves a checkpoint backwards, and keeps projections apart', async () => {
      await store.write('p_cp1', 50, []);
      await store.write('p_cp1', 40, []);
      await store.write('p_cp2', 3, []);
      expect(await store.checkpoint('p_cp1')).toBe(50);
      expect(await store.checkpoint('p_cp2')).toBe(3);
    });

    it('updates more than 99 existing documents in one write', async () => {
      // FerretDB v1 hangs on a bulkWrite of 100+ updates of existing documents.
      const ids = Array.from({ length: 250 }, (_, i) => `d${String(i).padStart(3, '0')}`);
      await store.write(
        'p_many',
        1,
        ids.map((id) => put('c_many', id, 1, { v: 1 })),
      );
      await store.write(
        'p_many',
        2,
        ids.map((id) => put('c_many', id, 2, { v: 2 })),
      );
      expect(await store.count('c_many', { v: 2 })).toBe(250);
      await store.write(
        'p_many',
        3,
        ids.slice(0, 120).map((id) => del('c_many', id, 3)),
      );
      expect(await store.count('c_many')).toBe(130);
    });

    describe('queries', () => {
      const rows = [
        { id: 'r1', farmId: 'F1', day: '2026-11-01', eggs: 300, grade: 'A' },
        { id: 'r2', farmId: 'F1', day: '2026-11-02', eggs: 120, grade: 'B' },
        { id: 'r3', farmId: 'F2', day: '2026-11-02', eggs: 300, grade: null },
        { id: 'r4', farmId: 'F2', day: '2026-11-03', eggs: 90, grade: 'A' },
        { id: 'r5', farmId: 'F3', day: '2026-11-04', eggs: 15, grade: 'A', note: 'x' },
      ];
      beforeAll(async () => {
        await store.ensureIndexes('c_q', [
          {
            fields: [
              ['farmId', 1],
              ['day', 1],
            ],
          },
        ]);
        await store.write(
          'p_q',
          9,
          rows.map(({ id, ...doc }, i) => put('c_q', id, i + 1, doc)),
        );
      });
      const ids = (docs: Array<{ _id: string }>): string[] => docs.map((d) => d._id);

      it('filters by equality, range and set, all conditions together', async () => {
        expect(ids(await store.find('c_q', { where: { farmId: 'F1' } }))).toEqual(['r1', 'r2']);
        expect(ids(await store.find('c_q', { where: { day: { gte: '2026-11-02', lte: '2026-11-03' } } }))).toEqual([
          'r2',
          'r3',
          'r4',
        ]);
        expect(ids(await store.find('c_q', { where: { day: { gt: '2026-11-02', lt: '2026-11-04' } } }))).toEqual([
          'r4',
        ]);
        expect(ids(await store.find('c_q', { where: { farmId: { in: ['F2', 'F3'] }, eggs: { gte: 90 } } }))).toEqual([
          'r3',
          'r4',
        ]);
        expect(ids(await store.find('c_q', { where: { eggs: 300, farmId: 'F2' } }))).toEqual(['r3']);
        expect(ids(await store.find('c_q', { where: { _id: { in: ['r5', 'r1'] } } }))).toEqual(['r1', 'r5']);
        expect(ids(await store.find('c_q', { where: { _position: { lte: 2 } } }))).toEqual(['r1', 'r2']);
      });

      it('matches null to a null or missing field, and never a number to a string', async () => {
        expect(ids(await store.find('c_q', { where: { grade: null } }))).toEqual(['r3']);
        expect(ids(await store.find('c_q', { where: { note: null } }))).toEqual(['r1', 'r2', 'r3', 'r4']);
        expect(await store.find('c_q', { where: { eggs: '300' } })).toEqual([]);
        expect(await store.find('c_q', { where: { day: { gte: 0 } } })).toEqual([]);
      });

      it('sorts by several fields with _id breaking ties, then skips and limits', async () => {
        const sorted = await store.find('c_q', {
          sort: [
            ['eggs', -1],
            ['day', 1],
          ],
        });
        expect(ids(sorted)).toEqual(['r1', 'r3', 'r2', 'r4', 'r5']);
        expect(ids(await store.find('c_q', { sort: [['eggs', -1]] }))).toEqual(['r1', 'r3', 'r2', 'r4', 'r5']);
        expect(ids(await store.find('c_q', { sort: [['day', -1]], skip: 1, limit: 2 }))).toEqual(['r4', 'r2']);
        expect(ids(await store.find('c_q', { where: { farmId: 'F1' }, limit: 1 }))).toEqual(['r1']);
      });

      it('counts what a filter matches', async () => {
        expect(await store.count('c_q')).toBe(5);
        expect(await store.count('c_q', { grade: 'A', eggs: { lt: 100 } })).toBe(2);
      });
    });

    it('empties the projection’s collections and checkpoint on reset, and nothing else', async () => {
      await store.write('p_reset', 4, [put('c_reset_a', 'x', 4, { v: 1 }), put('c_reset_b', 'y', 4, { v: 1 })]);
      await store.write('p_keep', 4, [put('c_keep', 'z', 4, { v: 1 })]);
      await store.reset('p_reset', ['c_reset_a', 'c_reset_b']);
      expect(await store.checkpoint('p_reset')).toBe(0);
      expect(await store.count('c_reset_a')).toBe(0);
      expect(await store.count('c_reset_b')).toBe(0);
      expect(await store.checkpoint('p_keep')).toBe(4);
      expect(await store.count('c_keep')).toBe(1);
      await store.write('p_reset', 2, [put('c_reset_a', 'x', 2, { v: 2 })]);
      expect(await store.get('c_reset_a', 'x')).toMatchObject({ v: 2, _position: 2 });
    });

    it('refuses a second document with the same values on a unique index; a rebuild starts over', async () => {
      await store.ensureIndexes('c_unique', [{ fields: [['code', 1]], unique: true }]);
      await store.write('p_unique', 1, [put('c_unique', 'a', 1, { code: 'K1' })]);
      await expect(store.write('p_unique', 2, [put('c_unique', 'b', 2, { code: 'K1' })])).rejects.toThrow();
      expect(await store.count('c_unique', { code: 'K1' })).toBe(1);
      // A refused batch is a projection bug: the projection stays failed until it is fixed and rebuilt.
      await store.reset('p_unique', ['c_unique']);
      expect(await store.checkpoint('p_unique')).toBe(0);
      await store.write('p_unique', 2, [put('c_unique', 'b', 2, { code: 'K1' })]);
      expect(await store.checkpoint('p_unique')).toBe(2);
      // The reset kept the index.
      await expect(store.write('p_unique', 3, [put('c_unique', 'c', 3, { code: 'K1' })])).rejects.toThrow();
    });

    it('loads a whole read model in place of what was there', async () => {
      await store.write('p_load', 3, [put('c_load_a', 'old', 3, { v: 0 })]);
      const docs = Array.from({ length: 2500 }, (_, i) => ({
        collection: i % 2 ? 'c_load_a' : 'c_load_b',
        id: `d${i}`,
        position: i + 1,
        doc: { v: i },
      }));
      await store.load('p_load', ['c_load_a', 'c_load_b'], 9000, docs);
      expect(await store.checkpoint('p_load')).toBe(9000);
      expect(await store.get('c_load_a', 'old')).toBeUndefined();
      expect(await store.count('c_load_a')).toBe(1250);
      expect(await store.get('c_load_b', 'd2498')).toEqual({ v: 2498, _id: 'd2498', _position: 2499 });
      await expect(
        store.load('p_load', ['c_load_a'], 1, [{ collection: 'c_other', id: 'x', position: 1, doc: {} }]),
      ).rejects.toThrow('p_load does not own collection c_other');
    });

    it('hands out documents that cannot change the store', async () => {
      await store.write('p_copy', 1, [put('c_copy', 'x', 1, { list: [1, 2] })]);
      const read = await store.get<{ list: number[] }>('c_copy', 'x');
      try {
        read?.list.push(3); // a copy (MongoDB) or frozen (in memory, throws)
      } catch {
        // frozen
      }
      expect(await store.get('c_copy', 'x')).toMatchObject({ list: [1, 2] });
    });
  });
}
