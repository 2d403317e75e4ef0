import { Field, Input, Textarea } from '@fluentui/react-components';
import { DateTime } from 'luxon';
import { useEffect, useState } from 'react';
import { formatPath } from '../../../../src/domain/field-problems';
import { londonZone } from '../../../../src/domain/local-date';
import type { ListingFormBinding } from './listing-form-binding';
import { numberValue, optionalTextValue, valueAt, type ValuePath } from './listing-form-values';

/**
 * One field of the listing form, bound to its path in the values. Its problem is shown under it
 * (Fluent's Field sets `aria-invalid` and `aria-describedby` on the input). Optional fields left
 * empty are removed; number fields keep what is typed until it is a number.
 */
export function TextValueField(props: {
  readonly form: ListingFormBinding;
  readonly path: ValuePath;
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly kind?: 'text' | 'long-text' | 'number' | 'date' | 'time' | 'email' | 'url' | 'tel';
}) {
  const kind = props.kind ?? 'text';
  const value = valueAt(props.form.values, props.path);
  const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const [text, setText] = useState(shown);
  // Keep the typed text unless the value was changed from elsewhere (an undo, a reload).
  useEffect(() => {
    if (toValue(text) !== value) setText(shown);
  }, [shown]);
  const toValue = (typed: string): unknown => (kind === 'number' ? numberValue(typed) : props.required === true ? typed : optionalTextValue(typed));
  const change = (typed: string) => {
    setText(typed);
    props.form.set(props.path, toValue(typed));
  };
  const error = props.form.errorOf(formatPath(props.path));
  // Date inputs show the browser's own format; the date in words says it the British way.
  const hint = [kind === 'date' ? dateInWords(value) : undefined, props.hint].filter((part) => part !== undefined).join(' ');
  return (
    <Field
      label={props.label}
      required={props.required ?? false}
      {...(hint === '' ? {} : { hint })}
      validationState={error === undefined ? 'none' : 'error'}
      {...(error === undefined ? {} : { validationMessage: error })}
    >
      {kind === 'long-text' ? (
        <Textarea value={text} resize="vertical" onChange={(_, data) => change(data.value)} />
      ) : (
        <Input
          value={text}
          type={kind === 'number' ? 'text' : kind}
          {...(kind === 'number' ? { inputMode: 'decimal' as const } : {})}
          onChange={(_, data) => change(data.value)}
        />
      )}
    </Field>
  );
}

/** "Thursday 12 November 2026." for a `YYYY-MM-DD` value; undefined for anything else. */
function dateInWords(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const date = DateTime.fromISO(value, { zone: londonZone });
  return date.isValid && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${date.setLocale('en-GB').toFormat('cccc d LLLL yyyy')}.` : undefined;
}
