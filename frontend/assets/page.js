// The customer page's elements, its shared state, and the system banner under the top bar.
// Imported by the page's other modules (session.js, orders.js, connection.js, customer.js).

const $ = (id) => document.getElementById(id);
export const ui = {
  modelTag: $("model-tag"), modelNote: $("model-note"), who: $("who"), signOut: $("sign-out"), crash: $("crash"),
  system: $("system-status"), signIn: $("sign-in"), signInForm: $("sign-in-form"),
  customerSelect: $("customer-select"), signInError: $("sign-in-error"), workspace: $("workspace"),
  orders: $("orders"), ordersError: $("orders-error"), ordersLive: $("orders-live"),
  chatLog: $("chat-log"), chatForm: $("chat-form"), chatInput: $("chat-input"),
  chatSend: $("chat-send"), chatError: $("chat-error"),
};

export const state = {
  signedIn: false,
  statuses: new Map(), // order id -> status last shown
  rendered: [], // chat entries shown: {role, content}
  sending: false,
  unanswered: null, // the text of a message whose reply was lost to a network failure
  crashing: false,
  offline: false, // the last poll could not reach the server
  polls: 0,
  recentChange: 0, // polls left during which history is fetched every time
};

/** Show a sentence in the system banner; `tone` is "", "ok", "warn" or "bad". */
export function showSystem(text, tone = "") {
  ui.system.className = `banner system-banner ${tone}`.trim();
  ui.system.textContent = text;
  ui.system.hidden = false;
}

/** Hide the system banner. */
export function hideSystem() {
  ui.system.hidden = true;
  ui.system.textContent = "";
}

let hideTimer = 0;
/** Show a sentence in the system banner for five seconds. */
export function flashSystem(text, tone) {
  showSystem(text, tone);
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hideSystem, 5000);
}
