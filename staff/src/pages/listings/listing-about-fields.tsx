import { Button, Field, Select } from '@fluentui/react-components';
import { activityCategoryIds, activityCategoryLabels, serviceStatuses, type ActivityCategoryId } from '../../../../src/domain/activities/activity';
import { CheckboxGroup } from './checkbox-group';
import { FormSection } from './form-section';
import type { ListingFormBinding } from './listing-form-binding';
import { stringsOf } from './listing-form-values';
import { statusLabel } from './listing-table-rows';
import { TextValueField } from './text-value-field';

const categoryOptions = activityCategoryIds.map((id) => ({ value: id, label: activityCategoryLabels[id] }));

/** What the listing is: name, description, organisation, status, categories, and when it was last checked. */
export function ListingAboutFields(props: { readonly form: ListingFormBinding; readonly today: string }) {
  const { form } = props;
  const status = typeof form.values['status'] === 'string' ? form.values['status'] : 'active';
  const categories = stringsOf(form.values['categories']).filter(isCategory);
  return (
    <FormSection id="listing-about" title="About the activity">
      <TextValueField form={form} path={['name']} label="Name" required />
      <TextValueField form={form} path={['description']} label="Description" kind="long-text" required hint="What happens, in a few plain sentences." />
      <TextValueField form={form} path={['organization', 'name']} label="Organisation" required />
      <TextValueField form={form} path={['organization', 'website']} label="Organisation website" kind="url" />
      <Field label="Status" hint="Only active listings are shown to people.">
        <Select value={status} onChange={(_, data) => form.set(['status'], data.value)}>
          {serviceStatuses.map((value) => (
            <option key={value} value={value}>
              {statusLabel(value)}
            </option>
          ))}
        </Select>
      </Field>
      <CheckboxGroup
        legend="Categories"
        hint="The first is the one people see. A listing with none needs a kind and is not shown to people."
        options={categoryOptions}
        chosen={categories}
        onChange={(chosen) => form.set(['categories'], chosen)}
        error={form.errorOf('categories')}
      />
      <TextValueField form={form} path={['assured_date']} label="Last checked" kind="date" required hint="When someone last checked these details are right." />
      <div>
        <Button onClick={() => form.set(['assured_date'], props.today)}>Checked today</Button>
      </div>
    </FormSection>
  );
}

function isCategory(value: string): value is ActivityCategoryId {
  return (activityCategoryIds as readonly string[]).includes(value);
}
