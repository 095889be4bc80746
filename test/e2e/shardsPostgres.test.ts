import { backendNamed, shardSuite } from './shardSuite.js';

/** Two separate shard processes (SHARD_IDS=0 / 1 of SHARD_COUNT=2) on one PostgreSQL store. */
shardSuite(backendNamed('postgres'), 'processes');
