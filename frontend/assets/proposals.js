// Refund proposal cards in the chat: one card per assistant reply, one row per order, each
// with its own Confirm and Cancel buttons. Nothing is refunded until the customer presses
// Confirm (or types "yes"; with several on a card a plain "yes" confirms none of them: the
// customer names them); the card then shows the outcome the server reports, also when the
// refund went ahead while the page could not hear the answer (a restart).
import { api, el, money, when } from "/assets/common.js";

// A confirmed refund waits for its payment to commit (a few seconds), so allow more time.
const DECIDE_TIMEOUT_MS = 60000;

// What a card says about a proposal's refund and its state: the same tables as
// workflows/vocabulary.py (PROPOSAL_OUTCOME_LABELS, PROPOSAL_STATUS_LABELS), checked by a test.
const OUTCOMES = {
  refunded: "Paid: the money is on its way back to you.",
  pending_review: "Requested: waiting for review by our staff.",
  rejected: "This refund was reviewed and not approved.",
  failed: "The refund failed on our side; you can ask for it again.",
  already_refunded: "This order was already refunded; nothing was paid twice.",
  already_requested: "This refund was already requested and waits for review.",
  not_found: "This order could not be found any more; nothing was refunded.",
  unavailable: "Our refund system is not answering. Press Confirm again in a minute; it is safe.",
};
const STATUSES = {
  pending: "Waiting for your answer",
  confirmed: "Confirmed",
  cancelled: "Cancelled: nothing was refunded.",
  expired: "Expired: nothing was refunded. Ask again if you still want it.",
  closed: "Closed: this order's refund already went ahead.",
};

const rows = new Map(); // proposal id -> its row in a card
let hooks = { onMessages: () => {}, onChanged: () => {}, onError: () => {} };

/** Wire the cards to the page: show new assistant messages, refresh orders, show errors. */
export function setUpProposals(pageHooks) {
  hooks = { ...hooks, ...pageHooks };
}

function describe(p) {
  const what = `order ${p.order_id}, ${p.item}`;
  return {
    what,
    how: p.review
      ? "A member of our staff reviews it before it is paid."
      : "Paid at once when you confirm.",
  };
}

function statusText(p) {
  if (p.outcome && OUTCOMES[p.outcome]) return OUTCOMES[p.outcome];
  return STATUSES[p.status] || p.status;
}

function row(p) {
  const { what, how } = describe(p);
  const confirm = el("button", {
    type: "button",
    class: "btn primary small",
    text: "Confirm",
    "aria-label": `Confirm the refund of ${what}`,
    onclick: () => decide(p.id, "confirm"),
  });
  const cancel = el("button", {
    type: "button",
    class: "btn small",
    text: "Cancel",
    "aria-label": `Cancel the refund of ${what}`,
    onclick: () => decide(p.id, "cancel"),
  });
  return el(
    "li",
    { class: "proposal", dataset: { proposalId: p.id, orderId: String(p.order_id) } },
    el("p", { class: "proposal-what" },
      el("strong", { text: `Order #${p.order_id} · ${p.item}` }), " ",
      el("span", { class: "price", text: money(p.amount, p.currency) })),
    el("p", { class: "proposal-how", text: how }),
    el("p", { class: "proposal-reason", text: `Reason: ${p.reason}` }),
    el("p", { class: "muted proposal-expiry", text: `Offer open until ${when(p.expires_at)}` }),
    el("div", { class: "proposal-actions" }, confirm, cancel),
    el("p", { class: "proposal-status", role: "status", "aria-live": "polite" }),
  );
}

/** Show a proposal's current state on its row (buttons only while it waits). */
function update(node, p) {
  node.dataset.status = p.status;
  node.dataset.outcome = p.outcome || "";
  const waiting = p.status === "pending";
  for (const button of node.querySelectorAll(".proposal-actions button")) {
    button.hidden = !waiting;
    button.disabled = false;
  }
  node.querySelector(".proposal-status").textContent = waiting && !p.outcome ? "" : statusText(p);
  node.querySelector(".proposal-expiry").hidden = !waiting;
}

/** What a card of several proposals says above them: a plain "yes" confirms none. So it is
 * for one proposed from a message that mentioned other orders too, or named none ("refund
 * it"): press it or name it. */
function hintFor(newcomers) {
  const [only] = newcomers;
  const others = newcomers.length === 1 && (only.not_included || []).length > 0;
  if (others || (newcomers.length === 1 && only.unnamed)) {
    const why = others ? "As you mentioned other orders too" : "As your message did not name it";
    const text =
      `${why}, a plain "yes" does not confirm this one: press Confirm or reply ` +
      `"yes, the ${only.item}".`;
    return el("p", { class: "proposal-hint", text });
  }
  if (newcomers.length < 2) return null;
  const choices = ['"yes to all"'];
  if (newcomers.length === 2) choices.push('"yes, both"');
  const text =
    'A plain "yes" confirms none of these: press Confirm on each one you want, or reply ' +
    `${choices.join(", ")} or "yes, the ${newcomers[0].item}".`;
  return el("p", { class: "proposal-hint", text });
}

/** The orders the customer mentioned in the same message that the card does not include. */
function leftOutFor(newcomers) {
  const named = new Map();
  for (const p of newcomers) for (const o of p.not_included || []) named.set(o.order_id, o);
  if (named.size === 0) return null;
  const list = [...named.values()].map((o) => `order #${o.order_id} (${o.item})`).join(", ");
  return el("p", {
    class: "proposal-left-out",
    text: `Not included: ${list}, which you also mentioned.`,
  });
}

/** Show these proposals: known ones update in place, new ones form one new card. */
export function showProposals(list, log) {
  const fresh = [];
  const shownAgain = new Set();
  for (const p of list || []) {
    const known = rows.get(p.id);
    if (known && known.isConnected) {
      update(known, p);
      if (p.status === "pending") shownAgain.add(known.closest(".proposal-card"));
    } else {
      fresh.push(p);
    }
  }
  // Presented again ("is it done yet?"): the card moves down to the latest reply.
  for (const card of shownAgain) if (card) log.append(card);
  const newcomers = fresh.filter((p) => p.status === "pending");
  if (newcomers.length === 0) return null;
  const items = newcomers.map((p) => {
    const node = row(p);
    rows.set(p.id, node);
    update(node, p);
    return node;
  });
  const title = items.length > 1 ? "Refund proposals: confirm each one" : "Refund proposal";
  const card = el(
    "li",
    { class: "proposal-card", "aria-label": title },
    el("h3", { text: title }),
    ...[hintFor(newcomers), leftOutFor(newcomers)].filter(Boolean),
    el("ul", { class: "proposals" }, items),
  );
  log.append(card);
  card.scrollIntoView({ block: "nearest" });
  return card;
}

async function decide(id, button) {
  const node = rows.get(id);
  if (!node) return;
  for (const b of node.querySelectorAll(".proposal-actions button")) b.disabled = true;
  node.querySelector(".proposal-status").textContent =
    button === "confirm" ? "Requesting the refund…" : "Cancelling…";
  try {
    const answer = await api(`/api/chat/proposals/${encodeURIComponent(id)}/${button}`, {
      method: "POST",
      timeoutMs: DECIDE_TIMEOUT_MS,
    });
    for (const p of answer.proposals || []) if (rows.has(p.id)) update(rows.get(p.id), p);
    hooks.onMessages(answer.messages || []);
    hooks.onChanged();
  } catch (err) {
    for (const b of node.querySelectorAll(".proposal-actions button")) b.disabled = false;
    node.querySelector(".proposal-status").textContent = err.message;
    if (err.status === 409 || err.status === 410 || err.status === 404) {
      for (const b of node.querySelectorAll(".proposal-actions button")) b.hidden = true;
    }
    hooks.onError(err);
  }
}

/**
 * After a reload or a rebuilt log: the cards of proposals still waiting come back. A card on
 * the page that still offers Confirm but no longer waits (its refund went ahead, say, while the
 * system restarted) asks what became of it and shows that instead.
 */
export async function restoreProposals(log) {
  const pending = await api("/api/chat/proposals");
  const waiting = new Set(pending.map((p) => p.id));
  for (const [id, node] of rows) {
    if (!node.isConnected || node.dataset.status !== "pending" || waiting.has(id)) continue;
    try {
      update(node, await api(`/api/chat/proposals/${encodeURIComponent(id)}`));
    } catch (err) {
      if (err.status === 404) for (const b of node.querySelectorAll(".proposal-actions button")) b.hidden = true;
    }
  }
  for (const p of pending) if ((rows.get(p.id) || {}).isConnected) update(rows.get(p.id), p);
  showProposals(pending.filter((p) => !(rows.get(p.id) || {}).isConnected), log);
}

/** Forget every card (sign-out). */
export function forgetProposals() {
  rows.clear();
}
