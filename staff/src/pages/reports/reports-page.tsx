import { lazyPage } from '../../components/lazy-page';

/** `#/reports`: its code (and Observable Plot's) is fetched when the page is first opened. */
export const ReportsPage = lazyPage(() => import('./reports-view').then((module) => module.ReportsView), 'Loading the reports…');
