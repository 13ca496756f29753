// Topics come as a flat list with parent ids; the pickers show two levels.
import type { Topic } from './bridge-types';

export interface TopicGroup {
  area: Topic;
  children: Topic[];
}

export function topicTree(topics: readonly Topic[]): TopicGroup[] {
  const bySort = (a: Topic, b: Topic) => a.sort - b.sort || a.labelSv.localeCompare(b.labelSv, 'sv');
  const areas = topics.filter((t) => t.parentId === null).sort(bySort);
  return areas.map((area) => ({ area, children: topics.filter((t) => t.parentId === area.id).sort(bySort) }));
}

export function topicLabel(topic: Topic, language: string): string {
  return language === 'en' ? topic.labelEn : topic.labelSv;
}

/** "Area › Subtopic" for a topic id, or null when unknown. */
export function topicPath(topics: readonly Topic[], id: string | null, language: string): string | null {
  if (!id) return null;
  const topic = topics.find((t) => t.id === id);
  if (!topic) return null;
  const parent = topic.parentId ? topics.find((t) => t.id === topic.parentId) : undefined;
  return parent ? `${topicLabel(parent, language)} › ${topicLabel(topic, language)}` : topicLabel(topic, language);
}
