import { Type } from 'class-transformer';
import { IsInt, IsString, Min, ValidateNested } from 'class-validator';

/** Small validated classes (a nested class, an inherited rule) for the specs of the validation helpers. */

export class Line {
  @IsInt()
  @Min(0)
  eggs!: number;
}

export class Base {
  @IsString()
  id!: string;
}

export class Order extends Base {
  @ValidateNested({ each: true })
  @Type(() => Line)
  lines!: Line[];
}
