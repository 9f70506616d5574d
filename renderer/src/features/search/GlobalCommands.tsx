import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { isMenuCommand, MENU_COMMAND_EVENT, type MenuCommand } from '../../../../shared/api/menu-commands';
import { navigate } from '../../routing/navigate';
import { useRoute } from '../../routing/RouteProvider';
import { FOCUS_SEARCH_EVENT, rememberedSearch } from './search-memory';

/**
 * Ctrl+K (Cmd+K on a Mac) opens search from any screen, with the last search selected; on the search screen it
 * puts focus back in the box. The Electron menu's Go items arrive here too, as the same commands.
 */
export function GlobalCommands(): ReactNode {
  const { route } = useRoute();
  const onSearch = route.name === 'search';

  useEffect(() => {
    const run = (command: MenuCommand): void => {
      switch (command) {
        case 'search':
          if (onSearch) window.dispatchEvent(new Event(FOCUS_SEARCH_EVENT));
          else navigate({ name: 'search', search: rememberedSearch() });
          return;
        case 'actions':
          navigate({ name: 'actions', search: '' });
          return;
        case 'overdue-actions':
          navigate({ name: 'actions', search: 'overdue=1' });
          return;
        case 'resolutions':
          navigate({ name: 'resolutions', search: '' });
          return;
      }
    };
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return;
      // A modal dialog is open: its task comes first, and the page behind it is inert.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      run('search');
    };
    const onMenu = (event: Event): void => {
      const command = event instanceof CustomEvent ? (event.detail as unknown) : undefined;
      if (isMenuCommand(command)) run(command);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener(MENU_COMMAND_EVENT, onMenu);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(MENU_COMMAND_EVENT, onMenu);
    };
  }, [onSearch]);

  return null;
}
