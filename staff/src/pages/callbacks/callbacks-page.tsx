import { lazyPage } from '../../components/lazy-page';

/** `#/callbacks`: the team's callback queue (`callback-queue-view.tsx`), loaded when first opened. */
export const CallbacksPage = lazyPage(() => import('./callback-queue-view').then((module) => module.CallbackQueueView), 'Loading callbacks…');
