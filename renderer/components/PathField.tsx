// A path typed by hand, with completion from the server's listing of the folder typed so far
// (browser mode has no folder picker and never lists anything the user did not type), and the
// native dialog in the desktop app.
import { useEffect, useId, useRef, useState } from 'react';
import type { StudioClient } from '../../app/client';
import type { DirEntry } from '../../app/contract';
import type { Phrase } from '../i18n/i18n';
import { phrase } from '../i18n/i18n';
import { useI18n } from '../i18n/LocaleProvider';
import { completionTarget, joinPath, separatorOf } from '../lib/pathInput';

interface Props {
  client: StudioClient;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: (value: string) => void;
  /** which entries to offer besides folders */
  accept: DirEntry['kind'][];
  pickKind: 'experiment' | 'index' | 'folder';
  placeholder: string;
  inputTestId?: string;
  disabled?: boolean;
}

const MAX_SUGGESTIONS = 40;

export function PathField({
  client,
  label,
  value,
  onChange,
  onSubmit,
  accept,
  pickKind,
  placeholder,
  inputTestId,
  disabled,
}: Props) {
  const i18n = useI18n();
  const id = useId();
  const [entries, setEntries] = useState<{ folder: string; items: DirEntry[] } | null>(null);
  const [listError, setListError] = useState<Phrase | null>(null);
  const [open, setOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const target = completionTarget(value);
  const folder = target?.folder ?? null;

  useEffect(() => {
    if (!open || folder === null) return;
    if (entries?.folder === folder) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      client.listDir({ path: folder }).then(
        (listing) => {
          setEntries({ folder, items: listing.entries });
          setListError(null);
        },
        () => {
          setEntries({ folder, items: [] });
          setListError(phrase('path.noFolder', { folder }));
        },
      );
    }, 120);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [client, open, folder, entries?.folder]);

  const prefix = target?.prefix.toLowerCase() ?? '';
  const matching =
    open && target && entries?.folder === target.folder
      ? entries.items
          .filter((e) => (e.kind === 'dir' || accept.includes(e.kind)) && e.name.toLowerCase().startsWith(prefix))
          .slice(0, MAX_SUGGESTIONS)
      : [];
  // nothing to offer once the path names exactly one file
  const suggestions =
    matching.length === 1 && matching[0].kind !== 'dir' && matching[0].name.toLowerCase() === prefix ? [] : matching;

  const choose = (entry: DirEntry) => {
    if (!target) return;
    const full = joinPath(target.folder, entry.name);
    if (entry.kind === 'dir') onChange(full + separatorOf(full));
    else {
      onChange(full);
      setOpen(false);
    }
  };

  const browse = async () => {
    const picked = await client.pickPath?.(pickKind);
    if (picked) {
      onChange(picked);
      onSubmit(picked);
    }
  };

  return (
    <div
      className="path-field"
      onBlur={(e) => {
        // close the list when focus leaves the field and its entries
        if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <label htmlFor={id}>{label}</label>
      <div className="path-row">
        <input
          id={id}
          data-testid={inputTestId}
          type="text"
          spellCheck={false}
          autoComplete="off"
          placeholder={placeholder}
          value={value}
          disabled={disabled}
          onChange={(e) => {
            onChange(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              setOpen(false);
              onSubmit(value.replace(/[\\/]+$/, '') || value);
            } else if (e.key === 'Escape') setOpen(false);
          }}
          aria-describedby={`${id}-help`}
        />
        {client.pickPath && (
          <button type="button" onClick={() => void browse()} disabled={disabled}>
            {i18n.t('path.browse')}
          </button>
        )}
      </div>
      <p id={`${id}-help`} className="hint small">
        {i18n.t(client.platform === 'browser' ? 'path.helpBrowser' : 'path.helpDesktop')}
      </p>
      {suggestions.length > 0 && (
        <ul className="suggestions" aria-label={i18n.t('path.entriesOf', { folder: target?.folder ?? '' })}>
          {suggestions.map((entry) => (
            <li key={entry.name}>
              <button type="button" className={`entry ${entry.kind}`} onClick={() => choose(entry)}>
                <span className="entry-kind">
                  {entry.kind === 'file' ? '' : entry.kind === 'dir' ? i18n.t('path.kindDir') : entry.kind}
                </span>{' '}
                {entry.name}
                {entry.kind === 'dir' ? separatorOf(value) : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && listError && value.length > 1 && <p className="hint small">{i18n.phrase(listError)}</p>}
    </div>
  );
}
