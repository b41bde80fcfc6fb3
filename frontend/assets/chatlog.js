// The chat log of the customer page: messages from the history, the streamed turn (chat.js)
// and the refund proposal cards (proposals.js). Built by customer.js with the page's elements.
import { api, el, replaceChildren } from "/assets/common.js";
import { streamTurn } from "/assets/chat.js";
import { restoreProposals, showProposals } from "/assets/proposals.js";

/**
 * `ui` holds the page's elements, `state` the page's shared state (rendered, sending,
 * signedIn, unanswered); `showSignedOut` is called on a 401.
 */
export function createChatLog({ ui, state, showSignedOut }) {
  const ROLE_NAMES = { user: "You", assistant: "Assistant", notice: "Notice" };

  function entryNode(entry) {
    const role = ROLE_NAMES[entry.role] ? entry.role : "assistant";
    return el(
      "li",
      { class: `msg ${role}`, dataset: { role } },
      el("span", { class: "who", text: ROLE_NAMES[role] }),
      el("span", { class: "text", text: entry.content }),
    );
  }

  function showEmptyChat() {
    replaceChildren(
      ui.chatLog,
      el("li", { class: "chat-empty", text: "No messages yet. Try “What is the status of my headphones?”" }),
    );
  }

  function appendEntry(entry) {
    ui.chatLog.querySelector(".chat-empty")?.remove();
    const node = entryNode(entry);
    ui.chatLog.append(node);
    state.rendered.push({ role: entry.role, content: entry.content });
    node.scrollIntoView({ block: "nearest" });
    return node;
  }

  const same = (a, b) => a.role === b.role && a.content === b.content;

  /** Bring the log in line with the server's history, appending when it only grew. */
  function applyHistory(history) {
    const shown = state.rendered;
    const grew = history.length >= shown.length && shown.every((e, i) => same(e, history[i]));
    if (grew) {
      history.slice(shown.length).forEach(appendEntry);
    } else {
      state.rendered = [];
      replaceChildren(ui.chatLog);
      history.forEach(appendEntry);
      restoreCards();
    }
    if (history.length === 0 && !ui.chatLog.querySelector(".proposal-card")) showEmptyChat();
    // A message whose answer was lost in a restart, but which the server did receive: say so
    // instead of inviting a resend (the refund it asked for goes on by itself).
    const lastUser = [...history].reverse().find((e) => e.role === "user");
    if (state.unanswered && lastUser && lastUser.content === state.unanswered) {
      if (ui.chatInput.value === state.unanswered) ui.chatInput.value = "";
      chatNote(
        "The system restarted before the assistant could answer your last message. It was received" +
          " and anything it started carries on; ask again to hear how it went.",
        "banner warn",
      );
      state.unanswered = null;
    }
  }

  /** Cards of proposals still waiting (after a reload or a rebuilt log). */
  let restoring = null;
  function restoreCards() {
    restoring ??= restoreProposals(ui.chatLog)
      .catch(() => {
        // The cards come back with the next full sync; the chat itself still works.
      })
      .finally(() => {
        restoring = null;
      });
    return restoring;
  }

  async function syncHistory({ force = false } = {}) {
    if (state.sending || !state.signedIn) return;
    try {
      const history = await api("/api/history");
      if (!state.sending) applyHistory(history);
    } catch (err) {
      if (force) chatNote(`The conversation could not be loaded: ${err.message}`);
      if (err.status === 401) showSignedOut();
    }
  }

  /** A line under the composer: an error (red) or, with tone "banner warn", information. */
  function chatNote(text, tone = "error") {
    ui.chatError.className = text ? tone : "error";
    ui.chatError.textContent = text;
  }

  function setSending(on) {
    state.sending = on;
    ui.chatInput.disabled = on;
    ui.chatSend.disabled = on;
    ui.chatSend.textContent = on ? "Sending…" : "Send";
    ui.chatLog.setAttribute("aria-busy", on ? "true" : "false");
  }

  async function sendMessage(event) {
    event.preventDefault();
    const text = ui.chatInput.value.trim();
    if (state.sending || !text) return;
    chatNote("");
    setSending(true);
    ui.chatInput.value = "";
    const mine = appendEntry({ role: "user", content: text });
    const thinking = el("li", { class: "msg thinking", role: "status", text: "Assistant is thinking" });
    ui.chatLog.append(thinking);
    thinking.scrollIntoView({ block: "nearest" });
    let live = null; // the reply as it streams in
    let shown = 0; // complete messages of this turn already in the log
    const proposals = []; // cards come after the reply that presents them
    const showMessage = (message) => {
      live?.remove();
      live = null;
      appendEntry(message);
      ui.chatLog.append(thinking);
      shown += 1;
    };
    try {
      const answer = await streamTurn(text, {
        token(words) {
          if (!live) {
            live = el("li", { class: "msg streaming", dataset: { role: "assistant" } },
              el("span", { class: "who", text: ROLE_NAMES.assistant }), el("span", { class: "text" }));
            thinking.before(live);
          }
          live.querySelector(".text").textContent += words;
        },
        tool(progress) {
          thinking.textContent = progress;
        },
        message: showMessage,
        proposal: (p) => proposals.push(p),
      });
      live?.remove();
      thinking.remove();
      for (const message of (answer.messages || []).slice(shown)) appendEntry(message);
      showProposals(answer.proposals || proposals, ui.chatLog);
    } catch (err) {
      live?.remove();
      thinking.remove();
      if (shown === 0) {
        mine.remove();
        state.rendered.pop();
        if (state.rendered.length === 0) showEmptyChat();
      }
      ui.chatInput.value = text;
      chatNote(`Your message was not answered: ${err.message}`);
      // Lost on the way back: the server may still have received it (see applyHistory).
      state.unanswered = err.status === 0 || err.status >= 500 ? text : null;
      if (err.status === 401) showSignedOut();
    } finally {
      setSending(false);
      if (state.signedIn) ui.chatInput.focus();
    }
  }

  return { appendEntry, applyHistory, chatNote, restoreCards, sendMessage, syncHistory };
}
