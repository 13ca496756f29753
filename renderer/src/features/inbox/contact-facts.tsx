// What is known about a contact before and during it: who (number or
// address), language, subject, and the note of a transfer.
import { useTranslation } from 'react-i18next';
import type { Interaction } from '../../lib/bridge-types';

export function ContactFacts({ contact }: { contact: Interaction }) {
  const { t } = useTranslation();
  return (
    <dl className="contact-facts">
      <dt>{t('inbox.from')}</dt>
      <dd className="contact-from">{contact.from ?? t('inbox.unknownFrom')}</dd>
      <dt>{t('inbox.language')}</dt>
      <dd>{t(`language.${contact.language}`)}</dd>
      {contact.subject && (
        <>
          <dt>{t('inbox.subject')}</dt>
          <dd>{contact.subject}</dd>
        </>
      )}
      {contact.note && (
        <>
          <dt>{t('inbox.transferNote')}</dt>
          <dd className="contact-note">{contact.note}</dd>
        </>
      )}
    </dl>
  );
}
