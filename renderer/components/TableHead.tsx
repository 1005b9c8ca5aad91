// A table's header row from its list of columns: every cell a column header, numbers right-aligned,
// an explanation on hover where the short label needs one. The result tables share the recall and
// blend columns, so those read the same wherever they stand.
import type { ReactNode } from 'react';
import { RVC_K } from '../../app/rvc/defaults';
import type { I18n } from '../i18n/i18n';

export interface Column {
  label: ReactNode;
  /** what the column means, on hover */
  title?: string;
  /** numbers: right-aligned */
  num?: boolean;
}

export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) => (
          <th key={i} scope="col" className={column.num ? 'num' : undefined} title={column.title}>
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** recall@8: the share of RVC's k nearest that the index finds */
export const recallColumn = (i18n: I18n): Column => ({
  label: i18n.t('results.recallUnit', { k: RVC_K }),
  title: i18n.t('compare.recall8Title', { k: RVC_K }),
  num: true,
});

export const blendColumn = (i18n: I18n): Column => ({
  label: i18n.t('compare.blend'),
  title: i18n.t('compare.blendTitle'),
  num: true,
});
