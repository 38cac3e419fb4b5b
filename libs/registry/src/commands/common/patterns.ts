export { ID_PATTERN as ID, NOT_BLANK } from '@khai/contracts';
