import { Exclude, Expose, Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';

import { jsonToInstance } from './json-instance';
import { Line, Order as BaseOrder } from './validated-order.fixture';

/** The fixture's order, with an optional nested line and a field with no rule but @IsOptional. */
class Order extends BaseOrder {
  @IsOptional()
  @ValidateNested()
  @Type(() => Line)
  spare?: Line;

  @IsOptional()
  note?: string;
}

describe('jsonToInstance', () => {
  it('builds the class and its nested classes, inherited fields included, values as given', () => {
    const json = JSON.parse(
      '{"id":"SO-1","lines":[{"eggs":3},7,[{"eggs":1}]],"spare":{"eggs":2},"note":null}',
    ) as Record<string, unknown>;
    const built = jsonToInstance<Order>(Order, json);
    expect(built?.unknown).toEqual([]);
    const order = built?.instance as Order;
    expect(order).toBeInstanceOf(Order);
    expect(order.id).toBe('SO-1');
    expect(order.lines[0]).toBeInstanceOf(Line);
    expect(order.lines[1]).toBe(7);
    expect((order.lines[2] as unknown as Line[])[0]).toBeInstanceOf(Line);
    expect(order.spare).toBeInstanceOf(Line);
    expect(order.note).toBeNull();
  });

  // class-transformer drops the last three silently (or throws), so class-validator never sees them.
  it('reports every field with no rule by its path, __proto__, constructor and valueOf included, and copies none', () => {
    const json = JSON.parse(
      '{"id":"SO-1","extra":1,"__proto__":{"polluted":true},"constructor":{"a":1},"lines":[{"eggs":1,"x":2}],"spare":{"constructor":1},"valueOf":2}',
    ) as Record<string, unknown>;
    const built = jsonToInstance<Order>(Order, json);
    expect(built?.unknown.map((u) => u.field)).toEqual([
      'extra',
      '__proto__',
      'constructor',
      'lines.0.x',
      'spare.constructor',
      'valueOf',
    ]);
    expect(built?.unknown[0]?.message).toBe('property extra should not exist');
    const order = built?.instance as Order & Record<string, unknown>;
    expect(Object.keys(order).filter((k) => order[k] !== undefined)).toEqual(['id', 'lines', 'spare']);
    expect(Object.getPrototypeOf(order)).toBe(Order.prototype);
    expect(Object.keys(order.lines[0] as object).filter((k) => (order.lines[0] as never)[k] !== undefined)).toEqual([
      'eggs',
    ]);
  });

  it('leaves to the libraries a class using what it does not plan', () => {
    class Exposed {
      @Expose({ name: 'n' })
      @IsString()
      name!: string;
    }
    class Excluded {
      @Exclude()
      @IsString()
      secret!: string;
    }
    class Transformed {
      @Transform(({ value }) => String(value).trim())
      @IsString()
      name!: string;
    }
    class Converted {
      @Type(() => Number)
      @IsInt()
      count!: number;
    }
    class Unchecked {
      // A nested class without @ValidateNested: class-validator would not look inside it.
      @IsOptional()
      @Type(() => Line)
      line?: Line;
    }
    class Accessor {
      @IsString()
      get name(): string {
        return 'fixed';
      }
    }
    class Holder {
      @ValidateNested()
      @Type(() => Converted)
      inner!: Converted;
    }
    class Bare {
      name!: string;
    }
    for (const cls of [Exposed, Excluded, Transformed, Converted, Unchecked, Accessor, Holder, Bare]) {
      expect({ cls: cls.name, built: jsonToInstance(cls, {}) }).toEqual({ cls: cls.name, built: undefined });
    }
  });
});
