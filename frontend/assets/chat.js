// One chat turn over Server-Sent Events (POST /api/chat/stream): the reply appears word by
// word, tool progress ("Looking up order 2…") shows while the assistant works, proposal cards
// appear as they are made. The whole turn has a time limit on the page too.
import { ApiError, fetchWithin } from "/assets/common.js";

// The server ends a turn after 45 s by default; the page waits a little longer than that.
export const TURN_TIMEOUT_MS = 60000;

/** Split an SSE text buffer into complete events; returns [events, rest]. */
function parseEvents(buffer) {
  const events = [];
  const blocks = buffer.split("\n\n");
  const rest = blocks.pop();
  for (const block of blocks) {
    let name = "message";
    const data = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) name = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
    }
    if (data.length === 0) continue;
    try {
      events.push([name, JSON.parse(data.join("\n"))]);
    } catch {
      // A malformed event is skipped; the final `done` still carries the whole answer.
    }
  }
  return [events, rest];
}

/**
 * Send a message and follow the turn. `on` has optional handlers: token(text), tool(text),
 * proposal(p), message(m), error(detail). Resolves with the `done` payload
 * ({messages, proposals}); rejects with ApiError (status 0 when the network or time failed).
 */
export async function streamTurn(text, on = {}) {
  const init = {
    method: "POST",
    headers: { Accept: "text/event-stream", "Content-Type": "application/json" },
    body: JSON.stringify({ message: text }),
    credentials: "same-origin",
  };
  const { response, timer } = await fetchWithin("/api/chat/stream", init, TURN_TIMEOUT_MS);
  try {
    if (!response.ok) {
      let detail = null;
      try {
        detail = (await response.json()).detail;
      } catch {
        detail = null;
      }
      const message = typeof detail === "string" ? detail : `The server answered ${response.status}.`;
      throw new ApiError(response.status, message);
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let done = null;
    let failure = null;
    for (;;) {
      let chunk;
      try {
        chunk = await reader.read();
      } catch {
        throw new ApiError(0, "The answer was cut off or took too long.");
      }
      if (chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      const [events, rest] = parseEvents(buffer);
      buffer = rest;
      for (const [name, data] of events) {
        if (name === "token") on.token?.(data.text);
        else if (name === "tool") on.tool?.(data.text);
        else if (name === "proposal") on.proposal?.(data);
        else if (name === "message") on.message?.(data);
        else if (name === "error") failure = data.detail;
        else if (name === "done") done = data;
      }
    }
    if (failure) throw new ApiError(503, failure);
    if (!done) throw new ApiError(0, "The answer was cut off before it ended.");
    return done;
  } finally {
    clearTimeout(timer);
  }
}
