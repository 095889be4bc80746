import { common } from './common.js';
import { errors } from './errors.js';
import { schedule } from './schedule.js';

/** The Dutch catalogue: every area of ../en-US/, translated. */
export const nl = { common, errors, schedule } as const;
