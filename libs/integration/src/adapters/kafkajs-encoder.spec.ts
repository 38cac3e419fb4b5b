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
 */

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
const Decoder = require('kafkajs/src/protocol/decoder') as new (buffer: Buffer) => object;
const decodeBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder') as (decoder: object) => Promise<{
  records: { key: Buffer; value: Buffer; headers: Record<string, Buffer> }[];
}>;
const KafkaLong = require('kafkajs/src/utils/long') as { fromValue(value: number): unknown };
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
