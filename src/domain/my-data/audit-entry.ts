/** A non-identifying record that something happened: no ids, no content. */
export interface AuditEntry {
  readonly event: 'person.erased' | 'consent.withdrawn';
  /** UTC ISO instant. */
  readonly at: string;
  readonly channelId: string;
  /** How many stored records were erased. */
  readonly recordsErased: number;
}
