// The dev mailbox: the emails the outbox backend stored, each rendered in a sandboxed frame.
import { api, el, pause, replaceChildren, when } from "/assets/common.js";

const REFRESH_MS = 3000;

const emailsBox = document.getElementById("emails");
const statusBox = document.getElementById("status");
let shownIds = "";

function say(text) {
  statusBox.textContent = text;
  statusBox.hidden = !text;
}

function emailCard(email) {
  const titleId = `email-${email.id}-subject`;
  return el(
    "article",
    { class: "email", dataset: { emailId: String(email.id), orderId: String(email.order_id ?? "") }, "aria-labelledby": titleId },
    el("h2", { id: titleId, text: email.subject }),
    el(
      "dl",
      { class: "facts" },
      el("dt", { text: "To" }), el("dd", { text: email.to }),
      el("dt", { text: "Sent" }), el("dd", { text: when(email.sent_at) || "not yet" }),
      el("dt", { text: "Order" }), el("dd", { text: email.order_id ? `#${email.order_id}` : "" }),
    ),
    email.review_url
      ? el("p", {}, el("a", { class: "btn primary review-link", href: email.review_url, text: "Open the review page" }))
      : null,
    // The email's own HTML, in a frame with every permission withheld (no scripts, no forms).
    el("iframe", { sandbox: "", srcdoc: email.html || "", title: `Email: ${email.subject}`, loading: "lazy" }),
  );
}

async function refresh() {
  try {
    const emails = await api("/api/dev/outbox");
    say("");
    const ids = emails.map((e) => e.id).join(",");
    if (ids === shownIds) return;
    shownIds = ids;
    replaceChildren(
      emailsBox,
      emails.length ? emails.map(emailCard) : el("p", { class: "muted", text: "No emails yet." }),
    );
  } catch (err) {
    say(err.status === 404 ? err.message : `Cannot load the mailbox: ${err.message}`);
  }
}

document.getElementById("refresh").addEventListener("click", refresh);

(async () => {
  for (;;) {
    await refresh();
    await pause(REFRESH_MS);
  }
})();
