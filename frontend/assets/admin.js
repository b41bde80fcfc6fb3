// The admin page: pending reviews with Approve / Reject, recent decisions, the audit trail,
// links to each refund's workflow in the Temporal Web UI, and the demo reset.
import { api, el, money, pause, replaceChildren, statusBadge, when } from "/assets/common.js";

const REFRESH_MS = 4000;
const TOKEN_KEY = "rr_admin_token";

const $ = (id) => document.getElementById(id);
const ui = {
  status: $("status"), tokenCard: $("token-card"), tokenForm: $("token-form"), token: $("token"),
  tokenError: $("token-error"), signOut: $("sign-out"), console: $("console"), refresh: $("refresh"),
  pending: $("pending"), decided: $("decided"), auditForm: $("audit-form"),
  auditOrder: $("audit-order"), audit: $("audit"), reset: $("reset"),
};

let pendingSignature = "";

const token = () => sessionStorage.getItem(TOKEN_KEY) || "";

/** An API call carrying the admin credential; a 401 sends the person back to the token form. */
async function adminApi(path, options = {}) {
  try {
    // No cookies: the token is the credential, and a 401 then opens no browser login prompt.
    return await api(path, {
      ...options,
      headers: { Authorization: `Bearer ${token()}` },
      credentials: "omit",
    });
  } catch (err) {
    if (err.status === 401) askForToken("That admin token was not accepted.");
    throw err;
  }
}

function say(text, tone = "") {
  ui.status.className = `banner ${tone}`.trim();
  ui.status.textContent = text;
  ui.status.hidden = !text;
}

function askForToken(message = "") {
  sessionStorage.removeItem(TOKEN_KEY);
  ui.console.hidden = true;
  ui.signOut.hidden = true;
  ui.tokenCard.hidden = false;
  ui.tokenError.textContent = message;
  pendingSignature = "";
}

/** The refund's workflow in the Temporal Web UI (the server builds the address from its settings). */
function workflowLink(review) {
  if (!review.workflow_id) return "";
  if (!review.temporal_url) return el("code", { text: review.workflow_id });
  return el("a", {
    href: review.temporal_url, target: "_blank", rel: "noopener", text: `${review.workflow_id} (Temporal)`,
  });
}

// ---------- reviews ----------

function pendingItem(review) {
  const noteId = `note-${review.order_id}`;
  const error = el("p", { class: "error", role: "alert" });
  const note = el("textarea", { id: noteId, rows: 2, maxlength: 1000 });
  const decide = async (decision, button) => {
    error.textContent = "";
    for (const b of item.querySelectorAll("button")) b.disabled = true;
    try {
      // The answer says whether this decision counted; a 409 says which one did instead.
      const answer = await adminApi(`/api/admin/reviews/${review.order_id}/decision`, {
        method: "POST",
        body: { decision, note: note.value },
      });
      say(`Order #${review.order_id}: ${answer.message}`, answer.result === "recorded" ? "ok" : "warn");
      await refresh();
    } catch (err) {
      if (err.status === 409) {
        // Another decision counted first (or the window closed): say so, show the new state.
        say(`Order #${review.order_id}: ${err.message}`, "warn");
        await refresh().catch(() => {});
        return;
      }
      error.textContent = err.message;
      for (const b of item.querySelectorAll("button")) b.disabled = false;
      button.focus();
    }
  };
  const approve = el("button", { type: "button", class: "btn primary", text: "Approve" });
  const reject = el("button", { type: "button", class: "btn danger", text: "Reject" });
  approve.addEventListener("click", () => decide("approve", approve));
  reject.addEventListener("click", () => decide("reject", reject));
  const item = el(
    "article",
    { class: "review-item", dataset: { orderId: String(review.order_id) }, "aria-label": `Review of order ${review.order_id}` },
    el("h3", { text: `Order #${review.order_id}: ${review.item}` }),
    el(
      "dl",
      { class: "facts" },
      el("dt", { text: "Customer" }), el("dd", { text: review.customer }),
      el("dt", { text: "Amount" }), el("dd", { text: money(review.price, review.currency) }),
      el("dt", { text: "Reason" }), el("dd", { text: review.reason || "" }),
      el("dt", { text: "Requested" }), el("dd", { text: when(review.requested_at) }),
      el("dt", { text: "Status" }), el("dd", {}, statusBadge(review.status)),
      el("dt", { text: "Workflow" }), el("dd", {}, workflowLink(review)),
    ),
    el("label", { for: noteId, text: `Note for order #${review.order_id} (optional)` }),
    note,
    el("div", { class: "actions" }, approve, reject),
    error,
  );
  return item;
}

// How a review ended: its decision (approved, rejected, timed_out), "failed" when the refund
// failed for good (the ledger's state says so), or null while it waits for a decision.
const ended = (r) => (r.state === "FAILED" ? "failed" : r.decision);

function decidedTable(reviews) {
  if (reviews.length === 0) return el("p", { class: "muted", text: "No decisions yet." });
  const head = ["Order", "Customer", "Item", "Amount", "Decision", "Decided", "By", "Workflow"];
  return el(
    "table",
    {},
    el("thead", {}, el("tr", {}, head.map((h) => el("th", { scope: "col", text: h })))),
    el(
      "tbody",
      {},
      reviews.map((r) =>
        el(
          "tr",
          { dataset: { orderId: String(r.order_id) } },
          el("td", { text: `#${r.order_id}` }),
          el("td", { text: r.customer }),
          el("td", { text: r.item }),
          el("td", { class: "num", text: money(r.price, r.currency) }),
          el("td", {}, el("span", { class: `status status-${ended(r)}`, text: ended(r).replace("_", " ") })),
          el("td", { text: when(r.decided_at) }),
          el("td", { text: r.decided_by || r.failure || "" }),
          el("td", {}, workflowLink(r)),
        ),
      ),
    ),
  );
}

function renderReviews(reviews) {
  const pending = reviews.filter((r) => !ended(r));
  const decided = reviews.filter((r) => ended(r));
  // Re-render pending items only when they change, so a note being typed survives a refresh.
  const signature = JSON.stringify(pending.map((r) => [r.order_id, r.status, r.workflow_id]));
  if (signature !== pendingSignature) {
    pendingSignature = signature;
    replaceChildren(
      ui.pending,
      pending.length ? pending.map(pendingItem) : el("p", { class: "muted", text: "Nothing waits for review." }),
    );
  }
  replaceChildren(ui.decided, decidedTable(decided));
}

// ---------- audit ----------

function auditTable(events) {
  if (events.length === 0) return el("p", { class: "muted", text: "No events." });
  const head = ["When", "Order", "Event", "Actor", "Details"];
  return el(
    "table",
    {},
    el("thead", {}, el("tr", {}, head.map((h) => el("th", { scope: "col", text: h })))),
    el(
      "tbody",
      {},
      events.map((e) =>
        el(
          "tr",
          { dataset: { kind: e.kind, orderId: String(e.order_id ?? "") } },
          el("td", { text: when(e.at) }),
          el("td", { text: e.order_id ? `#${e.order_id}` : "" }),
          el("td", { text: e.kind }),
          el("td", { text: e.actor || "" }),
          el("td", { class: "detail", text: detailText(e.detail) }),
        ),
      ),
    ),
  );
}

function detailText(detail) {
  if (detail === null || detail === undefined) return "";
  const value = typeof detail === "string" ? safeParse(detail) : detail;
  if (value && typeof value === "object") {
    return Object.entries(value).map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : v}`).join(", ");
  }
  return String(value);
}

function safeParse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function loadAudit() {
  const orderId = ui.auditOrder.value.trim();
  const query = orderId ? `?order_id=${encodeURIComponent(orderId)}` : "";
  const events = await adminApi(`/api/admin/audit${query}`);
  replaceChildren(ui.audit, auditTable(events));
}

// ---------- loading ----------

async function refresh() {
  if (!token()) return;
  const reviews = await adminApi("/api/admin/reviews");
  renderReviews(reviews);
  await loadAudit();
}

async function start() {
  if (!token()) {
    askForToken();
    return;
  }
  ui.tokenCard.hidden = true;
  ui.console.hidden = false;
  ui.signOut.hidden = false;
  try {
    await refresh();
  } catch (err) {
    if (err.status !== 401) say(err.message, "warn");
  }
}

async function autoRefresh() {
  for (;;) {
    await pause(REFRESH_MS);
    if (!token() || document.hidden) continue;
    try {
      await refresh();
      if (ui.status.textContent.startsWith("Refresh failed")) say("");
    } catch (err) {
      if (err.status !== 401) say(`Refresh failed: ${err.message}`, "warn");
    }
  }
}

ui.tokenForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, ui.token.value.trim());
  ui.token.value = "";
  ui.tokenError.textContent = "";
  await start();
});

ui.signOut.addEventListener("click", () => {
  askForToken();
  ui.token.focus();
});

ui.refresh.addEventListener("click", () => refresh().catch((err) => say(err.message, "warn")));

ui.auditForm.addEventListener("submit", (event) => {
  event.preventDefault();
  loadAudit().catch((err) => say(err.message, "warn"));
});

let resetArmed = 0;
ui.reset.addEventListener("click", async () => {
  // Two presses: the first arms the button for a few seconds, the second resets.
  if (!resetArmed) {
    ui.reset.textContent = "Press again to reset everything";
    resetArmed = setTimeout(() => {
      resetArmed = 0;
      ui.reset.textContent = "Reset demo data";
    }, 5000);
    return;
  }
  clearTimeout(resetArmed);
  resetArmed = 0;
  ui.reset.disabled = true;
  ui.reset.textContent = "Resetting…";
  try {
    const answer = await adminApi("/api/admin/reset", { method: "POST" });
    say(`Demo data reset (${answer.cancelled_refunds} running refunds cancelled).`, "ok");
    pendingSignature = "";
    await refresh();
  } catch (err) {
    say(`Reset failed: ${err.message}`, "bad");
  } finally {
    ui.reset.disabled = false;
    ui.reset.textContent = "Reset demo data";
  }
});

start();
autoRefresh();
