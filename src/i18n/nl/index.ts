import { schedule } from './schedule.js';

/** The Dutch catalogue: every area of ../en-US/, translated. */
export const nl = { schedule } as const;
