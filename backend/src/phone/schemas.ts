// The phone's HTTP contract: the softphone's credentials (JSON, for the
// workstation) and the SIP platform's routes. The platform's answers are one
// line of plain text, words separated by single spaces, so a Kamailio script
// reads them with string transformations alone (no JSON module needed).
import { Type } from '@sinclair/typebox';
import { Timestamp } from '../http/schemas.js';

export const PhoneCredentialsSchema = Type.Object(
  {
    wsUrl: Type.String({ description: 'The SIP platform\'s WebSocket (SIP over WebSocket) for the softphone' }),
    domain: Type.String({ description: 'SIP domain and digest realm' }),
    uri: Type.String({ description: 'sip:<sipUser>@<domain>: the address to register, and where the platform rings this adviser' }),
    authorizationUsername: Type.String({ description: '<expiry Unix seconds>:<sipUser>' }),
    password: Type.String({ description: 'Ephemeral: valid until expiresAt' }),
    expiresAt: Timestamp,
    displayName: Type.String(),
  },
  { $id: 'PhoneCredentials' },
);

/** A SIP Call-ID: printable ASCII without spaces or characters a JSON string would need escaped. */
const CallId = Type.String({ minLength: 1, maxLength: 255, pattern: '^[!#-\\[\\]-~]+$' });
const SipUser = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.+-]+$' });

export const CallArrivalBody = Type.Object(
  {
    callId: CallId,
    from: Type.String({ minLength: 1, maxLength: 128, pattern: '^[!#-\\[\\]-~]+$', description: 'The caller: their number as the platform saw it, or a SIP user' }),
    to: Type.String({ pattern: '^\\+?[0-9]{3,20}$', description: 'The service number dialled' }),
    transfer: Type.Optional(
      Type.String({
        maxLength: 64,
        pattern: '^[A-Za-z0-9_-]+$',
        description: 'The token of a transfer (the xfer parameter of the address dialled): the call continues a contact an adviser moved to a queue or a colleague',
      }),
    ),
    callbackOptIn: Type.Optional(
      Type.Boolean({ description: 'The caller asked to be called back should they give up waiting (a callback is booked if they hang up before an answer)' }),
    ),
  },
  { $id: 'PhoneCallArrival', additionalProperties: false },
);

export const CallTargetBody = Type.Object({ callId: CallId }, { $id: 'PhoneCallTargetQuery', additionalProperties: false });

export const CallEventBody = Type.Object(
  {
    callId: CallId,
    event: Type.Union(['ringing', 'answered', 'no_answer', 'rejected', 'cancelled', 'ended'].map((e) => Type.Literal(e)), {
      description: 'ringing / answered / no_answer / rejected (with sipUser; rejected with the SIP code), cancelled (the caller hung up before an answer), ended (with by)',
    }),
    sipUser: Type.Optional(SipUser),
    code: Type.Optional(Type.Integer({ minimum: 300, maximum: 699, description: 'The final SIP response of the adviser\'s phone' })),
    by: Type.Optional(Type.Union([Type.Literal('caller'), Type.Literal('adviser'), Type.Literal('platform')], { description: 'Who hung up' })),
    cause: Type.Optional(Type.String({ maxLength: 64, pattern: '^[a-z0-9_]*$' })),
  },
  { $id: 'PhoneCallEvent', additionalProperties: false },
);

export const PhoneTransferBody = Type.Object(
  {
    interactionId: Type.String({ minLength: 1, maxLength: 64 }),
    queueId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'A phone queue; the call\'s own if only a colleague is named' })),
    adviserId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'A colleague who is ready and takes calls in the queue\'s language' })),
    note: Type.Optional(Type.String({ maxLength: 2000, description: 'For whoever takes the call next' })),
  },
  { $id: 'PhoneTransferRequest', additionalProperties: false },
);

export const PhoneTransferSchema = Type.Object(
  {
    referTo: Type.String({ description: 'The address to REFER the consumer\'s side to (a service number with a one-time xfer token)' }),
    expiresAt: Timestamp,
  },
  { $id: 'PhoneTransfer' },
);

/** A plain-text answer for the platform, documented by its lines. */
export const textLine = (description: string) => ({ description, content: { 'text/plain': { schema: Type.String() } } });

export const phoneSchemas = [PhoneCredentialsSchema, CallArrivalBody, CallTargetBody, CallEventBody, PhoneTransferBody, PhoneTransferSchema];
