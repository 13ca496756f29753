// Switching between the workspace and the wallboard, and wall mode: one
// place for the top-bar button, the wallboard's own button and the keyboard
// shortcuts, so each checks the role the same way.
import { useUiStore, type MainView } from '../../app/ui-store';
import { canSeeWallboard } from './access';

const allowed = () => canSeeWallboard(useUiStore.getState().session?.user?.role);

export function toggleWallboard(): void {
  if (!allowed()) return;
  const ui = useUiStore.getState();
  ui.setView(ui.view === 'wallboard' ? 'workspace' : 'wallboard');
}

/** From the workspace, goes straight to the wallboard in wall mode. */
export function toggleWallMode(): void {
  if (!allowed()) return;
  const ui = useUiStore.getState();
  if (ui.view !== 'wallboard') {
    ui.setView('wallboard');
    ui.setWallMode(true);
  } else {
    ui.setWallMode(!ui.wallMode);
  }
}

/** The view to render: never the wallboard for someone who may not see it (e.g. after signing in as another user). */
export function useMainView(): MainView {
  const view = useUiStore((s) => s.view);
  const role = useUiStore((s) => s.session?.user?.role);
  return view === 'wallboard' && canSeeWallboard(role) ? 'wallboard' : 'workspace';
}

export function useWallMode(): boolean {
  return useUiStore((s) => s.wallMode);
}
