/**
 * The store cannot start with the configuration it was given. The message names the environment
 * variable (ENCRYPTION_KEY, ENCRYPTION_KEY_PREVIOUS, STORE_URL) and says what is wrong with it,
 * never its value.
 */
export class StoreConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StoreConfigError';
  }
}

/**
 * A stored secret was sealed under a key the store does not hold (neither ENCRYPTION_KEY nor
 * ENCRYPTION_KEY_PREVIOUS). This is thrown rather than treated as "not linked", so a key mix-up is
 * never mistaken for missing data.
 */
export class StoreKeyUnavailableError extends Error {
  constructor(recordKey: string, keyId: string) {
    super(
      `record ${recordKey} is sealed under key ${keyId}, which is neither ENCRYPTION_KEY nor ENCRYPTION_KEY_PREVIOUS`,
    );
    this.name = 'StoreKeyUnavailableError';
  }
}

/** The backend could not be reached or refused to open. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StoreUnavailableError';
  }
}
