import { ID_PATTERN as ID, IsBusinessDate, MatchesPattern } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The contract comes from the path: POST /feed-contracts/:contractId/deliveries. */
export class RecordFeedDeliveryDto {
  @ApiProperty({ example: 'D-2026-0001', description: 'delivery note number' })
  @MatchesPattern(ID)
  deliveryId!: string;

  @ApiProperty({
    example: 'PO-2026-0001',
    required: false,
    description: 'the order the delivery fills; leave out for a delivery outside any order',
  })
  @IsOptional()
  @MatchesPattern(ID)
  orderId?: string;

  @ApiProperty({ example: 'F01' })
  @MatchesPattern(ID)
  farmId!: string;

  @ApiProperty({ example: 'M001' })
  @MatchesPattern(ID)
  memberId!: string;

  @ApiProperty({ example: 2000 })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  kg!: number;

  @ApiProperty({ example: 'LAYER_COMPLETE' })
  @MatchesPattern(/^[A-Z][A-Z0-9_]{0,39}$/)
  feedType!: string;

  @ApiProperty({ example: '2026-01-10' })
  @IsBusinessDate()
  deliveredOn!: string;
}
