// Service level against target with an icon and words, so the state never
// rests on colour alone (WCAG 1.4.1): ✓ met, ▼ below, ▼▼ far below.
import { useTranslation } from 'react-i18next';
import type { ServiceLevelState } from './service-level';

const ICON: Record<ServiceLevelState, string> = { met: '✓', below: '▼', far_below: '▼▼', none: '–' };

export function ServiceLevelBadge({ state }: { state: ServiceLevelState }) {
  const { t } = useTranslation();
  return (
    <span className={`sl-badge sl-${state}`}>
      <span aria-hidden="true" className="sl-icon">
        {ICON[state]}
      </span>
      {t(`wallboard.slState_${state}`)}
    </span>
  );
}
