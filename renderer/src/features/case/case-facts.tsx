// Consumer and case details; topic and status are editable in place.
import { useTranslation } from 'react-i18next';
import { TopicSelect } from '../../components/topic-select';
import { errorMessage } from '../../lib/error-message';
import { formatDateTime } from '../../lib/format';
import type { CaseView } from '../../lib/bridge-types';
import { useMunicipalities, useTopics } from '../topics/reference-queries';
import { useChangeCase } from './case-queries';

export function CaseFacts({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const topics = useTopics();
  const municipalities = useMunicipalities();
  const change = useChangeCase();
  const consumer = view.consumer;
  const municipality = municipalities.data?.find((m) => m.code === consumer?.municipalityCode)?.name ?? consumer?.municipalityCode ?? null;
  const closed = view.status === 'closed';
  const dash = t('common.none');

  return (
    <div className="case-facts">
      <section aria-labelledby="consumer-heading" className="facts-block">
        <h2 id="consumer-heading">{t('caseView.consumer')}</h2>
        <dl className="facts">
          <dt>{t('caseView.name')}</dt>
          <dd>{consumer?.name ?? dash}</dd>
          <dt>{t('caseView.phone')}</dt>
          <dd>{consumer?.phone ?? dash}</dd>
          <dt>{t('caseView.email')}</dt>
          <dd>{consumer?.email ?? dash}</dd>
          <dt>{t('caseView.municipality')}</dt>
          <dd>{municipality ?? dash}</dd>
        </dl>
      </section>
      <section aria-labelledby="details-heading" className="facts-block">
        <h2 id="details-heading" className="visually-hidden">
          {t('caseView.label')}
        </h2>
        <div className="field">
          <label htmlFor="case-topic">{t('caseView.topic')}</label>
          <TopicSelect
            id="case-topic"
            topics={topics.data ?? []}
            value={view.topicId ?? ''}
            emptyLabel={t('caseView.noTopic')}
            disabled={change.isPending || closed}
            onChange={(topicId) => change.mutate({ view, patch: { topicId: topicId || null } })}
          />
        </div>
        <div className="field">
          <label htmlFor="case-status">{t('caseView.status')}</label>
          {closed ? (
            <output id="case-status">{t('status.closed')}</output>
          ) : (
            <select
              id="case-status"
              value={view.status}
              disabled={change.isPending}
              onChange={(e) => change.mutate({ view, patch: { status: e.target.value === 'waiting' ? 'waiting' : 'open' } })}
            >
              <option value="open">{t('status.open')}</option>
              <option value="waiting">{t('status.waiting')}</option>
            </select>
          )}
        </div>
        <dl className="facts">
          <dt>{t('caseView.outcome')}</dt>
          <dd>{view.outcome ? t(`outcome.${view.outcome}`) : dash}</dd>
          <dt>{t('caseView.subject')}</dt>
          <dd>{view.subject ?? dash}</dd>
          <dt>{t('caseView.channel')}</dt>
          <dd>{t(`channel.${view.channel}`)}</dd>
          <dt>{t('caseView.language')}</dt>
          <dd>{t(`language.${view.language}`)}</dd>
          <dt>{t('caseView.created')}</dt>
          <dd>{formatDateTime(view.createdAt, i18n.language)}</dd>
          {view.closedAt && (
            <>
              <dt>{t('caseView.closedAt')}</dt>
              <dd>{formatDateTime(view.closedAt, i18n.language)}</dd>
            </>
          )}
        </dl>
        {change.isError && <p role="alert">{t('common.saveFailed', { message: errorMessage(change.error) })}</p>}
      </section>
    </div>
  );
}
