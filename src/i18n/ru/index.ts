import { backup } from './backup.js';
import { common } from './common.js';
import { errors } from './errors.js';
import { link } from './link.js';
import { panel } from './panel.js';
import { prune } from './prune.js';
import { restore } from './restore.js';
import { rotate } from './rotate.js';
import { schedule } from './schedule.js';
import { setup } from './setup.js';
import { watch } from './watch.js';

/** The Russian catalogue: every area of ../en-US/, translated. */
export const ru = {
  common,
  errors,
  panel,
  backup,
  restore,
  rotate,
  prune,
  schedule,
  setup,
  link,
  watch,
} as const;
