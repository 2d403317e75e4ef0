/*
 * Keys of the turn pipeline's records: botbuilder state items and conversation locks. They share
 * one hash tag, `{turns}`, so that a write checks its turn's lock and every item's eTag in one
 * script on a Redis Cluster too (botbuilder may write any items together).
 */

/** `{turns}:state:<key>`: a botbuilder state item. */
export const stateKey = (key: string): string => `{turns}:state:${key}`;

/** `{turns}:lock:<conversation ref>`: a conversation's lock. */
export const lockKey = (conversationRef: string): string => `{turns}:lock:${conversationRef}`;

/** Passed as the fence key when a call is not fenced; never written. */
export const noFenceKey = '{turns}:fence:none';
