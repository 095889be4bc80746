/** English (US) words of the `prune` area: the source every other language translates. */
export const prune = {} as const;
