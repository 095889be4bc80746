import { schedule } from './schedule.js';

/** The Portuguese (Brazil) catalogue: every area of ../en-US/, translated. */
export const ptBR = { schedule } as const;
