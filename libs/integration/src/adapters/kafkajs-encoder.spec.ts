/*
 * patches/kafkajs+2.2.4.patch (applied by `patch-package` on install): kafkajs' Encoder takes its
 * buffers from Node's pool (`Buffer.allocUnsafe`) instead of zero-filling a fresh 512-byte
 * ArrayBuffer for every record, header and request it encodes (`Buffer.alloc`), which was about a
 * quarter of the relay's CPU per event (docs/benchmarks.md). Unzeroed memory is safe there only
 * because the Encoder hands out nothing past the bytes it wrote: these tests hold it to that.
 * The patch also writes varints in place (kafkajs built an array and a Buffer for each, about ten
 * per record with its headers) and takes a varlong that fits 31 bits (a record's timestamp delta)
 * through the varint code instead of 64-bit Long arithmetic: a record with five headers encodes in
 * about 6 µs instead of 9.
 *
 * On the consuming side, the patch reads a varlong of up to four bytes (a record's timestamp delta)
 * as a number instead of a Long per byte, adds a record's offset and timestamp deltas to the batch's
 * in floating point where that is exact (safe integers) instead of a BigInt parse and print per
 * record, and builds a record's headers object in place instead of copying it per header: the
 * tests below hold the decoded records to what was encoded, beyond the safe range and with
 * repeated headers too.
 */
import fc from 'fast-check';

interface EncoderInstance {
  buf: Buffer;
  readonly buffer: Buffer;
  writeVarInt(value: number): EncoderInstance;
  writeVarLong(value: unknown): EncoderInstance;
}

interface EncoderClass {
  new (initialSize?: number): EncoderInstance;
  sizeOfVarInt(value: number): number;
  sizeOfVarLong(value: unknown): number;
}

interface RecordInput {
  offsetDelta: number;
  timestampDelta: number;
  key: Buffer;
  value: Buffer;
  headers: Record<string, string>;
}

/* eslint-disable @typescript-eslint/no-require-imports */
const Encoder = require('kafkajs/src/protocol/encoder') as EncoderClass;
const { RecordBatch } = require('kafkajs/src/protocol/recordBatch/v0') as {
  RecordBatch: (batch: object) => Promise<EncoderInstance>;
};
const Record = require('kafkajs/src/protocol/recordBatch/record/v0') as (record: RecordInput) => EncoderInstance;
const Decoder = require('kafkajs/src/protocol/decoder') as new (buffer: Buffer) => {
  offset: number;
  readVarLong(): { toString(): string };
};
const decodeBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder') as (decoder: object) => Promise<{
  records: {
    key: Buffer;
    value: Buffer;
    headers: Record<string, Buffer | Buffer[]>;
    offset: string;
    timestamp: string;
  }[];
}>;
const KafkaLong = require('kafkajs/src/utils/long') as { fromValue(value: number | string): unknown };
/* eslint-enable @typescript-eslint/no-require-imports */

/** Fills what Node's buffer pool hands out next with `byte`, so that unwritten bytes would show. */
function dirtyPool(byte: number): void {
  for (let i = 0; i < 64; i++) Buffer.allocUnsafe(512).fill(byte);
}

/** Zigzag then LEB128, as the Kafka protocol defines a varint (32 bits) and a varlong (64), computed with BigInt. */
function zigzagLeb128(value: bigint, bits: 32 | 64): number[] {
  let unsigned = BigInt.asUintN(bits, (value << 1n) ^ (value >> BigInt(bits - 1)));
  const bytes: number[] = [];
  while (unsigned >= 0x80n) {
    bytes.push(Number(unsigned & 0x7fn) | 0x80);
    unsigned >>= 7n;
  }
  return [...bytes, Number(unsigned)];
}

async function encodeOrders(count: number): Promise<Buffer> {
  const records = Array.from({ length: count }, (_, i) =>
    Record({
      offsetDelta: i,
      timestampDelta: 0,
      key: Buffer.from(`SO-${i}`),
      value: Buffer.from(JSON.stringify({ orderId: `SO-${i}`, note: 'ไข่ไก่ เบอร์ 1'.repeat(i % 40) })),
      headers: { 'message-id': `id-${i}`, 'message-type': 'coop.order-confirmed', 'x-empty': '' },
    }),
  );
  const batch = await RecordBatch({
    compression: 0,
    firstTimestamp: 1_764_000_000_000,
    maxTimestamp: 1_764_000_000_000,
    producerId: KafkaLong.fromValue(7),
    producerEpoch: 0,
    firstSequence: 0,
    lastOffsetDelta: count - 1,
    records,
  });
  return Buffer.from(batch.buffer);
}

describe("kafkajs' Encoder (patched)", () => {
  it("takes its buffer from Node's pool instead of a zero-filled buffer of its own", () => {
    const encoder = new Encoder();
    expect(encoder.buf.buffer.byteLength).toBe(Buffer.poolSize);
  });

  it('writes the same bytes whatever the pool held before: nothing unwritten leaks into a batch', async () => {
    dirtyPool(0xaa);
    const first = await encodeOrders(120);
    dirtyPool(0x55);
    const second = await encodeOrders(120);
    expect(second.equals(first)).toBe(true);
  });

  it('encodes records that decode to what was given', async () => {
    dirtyPool(0xff);
    const bytes = await encodeOrders(50);
    const { records } = await decodeBatch(new Decoder(bytes));
    expect(records).toHaveLength(50);
    records.forEach((record, i) => {
      expect(record.key.toString()).toBe(`SO-${i}`);
      expect(JSON.parse(record.value.toString())).toEqual({ orderId: `SO-${i}`, note: 'ไข่ไก่ เบอร์ 1'.repeat(i % 40) });
      expect(record.headers['message-id']?.toString()).toBe(`id-${i}`);
      expect(record.headers['x-empty']?.toString()).toBe('');
    });
  });

  it('writes varints and varlongs byte for byte as the protocol defines them, without a Buffer for each', () => {
    const ints = [
      0,
      1,
      -1,
      63,
      64,
      -64,
      -65,
      127,
      128,
      300,
      -300,
      2 ** 28,
      2 ** 30 - 1,
      -(2 ** 30),
      2 ** 31 - 1,
      -(2 ** 31),
    ];
    const longs = [...ints, 2 ** 30, -(2 ** 30) - 1, 2 ** 40, -(2 ** 40), 1_764_000_000_000, Number.MAX_SAFE_INTEGER];
    const from = jest.spyOn(Buffer, 'from');
    try {
      for (const value of ints) {
        expect([...new Encoder().writeVarInt(value).buffer]).toEqual(zigzagLeb128(BigInt(value), 32));
      }
      for (const value of longs) {
        const bytes = zigzagLeb128(BigInt(value), 64);
        expect([...new Encoder().writeVarLong(value).buffer]).toEqual(bytes);
        expect([...new Encoder().writeVarLong(KafkaLong.fromValue(value)).buffer]).toEqual(bytes);
        expect(Encoder.sizeOfVarLong(value)).toBe(bytes.length);
      }
      // A varlong of more than 31 bits still takes kafkajs' Long arithmetic and its Buffer; none other does.
      const encoder = new Encoder();
      const writeAll = () => {
        for (const value of ints) encoder.writeVarInt(value);
        for (const value of ints.filter((v) => v >= -(2 ** 30) && v < 2 ** 30)) encoder.writeVarLong(value);
      };
      writeAll();
      from.mockClear();
      writeAll();
      expect(from).not.toHaveBeenCalled();
    } finally {
      from.mockRestore();
    }
  });
});

describe("kafkajs' Decoder (patched)", () => {
  it('reads any varlong as the protocol defines it, short ones without Long arithmetic', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -(2 ** 28), max: 2 ** 28 }).map(BigInt),
          fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
        ),
        (value) => {
          const bytes = Buffer.from([...zigzagLeb128(value, 64), 0x7f]);
          const decoder = new Decoder(bytes);
          expect(decoder.readVarLong().toString()).toBe(String(value));
          expect(decoder.offset).toBe(bytes.length - 1);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it("gives each record its batch's offset and time plus its own deltas, exactly, beyond the safe integers too", async () => {
    const batches: [string, number, number[]][] = [
      ['0', 1_764_000_000_000, [0, 1, -1, 2 ** 27, -(2 ** 27) - 1, 2 ** 40]],
      ['9007199254740990', 9_007_199_254_740_000, [0, 991, 992, 2 ** 30]],
      ['9223372036854775800', 0, [-5, 7]],
    ];
    for (const [firstOffset, firstTimestamp, deltas] of batches) {
      const records = deltas.map((timestampDelta, i) =>
        Record({ offsetDelta: i, timestampDelta, key: Buffer.from('k'), value: Buffer.from('v'), headers: {} }),
      );
      const batch = await RecordBatch({
        firstOffset: KafkaLong.fromValue(firstOffset),
        firstTimestamp,
        maxTimestamp: firstTimestamp,
        lastOffsetDelta: deltas.length - 1,
        records,
      });
      const decoded = await decodeBatch(new Decoder(Buffer.from(batch.buffer)));
      expect(decoded.records.map((r) => [r.offset, r.timestamp])).toEqual(
        deltas.map((delta, i) => [
          String(BigInt(firstOffset) + BigInt(i)),
          String(BigInt(firstTimestamp) + BigInt(delta)),
        ]),
      );
    }
  });

  it('gives a repeated header all its values, in order, and keeps a "__proto__" header an own field, as before', async () => {
    const record = Record({
      offsetDelta: 0,
      timestampDelta: 0,
      key: Buffer.from('k'),
      value: Buffer.from('v'),
      headers: { a: ['1', '2', '3'], b: '4', ['__proto__']: '5' } as unknown as Record<string, string>,
    });
    const batch = await RecordBatch({ firstTimestamp: 0, maxTimestamp: 0, records: [record] });
    const [decoded] = (await decodeBatch(new Decoder(Buffer.from(batch.buffer)))).records;
    const headers = decoded?.headers ?? {};
    const text = (value: Buffer | Buffer[] | undefined) =>
      Array.isArray(value) ? value.map(String) : value === undefined ? undefined : String(value);
    expect(text(headers.a)).toEqual(['1', '2', '3']);
    expect(text(headers.b)).toBe('4');
    expect(Object.getPrototypeOf(headers)).toBe(Object.prototype);
    // As kafkajs built it (a spread): an own field, its value beside what `headers.__proto__` read first.
    expect(Object.hasOwn(headers, '__proto__')).toBe(true);
  });
});
