import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { accessibilityIds, accessibilityLabels, type AccessibilityId } from '../../../../src/domain/activities/activity';
import { CheckboxGroup } from './checkbox-group';
import { FormSection } from './form-section';
import type { ListingFormBinding } from './listing-form-binding';
import { recordsAt, stringsOf } from './listing-form-values';
import { TextValueField } from './text-value-field';

const useStyles = makeStyles({
  item: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

const accessibilityOptions = accessibilityIds.map((id) => ({ value: id, label: accessibilityLabels[id] }));

/** How to take part: how to join, costs, contact details, languages and accessibility. */
export function JoiningFields(props: { readonly form: ListingFormBinding; readonly newId: () => string }) {
  const styles = useStyles();
  const { form } = props;
  const costs = recordsAt(form.values, ['cost_options']);
  const phones = recordsAt(form.values, ['phones']);
  const accessibility = stringsOf(form.values['accessibility']).filter(isAccessibility);
  return (
    <FormSection id="listing-joining" title="Joining and contact">
      <TextValueField form={form} path={['how_to_join']} label="How to join" kind="long-text" required hint="Like: Just turn up; no need to book." />
      {costs.map((cost, index) => (
        <div key={String(cost['id'] ?? index)} className={styles.item} role="group" aria-label={`Cost ${index + 1}`}>
          <TextValueField form={form} path={['cost_options', index, 'option']} label={`Cost ${index + 1}: what for`} required hint="Like: per session." />
          <TextValueField form={form} path={['cost_options', index, 'amount']} label="Amount in pounds" kind="number" required />
          <Button onClick={() => form.set(['cost_options'], costs.filter((_, other) => other !== index))}>Remove cost {index + 1}</Button>
        </div>
      ))}
      {costs.length === 0 && <Text>Free: no costs added.</Text>}
      {costs.length < 10 && (
        <div>
          <Button onClick={() => form.set(['cost_options', costs.length], { id: props.newId(), option: '', currency: 'GBP' })}>Add a cost</Button>
        </div>
      )}
      <TextValueField form={form} path={['email']} label="Email" kind="email" />
      <TextValueField form={form} path={['url']} label="Website" kind="url" />
      {phones.map((_, index) => (
        <div key={index} className={styles.item} role="group" aria-label={`Phone ${index + 1}`}>
          <TextValueField form={form} path={['phones', index, 'number']} label={`Phone ${index + 1}`} kind="tel" required />
          <TextValueField form={form} path={['phones', index, 'description']} label="Which line" hint="Optional, like: bookings." />
          <Button onClick={() => form.set(['phones'], phones.filter((__, other) => other !== index))}>Remove phone {index + 1}</Button>
        </div>
      ))}
      {phones.length < 5 && (
        <div>
          <Button onClick={() => form.set(['phones', phones.length], { number: '' })}>Add a phone number</Button>
        </div>
      )}
      <LanguagesField form={form} />
      <CheckboxGroup
        legend="Accessibility"
        options={accessibilityOptions}
        chosen={accessibility}
        onChange={(chosen) => form.set(['accessibility'], chosen)}
        error={form.errorOf('accessibility')}
      />
    </FormSection>
  );
}

/** Languages as two-letter codes separated by commas ("en, pl"); kept as typed until it changes the list. */
function LanguagesField(props: { readonly form: ListingFormBinding }) {
  const languages = stringsOf(props.form.values['languages']);
  const [text, setText] = useState(languages.join(', '));
  const error = props.form.errorOf('languages') ?? languages.map((_, index) => props.form.errorOf(`languages[${index}]`)).find((message) => message !== undefined);
  const change = (typed: string) => {
    setText(typed);
    props.form.set(['languages'], typed.split(',').map((part) => part.trim().toLowerCase()).filter((part) => part !== ''));
  };
  return (
    <Field
      label="Languages"
      required
      hint="Two-letter codes separated by commas, like en, pl."
      validationState={error === undefined ? 'none' : 'error'}
      {...(error === undefined ? {} : { validationMessage: error })}
    >
      <Input value={text} onChange={(_, data) => change(data.value)} />
    </Field>
  );
}

function isAccessibility(value: string): value is AccessibilityId {
  return (accessibilityIds as readonly string[]).includes(value);
}
