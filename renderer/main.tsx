import { createRoot } from 'react-dom/client';
import { App } from './App';
import { pickClient } from './transport/pickClient';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
const client = pickClient();
if (client) root.render(<App client={client} />);
else {
  root.render(
    <main className="no-token">
      <h1>RVC Index Studio</h1>
      <p>
        This page needs the access token the server printed. Open the full URL that <code>npm run web</code> shows (it
        ends with <code>?token=…</code>).
      </p>
    </main>,
  );
}
