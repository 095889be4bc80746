/**
 * `npm run rotate-key`: re-encrypts every stored API key under ENCRYPTION_KEY, reading those still
 * under ENCRYPTION_KEY_PREVIOUS. Reads the environment, and `.env` when it exists.
 *
 * Safe beside the running bot (restarted with the new ENCRYPTION_KEY and the old one as
 * ENCRYPTION_KEY_PREVIOUS, as the README says): every member link is found by scanning the store, and
 * each is rewritten with a compare-and-set in the backend, so a link the bot changed or removed
 * meanwhile is left as the bot wrote it. Safe to interrupt: a rerun skips what is done. When it
 * reports the rotation complete, ENCRYPTION_KEY_PREVIOUS can be removed.
 */
import { ConfigError, loadDotEnv, parseStoreConfig } from '#src/config.js';
import { createLogger } from '#src/log.js';
import { BotStore } from '#store/index.js';

async function main(): Promise<number> {
  loadDotEnv();
  const config = parseStoreConfig(process.env);
  const logger = createLogger('info', (line) => process.stderr.write(`${line}\n`));
  const store = await BotStore.open({
    storeUrl: config.STORE_URL,
    encryptionKey: config.ENCRYPTION_KEY,
    previousEncryptionKey: config.ENCRYPTION_KEY_PREVIOUS,
    namespace: config.STORE_NAMESPACE,
    logger,
  });
  try {
    const summary = await store.rotateEncryption((done) => {
      if (done % 100 === 0) process.stdout.write(`re-encrypted ${done} member links so far\n`);
    });
    process.stdout.write(
      `re-encrypted ${summary.rotated} member links; ${summary.alreadyCurrent} were already under ENCRYPTION_KEY\n`,
    );
    if (!summary.complete && summary.unreadable.length === 0) {
      process.stdout.write(
        'some member links were written under the old key while this ran (a bot process still runs with the old ENCRYPTION_KEY?): restart every process with the new key, then run this again\n',
      );
      return 1;
    }
    if (!summary.complete) {
      process.stdout.write(
        `${summary.unreadable.length} records could not be decrypted and were left as they are:\n${summary.unreadable.join('\n')}\n` +
          'Keep ENCRYPTION_KEY_PREVIOUS until they are resolved (the member can /unlink and /link again).\n',
      );
      return 1;
    }
    process.stdout.write('rotation complete: ENCRYPTION_KEY_PREVIOUS is no longer needed\n');
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : `rotate-key failed: ${error instanceof Error ? error.message : String(error)}`}\n`,
    );
    process.exitCode = 1;
  },
);
