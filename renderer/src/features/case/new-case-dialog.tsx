// A new case for the consumer on the line. Earlier cases with the same phone
// or e-mail show before creating, so the adviser can open one instead.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { MunicipalitySelect } from '../../components/municipality-select';
import { TopicSelect } from '../../components/topic-select';
import { useUiStore } from '../../app/ui-store';
import { errorMessage } from '../../lib/error-message';
import { displayReference, formatDateTime } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import type { Channel, ConsumerFieldsInput, Language } from './new-case-types';
import { CHANNELS } from './new-case-types';
import { useMunicipalities, useTopics } from '../topics/reference-queries';
import { useCaseSearch, useCreateCase } from './case-queries';
import { earlierCases, emailKey, phoneKey } from './consumer-match';

export function NewCaseDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const topics = useTopics();
  const municipalities = useMunicipalities();
  const create = useCreateCase();
  const selectCase = useUiStore((s) => s.selectCase);
  const announce = useUiStore((s) => s.announce);
  const requestFocus = useUiStore((s) => s.requestFocus);

  const [channel, setChannel] = useState<Channel>('phone');
  const [language, setLanguage] = useState<Language>('sv');
  const [topicId, setTopicId] = useState('');
  const [consumer, setConsumer] = useState<ConsumerFieldsInput>({ name: '', phone: '', email: '', municipalityCode: '' });
  const [subject, setSubject] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const phone = useDebounced(consumer.phone, 250);
  const email = useDebounced(consumer.email, 250);
  const byPhone = useCaseSearch(phoneKey(phone) ? phone : '', 20);
  const byEmail = useCaseSearch(emailKey(email) ? email : '', 20);
  const previous = earlierCases([byPhone.data, byEmail.data], phone, email);

  const set = (field: keyof ConsumerFieldsInput) => (value: string) => setConsumer((c) => ({ ...c, [field]: value }));

  const openPrevious = (id: string) => {
    selectCase(id);
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      name: consumer.name.trim() || null,
      phone: consumer.phone.trim() || null,
      email: consumer.email.trim() || null,
      municipalityCode: consumer.municipalityCode || null,
      language,
    };
    const hasConsumer = Boolean(fields.name || fields.phone || fields.email || fields.municipalityCode);
    create.mutate(
      {
        channel,
        language,
        topicId: topicId || null,
        subject: subject.trim() || null,
        ...(hasConsumer ? { consumer: fields } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      {
        onSuccess: (view) => {
          selectCase(view.id);
          announce(t('newCase.created'));
          onClose();
          requestFocus('noteBox');
        },
        onError: (failure) => setError(t('common.saveFailed', { message: errorMessage(failure) })),
      },
    );
  };

  return (
    <ModalDialog title={t('newCase.title')} onClose={onClose} className="dialog-wide">
      <form onSubmit={submit} noValidate className="new-case-form">
        <div className="field-row">
          <div className="field">
            <label htmlFor="new-channel">{t('newCase.channel')}</label>
            <select id="new-channel" value={channel} onChange={(e) => setChannel(CHANNELS.find((c) => c === e.target.value) ?? 'phone')} data-autofocus>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`channel.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="new-language">{t('newCase.language')}</label>
            <select id="new-language" value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'sv')}>
              <option value="sv">{t('language.sv')}</option>
              <option value="en">{t('language.en')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="new-topic">{t('newCase.topic')}</label>
            <TopicSelect id="new-topic" topics={topics.data ?? []} value={topicId} onChange={setTopicId} emptyLabel={t('topics.choose')} />
          </div>
        </div>

        <fieldset className="consumer-fields">
          <legend>{t('newCase.consumer')}</legend>
          <div className="field-row">
            <div className="field">
              <label htmlFor="new-name">{t('newCase.name')}</label>
              <input id="new-name" autoComplete="off" value={consumer.name} onChange={(e) => set('name')(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="new-phone">{t('newCase.phone')}</label>
              <input id="new-phone" type="tel" autoComplete="off" value={consumer.phone} onChange={(e) => set('phone')(e.target.value)} />
            </div>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor="new-email">{t('newCase.email')}</label>
              <input id="new-email" type="email" autoComplete="off" value={consumer.email} onChange={(e) => set('email')(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="new-municipality">{t('newCase.municipality')}</label>
              <MunicipalitySelect
                id="new-municipality"
                municipalities={municipalities.data ?? []}
                value={consumer.municipalityCode}
                onChange={set('municipalityCode')}
                emptyLabel={t('newCase.noMunicipality')}
              />
            </div>
          </div>
        </fieldset>

        {previous.length > 0 && (
          <section className="previous-cases" aria-labelledby="previous-heading">
            <h3 id="previous-heading">{t('newCase.previous')}</h3>
            <p className="hint">{t('newCase.previousHint')}</p>
            <ul className="plain-list">
              {previous.map((c) => {
                const reference = displayReference(c.reference) ?? t('caseItem.newUnsynced');
                return (
                  <li key={c.id} className="previous-case">
                    <button type="button" className="link-button" onClick={() => openPrevious(c.id)} aria-label={t('newCase.openPrevious', { reference })}>
                      {reference}
                    </button>
                    <span>
                      {' '}
                      · {t(`status.${c.status}`)} · {formatDateTime(c.createdAt, i18n.language)} · {c.subject ?? t('caseItem.noSubject')}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        )}

        <div className="field">
          <label htmlFor="new-subject">{t('newCase.subject')}</label>
          <input id="new-subject" autoComplete="off" value={subject} onChange={(e) => setSubject(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="new-note">{t('newCase.note')}</label>
          <textarea id="new-note" rows={4} value={note} onChange={(e) => setNote(e.target.value)} />
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
          <button type="submit" className="primary" disabled={create.isPending}>
            {t('newCase.create')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
