import { common } from './common.js';
import { errors } from './errors.js';
import { link } from './link.js';
import { restore } from './restore.js';
import { schedule } from './schedule.js';
import { setup } from './setup.js';
import { watch } from './watch.js';

/** The Portuguese (Brazil) catalogue: every area of ../en-US/, translated. */
export const ptBR = { common, errors, restore, schedule, setup, link, watch } as const;
