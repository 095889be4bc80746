import { common } from './common.js';
import { errors } from './errors.js';
import { schedule } from './schedule.js';

/** The Spanish (Spain) catalogue: every area of ../en-US/, translated. */
export const esES = { common, errors, schedule } as const;
