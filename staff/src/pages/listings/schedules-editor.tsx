import { Button } from '@fluentui/react-components';
import type { ApiClient } from '../../api-client';
import { FormSection } from './form-section';
import type { ListingFormBinding } from './listing-form-binding';
import { newSchedule, recordsAt } from './listing-form-values';
import { ScheduleFields } from './schedule-fields';
import { SchedulePreviewPanel } from './schedule-preview-panel';

/** When the activity happens: its schedules, and what people will see of them before saving. */
export function SchedulesEditor(props: {
  readonly form: ListingFormBinding;
  readonly client: ApiClient;
  readonly newId: () => string;
  readonly today: string;
  readonly schedulesValid: boolean;
}) {
  const { form } = props;
  const schedules = recordsAt(form.values, ['schedules']);
  return (
    <FormSection id="listing-when" title="When">
      {schedules.map((schedule, index) => (
        <ScheduleFields
          key={String(schedule['id'] ?? index)}
          form={form}
          index={index}
          schedule={schedule}
          {...(schedules.length > 1 ? { onRemove: () => form.set(['schedules'], schedules.filter((_, other) => other !== index)) } : {})}
        />
      ))}
      {schedules.length < 10 && (
        <div>
          <Button onClick={() => form.set(['schedules', schedules.length], newSchedule(props.newId(), props.today))}>Add another schedule</Button>
        </div>
      )}
      <SchedulePreviewPanel client={props.client} schedules={form.values['schedules']} valid={props.schedulesValid} />
    </FormSection>
  );
}
