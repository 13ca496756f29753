#!/usr/bin/env bash
# Starts the reference SIP platform (deploy/kamailio/kamailio.cfg) in the
# foreground on 127.0.0.1, configured from the same variables as the backend:
#
#   SIP_SECRET       required; the backend's SIP_SECRET
#   SIP_DOMAIN       default localhost
#   SIP_WS_URL       default ws://127.0.0.1:8088 (its port is where Kamailio takes WebSockets)
#   SERVICE_NUMBERS  default 0771525525=phone-sv,0771525526=phone-en (only the numbers matter here)
#   BACKEND_URL      default http://127.0.0.1:${PORT:-8080}
#   KAMAILIO_SIP_PORT  UDP/TCP SIP port, default 5060
#   KAMAILIO_PID_FILE  optional pid file
#
# It execs kamailio, so the process id of this script is Kamailio's main
# process: stopping it (SIGTERM) stops every Kamailio process it started.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cfg="$here/../../deploy/kamailio/kamailio.cfg"

: "${SIP_SECRET:?SIP_SECRET must be set (the same value as the backend)}"
domain="${SIP_DOMAIN:-localhost}"
ws_url="${SIP_WS_URL:-ws://127.0.0.1:8088}"
ws_port="${ws_url##*:}"
ws_port="${ws_port%%/*}"
numbers="${SERVICE_NUMBERS:-0771525525=phone-sv,0771525526=phone-en}"
backend="${BACKEND_URL:-http://127.0.0.1:${PORT:-8080}}"
sip_port="${KAMAILIO_SIP_PORT:-5060}"

# The values go into the config as quoted strings: refuse anything that would break out of the quotes.
for v in "$SIP_SECRET" "$domain" "$backend" "$numbers"; do
  case "$v" in *'"'*|*'\'*|*' '*) echo "start.sh: quotes, backslashes and spaces are not allowed in: $v" >&2; exit 2 ;; esac
done
case "$ws_port$sip_port" in *[!0-9]*|"") echo "start.sh: the ports must be numbers" >&2; exit 2 ;; esac

# "0771525525=phone-sv,0771525526=phone-en" → ^(0771525525|0771525526)$
# A leading + is literal ([+]); each number is also matched in its E.164
# form (0771… → +46771…), so nobody can register a service number that way.
service_re="^($(echo "$numbers" | tr ',' '\n' | sed 's/=.*//' | sed -E 's/^0([0-9]+)$/0\1|[+]46\1/; s/^[+]/[+]/' | paste -sd '|'))\$"

args=(-f "$cfg" -DD -E -m 64 -M 16
  -A "SIP_PORT=$sip_port" -A "WS_PORT=$ws_port"
  -A "BACKEND_URL=\"$backend\"" -A "SIP_DOMAIN=\"$domain\""
  -A "SERVICE_RE=\"$service_re\"")
[ -n "${KAMAILIO_PID_FILE:-}" ] && args+=(-P "$KAMAILIO_PID_FILE")
# The secret goes through the environment: command lines are visible to every local user.
export KAMAILIO_SIP_SECRET="$SIP_SECRET"
# Further arguments go to Kamailio, e.g. -A NO_PSTN_STANDIN, -A WS_ORIGINS_RE=\"…\" or -A KA_INTERVAL=60.
exec kamailio "${args[@]}" "$@"
