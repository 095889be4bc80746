import { schedule } from './schedule.js';

/** The French catalogue: every area of ../en-US/, translated. */
export const fr = { schedule } as const;
