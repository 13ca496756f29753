// The notes timeline (oldest first, as a conversation reads) and the note box.
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusRequest } from '../../app/use-focus-request';
import { useUiStore } from '../../app/ui-store';
import { errorMessage } from '../../lib/error-message';
import { formatDateTime } from '../../lib/format';
import { isSubmitNote } from '../../lib/shortcuts';
import type { CaseView } from '../../lib/bridge-types';
import { useAddNote } from './case-queries';

export function NotesSection({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const draft = useUiStore((s) => s.noteDrafts[view.id] ?? '');
  const setDraft = useUiStore((s) => s.setNoteDraft);
  const announce = useUiStore((s) => s.announce);
  const addNote = useAddNote();
  const boxRef = useRef<HTMLTextAreaElement>(null);
  useFocusRequest('noteBox', boxRef);
  const notes = [...view.notes].sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  const save = () => {
    const body = draft.trim();
    if (!body || addNote.isPending) return;
    addNote.mutate(
      { caseId: view.id, body },
      {
        onSuccess: () => {
          setDraft(view.id, '');
          announce(t('caseView.noteSaved'));
        },
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isSubmitNote(event)) {
      event.preventDefault();
      save();
    }
  };

  return (
    <section aria-labelledby="notes-heading" className="case-section">
      <h2 id="notes-heading">{t('caseView.notes')}</h2>
      {notes.length === 0 ? (
        <p className="muted">{t('caseView.noNotes')}</p>
      ) : (
        <ol className="timeline">
          {notes.map((note) => (
            <li key={note.id} className="timeline-item">
              <p className="timeline-meta">
                {t('caseView.noteMeta', { author: note.authorName, time: formatDateTime(note.createdAt, i18n.language) })}
              </p>
              <p className="timeline-body">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
      <div className="field note-box">
        <label htmlFor="note-box">{t('caseView.newNote')}</label>
        <textarea
          id="note-box"
          ref={boxRef}
          rows={4}
          value={draft}
          onChange={(e) => setDraft(view.id, e.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby="note-hint"
          aria-keyshortcuts="Control+Enter"
        />
        <span id="note-hint" className="hint">
          {t('caseView.noteHint')}
        </span>
      </div>
      {addNote.isError && <p role="alert">{t('common.saveFailed', { message: errorMessage(addNote.error) })}</p>}
      <button type="button" className="primary" onClick={save} disabled={!draft.trim() || addNote.isPending}>
        {t('caseView.addNote')}
      </button>
    </section>
  );
}
