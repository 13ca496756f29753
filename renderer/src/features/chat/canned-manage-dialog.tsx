// Team leads and supervisors keep the team's canned responses: a list of
// all of them (both languages), add, change (see canned-form.tsx for
// version conflicts) and remove after a confirmation.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { useUiStore } from '../../app/ui-store';
import { ApiProblem } from '../../lib/api-answer';
import { errorMessage } from '../../lib/error-message';
import { CannedForm } from './canned-form';
import { useCannedResponses, useMayKeepCanned, useRemoveCanned, type CannedResponse } from './canned-hooks';

export function CannedManageDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const mayKeep = useMayKeepCanned();
  const list = useCannedResponses('all', '');
  const remove = useRemoveCanned();
  const announce = useUiStore((s) => s.announce);
  const [editing, setEditing] = useState<CannedResponse | 'new' | null>(null);
  const [removing, setRemoving] = useState<CannedResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Back from the form (saved or cancelled): the cursor returns to the list's first button.
  useEffect(() => {
    if (!editing && wasEditing.current) addRef.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);

  const confirmRemove = (c: CannedResponse) =>
    remove.mutate(c.id, {
      onSuccess: () => {
        announce(t('chat.manage.removed'));
        setRemoving(null);
      },
      onError: (failure) => {
        setRemoving(null);
        setError(failure instanceof ApiProblem && failure.status === 404 ? t('chat.manage.gone') : t('chat.manage.failed', { message: errorMessage(failure) }));
      },
    });

  if (!mayKeep) return null;
  return (
    <ModalDialog title={t('chat.manage.title')} onClose={onClose} className="dialog-wide canned-dialog">
      {editing ? (
        <CannedForm initial={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      ) : (
        <>
          <button ref={addRef} type="button" className="primary" onClick={() => setEditing('new')} data-autofocus>
            {t('chat.manage.add')}
          </button>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          {list.isError && (
            <p className="form-error" role="alert">
              {t('chat.picker.loadFailed', { message: errorMessage(list.error) })}
            </p>
          )}
          {list.data && list.data.length === 0 && <p className="muted">{t('chat.manage.empty')}</p>}
          <ul className="canned-manage-list" aria-label={t('chat.manage.list')}>
            {(list.data ?? []).map((c) => (
              <li key={c.id} className="canned-manage-item">
                <div className="canned-manage-text">
                  <span className="canned-option-title" lang={c.language}>
                    {c.title}
                  </span>
                  <span className="canned-option-meta">
                    {t(`language.${c.language}`)}
                    {c.tags.length > 0 && ` · ${c.tags.join(', ')}`}
                  </span>
                  <span className="canned-manage-body" lang={c.language}>
                    {c.body}
                  </span>
                </div>
                {removing?.id === c.id ? (
                  <div className="canned-confirm" role="group" aria-label={t('chat.manage.confirmRemove', { title: c.title })}>
                    <p>{t('chat.manage.confirmRemove', { title: c.title })}</p>
                    <button type="button" className="danger-button" onClick={() => confirmRemove(c)} disabled={remove.isPending}>
                      {t('chat.manage.confirmRemoveButton')}
                    </button>
                    <button type="button" onClick={() => setRemoving(null)}>
                      {t('common.cancel')}
                    </button>
                  </div>
                ) : (
                  <div className="canned-manage-actions">
                    <button type="button" className="small-button" onClick={() => setEditing(c)} aria-label={`${t('chat.manage.edit')}: ${c.title}`}>
                      {t('chat.manage.edit')}
                    </button>
                    <button
                      type="button"
                      className="small-button"
                      onClick={() => {
                        setError(null);
                        setRemoving(c);
                      }}
                      aria-label={`${t('chat.manage.remove')}: ${c.title}`}
                    >
                      {t('chat.manage.remove')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </ModalDialog>
  );
}
