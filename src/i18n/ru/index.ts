import { schedule } from './schedule.js';

/** The Russian catalogue: every area of ../en-US/, translated. */
export const ru = { schedule } as const;
