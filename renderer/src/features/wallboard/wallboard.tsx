// The team leads' wallboard, in place of the workspace panes: the live
// picture (summary, queues, advisers) and the last hours in charts. Wall mode
// enlarges everything for a screen across the room and hides the controls;
// Esc leaves it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { OverdueCallbacks } from '../callbacks/overdue-callbacks';
import { useServerNow } from '../live/live-hooks';
import { useAdvisers } from './adviser-hooks';
import { AdviserTable } from './adviser-table';
import { BoardSummary } from './board-summary';
import { useBoardFormat, type BoardFormat } from './board-format';
import { HistoryCharts } from './history-charts';
import { LiveStatus } from './live-status';
import { QueueTable } from './queue-table';
import { toggleWallMode, useWallMode } from './view-actions';
import { useBoard, useQueueInfo, useWallboardAccess } from './wallboard-hooks';

function useEscapeLeavesWallMode(wall: boolean): void {
  useEffect(() => {
    if (!wall) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || useUiStore.getState().dialog) return;
      event.preventDefault();
      useUiStore.getState().setWallMode(false);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [wall]);
}

/** The time on the server's clock, for the room; its own component so only it renders each second. */
function WallClock({ format }: { format: BoardFormat }) {
  const now = useServerNow(1000);
  return (
    <p className="wb-clock tabular" aria-hidden="true">
      {format.clock(now, false)}
    </p>
  );
}

export function Wallboard() {
  const { t } = useTranslation();
  const wall = useWallMode();
  const board = useBoard();
  const advisers = useAdvisers();
  const info = useQueueInfo();
  const format = useBoardFormat(info);
  const { see, steer } = useWallboardAccess();
  useEscapeLeavesWallMode(wall);
  const mainRef = useRef<HTMLElement>(null);
  // Opened by the shortcut, focus would be left on nothing (or in the hidden
  // panes): start at the board, so a screen reader announces it.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.closest('.panes[hidden]')) mainRef.current?.focus({ preventScroll: true });
  }, []);
  // A wall shows the top of the board, wherever the lead had scrolled to.
  useEffect(() => {
    if (wall && mainRef.current) mainRef.current.scrollTop = 0;
  }, [wall]);

  const classes = ['wallboard', wall ? 'wall' : '', board.connected ? '' : 'wallboard-stale'].filter(Boolean).join(' ');
  return (
    <main ref={mainRef} id="wallboard" className={classes} tabIndex={-1} aria-labelledby="wallboard-title">
      <header className="wb-header">
        <h1 id="wallboard-title">{t('wallboard.title')}</h1>
        <WallClock format={format} />
        <LiveStatus connected={board.connected} at={board.at} format={format} />
        <div className="wb-header-end">
          {wall && <span className="visually-hidden">{t('wallboard.wallModeHint')}</span>}
          <button type="button" className={wall ? 'wb-wall-button wb-wall-leave' : 'wb-wall-button'} aria-keyshortcuts="Alt+Shift+W" title={wall ? t('wallboard.wallModeHint') : 'Alt+Shift+W'} onClick={toggleWallMode}>
            <span aria-hidden="true">{wall ? '⤡' : '⤢'}</span> {wall ? t('wallboard.wallModeOff') : t('wallboard.wallModeOn')}
          </button>
        </div>
      </header>
      <BoardSummary queues={board.queues} advisers={advisers} format={format} />
      <OverdueCallbacks enabled={see} info={info} />
      <QueueTable queues={board.queues} info={info} format={format} wall={wall} />
      <AdviserTable advisers={advisers} format={format} steer={steer} wall={wall} />
      <HistoryCharts queues={board.queues} info={info} format={format} wall={wall} />
    </main>
  );
}
