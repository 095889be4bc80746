/** English (US) words shared by many areas. */
export const common = {
  genericFailure: 'Something went wrong on my side. It has been logged; please try again in a moment.',
  backupCount_one: '{{count}} backup',
  backupCount_other: '{{count}} backups',
  hello: 'Hello {{name}}',
} as const;
