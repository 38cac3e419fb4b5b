import { plainToInstance } from 'class-transformer';
import { IsEmail, IsInt, IsOptional, Matches, ValidateIf } from 'class-validator';

import { compileCheck, ListOf, NoExactSchema } from './compiled-check';
import { ID_PATTERN, MatchesPattern } from './edge-formats';
import { checkJson } from './json-check';
import { BuyerOrderMessage, CoopShipmentMessage, INBOUND_TOPICS, OrderLine, parseMessage, TOPICS } from './kafka';
import { Order } from './validated-order.fixture';

const order = {
  messageId: 'm-1',
  occurredAt: '2026-12-07T10:00:00+07:00',
  schemaVersion: 1,
  buyerId: 'B-1',
  orderId: 'SO-1',
  orderedOn: '2026-11-20',
  deliveryOn: '2026-11-26',
  lines: [
    { size: 2, trays: 66, satangPerEgg: 365 },
    { size: 0, trays: 1, satangPerEgg: 1 },
  ],
};

/** Whether the compiled check and checkJson (class-validator) accept a JSON text. */
function answers(cls: new () => object, text: string): { compiled: boolean; checkJson: boolean } {
  return {
    compiled: compileCheck(cls)(JSON.parse(text)) !== undefined,
    checkJson: checkJson(cls, JSON.parse(text)).ok,
  };
}

describe('compileCheck', () => {
  it.each(INBOUND_TOPICS.map((t) => [t.message.name, t.message] as const))('compiles %s', (_, cls) => {
    expect(() => compileCheck(cls)).not.toThrow();
  });

  it('builds what plainToInstance builds: the class, and each list element as its ListOf class', () => {
    const built = compileCheck(BuyerOrderMessage)(structuredClone(order));
    expect(built).toBeInstanceOf(BuyerOrderMessage);
    expect(built?.lines[1]).toBeInstanceOf(OrderLine);
    expect(built).toStrictEqual(plainToInstance(BuyerOrderMessage, structuredClone(order)));
  });

  it('answers undefined for what class-validator refuses', () => {
    const check = compileCheck(BuyerOrderMessage);
    expect(check({ ...order, lines: [] })).toBeUndefined();
    expect(check({ ...order, lines: [{ ...order.lines[0], trays: 1.5 }] })).toBeUndefined();
    expect(check({ ...order, note: 'x' })).toBeUndefined();
    expect(check(JSON.parse(`{"__proto__":1,${JSON.stringify(order).slice(1)}`))).toBeUndefined();
  });

  it('refuses a number too large for a double, as @IsInt does', () => {
    const text = JSON.stringify(order).replace('"trays":66', '"trays":1e999');
    expect(answers(BuyerOrderMessage, text)).toEqual({ compiled: false, checkJson: false });
  });

  it('takes an @IsOptional field absent or null, as class-validator does', () => {
    class Note {
      @IsOptional()
      @MatchesPattern(ID_PATTERN)
      ref?: string | null;
    }
    for (const text of ['{}', '{"ref":null}', '{"ref":"A-1"}', '{"ref":"-"}', '{"ref":1}']) {
      const { compiled, checkJson: expected } = answers(Note, text);
      expect([text, compiled]).toEqual([text, expected]);
    }
  });

  it('applies an `each` rule to each element of a list, and to a value that is not one', () => {
    class Refs {
      @MatchesPattern(ID_PATTERN, { each: true })
      refs!: string[] | string;
    }
    for (const text of ['{"refs":"A-1"}', '{"refs":["A-1","B"]}', '{"refs":[]}', '{"refs":["-"]}', '{"refs":"-"}']) {
      const { compiled, checkJson: expected } = answers(Refs, text);
      expect([text, compiled]).toEqual([text, expected]);
    }
  });

  describe('leaves to class-validator a class with a rule it has no exact schema for', () => {
    it('a rule not in its table', () => {
      class Contact {
        @IsEmail()
        email!: string;
      }
      expect(() => compileCheck(Contact)).toThrow(NoExactSchema);
    });

    it('a nested rule not declared with ListOf', () => {
      expect(() => compileCheck(Order)).toThrow(/lines: a nested rule not declared with ListOf/);
    });

    it('a pattern with flags, a rule with groups or validateIf, a conditional rule', () => {
      class Flagged {
        @Matches(/^a$/i)
        a!: string;
      }
      class Grouped {
        @IsInt({ groups: ['admin'] })
        a!: number;
      }
      class Conditional {
        @IsInt({ validateIf: () => true })
        a!: number;
      }
      class Branching {
        @ValidateIf(() => true)
        @IsInt()
        a!: number;
      }
      for (const cls of [Flagged, Grouped, Conditional, Branching] as (new () => object)[])
        expect(() => compileCheck(cls)).toThrow(NoExactSchema);
    });

    it('a field with no rule but @IsOptional, or named like a member of Object.prototype', () => {
      class Loose {
        @IsOptional()
        anything?: unknown;
      }
      class Named {}
      IsInt()(Named.prototype, 'constructor');
      expect(() => compileCheck(Loose)).toThrow(NoExactSchema);
      expect(() => compileCheck(Named)).toThrow(/named like Object's/);
    });

    it('a class nested in itself', () => {
      class Node {}
      ListOf(Node, { max: 2 })(Node.prototype, 'children');
      expect(() => compileCheck(Node)).toThrow(/Node nests itself/);
    });

    it('lists nested deeper than the shape check reads', () => {
      class Leaf {
        @IsInt()
        n!: number;
      }
      let inner: new () => object = Leaf;
      for (let level = 0; level < 8; level++) {
        const outer = class {};
        ListOf(inner, { max: 1 })(outer.prototype, 'inner');
        inner = outer;
      }
      expect(() => compileCheck(inner)).toThrow(/nested too deep/);
    });
  });
});

describe('parseMessage', () => {
  it('checks a message of a class with no compiled check by class-validator alone', () => {
    expect(() => compileCheck(CoopShipmentMessage)).toThrow(NoExactSchema);
    const body = JSON.stringify({ messageId: 'm-1', shipmentId: 7 });
    const parsed = parseMessage(TOPICS.coopShipments.message, body);
    const checked = checkJson(CoopShipmentMessage, JSON.parse(body));
    expect(parsed.ok).toBe(false);
    expect(checked.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors).toEqual(checked.ok ? [] : checked.errors);
  });
});
