import type { ListingValues, ValuePath } from './listing-form-values';

/** What each part of the listing form is given: the values, the problem to show at a field, and how to change one. */
export interface ListingFormBinding {
  readonly values: ListingValues;
  /** The problem to show at this field now (`schedules[0].byday`), if any. */
  readonly errorOf: (key: string) => string | undefined;
  /** Sets the value at a path; `undefined` removes the field. */
  readonly set: (path: ValuePath, value: unknown) => void;
}
