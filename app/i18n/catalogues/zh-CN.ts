import { en, type Catalogue } from './en';

export const zhCN: Catalogue = { ...en };
