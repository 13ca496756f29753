// Pane 3: knowledge base and partner lookup as ARIA tabs (arrow keys move
// between tabs, Tab moves into the panel).
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KnowledgePanel } from '../features/knowledge/knowledge-panel';
import { PartnerPanel } from '../features/partners/partner-panel';
import { useUiStore, type SideTab } from './ui-store';

const TABS: readonly SideTab[] = ['knowledge', 'partners'];

export function SidePanel() {
  const { t } = useTranslation();
  const tab = useUiStore((s) => s.sideTab);
  const setTab = useUiStore((s) => s.setSideTab);
  const refs = useRef<Record<SideTab, HTMLButtonElement | null>>({ knowledge: null, partners: null });
  const label = (value: SideTab) => (value === 'knowledge' ? t('knowledge.tab') : t('partners.tab'));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.indexOf(tab);
    let next: SideTab | undefined;
    if (event.key === 'ArrowRight') next = TABS[(index + 1) % TABS.length];
    else if (event.key === 'ArrowLeft') next = TABS[(index - 1 + TABS.length) % TABS.length];
    else if (event.key === 'Home') next = TABS[0];
    else if (event.key === 'End') next = TABS[TABS.length - 1];
    if (!next) return;
    event.preventDefault();
    setTab(next);
    refs.current[next]?.focus();
  };

  return (
    <div className="side-panel">
      <div role="tablist" aria-label={t('side.label')} className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((value) => (
          <button
            key={value}
            ref={(el) => {
              refs.current[value] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${value}`}
            aria-controls={`tabpanel-${value}`}
            aria-selected={tab === value}
            tabIndex={tab === value ? 0 : -1}
            onClick={() => setTab(value)}
          >
            {label(value)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        {tab === 'knowledge' ? <KnowledgePanel /> : <PartnerPanel />}
      </div>
    </div>
  );
}
