import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { Partner } from '../../lib/bridge-types';

/** "Öppet nu" / "Stängt · Öppnar …" for a contact card. */
export function OpenBadge({ partner }: { partner: Partner }) {
  const { t, i18n } = useTranslation();
  if (partner.openNow) return <span className="badge badge-open">{t('partners.openNow')}</span>;
  return (
    <span className="open-state">
      <span className="badge badge-closed">{t('partners.closed')}</span>
      {partner.nextOpening && <span className="next-opening">{t('partners.nextOpening', { time: formatDateTime(partner.nextOpening, i18n.language) })}</span>}
    </span>
  );
}
