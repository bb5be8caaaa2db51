import { lazy, Suspense, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchiveScreen } from '../screens/archive/ArchiveScreen';
import { ArchivedTrajectScreen } from '../screens/archive/ArchivedTrajectScreen';
import { ClientScreen } from '../screens/clients/ClientScreen';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen';
import { NotFoundScreen } from '../screens/not-found/NotFoundScreen';
import { SearchScreen } from '../screens/search/SearchScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { TrajectScreen } from '../screens/traject/TrajectScreen';
import { ScreenBoundary } from '../components/ScreenBoundary';
import { useRoute, type Route } from './router';
import { useSearchQuery } from './search-query';

// The split view carries the whole reply editor (TipTap, ProseMirror): loaded when first opened, so the studio's
// first screens start without it.
const loadRoundScreen = () =>
  import('../screens/round/RoundScreen').then((module) => ({ default: module.RoundScreen }));
// React keeps a failed import for good; trying again needs a fresh lazy component.
let RoundScreen = lazy(loadRoundScreen);
const reloadRoundScreen = () => {
  RoundScreen = lazy(loadRoundScreen);
};

/**
 * The route table of the unlocked studio. Each screen is keyed by what it shows, so moving from one traject to
 * another starts a fresh screen (its own loading, its focus on its heading) rather than reusing the old state.
 */
export function RouteView({ recovered }: { recovered: boolean }) {
  const route = useRoute();
  return (
    <ScreenBoundary key={JSON.stringify(route)} onRetry={route.name === 'round' ? reloadRoundScreen : undefined}>
      <RouteScreen route={route} recovered={recovered} />
    </ScreenBoundary>
  );
}

function RouteScreen({ route, recovered }: { route: Route; recovered: boolean }) {
  const { t } = useTranslation();
  const searchQuery = useSearchQuery();

  // A new screen starts at its top, as a new page would.
  useLayoutEffect(() => {
    window.scrollTo?.(0, 0);
  }, [route]);

  switch (route.name) {
    case 'dashboard':
      return <DashboardScreen recovered={recovered} />;
    case 'client':
      return <ClientScreen key={route.clientId} clientId={route.clientId} />;
    case 'traject':
      return <TrajectScreen key={route.trajectId} trajectId={route.trajectId} />;
    case 'round':
      return (
        <Suspense fallback={<p className="page-loading">{t('nav.loading')}</p>}>
          <RoundScreen
            key={`${route.trajectId}/${route.roundId}`}
            trajectId={route.trajectId}
            roundId={route.roundId}
          />
        </Suspense>
      );
    case 'settings':
      return <SettingsScreen open={route.open} />;
    case 'archive':
      return <ArchiveScreen />;
    case 'archived':
      return <ArchivedTrajectScreen trajectId={route.trajectId} />;
    case 'archivedRound':
      return <ArchivedTrajectScreen trajectId={route.trajectId} roundId={route.roundId} />;
    case 'search':
      // Not keyed by the query: while the coach types, the results on screen stay until newer ones arrive.
      return <SearchScreen query={searchQuery.query} enter={searchQuery.enter} />;
    case 'notFound':
      return <NotFoundScreen />;
  }
}
