export { DAY_PATTERN as DATE, ID_PATTERN as ID, NOT_BLANK } from '@khai/contracts';
