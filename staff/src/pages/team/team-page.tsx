import { lazyPage } from '../../components/lazy-page';

/** `#/team`: the team details (`team-view.tsx`), loaded when first opened. */
export const TeamPage = lazyPage(() => import('./team-view').then((module) => module.TeamView), 'Loading the team details…');
