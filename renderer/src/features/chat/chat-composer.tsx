// Where the adviser writes: Enter sends, Shift+Enter is a new line, "/" in
// an empty box opens the canned responses. Sending puts the message in the
// outbox at once (shown as "sending"); the sender delivers it. Text with an
// unfilled {{reference}} or {{adviser}} is not sent, so no consumer gets a
// placeholder. The typing signal goes at most every three seconds, and at once
// on the first keystroke after a message.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { unfilledVariables } from './canned-fill';
import { useSendChatMessage, useTypingSignal, type HeldChat } from './chat-hooks';
import { useChatUiStore } from './chat-ui-store';
import { composerAction, MESSAGE_MAX } from './composer-input';

/** The count of characters left shows from here on. */
const SHOW_LEFT_AT = 200;

export function ChatComposer({ chat }: { chat: HeldChat }) {
  const { t } = useTranslation();
  const id = chat.interaction.id;
  const fieldId = useId();
  const draft = useChatUiStore((s) => s.drafts[id] ?? '');
  const focusRequest = useChatUiStore((s) => s.focusRequest);
  const openDialog = useUiStore((s) => s.openDialog);
  const send = useSendChatMessage();
  const typing = useTypingSignal(id);
  const ref = useRef<HTMLTextAreaElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (focusRequest?.chatId !== id || !ref.current) return;
    const el = ref.current;
    el.focus();
    // After an insertion the cursor goes where the inserted text ends.
    const selection = useChatUiStore.getState().selections[id];
    if (selection) el.setSelectionRange(selection.start, selection.end);
    useChatUiStore.getState().focusHandled(focusRequest.seq);
  }, [focusRequest, id]);

  const remember = () => {
    const el = ref.current;
    if (el) useChatUiStore.getState().setSelection(id, { start: el.selectionStart, end: el.selectionEnd });
  };

  const submit = () => {
    const text = draft.trim();
    if (!text) return;
    const unfilled = unfilledVariables(text);
    if (unfilled.length > 0) {
      setError(t('chat.unfilled', { placeholders: unfilled.map((v) => `{{${v}}}`).join(', ') }));
      return;
    }
    send(id, text);
    typing.sent();
    const ui = useChatUiStore.getState();
    ui.setDraft(id, '');
    ui.setSelection(id, { start: 0, end: 0 });
    setError(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const { key, shiftKey, ctrlKey, altKey, metaKey } = event;
    const action = composerAction({ key, shiftKey, ctrlKey, altKey, metaKey, isComposing: event.nativeEvent.isComposing }, draft);
    if (action === 'send') {
      event.preventDefault();
      submit();
    } else if (action === 'canned') {
      event.preventDefault();
      openDialog({ kind: 'cannedPicker', chatId: id });
    }
  };

  const left = MESSAGE_MAX - draft.length;
  return (
    <div className="chat-composer">
      <label htmlFor={fieldId}>{t('chat.composer')}</label>
      <textarea
        id={fieldId}
        ref={ref}
        rows={3}
        maxLength={MESSAGE_MAX}
        value={draft}
        lang={chat.interaction.language}
        onChange={(e) => {
          useChatUiStore.getState().setDraft(id, e.target.value);
          remember();
          setError(null);
          typing.changed(e.target.value);
        }}
        onSelect={remember}
        onKeyDown={onKeyDown}
        aria-describedby={`${fieldId}-hint${error ? ` ${fieldId}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-keyshortcuts="Enter Shift+Enter / Alt+T Control+Alt+T"
      />
      <p id={`${fieldId}-hint`} className="hint">
        {t('chat.composerHint')}
        {left <= SHOW_LEFT_AT && <span className="chars-left"> {t('chat.charsLeft', { count: left })}</span>}
      </p>
      {error && (
        <p id={`${fieldId}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="composer-actions">
        <button type="button" onClick={() => openDialog({ kind: 'cannedPicker', chatId: id })} aria-keyshortcuts="Alt+T Control+Alt+T">
          {t('chat.canned')}
        </button>
        <button type="button" className="primary" onClick={submit} disabled={!draft.trim()}>
          {t('chat.send')}
        </button>
      </div>
    </div>
  );
}
