export { type RedisCertificateCache, redisCertificateCache } from './certificate-cache.js'
export {
  DEFAULT_COMMAND_TIMEOUT_MS,
  DEFAULT_PREFIX,
  type IoRedisLike,
  type NodeRedisLike,
  type RedisClient,
  type RedisFailure,
  type RedisStoreOptions,
  RedisUnavailableError,
} from './client.js'
export { type RedisDedupeStore, redisDedupe } from './dedupe.js'
