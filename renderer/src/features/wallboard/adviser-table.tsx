// The advisers by state with time in state ticking on the server clock, their
// channels, languages and the contacts they hold. Team leads and supervisors
// get a "Change" button per row; admins see the board read-only. Wall mode
// hides the buttons and the offline advisers (counted instead).
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { useServerNow } from '../live/live-hooks';
import type { Presence } from '../../lib/bridge-types';
import { loadEntries, orderedChannels, secondsInState, sortAdvisers } from './adviser-view';
import { AdviserState } from './adviser-state';
import type { BoardFormat } from './board-format';

interface Props {
  advisers: Presence[];
  format: BoardFormat;
  steer: boolean;
  wall: boolean;
}

export function AdviserTable({ advisers, format, steer, wall }: Props) {
  const { t } = useTranslation();
  const now = useServerNow(1000);
  const openDialog = useUiStore((s) => s.openDialog);
  const sorted = sortAdvisers(advisers);
  const shown = wall ? sorted.filter((a) => a.state !== 'offline') : sorted;
  const hiddenOffline = sorted.length - shown.length;
  const actions = steer && !wall;
  return (
    <section className="wb-advisers" aria-labelledby="wb-advisers-title">
      <h2 id="wb-advisers-title">{t('wallboard.advisers')}</h2>
      {!steer && !wall && <p className="hint">{t('wallboard.adminReadOnly')}</p>}
      {sorted.length === 0 ? (
        <p className="muted">{t('wallboard.noAdvisers')}</p>
      ) : (
        <div className="table-scroll">
          <table className="adviser-table" aria-labelledby="wb-advisers-title">
            <thead>
              <tr>
                <th scope="col">{t('wallboard.colName')}</th>
                <th scope="col">{t('wallboard.colState')}</th>
                <th scope="col" className="num">
                  {t('wallboard.colTime')}
                </th>
                <th scope="col">{t('wallboard.colChannels')}</th>
                <th scope="col">{t('wallboard.colLanguages')}</th>
                <th scope="col">{t('wallboard.colLoad')}</th>
                {actions && <th scope="col">{t('wallboard.colActions')}</th>}
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => {
                const load = loadEntries(a);
                const channels = orderedChannels(a.channels);
                return (
                  <tr key={a.userId} className={`adviser-row adviser-row-${a.state}`}>
                    <th scope="row">{a.displayName}</th>
                    <td>
                      <AdviserState presence={a} format={format} />
                    </td>
                    <td className="num tabular">{format.duration(secondsInState(a.since, now))}</td>
                    <td>
                      {channels.length === 0 ? (
                        <span className="muted">{t('wallboard.noChannels')}</span>
                      ) : (
                        <ul className="chip-list">
                          {channels.map((c) => (
                            <li key={c} className="chip">
                              <span aria-hidden="true">{format.channelShort(c)}</span>
                              <span className="visually-hidden">{format.channel(c)}</span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      {a.languages.map((l) => (
                        <span key={l} className="lang-code">
                          <span aria-hidden="true">{l.toUpperCase()}</span>
                          <span className="visually-hidden">{t(`language.${l}`)}</span>
                        </span>
                      ))}
                    </td>
                    <td>
                      {load.length === 0 ? (
                        <span className="muted">{t('wallboard.noLoad')}</span>
                      ) : (
                        load.map((e) => (
                          <span key={e.channel} className="load-entry">
                            {t('wallboard.loadEntry', { channel: format.channel(e.channel), load: e.load, capacity: e.capacity })}
                          </span>
                        ))
                      )}
                    </td>
                    {actions && (
                      <td>
                        <button type="button" className="small-button" aria-label={t('wallboard.changeFor', { name: a.displayName })} onClick={() => openDialog({ kind: 'adviser', userId: a.userId })}>
                          {t('wallboard.change')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {hiddenOffline > 0 && <p className="hint">{t('wallboard.offlineHidden', { count: hiddenOffline })}</p>}
    </section>
  );
}
