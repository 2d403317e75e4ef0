import { Button, Link, Toast, ToastTitle, ToastTrigger, useToastController } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../../api-client';
import type { Activity } from '../../../../src/domain/activities/activity';
import { listingSchema } from './overview-schemas';
import { problemText } from '../../components/problem-bar';

type Change = 'retire' | 'restore';

const done: Readonly<Record<Change, string>> = {
  retire: 'Retired: people will not be shown it.',
  restore: 'Restored: people can find it again.',
};

/**
 * Retires an active listing (or restores a retired one), then says so in a toast with an Undo
 * that makes the opposite call. `onChanged` gets the listing as the service now has it.
 */
export function RetireRestoreButton(props: {
  readonly client: ApiClient;
  readonly listingId: string;
  readonly status: string;
  readonly toasterId: string;
  readonly onChanged: (listing: Activity) => void;
}) {
  const { dispatchToast } = useToastController(props.toasterId);
  const [busy, setBusy] = useState(false);
  const change = async (what: Change, offerUndo: boolean) => {
    setBusy(true);
    try {
      const listing = await props.client.send('POST', `activities/${encodeURIComponent(props.listingId)}/${what}`, undefined, listingSchema);
      props.onChanged(listing);
      const opposite: Change = what === 'retire' ? 'restore' : 'retire';
      dispatchToast(
        <Toast>
          <ToastTitle
            {...(offerUndo
              ? {
                  action: (
                    <ToastTrigger>
                      <Link onClick={() => void change(opposite, false)}>Undo</Link>
                    </ToastTrigger>
                  ),
                }
              : {})}
          >
            {done[what]}
          </ToastTitle>
        </Toast>,
        // Ten seconds to undo, paused while the pointer or focus is on it; the page's own button undoes too.
        { intent: 'success', timeout: 10_000, pauseOnHover: true, pauseOnWindowBlur: true, politeness: 'polite' },
      );
    } catch (error) {
      dispatchToast(
        <Toast>
          <ToastTitle>{`Could not ${what} the listing: ${problemText(error)}`}</ToastTitle>
        </Toast>,
        { intent: 'error', politeness: 'assertive' },
      );
    } finally {
      setBusy(false);
    }
  };
  if (props.status === 'active') {
    return (
      <Button disabled={busy} onClick={() => void change('retire', true)}>
        Retire listing
      </Button>
    );
  }
  return (
    <Button disabled={busy} onClick={() => void change('restore', true)}>
      Restore listing
    </Button>
  );
}
