// Local call ids: unique within one phone's lifetime, readable in logs.
let counter = 0;

export function newCallId(): string {
  counter += 1;
  return `call-${Date.now().toString(36)}-${counter}`;
}
