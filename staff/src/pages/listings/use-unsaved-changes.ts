import { useCallback, useEffect, useRef } from 'react';

/** The question asked before leaving a form with changes that are not saved. */
export const leaveQuestion = 'You have changes that are not saved. Leave this page and lose them?';

/**
 * Warns before changes are lost: the browser's own warning when the tab is closed or reloaded,
 * and a question before in-app links (`#/…`) are followed. Returns `confirmLeave()` for the page's
 * own ways away (a Cancel button): true when it may go.
 */
export function useUnsavedChanges(dirty: boolean): () => boolean {
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      event.preventDefault();
      // Older browsers want returnValue set to show their warning.
      event.returnValue = '';
    };
    // Capture phase, so the question comes before the app's router sees the link.
    const onClick = (event: MouseEvent) => {
      if (!dirtyRef.current || !(event.target instanceof Element)) return;
      const link = event.target.closest('a[href^="#/"]');
      if (link === null || link.getAttribute('href') === window.location.hash) return;
      if (!window.confirm(leaveQuestion)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, []);

  return useCallback(() => !dirtyRef.current || window.confirm(leaveQuestion), []);
}
