import { common } from './common.js';
import { errors } from './errors.js';
import { schedule } from './schedule.js';

/** The Polish catalogue: every area of ../en-US/, translated. */
export const pl = { common, errors, schedule } as const;
