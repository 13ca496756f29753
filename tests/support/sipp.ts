// SIP endpoints for tests: sipp (a real SIP user agent) driven by scenarios
// written here, each run as its own process on a free 127.0.0.1 port with a
// time limit, in a directory of its own (where its logs land).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.js';

export interface SippRun {
  port: number;
  /** Resolves with sipp's exit code (0: every call went as the scenario says). */
  done: Promise<number>;
  /** What sipp printed and the scenario's own <log> lines. */
  output(): Promise<string>;
  stop(): Promise<void>;
  /** The endpoint vanishes: killed outright, it sends nothing more (no BYE) and answers nothing. */
  kill(): Promise<void>;
}

export interface SippOptions {
  /** The SIP target (Kamailio), for scenarios that start with a request. */
  remotePort?: number;
  /** Extra keywords: `-key name value` makes [name] usable in the scenario. */
  keys?: Record<string, string>;
  authUser?: string;
  authPassword?: string;
  /** sipp gives up after this long. */
  timeoutSeconds?: number;
}

export async function runSipp(scenario: string, opts: SippOptions = {}): Promise<SippRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sipp-'));
  await writeFile(path.join(dir, 'scenario.xml'), scenario);
  const port = await freePort();
  // -aa: like any real phone, every endpoint answers the platform's keepalives
  // (in-dialog OPTIONS) whenever they come, outside what the scenario expects.
  const args = ['-sf', 'scenario.xml', '-i', '127.0.0.1', '-p', String(port), '-m', '1', '-nostdin', '-aa', '-trace_logs', '-trace_err'];
  args.push('-timeout', `${opts.timeoutSeconds ?? 20}s`, '-timeout_error');
  for (const [k, v] of Object.entries(opts.keys ?? {})) args.push('-key', k, v);
  if (opts.authUser) args.push('-au', opts.authUser);
  if (opts.authPassword) args.push('-ap', opts.authPassword);
  if (opts.remotePort) args.push(`127.0.0.1:${opts.remotePort}`);
  const child = spawn('sipp', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  child.stdout.on('data', (d: Buffer) => (printed += d.toString()));
  child.stderr.on('data', (d: Buffer) => (printed += d.toString()));
  let exited = false;
  const done = new Promise<number>((resolve) => child.once('exit', (code) => ((exited = true), resolve(code ?? -1))));
  return {
    port,
    done,
    async output() {
      let logs = '';
      for (const f of await readdir(dir)) if (f.endsWith('.log')) logs += `--- ${f}\n${await readFile(path.join(dir, f), 'utf8')}`;
      return `${printed.slice(-3000)}\n${logs}`;
    },
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await done;
      clearTimeout(timer);
    },
    async kill() {
      if (exited) return;
      child.kill('SIGKILL');
      await done;
    },
  };
}

const xml = (body: string) => `<?xml version="1.0" encoding="ISO-8859-1" ?>\n<!DOCTYPE scenario SYSTEM "sipp.dtd">\n<scenario name="test">\n${body}\n</scenario>\n`;
const msg = (text: string) => `<![CDATA[\n${text.trim()}\n\n]]>`;

/**
 * REGISTER [user] with a Contact on [contact_port], authenticating with -au/-ap
 * when challenged; `expect` is the final answer the test wants (200, or 401
 * again for a wrong password, 403 for an expired credential).
 */
export function registerScenario(expect: 200 | 401 | 403): string {
  const register = (cseq: number, auth: boolean) =>
    msg(`
REGISTER sip:[domain] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:[user]@[domain]>;tag=[pid]SIPpTag00[call_number]
To: <sip:[user]@[domain]>
Call-ID: [call_id]
CSeq: ${cseq} REGISTER
Contact: <sip:[user]@127.0.0.1:[contact_port]>
Max-Forwards: 70
Expires: 600
${auth ? '[authentication]\n' : ''}Content-Length: 0
`);
  return xml(`
  <send retrans="500">${register(1, false)}</send>
  <recv response="401" auth="true"/>
  <send retrans="500">${register(2, true)}</send>
  <recv response="${expect}"/>
`);
}

/** REGISTER [user] (a phone number: the PSTN stand-in) with a Contact on [contact_port], no credentials. */
export function registerOpenScenario(expect: 200 | 403 = 200): string {
  return xml(`
  <send retrans="500">${msg(`
REGISTER sip:[domain] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:[user]@[domain]>;tag=[pid]SIPpTag00[call_number]
To: <sip:[user]@[domain]>
Call-ID: [call_id]
CSeq: 1 REGISTER
Contact: <sip:[user]@127.0.0.1:[contact_port]>
Max-Forwards: 70
Expires: 600
Content-Length: 0
`)}</send>
  <recv response="${expect}"/>
`);
}

/** A phone's 180 to the INVITE just received (its tag is the one its 200 will carry). */
const ringing = msg(`
SIP/2.0 180 Ringing
[last_Via:]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
[last_CSeq:]
[last_Record-Route:]
Contact: <sip:[local_ip]:[local_port];transport=[transport]>
Content-Length: 0
`);

/**
 * A phone that takes one INVITE, rings, answers, and stays on the line until
 * the caller hangs up. An adviser's phone insists on X-Interaction-Id (logged).
 */
export function adviserPhoneScenario(opts: { interactionId?: boolean; hangUpAfterMs?: number } = {}): string {
  const check = opts.interactionId === false
    ? ''
    : `
      <ereg regexp="[^ ]+" search_in="hdr" header="X-Interaction-Id:" check_it="true" assign_to="iid"/>
      <log message="X-Interaction-Id=[$iid]"/>`;
  // Hanging up itself, the phone needs the dialog's addresses: kept from the INVITE.
  const keep = opts.hangUpAfterMs === undefined
    ? ''
    : `
      <ereg regexp=".*" search_in="hdr" header="From:" check_it="true" assign_to="peer"/>
      <ereg regexp=".*" search_in="hdr" header="To:" check_it="true" assign_to="self"/>`;
  return xml(`
  <recv request="INVITE" crlf="true" rrs="true">
    <action>${check}${keep}
    </action>
  </recv>
  <send>${ringing}</send>
  <pause milliseconds="300"/>
  <send retrans="500">${msg(`
SIP/2.0 200 OK
[last_Via:]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
[last_CSeq:]
[last_Record-Route:]
Contact: <sip:[local_ip]:[local_port];transport=[transport]>
Content-Type: application/sdp
Content-Length: [len]

v=0
o=adviser 1 1 IN IP4 127.0.0.1
s=-
c=IN IP4 127.0.0.1
t=0 0
m=audio [media_port] RTP/AVP 0
a=rtpmap:0 PCMU/8000
`)}</send>
  <recv request="ACK" crlf="true"/>
  ${opts.hangUpAfterMs === undefined ? byeReceived : hangUp(opts.hangUpAfterMs)}
`);
}

const byeReceived = `<recv request="BYE"/>
  <send>${msg(`
SIP/2.0 200 OK
[last_Via:]
[last_From:]
[last_To:]
[last_Call-ID:]
[last_CSeq:]
Content-Length: 0
`)}</send>`;

const hangUp = (afterMs: number) => `<pause milliseconds="${afterMs}"/>
  <send retrans="500">${msg(`
BYE [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[routes]
From: [$self];tag=[pid]SIPpTag01[call_number]
To: [$peer]
Call-ID: [call_id]
CSeq: 1 BYE
Max-Forwards: 70
Content-Length: 0
`)}</send>
  <recv response="200" crlf="true"/>`;

const invite = msg(`
INVITE sip:[dialled]@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:[caller]@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
To: <sip:[dialled]@[remote_ip]:[remote_port]>
Call-ID: [call_id]
CSeq: 1 INVITE
Contact: <sip:[caller]@[local_ip]:[local_port]>
Max-Forwards: 70
Content-Type: application/sdp
Content-Length: [len]

v=0
o=caller 1 1 IN IP4 127.0.0.1
s=-
c=IN IP4 127.0.0.1
t=0 0
m=audio [media_port] RTP/AVP 0
a=rtpmap:0 PCMU/8000
`);

const callerHangsUp = (talkMs: number) => `<pause milliseconds="${talkMs}"/>
  <send retrans="500">${msg(`
BYE [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[routes]
From: <sip:[caller]@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
[last_To:]
Call-ID: [call_id]
CSeq: 2 BYE
Max-Forwards: 70
Content-Length: 0
`)}</send>
  <recv response="200" crlf="true"/>`;

/**
 * A consumer calling [dialled] as [caller]: waits to be answered, talks for
 * `talkMs` and hangs up — or, given 'adviser hangs up', waits for the BYE
 * (the adviser's, or the platform's when it ends the call).
 */
export function callerScenario(talkMs: number | 'adviser hangs up'): string {
  return xml(`
  <send retrans="500" start_txn="invite">${invite}</send>
  <recv response="100" optional="true" response_txn="invite"/>
  <recv response="180" optional="true" response_txn="invite"/>
  <recv response="183" optional="true" response_txn="invite"/>
  <recv response="180" optional="true" response_txn="invite"/>
  <recv response="200" rrs="true" response_txn="invite"/>
  <send ack_txn="invite">${msg(`
ACK [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[routes]
From: <sip:[caller]@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
[last_To:]
Call-ID: [call_id]
CSeq: 1 ACK
Max-Forwards: 70
Content-Length: 0
`)}</send>
  ${talkMs === 'adviser hangs up' ? byeReceived : callerHangsUp(talkMs)}
`);
}

/**
 * A consumer who calls [dialled], hears it ring for `waitMs`, and hangs up
 * before anyone answers. The CANCEL carries the INVITE's branch ([branch-4]:
 * the INVITE is four scenario steps back), as RFC 3261 asks. `callbackOptIn`:
 * the call says the caller wants a callback should they give up.
 */
export function giveUpScenario(waitMs: number, opts: { callbackOptIn?: boolean } = {}): string {
  const request = opts.callbackOptIn ? invite.replace('Max-Forwards: 70', 'X-Callback-Opt-In: yes\nMax-Forwards: 70') : invite;
  return xml(`
  <send retrans="500" start_txn="invite">${request}</send>
  <recv response="100" optional="true" response_txn="invite"/>
  <recv response="180" response_txn="invite"/>
  <pause milliseconds="${waitMs}"/>
  <send>${msg(`
CANCEL sip:[dialled]@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch-4]
From: <sip:[caller]@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
To: <sip:[dialled]@[remote_ip]:[remote_port]>
Call-ID: [call_id]
CSeq: 1 CANCEL
Max-Forwards: 70
Content-Length: 0
`)}</send>
  <recv response="200"/>
  <recv response="487" response_txn="invite"/>
  <send ack_txn="invite">${msg(`
ACK sip:[dialled]@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:[caller]@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
[last_To:]
Call-ID: [call_id]
CSeq: 1 ACK
Max-Forwards: 70
Content-Length: 0
`)}</send>
`);
}

/**
 * A member of staff ([user]@[domain], credentials from -au/-ap) calls [dialled]:
 * challenged first (407), then with credentials; `answer` 200 talks for
 * `talkMs` and hangs up, any other code is the refusal the test expects.
 */
export function staffCallScenario(answer: number, talkMs = 500): string {
  const inv = (cseq: number, auth: boolean) =>
    msg(`
INVITE sip:[dialled]@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:[user]@[domain]>;tag=[pid]SIPpTag00[call_number]
To: <sip:[dialled]@[domain]>
Call-ID: [call_id]
CSeq: ${cseq} INVITE
Contact: <sip:[user]@[local_ip]:[local_port]>
Max-Forwards: 70
${auth ? '[authentication]\n' : ''}Content-Type: application/sdp
Content-Length: [len]

v=0
o=staff 1 1 IN IP4 127.0.0.1
s=-
c=IN IP4 127.0.0.1
t=0 0
m=audio [media_port] RTP/AVP 0
a=rtpmap:0 PCMU/8000
`);
  const ack = (cseq: number, txn: string) => `<send ack_txn="${txn}">${msg(`
ACK sip:[dialled]@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:[user]@[domain]>;tag=[pid]SIPpTag00[call_number]
[last_To:]
Call-ID: [call_id]
CSeq: ${cseq} ACK
Max-Forwards: 70
Content-Length: 0
`)}</send>`;
  const talk = `
  <send ack_txn="second">${msg(`
ACK [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[routes]
From: <sip:[user]@[domain]>;tag=[pid]SIPpTag00[call_number]
[last_To:]
Call-ID: [call_id]
CSeq: 2 ACK
Max-Forwards: 70
Content-Length: 0
`)}</send>
  <pause milliseconds="${talkMs}"/>
  <send retrans="500">${msg(`
BYE [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[routes]
From: <sip:[user]@[domain]>;tag=[pid]SIPpTag00[call_number]
[last_To:]
Call-ID: [call_id]
CSeq: 3 BYE
Max-Forwards: 70
Content-Length: 0
`)}</send>
  <recv response="200" crlf="true"/>`;
  return xml(`
  <send retrans="500" start_txn="first">${inv(1, false)}</send>
  <recv response="100" optional="true" response_txn="first"/>
  <recv response="407" auth="true" response_txn="first"/>
  ${ack(1, 'first')}
  <send retrans="500" start_txn="second">${inv(2, true)}</send>
  <recv response="100" optional="true" response_txn="second"/>
  <recv response="180" optional="true" response_txn="second"/>
  <recv response="${answer}" ${answer === 200 ? 'rrs="true" ' : ''}response_txn="second"/>
  ${answer === 200 ? talk : ack(2, 'second')}
`);
}

/** A consumer calling [dialled] who is refused with `code` (a closed queue: 480). */
export function refusedCallScenario(code: number): string {
  return xml(`
  <send retrans="500" start_txn="invite">${invite}</send>
  <recv response="100" optional="true" response_txn="invite"/>
  <recv response="${code}" response_txn="invite"/>
  <send ack_txn="invite">${msg(`
ACK sip:[dialled]@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:[caller]@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
[last_To:]
Call-ID: [call_id]
CSeq: 1 ACK
Max-Forwards: 70
Content-Length: 0
`)}</send>
`);
}

/**
 * An adviser's phone that rings and is never picked up: the platform gives up
 * on it (CANCEL). Its 487 answers the INVITE, so it carries the INVITE's Vias
 * (the platform's and the caller's, kept as [$via1] and [$via2]), not the
 * hop-by-hop CANCEL's.
 */
export function ringsOutScenario(): string {
  return xml(`
  <recv request="INVITE" crlf="true">
    <action>
      <ereg regexp=".*" search_in="hdr" header="Via:" occurrence="1" check_it="true" assign_to="via1"/>
      <ereg regexp=".*" search_in="hdr" header="Via:" occurrence="2" check_it="true" assign_to="via2"/>
    </action>
  </recv>
  <send>${ringing}</send>
  <recv request="CANCEL"/>
  <send>${msg(`
SIP/2.0 200 OK
[last_Via:]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
[last_CSeq:]
Content-Length: 0
`)}</send>
  <send>${msg(`
SIP/2.0 487 Request Terminated
Via: [$via1]
Via: [$via2]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
CSeq: [cseq] INVITE
Content-Length: 0
`)}</send>
  <recv request="ACK"/>
`);
}
