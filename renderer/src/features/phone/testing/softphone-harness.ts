// A bare page around the real softphone (engine + SIP.js adapter) for
// tests that drive SIP in Chromium: tests/e2e/softphone-sip.e2e.test.ts
// bundles it with esbuild and serves it. Not part of the workstation's
// bundle. Nothing is put on `window`: the test reads the state from the
// page's text and gives commands through its form, as a user would.
//
// Query: ?ws=<ws url>&user=<sip user>&domain=<domain>, and for a member of
// staff on the real platform &auth=<authorization username>&password=<password>
// (the credentials the backend issued). A page registered as a phone number
// stands in for that line on the telephone network, and like the network
// behind the platform's trunk it carries out transfers (acts on REFER).
import { createPageSoftphone } from '../page-softphone';

const params = new URLSearchParams(location.search);
const user = params.get('user') ?? 'adviser';
const domain = params.get('domain') ?? 'test.invalid';

document.body.innerHTML = `
  <h1>Softphone harness: ${user}</h1>
  <audio id="far-end"></audio>
  <form id="command"><label for="json">Command</label> <input id="json" size="80"> <button>Run</button></form>
  <p>Result: <output id="result"></output></p>
  <p>Far-end audio level: <output id="level">0</output></p>
  <pre id="state"></pre>`;

const audio = document.getElementById('far-end') as HTMLAudioElement;
const phone = createPageSoftphone(
  async () => ({
    kind: 'ok',
    credentials: {
      wsUrl: params.get('ws') ?? '',
      domain,
      uri: `sip:${user}@${domain}`,
      authorizationUsername: params.get('auth') ?? user,
      password: params.get('password') ?? 'not-checked',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      displayName: user,
    },
  }),
  audio,
  /^\+?\d+$/.test(user),
);

const stateView = document.getElementById('state') as HTMLPreElement;
phone.engine.subscribe((state) => {
  stateView.textContent = JSON.stringify(state, null, 1);
});

document.getElementById('command')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = document.getElementById('json') as HTMLInputElement;
  const result = phone.engine.command(JSON.parse(input.value));
  (document.getElementById('result') as HTMLOutputElement).value = JSON.stringify(result);
});

// The far end's loudness, so a test can tell audio flows (and stops on hold).
let context: AudioContext | null = null;
let analyser: AnalyserNode | null = null;
let source: MediaStream | null = null;
setInterval(() => {
  const stream = audio.srcObject instanceof MediaStream ? audio.srcObject : null;
  // The stream's tracks arrive after the element gets it, so look again until there is one.
  if (stream !== source || (!analyser && stream)) {
    source = stream;
    analyser = null;
    if (stream && stream.getAudioTracks().length > 0) {
      context ??= new AudioContext();
      analyser = context.createAnalyser();
      context.createMediaStreamSource(stream).connect(analyser);
    }
  }
  if (!analyser) return;
  const samples = new Float32Array(analyser.fftSize);
  analyser.getFloatTimeDomainData(samples);
  const rms = Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / samples.length);
  (document.getElementById('level') as HTMLOutputElement).value = rms.toFixed(4);
}, 200);

void phone.engine.start();
