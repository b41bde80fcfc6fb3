#!/bin/sh
# One-shot job (temporalio/admin-tools): makes sure the namespace exists with the retention we
# want (how long closed refunds stay visible in the Web UI and to `temporal workflow show`),
# and registers the refunds' search attributes (the same list as SEARCH_ATTRIBUTES in
# services/common/temporal.py; `python -m services.migrate` registers them too). Creating one
# that exists with the same type is a no-op; with another type it fails, and so does this job.
set -eu

: "${TEMPORAL_ADDRESS:?set TEMPORAL_ADDRESS}"
: "${NAMESPACE:?set NAMESPACE}"
retention="${RETENTION:-720h}"
tries_left="${TRIES:-60}"

# Runs its arguments until they succeed, every 2 s, at most $TRIES times (default 60).
retry() {
    n=0
    until "$@"; do
        n=$((n + 1))
        if [ "$n" -ge "$tries_left" ]; then
            return 1
        fi
        sleep 2
    done
}

register_search_attributes() {
    temporal operator search-attribute create --address "$TEMPORAL_ADDRESS" -n "$NAMESPACE" \
        --name OrderId --type Int \
        --name RefundStatus --type Keyword \
        --name RefundAmount --type Double \
        --name CustomerId --type Int \
        --name NeedsReview --type Bool \
        --name DecidedBy --type Keyword \
        --name RequestChannel --type Keyword \
        --name RefundSummary --type Keyword
}

if ! retry temporal operator cluster health --address "$TEMPORAL_ADDRESS"; then
    echo "Temporal at $TEMPORAL_ADDRESS did not become healthy"
    exit 1
fi

if temporal operator namespace describe --address "$TEMPORAL_ADDRESS" -n "$NAMESPACE" >/dev/null 2>&1; then
    temporal operator namespace update --address "$TEMPORAL_ADDRESS" -n "$NAMESPACE" \
        --retention "$retention"
    echo "namespace $NAMESPACE: retention set to $retention"
else
    temporal operator namespace create --address "$TEMPORAL_ADDRESS" -n "$NAMESPACE" \
        --retention "$retention"
    echo "namespace $NAMESPACE created with retention $retention"
fi

# A namespace just created takes a few seconds to reach every Temporal service: retried.
if ! retry register_search_attributes; then
    echo "could not register the search attributes in $NAMESPACE"
    exit 1
fi
echo "namespace $NAMESPACE: refund search attributes registered"
