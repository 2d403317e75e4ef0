import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';
import { contactOutcomeLabels, goalsProgressedLabels, supportOfferedLabels, supportStatusLabels } from '../../../../src/domain/callbacks/callback-outcome';
import { britishDateTime } from '../../british-time';
import { bestTimesText, phoneLink } from './callback-steps';
import type { CallbackDetails } from './callback-schemas';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'minmax(8rem, max-content) 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
});

/** A definition list of the facts that are there (none is shown empty). */
function Facts(props: { readonly facts: ReadonlyArray<readonly [string, ReactNode | undefined]> }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {props.facts
        .filter(([, value]) => value !== undefined)
        .map(([term, value]) => (
          <Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </Fragment>
        ))}
    </dl>
  );
}

/** Who to call and how: the details the Teams cards leave out, and the steps so far. */
export function CallbackFacts(props: { readonly request: CallbackDetails }) {
  const request = props.request;
  const phone = request.phoneE164 === undefined ? undefined : phoneLink(request.phoneE164);
  const by = (name: string | undefined, at: string | undefined) => (at === undefined ? undefined : `${britishDateTime(at)}${name === undefined ? '' : ` by ${name}`}`);
  return (
    <Facts
      facts={[
        ['Name', request.name],
        ['Phone', phone === undefined ? undefined : <Link href={phone.href}>{phone.text}</Link>],
        ['Best times to call', bestTimesText(request)],
        ['What it is about', request.about ?? (request.name === undefined ? undefined : 'They did not say.')],
        ['Asked', britishDateTime(request.requestedAt)],
        ['Claimed', by(request.claimedBy, request.claimedAt)],
        ['Contacted', by(request.contactedBy, request.contactedAt)],
        ['Closed', by(request.closedBy, request.closedAt)],
        ['Why it was closed', request.closeReason],
        ['Cancelled', request.cancelledAt === undefined ? undefined : britishDateTime(request.cancelledAt)],
      ]}
    />
  );
}

/** The outcome as recorded: how the contact went, the support offered, the goals agreed and the latest review. */
export function OutcomeFacts(props: { readonly outcome: NonNullable<CallbackDetails['outcome']> }) {
  const outcome = props.outcome;
  return (
    <Facts
      facts={[
        ['How the contact went', contactOutcomeLabels[outcome.contactOutcome]],
        ['Support offered', outcome.supportOffered.length === 0 ? 'None' : outcome.supportOffered.map((code) => supportOfferedLabels[code]).join(', ')],
        ['Goals agreed', String(outcome.goalsAgreed)],
        ['Recorded', britishDateTime(outcome.recordedAt)],
        [
          'Latest review',
          outcome.review === undefined
            ? undefined
            : `${britishDateTime(outcome.review.at)}: goals progressed ${goalsProgressedLabels[outcome.review.goalsProgressed].toLowerCase()}; ${supportStatusLabels[outcome.review.supportStatus].toLowerCase()}`,
        ],
      ]}
    />
  );
}
