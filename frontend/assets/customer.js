// The customer page's entry module: it wires the page's parts together and starts it.
// The parts: page.js (elements, shared state, system banner), session.js (sign-in and out),
// orders.js (the orders panel), connection.js (first load, polling, Crash System),
// chatlog.js (the chat log; chat.js streams a turn, proposals.js draws the refund cards).
import { createChatLog } from "/assets/chatlog.js";
import { createConnection } from "/assets/connection.js";
import { refreshOrders } from "/assets/orders.js";
import { hideSystem, state, ui } from "/assets/page.js";
import { setUpProposals } from "/assets/proposals.js";
import { showSignedOut, signIn, signOut } from "/assets/session.js";

const chat = createChatLog({ ui, state, showSignedOut: () => showSignedOut() });
const { connect, pollForever, crashSystem } = createConnection(chat);

setUpProposals({
  onMessages: () => chat.syncHistory(),
  onChanged: () => refreshOrders().catch(() => {}),
  onError: (err) => {
    if (err.status === 401) showSignedOut();
  },
});
ui.signInForm.addEventListener("submit", (event) => signIn(event, chat));
ui.signOut.addEventListener("click", signOut);
ui.chatForm.addEventListener("submit", chat.sendMessage);
ui.crash.addEventListener("click", crashSystem);

connect().then(() => {
  if (!state.crashing) hideSystem();
  pollForever();
});
