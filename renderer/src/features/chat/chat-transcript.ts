// Has the server put the chat's transcript on the case yet? It writes it as
// a note when the chat ends, labelled in Swedish (the workstation's record
// language) "Chattutskrift …"; the note reaches this desk through sync.
import type { CaseView, Interaction } from '../../lib/bridge-types';

const LABEL = 'Chattutskrift';

export function transcriptOnCase(kase: Pick<CaseView, 'notes'> | null, interaction: Pick<Interaction, 'acceptedAt' | 'arrivedAt'>): boolean {
  if (!kase) return false;
  const since = interaction.acceptedAt ?? interaction.arrivedAt;
  return kase.notes.some((n) => n.body.startsWith(LABEL) && n.createdAt >= since);
}
