import { schedule } from './schedule.js';

/** The Spanish (Spain) catalogue: every area of ../en-US/, translated. */
export const esES = { schedule } as const;
