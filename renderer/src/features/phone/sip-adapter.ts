// The thin SIP.js layer: a UserAgent and Registerer for the adviser's line,
// one SIP.js session per call, and nothing else. It carries out the call
// machine's effects and reports what SIP says back as SipEvents; every rule
// (what may be done when) lives in call-machine.ts, not here.
import { Invitation, Inviter, Registerer, RegistererState, SessionState, SIPExtension, UserAgent, Web, type Notification, type Referral, type Session, URI } from 'sip.js';
import type { IncomingResponse } from 'sip.js/lib/core';
import { REGISTER_REFUSED, type EndCause, type SipEffect, type SipEvent } from './call-types';
import type { PhoneCredentials } from './credentials';
import { remoteOf, targetUri } from './dial-target';

export interface SipAdapterOptions {
  onEvent(event: SipEvent): void;
  /** A fresh local id for an incoming call. */
  newId(): string;
  /** Plays the far end of the call; its sink is the headset. */
  audioElement: HTMLAudioElement;
  /**
   * ICE servers for the media. Empty by default: SIP.js's own default is a
   * public STUN server, which a public-sector workstation must not contact
   * unasked (and which fails on closed networks). The platform is reached
   * directly; configure a TURN server here when it is not.
   */
  iceServers?: RTCIceServer[];
  /** Microphone device id, or null for the system default. */
  microphoneId?(): string | null;
  /**
   * Act on a REFER by calling its target, as the telephone network does for
   * the platform's trunk (a network transfer). Only the stand-ins for
   * consumers' and partners' lines do; an adviser's softphone refuses REFER:
   * advisers transfer, callers do not move an adviser's call elsewhere.
   */
  carriesOutTransfers?: boolean;
}

export interface SipAdapter {
  /** Connects and registers; resolves once the transport is connected (registration reports as events). */
  start(credentials: PhoneCredentials): Promise<void>;
  /** New credentials for the running line: the next REGISTER and every later challenge use them. */
  renew(credentials: PhoneCredentials): Promise<void>;
  /** After the transport dropped: connect again and register. */
  reconnect(): Promise<void>;
  stop(): Promise<void>;
  execute(effect: SipEffect): Promise<void>;
  /** True while a session of this call exists. */
  has(callId: string): boolean;
}

const INTERACTION_HEADER = 'X-Interaction-Id';
/** Long enough to last a shift of short registrations; the Registerer refreshes it itself. */
const REGISTER_EXPIRES_S = 300;

function causeOfResponse(status: number): EndCause {
  if (status === 486 || status === 600) return 'busy';
  if (status === 408 || status === 480) return 'no_answer';
  if (status === 487) return 'canceled';
  if (status === 603) return 'rejected';
  return 'failed';
}

/** The status code in a REFER NOTIFY's message/sipfrag body ("SIP/2.0 200 OK"). */
export function sipfragStatus(body: string): number | null {
  const match = /^SIP\/2\.0\s+(\d{3})/.exec(body.trim());
  return match ? Number(match[1]) : null;
}

/**
 * A Refer-To URI with parameters or headers (a transfer token, Replaces) must
 * be written in angle brackets (RFC 3261 §20): SIP.js writes a URI target
 * bare, and the far end then reads a parameter as the header's own or
 * rejects the REFER.
 */
class BracketedUri extends URI {
  override toString(): string {
    return `<${super.toString()}>`;
  }
}

export function createSipAdapter(options: SipAdapterOptions): SipAdapter {
  let ua: UserAgent | null = null;
  let registerer: Registerer | null = null;
  let domain = '';
  let stopping = false;
  /** The last REGISTER was refused (reported already; the registration ending after it is not news). */
  let refused = false;
  const sessions = new Map<string, Session>();
  const callIdOf = new Map<Session, string>();
  /** Why we ended a call ourselves, so the Terminated state reports the right cause. */
  const localCause = new Map<string, EndCause>();
  /**
   * Inbound calls being answered here: one that ends before it is up failed
   * (its media could not be agreed, say) rather than being given up by the
   * caller. SIP.js ends it before accept()'s promise says so.
   */
  const answering = new Set<string>();
  /** Calls of a routed contact (they carry its interaction id): never taken over by a Replaces. */
  const routed = new Set<string>();
  /** A call answered here to take over another (Replaces): that one ends as transferred once this one is up. */
  const replacing = new Map<string, string>();
  const emit = options.onEvent;

  const mediaConstraints = (): MediaStreamConstraints => {
    const mic = options.microphoneId?.() ?? null;
    return { audio: mic ? { deviceId: { exact: mic } } : true, video: false };
  };

  function handlerOf(session: Session): Web.SessionDescriptionHandler | null {
    const sdh = session.sessionDescriptionHandler;
    return sdh instanceof Web.SessionDescriptionHandler ? sdh : null;
  }

  function playRemote(session: Session): void {
    const sdh = handlerOf(session);
    if (!sdh) return;
    options.audioElement.srcObject = sdh.remoteMediaStream;
    options.audioElement.play().catch(() => undefined);
  }

  function track(callId: string, session: Session): void {
    let established = false;
    sessions.set(callId, session);
    callIdOf.set(session, callId);
    session.stateChange.addListener((state) => {
      if (state === SessionState.Established) {
        established = true;
        answering.delete(callId);
        const replaced = replacing.get(callId);
        if (replaced) localCause.set(replaced, 'transferred');
        playRemote(session);
        emit({ type: 'established', callId });
      }
      if (state === SessionState.Terminated) {
        sessions.delete(callId);
        callIdOf.delete(session);
        // An inbound call that ends before anyone here answered or rejected it was
        // given up by the caller (or taken back by the platform).
        const unanswered = answering.delete(callId) ? 'failed' : 'canceled';
        routed.delete(callId);
        replacing.delete(callId);
        const cause = localCause.get(callId) ?? (session instanceof Invitation && !established ? unanswered : 'remote_hangup');
        localCause.delete(callId);
        if (sessions.size === 0) options.audioElement.srcObject = null;
        emit({ type: 'ended', callId, cause });
      }
    });
    session.delegate = {
      // Answer re-INVITEs (the far end holding us) as usual; nothing to report.
      onRefer: (referral) => {
        if (options.carriesOutTransfers) carryOut(callId, referral);
        else void referral.reject();
      },
    };
  }

  /** The transferred party's side of a transfer: call the target; SIP.js reports its progress to the transferor in NOTIFYs. */
  function carryOut(fromCallId: string, referral: Referral): void {
    const callId = options.newId();
    const target = referral.referTo.uri;
    void referral
      .accept()
      .then(() => {
        const inviter = referral.makeInviter({ sessionDescriptionHandlerOptions: { constraints: mediaConstraints() } });
        track(callId, inviter);
        emit({ type: 'referred', callId, fromCallId, remote: target.user ?? remoteOf(target.toString()) });
        return inviter.invite({ requestDelegate: { onReject: (response) => localCause.set(callId, causeOfResponse(response.message.statusCode ?? 0)) } });
      })
      .catch(() => {
        localCause.set(callId, 'failed');
        const session = sessions.get(callId);
        if (session) void session.dispose();
      });
  }

  function onInvite(invitation: Invitation): void {
    // A transfer arriving (RFC 3891): the new call takes over one of ours,
    // answered at once; SIP.js ends the old one. Only a plain call that is up
    // (a consultation) may be taken over: never one still ringing, nor a
    // routed contact's call — whoever knows its dialog could otherwise open
    // this microphone, or move the conversation off the platform.
    const replacee = invitation.replacee;
    const replacesCallId = replacee ? (callIdOf.get(replacee) ?? null) : null;
    if (replacee && (!replacesCallId || replacee.state !== SessionState.Established || routed.has(replacesCallId))) {
      void invitation.reject({ statusCode: 481 });
      return;
    }
    const callId = options.newId();
    track(callId, invitation);
    const identity = invitation.remoteIdentity;
    const interactionId = invitation.request.getHeader(INTERACTION_HEADER) ?? null;
    if (interactionId) routed.add(callId);
    if (replacesCallId) replacing.set(callId, replacesCallId);
    emit({
      type: 'incoming',
      callId,
      remote: identity.uri.user ?? remoteOf(identity.uri.toString()),
      remoteName: identity.displayName || null,
      interactionId,
      replacesCallId,
    });
    if (replacesCallId) void adapter.execute({ op: 'answer', callId });
  }

  function registerNow(): void {
    if (!registerer) return;
    emit({ type: 'registering' });
    registerer
      .register({
        requestDelegate: {
          onReject: (response: IncomingResponse) => {
            refused = true;
            emit({ type: 'unregistered', error: `${REGISTER_REFUSED}: ${response.message.statusCode}` });
          },
        },
      })
      .catch((error: unknown) => emit({ type: 'unregistered', error: error instanceof Error ? error.message : String(error) }));
  }

  function endAll(cause: EndCause): void {
    for (const [callId, session] of sessions) {
      localCause.set(callId, cause);
      void session.dispose().catch(() => undefined);
    }
  }

  async function setHold(callId: string, session: Session, hold: boolean): Promise<void> {
    const sdhOptions = session.sessionDescriptionHandlerOptionsReInvite as Web.SessionDescriptionHandlerOptions;
    const next: Web.SessionDescriptionHandlerOptions = { ...sdhOptions, hold };
    session.sessionDescriptionHandlerOptionsReInvite = next;
    const fail = () => emit({ type: 'hold_failed', callId });
    try {
      await session.invite({
        requestDelegate: {
          onAccept: () => {
            // Held means silence both ways, whatever the far end's SDP says.
            handlerOf(session)?.enableReceiverTracks(!hold);
            handlerOf(session)?.enableSenderTracks(!hold);
            emit({ type: 'held', callId, held: hold });
          },
          onReject: fail,
        },
      });
    } catch {
      fail();
    }
  }

  /**
   * Where the consumer is to call to take over the consultation: the
   * target's address of record (the number or user dialled), with Replaces
   * for the consultation's dialog. SIP.js would put the target's Contact
   * there, which only the platform's proxy can reach, not the telephone
   * network carrying out the transfer.
   */
  function replacingTarget(consult: Session | undefined): URI | null {
    const dialog = consult?.dialog;
    if (!consult || !dialog) return null;
    const aor = consult.remoteIdentity.uri;
    const replaces = encodeURIComponent(`${dialog.callId};to-tag=${dialog.remoteTag};from-tag=${dialog.localTag}`);
    return new BracketedUri(aor.scheme, aor.user ?? '', aor.host, aor.port, {}, { Replaces: [replaces] });
  }

  /**
   * `reached`: when the transfer counts as done. To a queue once it rings
   * (180: the consumer waits in line there, not with the adviser); anywhere
   * else once the target answers (early media, 183, often precedes a failure
   * announcement), so nobody is lost to a phone that nobody picks up.
   */
  function refer(callId: string, session: Session, to: URI | string, reached: 'ringing' | 'answered'): void {
    const uri = typeof to === 'string' ? UserAgent.makeURI(targetUri(to, domain)) : to;
    if (!uri) {
      emit({ type: 'refer_result', callId, ok: false });
      return;
    }
    const target = uri instanceof BracketedUri ? uri : new BracketedUri(uri.scheme, uri.user ?? '', uri.host, uri.port, uri.parameters, uri.headers);
    let settled = false;
    const settle = (ok: boolean) => {
      if (settled) return;
      settled = true;
      emit({ type: 'refer_result', callId, ok });
    };
    session
      .refer(target, {
        requestDelegate: { onReject: () => settle(false) },
        // The outcome travels in NOTIFYs (message/sipfrag), not in the REFER's own answer.
        onNotify: (notification: Notification) => {
          void notification.accept();
          const status = sipfragStatus(notification.request.body);
          if (status === null) return;
          if (status >= 200) settle(status < 300);
          else if (reached === 'ringing' && status === 180) settle(true);
        },
      })
      .catch(() => settle(false));
  }

  const adapter: SipAdapter = {
    async start(credentials) {
      await adapter.stop();
      stopping = false;
      domain = credentials.domain;
      const uri = UserAgent.makeURI(credentials.uri);
      if (!uri) throw new Error(`Not a SIP URI: ${credentials.uri}`);
      const agent = new UserAgent({
        uri,
        displayName: credentials.displayName,
        authorizationUsername: credentials.authorizationUsername,
        authorizationPassword: credentials.password,
        transportOptions: { server: credentials.wsUrl },
        sessionDescriptionHandlerFactoryOptions: { peerConnectionConfiguration: { iceServers: options.iceServers ?? [] } },
        logBuiltinEnabled: false,
        // Warm transfers to this line arrive as an INVITE that replaces the consultation call.
        sipExtensionReplaces: SIPExtension.Supported,
        delegate: {
          onInvite,
          onDisconnect: (error) => {
            if (stopping) return;
            // Calls do not survive their signalling path; the platform ends them too.
            endAll('connection_lost');
            emit({ type: 'unregistered', error: error?.message ?? 'connection closed' });
          },
        },
      });
      ua = agent;
      const reg = new Registerer(agent, { expires: REGISTER_EXPIRES_S });
      registerer = reg;
      reg.stateChange.addListener((state) => {
        if (state === RegistererState.Registered) {
          refused = false;
          emit({ type: 'registered' });
        }
        // A dropped WebSocket is reported once, by onDisconnect, and a refusal by onReject; this is for the registration alone ending.
        if (state === RegistererState.Unregistered && !stopping && !refused && agent.isConnected()) emit({ type: 'unregistered', error: 'registration ended' });
      });
      emit({ type: 'registering' });
      await agent.start();
      registerNow();
    },

    async renew(credentials) {
      if (!ua) return adapter.start(credentials);
      // The digest challenge reads the password from the configuration each time.
      ua.configuration.authorizationUsername = credentials.authorizationUsername;
      ua.configuration.authorizationPassword = credentials.password;
      registerNow();
    },

    async reconnect() {
      if (!ua) return;
      await ua.reconnect();
      registerNow();
    },

    async stop() {
      stopping = true;
      endAll('local_hangup');
      const reg = registerer;
      const agent = ua;
      registerer = null;
      ua = null;
      if (reg && reg.state === RegistererState.Registered) await reg.unregister().catch(() => undefined);
      if (agent) await agent.stop().catch(() => undefined);
      emit({ type: 'stopped' });
    },

    has: (callId) => sessions.has(callId),

    async execute(effect) {
      if (effect.op === 'invite') {
        const target = UserAgent.makeURI(targetUri(effect.target, domain));
        if (!ua || !target) {
          emit({ type: 'ended', callId: effect.callId, cause: 'failed' });
          return;
        }
        const inviter = new Inviter(ua, target, {
          extraHeaders: effect.interactionId ? [`${INTERACTION_HEADER}: ${effect.interactionId}`] : [],
          sessionDescriptionHandlerOptions: { constraints: mediaConstraints() },
        });
        track(effect.callId, inviter);
        if (effect.interactionId) routed.add(effect.callId);
        await inviter
          .invite({ requestDelegate: { onReject: (response) => localCause.set(effect.callId, causeOfResponse(response.message.statusCode ?? 0)) } })
          .catch(() => {
            localCause.set(effect.callId, 'failed');
            void inviter.dispose();
          });
        return;
      }
      const session = sessions.get(effect.callId);
      if (!session) return;
      switch (effect.op) {
        case 'answer':
          if (session instanceof Invitation) {
            answering.add(effect.callId);
            await session.accept({ sessionDescriptionHandlerOptions: { constraints: mediaConstraints() } }).catch(() => {
              localCause.set(effect.callId, 'failed');
              void session.dispose();
            });
          }
          return;
        case 'reject':
          localCause.set(effect.callId, 'rejected');
          if (session instanceof Invitation) await session.reject().catch(() => undefined);
          return;
        case 'hangup':
          localCause.set(effect.callId, localCause.get(effect.callId) ?? 'local_hangup');
          if (session.state === SessionState.Established) await session.bye().catch(() => session.dispose());
          else if (session instanceof Inviter) await session.cancel().catch(() => session.dispose());
          else await session.dispose();
          return;
        case 'hold':
        case 'unhold':
          await setHold(effect.callId, session, effect.op === 'hold');
          return;
        case 'mute':
          // The track stays in the call (no re-INVITE), it just sends silence.
          handlerOf(session)?.enableSenderTracks(!effect.muted);
          return;
        case 'dtmf':
          // RFC 4733 (telephone-event) in the media when the far end negotiated it; INFO otherwise.
          if (handlerOf(session)?.sendDtmf(effect.tone)) return;
          await session
            .info({ requestOptions: { body: { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: `Signal=${effect.tone}\r\nDuration=160` } } })
            .catch(() => undefined);
          return;
        case 'refer':
          refer(effect.callId, session, effect.target, effect.toQueue ? 'ringing' : 'answered');
          return;
        case 'referReplaces': {
          const target = replacingTarget(sessions.get(effect.replacesCallId));
          if (!target) {
            emit({ type: 'refer_result', callId: effect.callId, ok: false });
            return;
          }
          refer(effect.callId, session, target, 'answered');
          return;
        }
      }
    },
  };
  return adapter;
}
