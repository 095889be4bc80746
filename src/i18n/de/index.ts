import { common } from './common.js';
import { errors } from './errors.js';
import { schedule } from './schedule.js';

/** The German catalogue: every area of ../en-US/, translated. */
export const de = { common, errors, schedule } as const;
