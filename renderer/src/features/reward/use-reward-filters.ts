import { useCallback, useEffect, useState } from 'react';
import { useRoute } from '../../routing/RouteProvider';
import { replaceAddress } from '../../routing/replace-address';
import { parseRewardFilters, rewardFiltersSearch, type RewardFilters } from './reward-filters';

/** The address's filters, read afresh whenever the address itself changes (a menu, a link, Back), and written back. */
export function useRewardFilters(currentTaxYear: string): [RewardFilters, (next: RewardFilters) => void] {
  const { route } = useRoute();
  const search = route.name === 'reward' ? route.search : '';
  const [state, setState] = useState(() => ({ route, filters: parseRewardFilters(search, currentTaxYear) }));
  if (state.route !== route) {
    // Adjusting state while rendering, as React advises for state derived from a changed prop.
    setState({ route, filters: parseRewardFilters(search, currentTaxYear) });
  }
  useEffect(() => replaceAddress({ name: 'reward', search: rewardFiltersSearch(state.filters, currentTaxYear) }), [state.filters, currentTaxYear]);
  const setFilters = useCallback((filters: RewardFilters) => setState((s) => ({ ...s, filters })), []);
  return [state.filters, setFilters];
}
