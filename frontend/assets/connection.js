// The customer page's link to the server: the first load (retried until the server answers),
// the orders/history poll, and the Crash System button's wait for the restart.
import { api, fetchWithin, pause, replaceChildren } from "/assets/common.js";
import { refreshOrders, renderOrders } from "/assets/orders.js";
import { flashSystem, showSystem, state, ui } from "/assets/page.js";
import {
  applyInfo, exchangeShopToken, fillCustomers, rememberedCustomer, showSignedIn, showSignedOut,
} from "/assets/session.js";

const ORDERS_POLL_MS = 2000; // how often the orders panel refreshes
const HISTORY_EVERY_POLLS = 3; // the chat history (for notices) every third orders poll
const READY_POLL_MS = 500; // while the system restarts
const CRASH_DOWN_WAIT_MS = 5000; // how long to wait for the old processes to go away

/** `chat` is the page's chat log (chatlog.js): its history is synced with the orders. */
export function createConnection(chat) {
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
          await chat.syncHistory({ force: true });
          await chat.restoreCards();
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
      if (changed) {
        state.recentChange = 3;
        await chat.restoreCards(); // a card whose order moved on shows what became of it
      }
      if (state.recentChange > 0 || state.polls % HISTORY_EVERY_POLLS === 0) {
        state.recentChange = Math.max(0, state.recentChange - 1);
        await chat.syncHistory();
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

  /** Refresh the orders (and now and then the chat history) every ORDERS_POLL_MS. */
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

  /** The Crash System button: kill the processes, wait until they are back, reconnect. */
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

  return { connect, pollForever, crashSystem };
}
