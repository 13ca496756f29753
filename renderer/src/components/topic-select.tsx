// A topic picker of two levels: areas as option groups, each offering the
// area itself ("– general") and its subtopics.
import { useTranslation } from 'react-i18next';
import { topicLabel, topicTree } from '../lib/topic-tree';
import type { Topic } from '../lib/bridge-types';

export interface TopicSelectProps {
  id: string;
  topics: readonly Topic[];
  value: string;
  onChange(topicId: string): void;
  /** Text of the empty choice; omit to require a topic. */
  emptyLabel?: string;
  disabled?: boolean;
}

export function TopicSelect({ id, topics, value, onChange, emptyLabel, disabled }: TopicSelectProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {topicTree(topics).map(({ area, children }) => (
        <optgroup key={area.id} label={topicLabel(area, lang)}>
          <option value={area.id}>{t('topics.general', { area: topicLabel(area, lang) })}</option>
          {children.map((child) => (
            <option key={child.id} value={child.id}>
              {topicLabel(child, lang)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
