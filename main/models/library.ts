// Opening a model library and diagnosing it: the scan reads files (scan.ts), the doctor is pure.
import { diagnoseLibrary, type LibraryReport } from '../../app/models/library';
import { scanLibrary, type ScanOptions } from './scan';

export async function openLibrary(root: string, options: ScanOptions = {}): Promise<LibraryReport> {
  return diagnoseLibrary(await scanLibrary(root, options));
}
