import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ApiError } from '../api-error';

/** What went wrong, in words: the service's own message, or a plain one for anything else. */
export function problemText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong talking to the service. Check your connection and try again.';
}

/** A problem shown at the top of a page or a part of one. */
export function ProblemBar(props: { readonly title: string; readonly error: unknown }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle> {problemText(props.error)}
      </MessageBarBody>
    </MessageBar>
  );
}
