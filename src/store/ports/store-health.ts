/** Tells whether the backing store answers. Used by `/readyz` and to fail fast in an outage. */
export interface StoreHealth {
  /** Resolves when the store answered; rejects with AppError STORE_UNAVAILABLE otherwise. */
  ping(): Promise<void>;
  /** False while the connection is known to be down (no round trip): turns fail fast then. */
  isConnected(): boolean;
}
