import { schedule } from './schedule.js';

/** The Polish catalogue: every area of ../en-US/, translated. */
export const pl = { schedule } as const;
