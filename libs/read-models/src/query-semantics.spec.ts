import { latestOps } from './query-semantics';
import type { ReadModelOp } from './read-model-store.port';

const put = (collection: string, id: string, position: number): ReadModelOp => ({
  kind: 'put',
  collection,
  id,
  position,
  doc: { position },
});

describe('latestOps', () => {
  it('keeps ops of different documents as they come', () => {
    const ops = [put('a', '1', 3), put('b', '1', 4), put('a', '2', 5)];
    expect(latestOps(ops)).toEqual(ops);
  });

  it('keeps one op per document: the highest position (the later of equals), where the document first came', () => {
    const first = put('a', '1', 3);
    const later = put('a', '1', 7);
    const older = put('a', '1', 5);
    const other = put('b', '1', 4);
    const same = put('a', '2', 6);
    const sameAgain = put('a', '2', 6);
    const deleted: ReadModelOp = { kind: 'delete', collection: 'b', id: '1', position: 9 };
    const result = latestOps([first, other, later, same, older, sameAgain, deleted]);
    expect(result).toEqual([later, deleted, sameAgain]);
    expect(result[2]).toBe(sameAgain);
  });
});
