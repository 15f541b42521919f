/** Files larger than this are refused before they are read (about 200,000 small events). */
export const MAX_DATA_BYTES = 50 * 1024 * 1024;

/**
 * Sources up to this size are checked on the page itself: it takes well under 100 ms, and starting
 * a worker (loading and compiling its code) would cost more than the work.
 */
export const SMALL_SOURCE_BYTES = 1024 * 1024;

/**
 * Files from this size on are hashed in a worker of their own (`hashWorker.ts`), off the load
 * worker's way; smaller ones by the load worker: a few tens of milliseconds, less than starting
 * another worker.
 */
export const HASH_ELSEWHERE_BYTES = 8 * 1024 * 1024;
