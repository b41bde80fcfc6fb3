// Small helpers shared by the pages: JSON calls to the chat API and safe DOM building.

/** An HTTP answer that was not 2xx; `message` is the API's sentence for a person, `data` the
 *  whole JSON answer (null when there was none). */
export class ApiError extends Error {
  constructor(status, message, data = null) {
    super(message);
    this.status = status;
    this.data = data;
  }
}

// How long a request may take before the page gives up on it (milliseconds).
export const REQUEST_TIMEOUT_MS = 15000;

/** fetch() that gives up after `timeoutMs`: rejects with ApiError(0, ...) like a lost network. */
export async function fetchWithin(path, init = {}, timeoutMs = REQUEST_TIMEOUT_MS) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return { response: await fetch(path, { ...init, signal: controller.signal }), timer };
  } catch (err) {
    clearTimeout(timer);
    if (controller.signal.aborted) {
      throw new ApiError(0, "The server took too long to answer.");
    }
    throw new ApiError(0, "The server cannot be reached right now.");
  }
}

// While the server answers 503 (a database or Temporal briefly down) or cannot be reached, a
// calm banner says so; reads (GET) are retried by themselves, paced by Retry-After.
const OUTAGE_RETRIES = 6;
const OUTAGE_MAX_WAIT_MS = 10000;

function outageBanner(text) {
  let banner = document.getElementById("outage-banner");
  if (text === null) {
    if (banner) banner.remove();
    return;
  }
  if (!banner) {
    banner = el("div", { id: "outage-banner", class: "banner warn system-banner", role: "status" });
    document.body.prepend(banner);
  }
  banner.textContent = text;
}

function retryDelayMs(response, attempt) {
  const header = Number(response && response.headers.get("Retry-After"));
  const seconds = Number.isFinite(header) && header > 0 ? header : 2 ** attempt;
  return Math.min(seconds * 1000, OUTAGE_MAX_WAIT_MS);
}

async function fetchCalmly(path, init, timeoutMs) {
  for (let attempt = 0; ; attempt += 1) {
    let response = null;
    let timer = null;
    let failure = null;
    try {
      ({ response, timer } = await fetchWithin(path, init, timeoutMs));
    } catch (err) {
      failure = err;
    }
    const down = response === null || response.status === 503;
    if (!down) {
      outageBanner(null);
      return { response, timer };
    }
    if (init.method !== "GET" || attempt >= OUTAGE_RETRIES) {
      if (response === null) throw failure;
      return { response, timer };
    }
    clearTimeout(timer);
    outageBanner("Part of our service is briefly unavailable; this page will catch up by itself.");
    await pause(retryDelayMs(response, attempt));
  }
}

/** Call the API; resolve with the JSON body, reject with ApiError (status 0 when offline). */
export async function api(
  path,
  { method = "GET", body, headers = {}, credentials = "same-origin", timeoutMs = REQUEST_TIMEOUT_MS } = {},
) {
  const init = { method, headers: { Accept: "application/json", ...headers }, credentials };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const { response, timer } = await fetchCalmly(path, init, timeoutMs);
  let text;
  try {
    text = await response.text();
  } catch {
    throw new ApiError(0, "The server took too long to answer.");
  } finally {
    clearTimeout(timer);
  }
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const detail = data && typeof data.detail === "string" ? data.detail : null;
    throw new ApiError(response.status, detail || `The server answered ${response.status}.`, data);
  }
  return data;
}

/**
 * Build an element. Children that are strings become text nodes, so data is never parsed as
 * HTML. `attrs` keys: "class", "text", "dataset" (object), "on<event>" handlers, or attributes.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key in node && typeof value !== "string") node[key] = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** "$1,299.99" from the API's money string and the currency code the API sends beside it. */
export function money(amount, currency) {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(value);
}

/** A readable local date and time from an ISO timestamp (or the text itself if unparsable). */
export function when(iso) {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return date.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });
}

/** A readable date from "YYYY-MM-DD". */
export function day(isoDate) {
  const date = new Date(`${isoDate}T00:00:00`);
  if (Number.isNaN(date.getTime())) return String(isoDate);
  return date.toLocaleDateString("en-US", { dateStyle: "medium" });
}

// Order statuses as people read them.
export const STATUS_LABELS = {
  PURCHASED: "Purchased",
  PENDING_REFUND: "Refund pending review",
  REFUNDED: "Refunded",
  REFUND_REJECTED: "Refund rejected",
  REFUND_FAILED: "Refund failed — you can ask again",
};

/** A status badge: class status-<status lower case>, text for people, data-status for tools. */
export function statusBadge(status) {
  const key = String(status || "");
  return el("span", {
    class: `status status-${key.toLowerCase()}`,
    dataset: { status: key },
    text: STATUS_LABELS[key] || key.replaceAll("_", " ").toLowerCase(),
  });
}

/** Replace a container's children. */
export function replaceChildren(node, ...children) {
  node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined));
}

/** Resolve after `ms` milliseconds (pacing of polls, never used to guess a state). */
export function pause(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
