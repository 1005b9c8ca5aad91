// A keyboard-usable log-scale slider (native <input type="range">: arrows, Page Up/Down, Home/End)
// with an exact number field, an optional recommended band and labelled markers drawn behind it.
// Integers by default (n_ivf, n_probe); `stops` gives explicit values instead (k_factor 1, 1.5, 2, 2.5 …).
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/LocaleProvider';
import { clamp, fixedSteps, logSteps, positionOf, trackFraction } from '../lib/logScale';

export interface SliderMarker {
  value: number;
  label: string;
}

interface Props {
  testId: string;
  label: ReactNode;
  /** short name for screen readers, e.g. "n_probe" */
  name: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  disabled?: boolean;
  band?: { low: number; high: number; label: string } | null;
  markers?: SliderMarker[];
  include?: number[];
  /** explicit values to step through (fractions allowed); default: log-spaced integers */
  stops?: number[];
}

/** Decimals the number field keeps when stops allow fractions */
const FRACTION_DIGITS = 2;

export function LogSlider({
  testId,
  label,
  name,
  value,
  min,
  max,
  onChange,
  disabled,
  band,
  markers = [],
  include = [],
  stops,
}: Props) {
  const i18n = useI18n();
  const id = useId();
  // the steps depend on the values, not on array identity
  const wantedKey = JSON.stringify([
    value,
    ...include,
    ...markers.map((m) => m.value),
    ...(band ? [band.low, band.high] : []),
  ]);
  const stopsKey = stops ? JSON.stringify(stops) : null;
  const steps = useMemo(() => {
    const wanted = JSON.parse(wantedKey) as number[];
    return stopsKey ? fixedSteps(JSON.parse(stopsKey) as number[], min, max, wanted) : logSteps(min, max, wanted);
  }, [min, max, wantedKey, stopsKey]);
  const fractions = stops !== undefined;
  const [draft, setDraft] = useState<string | null>(null);
  const position = positionOf(steps, value);
  const commitDraft = () => {
    if (draft === null) return;
    const number = Number(draft);
    const parsed = fractions ? Number(number.toFixed(FRACTION_DIGITS)) : Math.round(number);
    if (draft.trim() !== '' && Number.isFinite(parsed) && parsed >= min) onChange(clamp(parsed, min, max));
    setDraft(null);
  };
  const left = (v: number) => `${(trackFraction(steps, v) * 100).toFixed(2)}%`;
  return (
    <div className={`slider${disabled ? ' disabled' : ''}`}>
      <div className="slider-head">
        <label htmlFor={id}>{label}</label>
        <input
          className="slider-number"
          type="number"
          aria-label={i18n.t('slider.value', { name })}
          min={min}
          max={max}
          step={fractions ? 'any' : 1}
          disabled={disabled}
          value={draft ?? String(value)}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commitDraft}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitDraft();
          }}
        />
      </div>
      <div className="slider-track">
        {band && (
          <div
            className="slider-band"
            style={{ left: left(band.low), width: `calc(${left(band.high)} - ${left(band.low)})` }}
            title={band.label}
            aria-hidden="true"
          />
        )}
        {markers.map((marker) => (
          <div key={marker.label} className="slider-marker" style={{ left: left(marker.value) }} aria-hidden="true">
            <span>{marker.label}</span>
          </div>
        ))}
        <input
          id={id}
          data-testid={testId}
          data-value={value}
          type="range"
          min={0}
          max={Math.max(0, steps.length - 1)}
          step={1}
          value={position}
          disabled={disabled}
          aria-valuemin={min}
          aria-valuemax={max}
          aria-valuenow={value}
          aria-valuetext={`${name} ${value}`}
          onChange={(e) => onChange(steps[Number(e.target.value)] ?? value)}
        />
      </div>
      <div className="slider-scale" aria-hidden="true">
        <span>{min}</span>
        {band && <span className="slider-band-label">{band.label}</span>}
        <span>{max}</span>
      </div>
    </div>
  );
}
