/*
 * patches/kafkajs+2.2.4.patch also changes how kafkajs' producer partitions and checksums what the relay
 * publishes, for less CPU per event on the relay thread (docs/benchmarks.md): murmur2 in 32-bit
 * arithmetic (Math.imul) instead of 64-bit Long objects, the grouping of a send's messages by partition
 * in place instead of copying each partition's list per message, the available partitions listed only
 * for a message without a key, and the CRC-32C of a record batch eight bytes a step. A wrong partition
 * would break the order partners rely on (one key, one partition), a wrong checksum every produce:
 * these tests hold the patched code to the Java client's vectors and to plain reference versions.
 */
import fc from 'fast-check';

/* eslint-disable @typescript-eslint/no-require-imports */
const murmur2 = require('kafkajs/src/producer/partitioners/default/murmur2') as (key: Buffer | string) => number;
const crc32C = require('kafkajs/src/protocol/recordBatch/crc32C') as (buffer: Buffer) => number;
const groupMessagesPerPartition = require('kafkajs/src/producer/groupMessagesPerPartition') as (args: {
  topic: string;
  partitionMetadata: readonly PartitionMetadata[];
  messages: readonly Message[];
  partitioner: Partitioner;
}) => Record<number, Message[]>;
const createPartitioner = require('kafkajs/src/producer/partitioners/default') as () => Partitioner;
/* eslint-enable @typescript-eslint/no-require-imports */

interface PartitionMetadata {
  readonly partitionId: number;
  readonly leader: number;
}
interface Message {
  readonly key?: string | null;
  readonly partition?: number;
  readonly value: string;
}
type Partitioner = (args: {
  topic: string;
  partitionMetadata: readonly PartitionMetadata[];
  message: Message;
}) => number;

/** Kafka's own murmur2, as its Java client computes it (int arithmetic), step by step in BigInt. */
function referenceMurmur2(data: Buffer): number {
  const int = (v: bigint) => BigInt.asIntN(32, v);
  const ushr = (v: bigint, n: bigint) => BigInt.asUintN(32, v) >> n;
  const m = 0x5bd1e995n;
  let h = int(0x9747b28cn ^ BigInt(data.length));
  const length4 = Math.floor(data.length / 4);
  for (let i = 0; i < length4; i++) {
    const i4 = i * 4;
    let k = int(
      BigInt(data[i4] ?? 0) |
        (BigInt(data[i4 + 1] ?? 0) << 8n) |
        (BigInt(data[i4 + 2] ?? 0) << 16n) |
        (BigInt(data[i4 + 3] ?? 0) << 24n),
    );
    k = int(k * m);
    k = int(k ^ ushr(k, 24n));
    k = int(k * m);
    h = int(int(h * m) ^ k);
  }
  const tail = data.length & ~3;
  const rest = data.length % 4;
  if (rest >= 3) h = int(h ^ (BigInt(data[tail + 2] ?? 0) << 16n));
  if (rest >= 2) h = int(h ^ (BigInt(data[tail + 1] ?? 0) << 8n));
  if (rest >= 1) h = int((h ^ BigInt(data[tail] ?? 0)) * m);
  h = int(h ^ ushr(h, 13n));
  h = int(h * m);
  h = int(h ^ ushr(h, 15n));
  return Number(h);
}

/** CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), a bit at a time. */
function referenceCrc32C(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('kafkajs producer, as patched', () => {
  describe('murmur2', () => {
    // The Java client's test vectors (org.apache.kafka.common.utils.UtilsTest#testMurmur2).
    it.each([
      ['21', -973932308],
      ['foobar', -790332482],
      ['a-little-bit-long-string', -985981536],
      ['a-little-bit-longer-string', -1486304829],
      ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
      ['abc', 479470107],
    ])('%s → %d, as the Java client', (key, expected) => {
      expect(murmur2(key)).toBe(expected);
      expect(murmur2(Buffer.from(key))).toBe(expected);
    });

    it('hashes any key as Kafka does, strings by their UTF-8 bytes', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
          expect(murmur2(Buffer.from(bytes))).toBe(referenceMurmur2(Buffer.from(bytes)));
        }),
        { numRuns: 5_000 },
      );
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (key) => {
          expect(murmur2(key)).toBe(referenceMurmur2(Buffer.from(key)));
        }),
        { numRuns: 2_000 },
      );
    });
  });

  describe('crc32C', () => {
    it('gives the check value of CRC-32C', () => {
      expect(crc32C(Buffer.from('123456789'))).toBe(0xe3069283);
      expect(crc32C(Buffer.alloc(0))).toBe(0);
    });

    it('gives the checksum of any bytes, of any length around its 8-byte steps', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
          expect(crc32C(Buffer.from(bytes))).toBe(referenceCrc32C(Buffer.from(bytes)));
        }),
        { numRuns: 3_000 },
      );
    });
  });

  describe('partitioning a send', () => {
    const partitionMetadata: PartitionMetadata[] = [
      { partitionId: 0, leader: 1 },
      { partitionId: 1, leader: -1 },
      { partitionId: 2, leader: 1 },
    ];
    const message = fc.record({
      key: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
      partition: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      value: fc.string({ maxLength: 4 }),
    });

    it('puts a message in the partition it names, else its key’s, else the next available; each list in send order', () => {
      fc.assert(
        fc.property(fc.array(message, { maxLength: 60 }), (messages) => {
          const grouped = groupMessagesPerPartition({
            topic: 't',
            partitionMetadata,
            messages,
            partitioner: createPartitioner(),
          });
          const expected: Record<number, Message[]> = {};
          for (const m of messages) {
            if (m.partition === undefined && m.key === null) continue;
            const p = m.partition ?? (referenceMurmur2(Buffer.from(m.key as string)) & 0x7fffffff) % 3;
            (expected[p] ??= []).push(m);
          }
          const unkeyed: readonly Message[] = messages.filter((m) => m.partition === undefined && m.key === null);
          const roundRobin = Object.entries(grouped).flatMap(([p, list]) =>
            list.filter((m) => unkeyed.includes(m)).map((m) => ({ p: Number(p), m })),
          );
          // Messages with neither go round the partitions that have a leader (not partition 1).
          expect(roundRobin.every(({ p }) => p !== 1)).toBe(true);
          expect(roundRobin).toHaveLength(unkeyed.length);
          for (const [p, list] of Object.entries(grouped)) {
            expect(list.filter((m) => !unkeyed.includes(m))).toEqual(expected[Number(p)] ?? []);
            expect(list).toEqual(messages.filter((m: Message) => list.includes(m)));
          }
        }),
        { numRuns: 1_000 },
      );
    });
  });
});
