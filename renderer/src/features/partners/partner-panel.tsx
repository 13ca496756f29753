// Partner lookup: topic + municipality → ranked contact cards. The choice
// follows the open case (its topic, the consumer's municipality) until the
// adviser changes it.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MunicipalitySelect } from '../../components/municipality-select';
import { TopicSelect } from '../../components/topic-select';
import { useUiStore } from '../../app/ui-store';
import { errorMessage } from '../../lib/error-message';
import { useCase } from '../case/case-queries';
import { useMunicipalities, useTopics } from '../topics/reference-queries';
import { ContactCard } from './contact-card';
import { usePartnerLookup } from './partner-queries';

export function PartnerPanel() {
  const { t } = useTranslation();
  const topics = useTopics();
  const municipalities = useMunicipalities();
  const topicId = useUiStore((s) => s.partnerTopicId);
  const municipalityCode = useUiStore((s) => s.partnerMunicipalityCode);
  const setQuery = useUiStore((s) => s.setPartnerQuery);
  const selectedCaseId = useUiStore((s) => s.selectedCaseId);
  const openCase = useCase(selectedCaseId).data ?? null;
  const lookup = usePartnerLookup(topicId, municipalityCode);

  const caseTopic = openCase?.topicId ?? undefined;
  const caseMunicipality = openCase?.consumer?.municipalityCode ?? undefined;
  useEffect(() => {
    if (caseTopic || caseMunicipality) setQuery({ topicId: caseTopic, municipalityCode: caseMunicipality });
  }, [caseTopic, caseMunicipality, setQuery]);

  const canRefer = openCase !== null && openCase.status !== 'closed';
  const items = topicId && municipalityCode ? (lookup.data?.items ?? []) : [];

  return (
    <div className="partners">
      <div className="field">
        <label htmlFor="partner-topic">{t('partners.topic')}</label>
        <TopicSelect id="partner-topic" topics={topics.data ?? []} value={topicId} onChange={(v) => setQuery({ topicId: v })} emptyLabel={t('topics.choose')} />
      </div>
      <div className="field">
        <label htmlFor="partner-municipality">{t('partners.municipality')}</label>
        <MunicipalitySelect
          id="partner-municipality"
          municipalities={municipalities.data ?? []}
          value={municipalityCode}
          onChange={(v) => setQuery({ municipalityCode: v })}
          emptyLabel={t('partners.chooseMunicipality')}
        />
      </div>
      {!(topicId && municipalityCode) && <p className="muted">{t('partners.hint')}</p>}
      {lookup.isError && <p role="alert">{t('common.error', { message: errorMessage(lookup.error) })}</p>}
      {topicId && municipalityCode && lookup.data && (
        <p className="muted small" role="status">
          {items.length === 0 ? t('partners.none') : t('partners.results', { count: items.length })}
        </p>
      )}
      {!canRefer && items.length > 0 && <p className="hint">{t('partners.needCase')}</p>}
      <ol className="card-list">
        {items.map((item) => (
          <li key={item.partner.id}>
            <ContactCard
              partner={item.partner}
              onRefer={
                canRefer && openCase
                  ? () => useUiStore.getState().openDialog({ kind: 'referral', caseId: openCase.id, partnerId: item.partner.id, topicId, municipalityCode })
                  : null
              }
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
