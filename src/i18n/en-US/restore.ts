/** English (US) words of the `restore` area: the source every other language translates. */
export const restore = {} as const;
