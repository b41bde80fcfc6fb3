// The customer page's session: what the server says about itself, the demo sign-in, the
// shop's sign-in token, and showing the page signed in or out.
import { api, ApiError, el, replaceChildren } from "/assets/common.js";
import { refreshOrders } from "/assets/orders.js";
import { state, ui } from "/assets/page.js";
import { forgetProposals } from "/assets/proposals.js";

const CUSTOMER_KEY = "rr_customer";

/** Show what /api/info says: the offline model's tag and note, the Crash System button. */
export function applyInfo(info) {
  ui.modelTag.hidden = info.llm_provider !== "offline";
  ui.modelTag.title = info.llm_model ? `Model: ${info.llm_model}` : "";
  // The offline model says plainly what it understands and how to plug a real model in.
  ui.modelNote.textContent = info.llm_note || "";
  ui.modelNote.hidden = !info.llm_note;
  ui.crash.hidden = !info.crash_button_enabled;
}

/** Fill the demo customer list, keeping the current choice. */
export function fillCustomers(customers) {
  const current = ui.customerSelect.value;
  replaceChildren(
    ui.customerSelect,
    customers.map((c) => el("option", { value: String(c.id), text: c.name })),
  );
  if (current) ui.customerSelect.value = current;
}

/** The customer this browser signed in as last ({id, name}), or null. */
export function rememberedCustomer() {
  try {
    return JSON.parse(localStorage.getItem(CUSTOMER_KEY) || "null");
  } catch {
    return null;
  }
}

/** Show the orders and the chat for `customer` (null when the name is not known here). */
export function showSignedIn(customer) {
  state.signedIn = true;
  ui.signIn.hidden = true;
  ui.workspace.hidden = false;
  ui.who.hidden = false;
  ui.who.textContent = customer ? `Signed in as ${customer.name}` : "Signed in";
  ui.signOut.hidden = false;
}

/** Forget what was shown and show the sign-in card. */
export function showSignedOut() {
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

/** The demo sign-in form's submit: start a session, then load orders, chat and cards. */
export async function signIn(event, chat) {
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
    await chat.syncHistory({ force: true });
    await chat.restoreCards();
    ui.chatInput.focus();
  } catch (err) {
    ui.signInError.textContent = err.message;
  } finally {
    button.disabled = false;
  }
}

/** End the session and show the sign-in card. */
export async function signOut() {
  try {
    await api("/api/session", { method: "DELETE" });
  } catch (err) {
    // Signing out locally is still right: the cookie is the server's business.
  }
  showSignedOut();
  ui.customerSelect.focus();
}

/** The shop's page opens the chat at `/#token=<its sign-in token>`: exchange it once for our
 *  session cookie, then drop it from the address bar (a fragment never reaches any server log).
 *  A token for another customer than the one signed in here is used only if the person says so:
 *  a link must not silently sign this browser in as someone else. */
export async function exchangeShopToken() {
  const token = new URLSearchParams(location.hash.slice(1)).get("token");
  if (!token) return;
  try {
    const answer = await exchange(token);
    if (answer) localStorage.setItem(CUSTOMER_KEY, JSON.stringify(answer.customer));
  } catch (err) {
    if (!(err instanceof ApiError) || err.status === 0) throw err; // offline: retried, token kept
    ui.signInError.textContent = err.message;
  }
  history.replaceState(null, "", location.pathname + location.search);
}

/** Exchange `token`; when the server says it names another customer (409), ask the person.
 *  Resolves with the sign-in answer, or null when they stay signed in as they are. */
async function exchange(token) {
  try {
    return await api("/api/session/token", { method: "POST", body: { token } });
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 409 || !err.data?.token_for) throw err;
    if (!(await askToSwitch(err.data.signed_in, err.data.token_for))) return null;
    return api("/api/session/token", { method: "POST", body: { token, switch: true } });
  }
}

/** Ask whether to leave `current` for `requested` ({id, name} each); true to switch. Closing
 *  the question (Escape) means staying. */
function askToSwitch(current, requested) {
  const dialog = document.getElementById("switch-dialog");
  document.getElementById("switch-text").textContent =
    `You are signed in as ${current.name}. This link would sign you in as ${requested.name} instead.`;
  document.getElementById("switch-stay").textContent = `Stay signed in as ${current.name}`;
  document.getElementById("switch-go").textContent = `Switch to ${requested.name}`;
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "switch"), { once: true });
    dialog.returnValue = "";
    dialog.showModal();
  });
}
