#!/bin/sh
# One-shot job (temporalio/admin-tools): makes sure the namespace exists with the retention we
# want (how long closed refunds stay visible in the Web UI and to `temporal workflow show`).
set -eu

: "${TEMPORAL_ADDRESS:?set TEMPORAL_ADDRESS}"
: "${NAMESPACE:?set NAMESPACE}"
retention="${RETENTION:-720h}"

tries=0
until temporal operator cluster health --address "$TEMPORAL_ADDRESS"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 60 ]; then
        echo "Temporal at $TEMPORAL_ADDRESS did not become healthy"
        exit 1
    fi
    sleep 2
done

if temporal operator namespace describe --address "$TEMPORAL_ADDRESS" -n "$NAMESPACE" >/dev/null 2>&1; then
    temporal operator namespace update --address "$TEMPORAL_ADDRESS" -n "$NAMESPACE" \
        --retention "$retention"
    echo "namespace $NAMESPACE: retention set to $retention"
else
    temporal operator namespace create --address "$TEMPORAL_ADDRESS" -n "$NAMESPACE" \
        --retention "$retention"
    echo "namespace $NAMESPACE created with retention $retention"
fi
