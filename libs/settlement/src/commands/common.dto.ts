export { ID_PATTERN, IsBusinessDate, SizePriceDto } from '@khai/contracts';
