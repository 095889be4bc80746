import { common } from './common.js';
import { errors } from './errors.js';
import { schedule } from './schedule.js';

/** The Russian catalogue: every area of ../en-US/, translated. */
export const ru = { common, errors, schedule } as const;
