import { schedule } from './schedule.js';

/** The German catalogue: every area of ../en-US/, translated. */
export const de = { schedule } as const;
