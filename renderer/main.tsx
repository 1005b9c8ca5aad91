import { createRoot } from 'react-dom/client';
import { App } from './App';
import { NoToken } from './NoToken';
import { LocaleProvider } from './i18n/LocaleProvider';
import { pickClient } from './transport/pickClient';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
const client = pickClient();
root.render(<LocaleProvider client={client}>{client ? <App client={client} /> : <NoToken />}</LocaleProvider>);
