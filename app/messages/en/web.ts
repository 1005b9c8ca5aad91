// Messages of the browser mode's client: why the page cannot talk to the `npm run web` server.
export const webMessages = {
  web_unreachable: 'cannot reach the RVC Index Studio server ({reason}): is `npm run web` still running?',
  web_no_token:
    'this page has no valid access token: open the exact URL that `npm run web` printed (it ends with ?token=…)',
  web_forbidden:
    "the server refused this address: open it as http://127.0.0.1:'<port>'/ (the URL `npm run web` printed)",
  web_no_json: 'the server answered {method} with HTTP {status} and no JSON',
  web_bad_body: 'the server answered {method} with an unexpected body',
} as const;
