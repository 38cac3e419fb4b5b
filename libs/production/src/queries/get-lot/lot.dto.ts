import { SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';

import { RejectCountDto, SizeCountDto } from '../../commands/grade-lot';
import { QUALITY_GRADES, type QualityGrade } from '../../domain/lot.events';

/** Stock of one graded size class: graded = gradedUnpacked + packedEggs + lost. */
export class SizeStockDto {
  @ApiProperty({ enum: SIZE_CLASSES }) size!: SizeClass;
  @ApiProperty({ description: 'eggs graded into this size' }) graded!: number;
  @ApiProperty({ description: 'graded eggs not yet packed nor lost' }) gradedUnpacked!: number;
  @ApiProperty({ description: 'eggs in trays on hand, allocated or not' }) packedEggs!: number;
  @ApiProperty({ description: 'full trays on hand, allocated or not' }) packedTrays!: number;
  @ApiProperty({ description: 'trays reserved for shipments' }) allocatedTrays!: number;
  @ApiProperty({ description: 'eggs lost, graded and packed stages together' }) lost!: number;
}

export class LotDto {
  @ApiProperty() lotId!: string;
  @ApiProperty({ enum: ['collected', 'graded'], description: 'back to collected when the grading was voided' })
  status!: 'collected' | 'graded';
  @ApiProperty() memberId!: string;
  @ApiProperty() farmId!: string;
  @ApiProperty() flockId!: string;
  @ApiProperty() collectedOn!: string;
  @ApiProperty() collectedEggs!: number;
  @ApiProperty({ type: String, nullable: true }) gradedOn!: string | null;
  @ApiProperty({ enum: QUALITY_GRADES, nullable: true }) grade!: QualityGrade | null;
  @ApiProperty({ type: [SizeCountDto], description: 'eggs per size class; empty until graded' }) sizes!: SizeCountDto[];
  @ApiProperty({ type: [RejectCountDto], description: 'rejected eggs per reason; empty until graded' })
  rejects!: RejectCountDto[];
  @ApiProperty({ description: 'eggs graded into size classes; 0 until graded' }) gradedEggs!: number;
  @ApiProperty({ description: 'eggs rejected; 0 until graded' }) rejectedEggs!: number;
  @ApiProperty({ type: [SizeStockDto], description: 'stock per graded size class; empty until graded' })
  stock!: SizeStockDto[];
  @ApiProperty({ description: 'rejected eggs not yet processed' }) rejectsUnprocessed!: number;
  @ApiProperty({ description: 'rejected eggs processed into products' }) rejectsProcessed!: number;
  @ApiProperty() revision!: number;
}
