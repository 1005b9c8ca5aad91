// Messages of the transports between the page and the Backend: why the browser mode's page cannot
// talk to the `npm run web` server, or the desktop window to the main process.
export const webMessages = {
  web_unreachable: 'cannot reach the RVC Index Studio server ({reason}): is `npm run web` still running?',
  web_no_token:
    'this page has no valid access token: open the exact URL that `npm run web` printed (it ends with ?token=…)',
  web_forbidden:
    "the server refused this address: open it as http://127.0.0.1:'<port>'/ (the URL `npm run web` printed)",
  web_no_json: 'the server answered {method} with HTTP {status} and no JSON',
  web_bad_body: 'the server answered {method} with an unexpected body',
  web_internal: 'internal server error (the details are in the server log)',
  owner_gone: 'the window or tab that asked for this build has gone: its index was freed',
  main_no_answer: 'no answer from the main process',
} as const;
