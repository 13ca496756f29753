// Dialling a consumer from the workstation: the one entry point every "call"
// button uses (a callback's "Ring upp"). The call goes out through the
// softphone with the interaction's id, so the platform and the backend tie
// it to the contact; a refusal (no line, a call already in hand) comes back
// in words for the button's status line.
import { placeCall } from './phone-actions';
import { refusalText } from './refusal-text';

/** Places the call; resolves to null when it is on its way, or why not. */
export async function dialNumber(number: string, interactionId: string): Promise<string | null> {
  return refusalText(await placeCall(number, interactionId));
}
