// Dialling a consumer from the workstation: the one entry point every "call"
// button uses, so the softphone can take over without touching the callers.
//
// PLACEHOLDER — replaced when the softphone lands (features/phone/*, built in
// parallel): it will place the call through SIP over WebRTC and tie it to the
// interaction. Until then the number is handed to the operating system's
// telephony handler through a tel: link (a desk phone or a softphone app), and
// the interaction id is not used.
export function dialNumber(number: string, interactionId: string): void {
  void interactionId;
  const link = document.createElement('a');
  link.href = `tel:${number}`;
  link.rel = 'noopener';
  link.click();
}
