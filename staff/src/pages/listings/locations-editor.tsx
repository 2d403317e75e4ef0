import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { FormSection } from './form-section';
import type { ListingFormBinding } from './listing-form-binding';
import { newLocation, recordsAt } from './listing-form-values';
import { TextValueField } from './text-value-field';

const useStyles = makeStyles({
  place: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** Where the activity happens: one or more places, each in person (address and map position) or online. */
export function LocationsEditor(props: { readonly form: ListingFormBinding; readonly newId: () => string }) {
  const styles = useStyles();
  const { form } = props;
  const locations = recordsAt(form.values, ['locations']);
  return (
    <FormSection id="listing-where" title="Where">
      {form.errorOf('locations') !== undefined && <p role="alert">{form.errorOf('locations')}</p>}
      {locations.map((record, index) => {
        const online = record['location_type'] === 'virtual';
        const path = ['locations', index] as const;
        const changeType = (type: string) =>
          form.set(path, type === 'virtual' ? { id: record['id'], location_type: 'virtual', name: record['name'] ?? '' } : { ...newLocation(String(record['id'])), name: record['name'] ?? '' });
        return (
          <div key={String(record['id'] ?? index)} className={styles.place} role="group" aria-label={`Place ${index + 1}`}>
            <Field label={`Place ${index + 1}: in person or online`}>
              <Select value={online ? 'virtual' : 'physical'} onChange={(_, data) => changeType(data.value)}>
                <option value="physical">In person</option>
                <option value="virtual">Online</option>
              </Select>
            </Field>
            <TextValueField form={form} path={[...path, 'name']} label="Place name" required hint={online ? 'Like "Online (Zoom)".' : 'Like "Example Library".'} />
            {online ? (
              <TextValueField form={form} path={[...path, 'url']} label="Link to join" kind="url" hint="Only if it is public; otherwise say how to get it under How to join." />
            ) : (
              <>
                <TextValueField form={form} path={[...path, 'address_1']} label="Address" required />
                <TextValueField form={form} path={[...path, 'city']} label="Town or city" required />
                <TextValueField form={form} path={[...path, 'postal_code']} label="Postcode" required />
                <TextValueField form={form} path={[...path, 'latitude']} label="Latitude" kind="number" required hint="From a map, like 53.4875." />
                <TextValueField form={form} path={[...path, 'longitude']} label="Longitude" kind="number" required hint="From a map, like -2.2901." />
              </>
            )}
            {locations.length > 1 && (
              <div>
                <Button onClick={() => form.set(['locations'], locations.filter((_, other) => other !== index))}>Remove place {index + 1}</Button>
              </div>
            )}
          </div>
        );
      })}
      {locations.length < 10 && (
        <div>
          <Button onClick={() => form.set(['locations', locations.length], newLocation(props.newId()))}>Add a place</Button>
        </div>
      )}
    </FormSection>
  );
}
