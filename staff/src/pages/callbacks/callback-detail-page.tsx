import { lazyPage } from '../../components/lazy-page';

/** `#/callbacks/:id`: one callback request (`callback-detail-view.tsx`), loaded when first opened. */
export const CallbackDetailPage = lazyPage(() => import('./callback-detail-view').then((module) => module.CallbackDetailView), 'Loading the callback request…');
