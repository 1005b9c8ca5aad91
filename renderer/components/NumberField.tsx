// A number input that commits every valid value as it is typed (so a click on Build right after
// typing uses it) and shows what was typed until it loses focus; invalid text is never committed.
import { useState } from 'react';
import { useI18n } from '../i18n/LocaleProvider';

interface Props {
  value: number;
  min: number;
  max: number;
  /** integers only (counts); otherwise up to two decimals */
  integer?: boolean;
  step?: number;
  onChange: (value: number) => void;
  disabled?: boolean;
  testId?: string;
  label: string;
  className?: string;
}

export function NumberField({
  value,
  min,
  max,
  integer = false,
  step,
  onChange,
  disabled,
  testId,
  label,
  className,
}: Props) {
  const i18n = useI18n();
  const [draft, setDraft] = useState<string | null>(null);
  const parse = (text: string): number | null => {
    if (text.trim() === '') return null;
    const number = Number(text);
    if (!Number.isFinite(number) || number < min || number > max) return null;
    if (integer && !Number.isInteger(number)) return null;
    return integer ? number : Number(number.toFixed(2));
  };
  const invalid = draft !== null && parse(draft) === null;
  return (
    <input
      type="number"
      className={className}
      data-testid={testId}
      aria-label={label}
      aria-invalid={invalid}
      title={invalid ? i18n.t('number.invalid', { label, integer: integer ? 'yes' : 'no', min, max }) : undefined}
      min={min}
      max={max}
      step={step ?? (integer ? 1 : 'any')}
      disabled={disabled}
      value={draft ?? String(value)}
      onChange={(e) => {
        setDraft(e.target.value);
        const parsed = parse(e.target.value);
        if (parsed !== null && parsed !== value) onChange(parsed);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
