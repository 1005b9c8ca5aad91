// Index panel · Advanced: α-query expansion of the database (and optionally of the queries).
import { useState } from 'react';
import { Hint, Notices } from '../components/Notices';
import { NumberField } from '../components/NumberField';
import { useI18n } from '../i18n/LocaleProvider';
import type { IndexConfig } from '../state/config';

type ExpansionSettings = Pick<IndexConfig, 'expand' | 'numExpand' | 'alpha' | 'expandQueries'>;

interface Props {
  config: IndexConfig;
  disabled: boolean;
  onChange: (change: Partial<ExpansionSettings>) => void;
}

/** the contract's limits */
const MAX_NUM_EXPAND = 64;
const MAX_ALPHA = 16;

export function ExpansionControl({ config, disabled, onChange }: Props) {
  // open while expansion is on; the user may open or close it freely
  const i18n = useI18n();
  const [open, setOpen] = useState(config.expand);
  return (
    <details className="advanced" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {i18n.t('expansion.summary')}{' '}
        {config.expand ? (
          <span className="badge">{i18n.t('expansion.on')}</span>
        ) : (
          <span className="muted">{i18n.t('expansion.off')}</span>
        )}
      </summary>
      <label className="check">
        <input
          type="checkbox"
          data-testid="expand-toggle"
          checked={config.expand}
          disabled={disabled}
          onChange={(e) => onChange({ expand: e.target.checked })}
        />
        {i18n.t('expansion.toggle')}
      </label>
      <div className="field-grid compact">
        <label>
          num_expand <span className="muted">{i18n.t('expansion.numExpandNote')}</span>
          <NumberField
            testId="expand-num"
            label="num_expand"
            value={config.numExpand}
            min={1}
            max={MAX_NUM_EXPAND}
            integer
            disabled={disabled || !config.expand}
            onChange={(numExpand) => onChange({ numExpand })}
          />
        </label>
        <label>
          alpha <span className="muted">{i18n.t('expansion.alphaNote')}</span>
          <NumberField
            testId="expand-alpha"
            label="alpha"
            value={config.alpha}
            min={0}
            max={MAX_ALPHA}
            step={0.5}
            disabled={disabled || !config.expand}
            onChange={(alpha) => onChange({ alpha })}
          />
        </label>
      </div>
      <label className="check">
        <input
          type="checkbox"
          data-testid="expand-queries"
          checked={config.expandQueries}
          disabled={disabled || !config.expand}
          onChange={(e) => onChange({ expandQueries: e.target.checked })}
        />
        {i18n.t('expansion.queries')}
      </label>
      <Hint>{i18n.t('expansion.hint')}</Hint>
      {config.expand && config.metric === 'l2' && <Notices warnings={[i18n.t('expansion.l2Warning')]} />}
    </details>
  );
}
