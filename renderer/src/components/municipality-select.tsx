import type { Municipality } from '../lib/bridge-types';

export interface MunicipalitySelectProps {
  id: string;
  municipalities: readonly Municipality[];
  value: string;
  onChange(code: string): void;
  emptyLabel: string;
  disabled?: boolean;
}

export function MunicipalitySelect({ id, municipalities, value, onChange, emptyLabel, disabled }: MunicipalitySelectProps) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
      <option value="">{emptyLabel}</option>
      {municipalities.map((m) => (
        <option key={m.code} value={m.code}>
          {m.name}
        </option>
      ))}
    </select>
  );
}
