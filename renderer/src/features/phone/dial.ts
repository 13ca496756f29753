// Dialling a consumer from the workstation: the one entry point every "call"
// button uses, so the softphone can take over without touching the callers.
//
// PLACEHOLDER — replaced when the softphone lands (features/phone/*, built in
// parallel): it will place the call through SIP over WebRTC and tie it to the
// interaction. Until then the number is handed to the operating system's
// telephony handler as a tel: URL (a desk phone or a softphone app), and the
// interaction id is not used. It goes through a new window, never a link in
// this page: navigating the workstation itself to tel: stalls its bridge
// connection in a browser. (In Electron the window-open guard refuses it, so
// there the button does nothing until the softphone arrives.)
export function dialNumber(number: string, interactionId: string): void {
  void interactionId;
  window.open(`tel:${number}`, '_blank', 'noopener');
}
