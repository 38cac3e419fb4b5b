export { ID_PATTERN, IsBusinessDate, IsSatangPerEgg, SizePriceDto } from '@khai/contracts';
