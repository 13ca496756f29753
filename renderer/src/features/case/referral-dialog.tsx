// "Hänvisa": refer the consumer to a partner — the adviser's way of helping
// further, never by contacting the company for the consumer.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { MunicipalitySelect } from '../../components/municipality-select';
import { TopicSelect } from '../../components/topic-select';
import { useUiStore, type Dialog } from '../../app/ui-store';
import { errorMessage } from '../../lib/error-message';
import type { Partner, ReferralMethod } from '../../lib/bridge-types';
import { usePartner, usePartnerLookup } from '../partners/partner-queries';
import { OpenBadge } from '../partners/open-badge';
import { useMunicipalities, useTopics } from '../topics/reference-queries';
import { useAddReferral, useCase } from './case-queries';

const METHODS: readonly ReferralMethod[] = ['informed', 'transferred', 'forwarded'];

export function ReferralDialog({ request, onClose }: { request: Extract<Dialog, { kind: 'referral' }>; onClose(): void }) {
  const { t } = useTranslation();
  const view = useCase(request.caseId).data;
  const panelTopicId = useUiStore((s) => s.partnerTopicId);
  const panelMunicipalityCode = useUiStore((s) => s.partnerMunicipalityCode);
  const announce = useUiStore((s) => s.announce);
  const topics = useTopics();
  const municipalities = useMunicipalities();
  const [topicId, setTopicId] = useState(request.topicId ?? view?.topicId ?? panelTopicId);
  const [municipalityCode, setMunicipalityCode] = useState(request.municipalityCode ?? view?.consumer?.municipalityCode ?? panelMunicipalityCode);
  const lookup = usePartnerLookup(topicId, municipalityCode);
  const preselected = usePartner(request.partnerId).data ?? null;
  const [partnerId, setPartnerId] = useState(request.partnerId ?? '');
  const [reason, setReason] = useState('');
  const [method, setMethod] = useState<ReferralMethod | null>(request.method ?? null);
  const [error, setError] = useState<string | null>(null);
  const addReferral = useAddReferral();

  const candidates: Partner[] = lookup.data?.items.map((item) => item.partner) ?? [];
  if (preselected && !candidates.some((p) => p.id === preselected.id)) candidates.unshift(preselected);
  const chosen = candidates.find((p) => p.id === partnerId) ?? null;
  const effectiveMethod = method ?? chosen?.referralMethod ?? 'informed';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || !reason.trim()) {
      setError(t('referral.missing'));
      return;
    }
    addReferral.mutate(
      { caseId: request.caseId, partnerId: chosen.id, reason: reason.trim(), method: effectiveMethod },
      {
        onSuccess: () => {
          announce(t('referral.saved'));
          onClose();
        },
        onError: (failure) => setError(t('common.saveFailed', { message: errorMessage(failure) })),
      },
    );
  };

  return (
    <ModalDialog title={t('referral.title')} onClose={onClose} className="dialog-wide">
      <form onSubmit={submit} noValidate>
        <p className="banner banner-boundary">{t('referral.boundary')}</p>
        <div className="field-row">
          <div className="field">
            <label htmlFor="referral-topic">{t('partners.topic')}</label>
            <TopicSelect id="referral-topic" topics={topics.data ?? []} value={topicId} onChange={setTopicId} emptyLabel={t('topics.choose')} />
          </div>
          <div className="field">
            <label htmlFor="referral-municipality">{t('partners.municipality')}</label>
            <MunicipalitySelect
              id="referral-municipality"
              municipalities={municipalities.data ?? []}
              value={municipalityCode}
              onChange={setMunicipalityCode}
              emptyLabel={t('partners.chooseMunicipality')}
            />
          </div>
        </div>
        <fieldset className="radio-group partner-choices">
          <legend>{t('referral.partner')}</legend>
          {candidates.length === 0 && (
            <p className="muted">{topicId && municipalityCode ? (lookup.isFetching ? t('common.loading') : t('referral.noPartners')) : t('referral.needQuery')}</p>
          )}
          {candidates.map((partner, index) => (
            <div key={partner.id} className="radio-row partner-choice">
              <input
                type="radio"
                id={`partner-${partner.id}`}
                name="partner"
                value={partner.id}
                checked={partnerId === partner.id}
                onChange={() => setPartnerId(partner.id)}
                data-autofocus={index === 0 && !request.partnerId ? true : undefined}
              />
              <label htmlFor={`partner-${partner.id}`}>
                {partner.name} <span className="muted">· {t(`partners.kind_${partner.kind}`)}</span>
              </label>
              <OpenBadge partner={partner} />
            </div>
          ))}
        </fieldset>
        <fieldset className="radio-group">
          <legend>{t('referral.method')}</legend>
          {METHODS.map((value) => (
            <div key={value} className="radio-row">
              <input type="radio" id={`method-${value}`} name="method" value={value} checked={effectiveMethod === value} onChange={() => setMethod(value)} />
              <label htmlFor={`method-${value}`}>{t(`method.${value}`)}</label>
            </div>
          ))}
          {chosen && <p className="hint">{t('referral.suggested', { method: t(`method.${chosen.referralMethod}`) })}</p>}
        </fieldset>
        <div className="field">
          <label htmlFor="referral-reason">{t('referral.reason')}</label>
          <textarea
            id="referral-reason"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            data-autofocus={request.partnerId ? true : undefined}
          />
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={addReferral.isPending}>
            {t('referral.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
