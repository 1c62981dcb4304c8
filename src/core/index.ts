export { analyze, DEFAULT_MAX_CHARS, DEFAULT_SUMMARY_LENGTH } from './analyze';
export type * from './types';
