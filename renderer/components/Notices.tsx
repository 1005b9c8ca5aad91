import type { ReactNode } from 'react';

export function Notices({
  errors = [],
  warnings = [],
  infos = [],
}: {
  errors?: string[];
  warnings?: string[];
  infos?: string[];
}) {
  if (errors.length + warnings.length + infos.length === 0) return null;
  return (
    <ul className="notices">
      {errors.map((text) => (
        <li key={`e${text}`} className="notice error" role="alert">
          {text}
        </li>
      ))}
      {warnings.map((text) => (
        <li key={`w${text}`} className="notice warning">
          {text}
        </li>
      ))}
      {infos.map((text) => (
        <li key={`i${text}`} className="notice info">
          {text}
        </li>
      ))}
    </ul>
  );
}

export function Hint({ children }: { children: ReactNode }) {
  return <p className="hint">{children}</p>;
}
