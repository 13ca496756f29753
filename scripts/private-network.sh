#!/usr/bin/env bash
# Runs a command in a private network namespace of its own: loopback up, and
# a veth pair carrying private addresses and leading nowhere. The tests only
# ever use 127.0.0.1, so inside nothing can reach (or be reached from) the
# outside — and Chromium, which gathers no ICE candidates on loopback alone,
# finds host candidates on the veth pair, so WebRTC calls between pages on
# this one machine carry real audio.
#
# Needs root (or unprivileged user namespaces) and iproute2; where neither is
# there the command runs as is, in the machine's own network.
#   scripts/private-network.sh <command> [args…]
set -euo pipefail

if [ "${HALLA_PRIVATE_NETWORK:-}" = "1" ]; then
  # Inside: bring the interfaces up, then become the command.
  ip link set lo up
  ip link add halla0 type veth peer name halla1
  ip addr add 10.213.0.1/30 dev halla0
  ip addr add 10.213.0.2/30 dev halla1
  ip link set halla0 up
  ip link set halla1 up
  exec "$@"
fi

if command -v ip >/dev/null 2>&1 && unshare --net true 2>/dev/null; then
  HALLA_PRIVATE_NETWORK=1 exec unshare --net "$0" "$@"
elif command -v ip >/dev/null 2>&1 && unshare --net --map-root-user true 2>/dev/null; then
  HALLA_PRIVATE_NETWORK=1 exec unshare --net --map-root-user "$0" "$@"
fi
echo "private-network: no network namespace here; running in the machine's own network" >&2
exec "$@"
