import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { useUiStore } from '../../app/ui-store';
import { errorMessage } from '../../lib/error-message';
import { displayReference } from '../../lib/format';
import type { CaseOutcome } from '../../lib/bridge-types';
import { useCase, useChangeCase } from './case-queries';
import { OUTCOMES, outcomeBlock } from './close-rules';

export function CloseCaseDialog({ caseId, onClose }: { caseId: string; onClose(): void }) {
  const { t } = useTranslation();
  const query = useCase(caseId);
  const change = useChangeCase();
  const announce = useUiStore((s) => s.announce);
  const [outcome, setOutcome] = useState<CaseOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const view = query.data;
  const referralCount = view?.referrals.length ?? 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!view) return;
    if (!outcome || outcomeBlock(outcome, referralCount)) {
      setError(t('closeCase.chooseOutcome'));
      return;
    }
    change.mutate(
      { view, patch: { status: 'closed', outcome } },
      {
        onSuccess: () => {
          announce(t('closeCase.closed'));
          onClose();
        },
        onError: (failure) => setError(t('common.saveFailed', { message: errorMessage(failure) })),
      },
    );
  };

  const reference = view ? displayReference(view.reference) ?? t('caseItem.newUnsynced') : '';
  return (
    <ModalDialog title={`${t('closeCase.title')} ${reference}`.trim()} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <fieldset className="radio-group">
          <legend>{t('closeCase.outcome')}</legend>
          {OUTCOMES.map((value, index) => {
            const blocked = outcomeBlock(value, referralCount);
            const hintId = `outcome-${value}-hint`;
            return (
              <div key={value} className="radio-row">
                <input
                  type="radio"
                  id={`outcome-${value}`}
                  name="outcome"
                  value={value}
                  checked={outcome === value}
                  disabled={blocked !== null}
                  onChange={() => setOutcome(value)}
                  aria-describedby={blocked ? hintId : undefined}
                  data-autofocus={index === 0 ? true : undefined}
                />
                <label htmlFor={`outcome-${value}`}>{t(`outcome.${value}`)}</label>
                {blocked && (
                  <span id={hintId} className="hint hint-block">
                    {t('closeCase.referredNeedsReferral')}
                  </span>
                )}
              </div>
            );
          })}
        </fieldset>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!view || !outcome || change.isPending}>
            {t('closeCase.confirm')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
