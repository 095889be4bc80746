import { common } from './common.js';
import { errors } from './errors.js';
import { schedule } from './schedule.js';

/** The French catalogue: every area of ../en-US/, translated. */
export const fr = { common, errors, schedule } as const;
