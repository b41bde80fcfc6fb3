// The customer page: demo sign-in, live orders, the chat, and the Crash System button.
// The chat log is in chatlog.js, the streamed turn in chat.js, the proposal cards in proposals.js.
import { api, day, el, fetchWithin, money, pause, replaceChildren, statusBadge, STATUS_LABELS } from "/assets/common.js";
import { createChatLog } from "/assets/chatlog.js";
import { forgetProposals, setUpProposals } from "/assets/proposals.js";

const ORDERS_POLL_MS = 2000; // how often the orders panel refreshes
const HISTORY_EVERY_POLLS = 3; // the chat history (for notices) every third orders poll
const READY_POLL_MS = 500; // while the system restarts
const CRASH_DOWN_WAIT_MS = 5000; // how long to wait for the old processes to go away
const CUSTOMER_KEY = "rr_customer";

const $ = (id) => document.getElementById(id);
const ui = {
  modelTag: $("model-tag"), who: $("who"), signOut: $("sign-out"), crash: $("crash"),
  system: $("system-status"), signIn: $("sign-in"), signInForm: $("sign-in-form"),
  customerSelect: $("customer-select"), signInError: $("sign-in-error"), workspace: $("workspace"),
  orders: $("orders"), ordersError: $("orders-error"), ordersLive: $("orders-live"),
  chatLog: $("chat-log"), chatForm: $("chat-form"), chatInput: $("chat-input"),
  chatSend: $("chat-send"), chatError: $("chat-error"),
};

const state = {
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

// ---------- system banner ----------

function showSystem(text, tone = "") {
  ui.system.className = `banner system-banner ${tone}`.trim();
  ui.system.textContent = text;
  ui.system.hidden = false;
}

function hideSystem() {
  ui.system.hidden = true;
  ui.system.textContent = "";
}

let hideTimer = 0;
function flashSystem(text, tone) {
  showSystem(text, tone);
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hideSystem, 5000);
}

// ---------- info, customers, session ----------

function applyInfo(info) {
  ui.modelTag.hidden = info.llm_provider !== "offline";
  ui.modelTag.title = info.llm_model ? `Model: ${info.llm_model}` : "";
  ui.crash.hidden = !info.crash_button_enabled;
}

function fillCustomers(customers) {
  const current = ui.customerSelect.value;
  replaceChildren(
    ui.customerSelect,
    customers.map((c) => el("option", { value: String(c.id), text: c.name })),
  );
  if (current) ui.customerSelect.value = current;
}

function rememberedCustomer() {
  try {
    return JSON.parse(localStorage.getItem(CUSTOMER_KEY) || "null");
  } catch {
    return null;
  }
}

function showSignedIn(customer) {
  state.signedIn = true;
  ui.signIn.hidden = true;
  ui.workspace.hidden = false;
  ui.who.hidden = false;
  ui.who.textContent = customer ? `Signed in as ${customer.name}` : "Signed in";
  ui.signOut.hidden = false;
}

function showSignedOut() {
  state.signedIn = false;
  state.statuses.clear();
  state.rendered = [];
  replaceChildren(ui.orders);
  replaceChildren(ui.chatLog);
  forgetProposals();
  ui.workspace.hidden = true;
  ui.who.hidden = true;
  ui.signOut.hidden = true;
  ui.signIn.hidden = false;
  localStorage.removeItem(CUSTOMER_KEY);
}

async function signIn(event) {
  event.preventDefault();
  ui.signInError.textContent = "";
  const button = ui.signInForm.querySelector("button");
  button.disabled = true;
  try {
    const answer = await api("/api/session", {
      method: "POST",
      body: { customer_id: Number(ui.customerSelect.value) },
    });
    localStorage.setItem(CUSTOMER_KEY, JSON.stringify(answer.customer));
    showSignedIn(answer.customer);
    await refreshOrders();
    await syncHistory({ force: true });
    await restoreCards();
    ui.chatInput.focus();
  } catch (err) {
    ui.signInError.textContent = err.message;
  } finally {
    button.disabled = false;
  }
}

async function signOut() {
  try {
    await api("/api/session", { method: "DELETE" });
  } catch (err) {
    // Signing out locally is still right: the cookie is the server's business.
  }
  showSignedOut();
  ui.customerSelect.focus();
}

// ---------- orders ----------

function orderRow(order) {
  return el(
    "li",
    { class: "order", dataset: { orderId: String(order.order_id) } },
    el("span", { class: "item", text: order.item }),
    el("span", { class: "price", text: money(order.price, order.currency) }),
    el("span", { class: "muted", text: `Order #${order.order_id} · ${day(order.order_date)}` }),
    statusBadge(order.status),
  );
}

/** Show the orders; changed statuses are swapped in place and announced. */
function renderOrders(orders) {
  const first = state.statuses.size === 0;
  const seen = new Set();
  let changed = false;
  for (const order of orders) {
    const id = String(order.order_id);
    seen.add(id);
    const row = ui.orders.querySelector(`li[data-order-id="${CSS.escape(id)}"]`);
    if (!row) {
      ui.orders.append(orderRow(order));
    } else if (state.statuses.get(id) !== order.status) {
      row.querySelector(".status").replaceWith(statusBadge(order.status));
      changed = true;
      ui.ordersLive.textContent =
        `Order #${id}, ${order.item}: ${STATUS_LABELS[order.status] || order.status}.`;
    }
    state.statuses.set(id, order.status);
  }
  for (const row of [...ui.orders.children]) {
    if (!seen.has(row.dataset.orderId)) {
      state.statuses.delete(row.dataset.orderId);
      row.remove();
    }
  }
  if (orders.length === 0) replaceChildren(ui.orders, el("li", { class: "muted", text: "No orders yet." }));
  return changed && !first;
}

async function refreshOrders() {
  const orders = await api("/api/orders");
  ui.ordersError.textContent = "";
  return renderOrders(orders);
}

// ---------- chat (chatlog.js) ----------

const chat = createChatLog({ ui, state, showSignedOut: () => showSignedOut() });
const { restoreCards, sendMessage, syncHistory } = chat;

// ---------- connecting, polling, crashing ----------

/** The shop's page opens the chat at `/#token=<its sign-in token>`: exchange it once for our
 *  session cookie, then drop it from the address bar (a fragment never reaches any server log). */
async function exchangeShopToken() {
  const token = new URLSearchParams(location.hash.slice(1)).get("token");
  if (!token) return;
  try {
    const answer = await api("/api/session/token", { method: "POST", body: { token } });
    localStorage.setItem(CUSTOMER_KEY, JSON.stringify(answer.customer));
  } catch (err) {
    if (!(err instanceof ApiError) || err.status === 0) throw err; // offline: retried, token kept
    ui.signInError.textContent = err.message;
  }
  history.replaceState(null, "", location.pathname + location.search);
}

/** Load everything the page shows; retries until the server answers. */
async function connect() {
  for (;;) {
    try {
      const info = await api("/api/info");
      applyInfo(info);
      await exchangeShopToken();
      // The demo customer list exists in dev only; production signs in with the shop's token.
      fillCustomers(info.demo_sign_in ? await api("/api/customers") : []);
      ui.signInForm.hidden = !info.demo_sign_in;
      if (!info.demo_sign_in) {
        ui.signIn.querySelector("p.muted").textContent =
          "Please sign in on the shop's website to chat about your orders.";
      }
      try {
        const orders = await api("/api/orders");
        showSignedIn(rememberedCustomer());
        state.statuses.clear();
        replaceChildren(ui.orders);
        renderOrders(orders);
        await syncHistory({ force: true });
        await restoreCards();
      } catch (err) {
        if (err.status !== 401) throw err;
        showSignedOut();
      }
      return;
    } catch (err) {
      showSystem(`Cannot reach the server (${err.message}) Retrying…`, "warn");
      await pause(1000);
    }
  }
}

async function pollOnce() {
  if (!state.signedIn || state.crashing) return;
  state.polls += 1;
  try {
    const changed = await refreshOrders();
    if (state.offline) {
      state.offline = false;
      flashSystem("Reconnected.", "ok");
    }
    if (changed) state.recentChange = 3;
    if (state.recentChange > 0 || state.polls % HISTORY_EVERY_POLLS === 0) {
      state.recentChange = Math.max(0, state.recentChange - 1);
      await syncHistory();
    }
  } catch (err) {
    if (state.crashing) return;
    if (err.status === 401) {
      showSignedOut();
    } else if (err.status === 0 || err.status >= 500) {
      state.offline = true;
      showSystem("Connection lost. Reconnecting…", "warn");
    } else {
      ui.ordersError.textContent = err.message;
    }
  }
}

async function pollForever() {
  for (;;) {
    await pause(ORDERS_POLL_MS);
    await pollOnce();
  }
}

async function readyzStatus() {
  try {
    const { response, timer } = await fetchWithin("/readyz", { cache: "no-store" }, 3000);
    clearTimeout(timer);
    return response.status;
  } catch {
    return 0;
  }
}

async function crashSystem() {
  if (state.crashing) return;
  state.crashing = true;
  ui.crash.disabled = true;
  showSystem("System restarting…", "warn");
  try {
    await api("/api/admin/crash", { method: "POST" });
  } catch (err) {
    if (err.status >= 400 && err.status < 500) {
      flashSystem(`The crash was refused: ${err.message}`, "bad");
      state.crashing = false;
      ui.crash.disabled = false;
      return;
    }
    // No answer at all: the process died before answering, which is the point.
  }
  // First see the old processes go, so an answer from a dying process is not taken as "back".
  const downBy = Date.now() + CRASH_DOWN_WAIT_MS;
  while (Date.now() < downBy && (await readyzStatus()) === 200) await pause(100);
  const started = Date.now();
  while ((await readyzStatus()) !== 200) {
    const seconds = Math.round((Date.now() - started) / 1000);
    showSystem(`System restarting… (${seconds} s)`, "warn");
    await pause(READY_POLL_MS);
  }
  showSystem("Reconnecting…", "warn");
  await connect();
  state.crashing = false;
  state.offline = false;
  ui.crash.disabled = false;
  flashSystem("System is back: reconnected.", "ok");
}

setUpProposals({
  onMessages: () => syncHistory(),
  onChanged: () => refreshOrders().catch(() => {}),
  onError: (err) => {
    if (err.status === 401) showSignedOut();
  },
});
ui.signInForm.addEventListener("submit", signIn);
ui.signOut.addEventListener("click", signOut);
ui.chatForm.addEventListener("submit", sendMessage);
ui.crash.addEventListener("click", crashSystem);

connect().then(() => {
  if (!state.crashing) hideSystem();
  pollForever();
});
