#!/bin/sh
# Makes a private CA and a server certificate for the compose stack's PostgreSQL, so every
# client connects with sslmode=verify-full (certificate signed by this CA, name = `postgres`).
#
#   sh deploy/postgres/make-certs.sh                 # writes deploy/postgres/tls/
#   sh deploy/postgres/make-certs.sh DIR db.internal # another folder, extra DNS names
#
# Keeps an existing CA and key pair: delete the folder to start over. With a managed
# PostgreSQL you do not need this: use your provider's CA bundle as sslrootcert instead.
set -eu

out="${1:-$(dirname "$0")/tls}"
[ "$#" -gt 0 ] && shift
names="DNS:postgres,DNS:localhost"
for extra in "$@"; do names="$names,DNS:$extra"; done

mkdir -p "$out"
cd "$out"
if [ -f server.crt ] && [ -f server.key ] && [ -f ca.crt ]; then
    echo "certificates already in $out (delete the folder to make new ones)"
    exit 0
fi

umask 077
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -sha256 -nodes -days 3650 \
    -subj "/CN=Reliable Refunds PostgreSQL CA" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout ca.key -out ca.crt 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -sha256 -nodes -subj "/CN=postgres" \
    -keyout server.key -out server.csr 2>/dev/null
printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' "$names" \
    > server.ext
openssl x509 -req -sha256 -days 825 -in server.csr -CA ca.crt -CAkey ca.key \
    -CAcreateserial -extfile server.ext -out server.crt 2>/dev/null
rm -f server.csr server.ext ca.srl
# Public parts readable by the containers' unprivileged users; keys stay 0600.
chmod 0644 ca.crt server.crt
echo "wrote $out/ca.crt, server.crt (names: $names) and their keys"
