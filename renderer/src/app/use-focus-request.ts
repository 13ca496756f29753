import { useEffect, type RefObject } from 'react';
import { useUiStore, type FocusTarget } from './ui-store';

/** Focuses (and selects) the element when a shortcut asks for `target`. */
export function useFocusRequest(target: FocusTarget, ref: RefObject<HTMLInputElement | HTMLTextAreaElement | null>): void {
  const request = useUiStore((s) => s.focusRequest);
  useEffect(() => {
    if (request?.target !== target || !ref.current) return;
    ref.current.focus();
    ref.current.select();
    // Handled: a field mounted later must not take focus for an old request.
    useUiStore.setState({ focusRequest: null });
  }, [request, target, ref]);
}
