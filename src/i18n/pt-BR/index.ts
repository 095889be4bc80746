import { common } from './common.js';
import { errors } from './errors.js';
import { schedule } from './schedule.js';

/** The Portuguese (Brazil) catalogue: every area of ../en-US/, translated. */
export const ptBR = { common, errors, schedule } as const;
