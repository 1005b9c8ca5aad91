// Browser mode has no native folder picker: the user types a path and the server lists only the
// folder that path names (shell-style completion). These helpers split what was typed.

export const separatorOf = (typed: string) => (typed.includes('\\') && !typed.includes('/') ? '\\' : '/');

/** The folder to list for what was typed, and the prefix its entries must start with. */
export function completionTarget(typed: string): { folder: string; prefix: string } | null {
  const text = typed.trim();
  if (text.length === 0) return null;
  const cut = Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\'));
  if (cut < 0) return null;
  const folder = text.slice(0, cut + 1);
  // keep "/" and "C:\" as they are; drop the trailing separator elsewhere
  const trimmed = folder.length > 1 && !/^[A-Za-z]:[\\/]$/.test(folder) ? folder.slice(0, -1) : folder;
  return { folder: trimmed, prefix: text.slice(cut + 1) };
}

export function joinPath(folder: string, name: string): string {
  const sep = separatorOf(folder);
  return folder.endsWith('/') || folder.endsWith('\\') ? `${folder}${name}` : `${folder}${sep}${name}`;
}

export const baseName = (file: string) => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
export const dirName = (file: string) => {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return cut <= 0 ? file.slice(0, cut + 1) : file.slice(0, cut);
};
